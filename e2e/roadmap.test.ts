import { mkdirSync, readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSkill, Plan, ProfileInput } from '../src/web/api/types.js';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  expectNoSeriousAxeViolations,
  hasChromium,
  heading,
  holdRequests,
  requireChromium,
  screenshots,
  shot,
  TIMEOUT,
} from './helpers.js';
import { startTestServer, type TestServer } from './server.js';

requireChromium('the roadmap in a browser', 'e2e/roadmap.test.ts');

const DAY_MS = 86_400_000;
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** A data analyst at 10 hours a week who wants an offer in six months: far too early. */
const HURRIED: ProfileInput = {
  background: 'data-analyst',
  domain: 'logistics',
  skills: { python: 1, sql: 2, math: 1, git: 1, ml: 0, deployment: 0 },
  hoursPerWeek: 10,
  targetDate: isoDay(182),
  specialization: 'time-series',
  education: 'bachelor',
};

describe.skipIf(!hasChromium)('the roadmap in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let plan: Plan;
  /** Console errors and uncaught exceptions; a CSP violation shows up here too. */
  const pageErrors: string[] = [];

  const api = async <T>(method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) => {
    const response = await page.request.fetch(`${server.url}${path}`, {
      method,
      ...(data === undefined ? {} : { data }),
    });
    expect(response.ok(), `${method} ${path} answered ${response.status()}`).toBe(true);
    return (await response.json()) as T;
  };

  const openRoadmap = async () => {
    await page.goto(`${server.url}/roadmap`);
    await heading(page, 'Your roadmap').waitFor();
  };

  const graphNode = (id: string) => page.locator(`.graph-node[data-skill="${id}"]`);
  const panel = () => page.getByRole('dialog');

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startTestServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
      reducedMotion: 'reduce',
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      // The browser logs every failed request; 404 (no profile) and the forced 500 are expected.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        pageErrors.push(message.text());
      }
    });
    // Signing up through the API sets the session cookie in this browser context.
    await page.goto(`${server.url}/`);
    await api('POST', '/api/auth/signup', {
      email: 'grace@example.com',
      password: 'correct horse battery',
    });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'asks for the intake quiz before there is a profile',
    async () => {
      await openRoadmap();
      await heading(page, 'Answer the intake quiz first', 2).waitFor();
      expect(await page.title()).toBe('Roadmap · mlpath');
      const start = page.getByRole('link', { name: 'Start the intake quiz' });
      expect(await start.getAttribute('href')).toBe('/intake');
      expect(await page.getByRole('link', { name: /Add to calendar/ }).count()).toBe(0);
      await shot(page, 'roadmap-no-profile');
      await expectNoSeriousAxeViolations(page, 'the roadmap without a profile');
    },
    TIMEOUT,
  );

  it(
    'shows a skeleton while the plan loads',
    async () => {
      await api('PUT', '/api/profile', HURRIED);
      plan = await api<Plan>('GET', '/api/plan');
      const planRequest = await holdRequests(page, ['**/api/plan']);
      await page.goto(`${server.url}/roadmap`);
      const skeleton = page.locator('.roadmap-skeleton[aria-busy="true"]');
      await skeleton.waitFor();
      expect(await heading(page, 'Your roadmap').isVisible()).toBe(true);
      await shot(page, 'roadmap-loading', false);
      await planRequest.release();
      await page.getByTestId('estimate-p50').waitFor();
      expect(await skeleton.count()).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'shows the estimate and the warnings of a target date that is too early',
    async () => {
      await openRoadmap();
      expect(await page.getByTestId('estimate-p50').textContent()).toBe(
        longDate(plan.estimate.firstOfferDate.p50),
      );
      expect(await page.getByTestId('estimate-p80').textContent()).toBe(
        longDate(plan.estimate.firstOfferDate.p80),
      );
      expect(await page.getByText(/First offer most likely around/).isVisible()).toBe(true);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await page.title()).toBe('Roadmap · mlpath');

      // The method sits behind a disclosure.
      const method = page.getByText(plan.estimate.method);
      expect(await method.isVisible()).toBe(false);
      await page.getByText('How is this estimated?').click();
      expect(await method.isVisible()).toBe(true);

      expect(plan.warnings.map((warning) => warning.id)).toContain('deadline-infeasible');
      const warning = page.locator('[data-warning="deadline-infeasible"]');
      expect(await warning.getByRole('heading', { level: 3 }).textContent()).toBe(
        'Your target date comes before the likely offer',
      );
      expect(await warning.textContent()).toContain(longDate(HURRIED.targetDate as string));
      // Static content: no live region interrupts a screen reader on every visit.
      expect(await page.locator('.warnings [role="alert"]').count()).toBe(0);

      // Every section is there, in order.
      const sections = await page.locator('main h2:not(.visually-hidden)').allTextContents();
      expect(sections).toEqual([
        'When you could land your first offer',
        'How your estimate has moved',
        expect.stringMatching(/^Your specialization: Time series$/),
        'Timeline',
        'This week and next',
        'Your first 90 days',
        'Skills map',
        // The shortcuts help: a closed <dialog> until `?`.
        'Keyboard shortcuts',
        'Portfolio projects',
        'Milestones',
        'Week by week',
      ]);
      expect(await page.locator('.chart-bar').count()).toBe(plan.phases.length);
      expect(await page.locator('.chart-milestone').count()).toBe(plan.milestones.length);
      expect(await page.locator('.week-list > li').count()).toBe(plan.weeks.length);
      expect(await page.locator('.project-card').count()).toBe(plan.projects.length);

      await page.locator('.graph-node').first().waitFor();
      await shot(page, 'roadmap-desktop');
      await expectNoSeriousAxeViolations(page, 'the roadmap');
    },
    TIMEOUT,
  );

  it(
    'draws one graph node per planned skill and opens its details',
    async () => {
      expect(await page.locator('.graph-node').count()).toBe(plan.skills.length);
      const catalog = await api<CatalogSkill[]>('GET', '/api/catalog/skills');
      const skill = plan.skills.find((s) => s.firstWeek !== null && s.prerequisites.length > 0);
      if (!skill) throw new Error('the plan has no scheduled skill with prerequisites');
      const details = catalog.find((s) => s.id === skill.id);
      if (!details) throw new Error(`the catalog has no ${skill.id}`);

      await graphNode(skill.id).click();
      await panel().waitFor();
      await heading(page, skill.title, 2).waitFor();
      const links = panel().locator('.resource a');
      // The texts come from the catalog, which may still be on its way when the panel opens.
      await links.first().waitFor();
      expect(await links.count()).toBe(details.resources.length);
      for (const [index, resource] of details.resources.entries()) {
        const link = links.nth(index);
        expect(await link.getAttribute('href')).toBe(resource.url);
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      }
      expect(await panel().getByText(details.proof.replaceAll('`', '')).isVisible()).toBe(true);
      await shot(page, 'roadmap-panel', false);
      await expectNoSeriousAxeViolations(page, 'the roadmap with the skill panel open');

      // A prerequisite opens in the same panel.
      const prerequisite = plan.skills.find((s) => s.id === skill.prerequisites[0]);
      await panel().getByRole('button', { name: prerequisite?.title }).click();
      await heading(page, prerequisite?.title ?? '', 2).waitFor();

      // Escape closes it and gives focus back to the node that opened it.
      await page.keyboard.press('Escape');
      await panel().waitFor({ state: 'hidden' });
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-skill')))
        .toBe(skill.id);

      // The keyboard alone: Enter on a focused node opens the panel, Escape closes it again.
      await graphNode(skill.id).press('Enter');
      await panel().waitFor();
      await page.keyboard.press('Escape');
      await panel().waitFor({ state: 'hidden' });
      await graphNode(skill.id).press(' ');
      await panel().waitFor();
      await panel().getByRole('button', { name: 'Close' }).click();
      await panel().waitFor({ state: 'hidden' });

      // The list of skills opens the same panel.
      await page.getByText('Skills as a list, by phase').click();
      await page.locator(`.skill-link[data-skill="${skill.id}"]`).click();
      await heading(page, skill.title, 2).waitFor();
      await page.keyboard.press('Escape');
      await panel().waitFor({ state: 'hidden' });
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.className))
        .toContain('skill-link');
    },
    TIMEOUT,
  );

  it(
    'opens the panel again at once on the skill it has just closed on',
    async () => {
      // The browser tells the page a <dialog> closed a moment later, in a task of its own; a
      // quick Escape then Space (or a close and a click) must still open the panel again.
      const skill = plan.skills.find((s) => s.firstWeek !== null);
      if (!skill) throw new Error('the plan schedules no skill');
      await graphNode(skill.id).click();
      await heading(page, skill.title, 2).waitFor();
      await page.evaluate((id) => {
        document.querySelector<HTMLDialogElement>('dialog.skill-panel')?.close();
        document.querySelector<HTMLElement>(`.graph-node[data-skill="${id}"]`)?.click();
      }, skill.id);
      await heading(page, skill.title, 2).waitFor();
      await page.keyboard.press('Escape');
      await panel().waitFor({ state: 'hidden' });
    },
    TIMEOUT,
  );

  it(
    'downloads the plan as iCalendar and links the Markdown',
    async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Add to calendar (.ics)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.ics$/);
      const path = await download.path();
      expect(readFileSync(path, 'utf8').startsWith('BEGIN:VCALENDAR')).toBe(true);
      const markdown = page.getByRole('link', { name: 'Download as Markdown' });
      expect(await markdown.getAttribute('href')).toBe('/api/plan.md');
    },
    TIMEOUT,
  );

  it(
    'fits 375px wide and passes axe in the dark theme, with the panel open too',
    async () => {
      await page.setViewportSize({ width: 375, height: 812 });
      await openRoadmap();
      await page.locator('.graph-node').first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'horizontal scroll at 375px').toBeLessThanOrEqual(0);
      await shot(page, 'roadmap-375');
      await expectNoSeriousAxeViolations(page, 'the roadmap at 375px');

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('button', { name: 'Dark theme' }).click();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await shot(page, 'roadmap-dark');
      await expectNoSeriousAxeViolations(page, 'the roadmap (dark)');
      await page.locator('.graph-node').first().click();
      await panel().waitFor();
      await shot(page, 'roadmap-panel-dark', false);
      await expectNoSeriousAxeViolations(page, 'the roadmap with the skill panel open (dark)');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Dark theme' }).click();
    },
    TIMEOUT,
  );

  it(
    'follows a profile edit made in the intake quiz',
    async () => {
      await page.goto(`${server.url}/intake?step=3`);
      await page.getByLabel('Hours per week').fill('30');
      await page.getByLabel(/Target date/).fill('');
      await page.getByLabel('Hours per week').press('Enter');
      await page.getByText('Step 4 of 5').waitFor();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Save changes' }).click();
      await heading(page, 'Your profile').waitFor();
      // An in-app navigation: the cached plan must have been invalidated by the save.
      await page.getByRole('link', { name: 'Roadmap' }).click();
      await heading(page, 'Your roadmap').waitFor();
      const updated = await api<Plan>('GET', '/api/plan');
      expect(updated.estimate.firstOfferDate.p50 < plan.estimate.firstOfferDate.p50).toBe(true);
      await page
        .getByTestId('estimate-p50')
        .getByText(longDate(updated.estimate.firstOfferDate.p50))
        .waitFor();
      expect(await page.locator('[data-warning="deadline-infeasible"]').count()).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'explains a failure and recovers on retry',
    async () => {
      await page.route('**/api/plan', (route) =>
        route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ error: { message: 'the plan could not be built' } }),
        }),
      );
      await openRoadmap();
      const failure = page.getByRole('alert');
      await failure.getByText('Your roadmap could not be loaded.').waitFor({ timeout: 15_000 });
      expect(await failure.textContent()).toContain('The plan could not be built.');
      await shot(page, 'roadmap-error', false);
      await expectNoSeriousAxeViolations(page, 'the roadmap error state');
      await page.unroute('**/api/plan');
      await failure.getByRole('button', { name: 'Try again' }).click();
      await page.getByTestId('estimate-p50').waitFor();
    },
    TIMEOUT,
  );

  it('logged no console errors, CSP violations or uncaught exceptions', () => {
    expect(pageErrors).toEqual([]);
  });
});
