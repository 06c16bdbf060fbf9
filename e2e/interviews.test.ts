import { mkdirSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

requireChromium('the interviews page in a browser', 'e2e/interviews.test.ts');

describe.skipIf(!hasChromium)('the interviews page in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  const api = async <T>(method: 'GET' | 'POST', path: string, data?: unknown) => {
    const response = await page.request.fetch(`${server.url}${path}`, {
      method,
      ...(data === undefined ? {} : { data }),
    });
    expect(response.ok(), `${method} ${path} answered ${response.status()}`).toBe(true);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };

  const toStudy = async () => Number(await page.getByTestId('to-study').textContent());
  const question = () => page.locator('#review-question').textContent();

  const openReview = async () => {
    await page.goto(`${server.url}/interviews`);
    await heading(page, 'Interview preparation').waitFor();
    await page.locator('#review-question').waitFor();
    await page.getByText(/How much you remember/).waitFor();
  };

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startTestServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        pageErrors.push(message.text());
      }
    });
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
    'reviews three cards with the keyboard, and the count drops',
    async () => {
      await openReview();
      await expectNoSeriousAxeViolations(page, 'the review session');
      const before = await toStudy();
      expect(before).toBeGreaterThan(150);
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      for (let done = 1; done <= 3; done++) {
        const shown = await question();
        await page.keyboard.press('Space');
        await page.getByRole('group', { name: /How well did you answer/ }).waitFor();
        // Each grade says what it means and when the card comes back.
        await page.getByText('I answered it well with some thought.').waitFor();
        if (done === 1) {
          await shot(page, 'interviews-answer');
          await expectNoSeriousAxeViolations(page, 'the revealed answer');
        }
        await page.keyboard.press('3');
        await page.waitForFunction(
          ([selector, previous]) =>
            document.querySelector(selector as string)?.textContent !== previous,
          ['#review-question', shown],
        );
        await page.waitForFunction(
          (expected) =>
            document.querySelector('[data-testid="to-study"]')?.textContent === String(expected),
          before - done,
        );
        // The new card starts with its answer hidden.
        await page.getByRole('button', { name: /Show answer/ }).waitFor();
      }
      const stats = await api<{ reviews: number; totals: { new: number; total: number } }>(
        'GET',
        '/api/interviews/stats',
      );
      expect(stats.reviews).toBe(3);
      expect(stats.totals.new).toBe(stats.totals.total - 3);
      await page.getByText(/3 reviews in all, 3 today/).waitFor();
      await shot(page, 'interviews-review');
    },
    TIMEOUT,
  );

  it(
    'adds a STAR story linked to a behavioral question',
    async () => {
      await page.getByRole('link', { name: 'STAR stories' }).click();
      await heading(page, 'Write a STAR story', 2).waitFor();
      await page.getByText(/No stories yet/).waitFor();
      await page.getByLabel('Title', { exact: true }).fill('Rerouting the night shift');
      await page
        .getByLabel('Situation', { exact: true })
        .fill('Parcels missed the last truck three nights a week.');
      await page
        .getByLabel('Task', { exact: true })
        .fill('Find out why and fix it before peak season.');
      await page
        .getByLabel('Action', { exact: true })
        .fill('I logged scan times for two weeks and built a simple model of late sorting.');
      await page
        .getByLabel('Result', { exact: true })
        .fill('Missed trucks fell from three a week to one a month.');
      await page.getByText('Behavioral questions it answers').click();
      const firstQuestion = page.locator('.story-questions input[type="checkbox"]').first();
      await firstQuestion.check();
      await page.getByRole('button', { name: 'Add story' }).click();
      await page.getByText('Story added: Rerouting the night shift.').waitFor();
      await heading(page, 'Rerouting the night shift', 3).waitFor();
      const stories = await api<{ title: string; cardIds: string[] }[]>(
        'GET',
        '/api/interviews/stories',
      );
      expect(stories).toHaveLength(1);
      expect(stories[0]?.cardIds).toHaveLength(1);
      await shot(page, 'interviews-stories');
      await expectNoSeriousAxeViolations(page, 'the STAR stories');
    },
    TIMEOUT,
  );

  it(
    'logs a coding problem and counts it toward 200',
    async () => {
      await page.getByRole('link', { name: 'Coding practice' }).click();
      await heading(page, 'Log a problem', 2).waitFor();
      await page.getByText(/Nothing logged yet/).waitFor();
      await page.getByLabel('Problem', { exact: true }).fill('Merge intervals');
      await page.getByLabel('Topic', { exact: true }).selectOption('arrays');
      await page.getByLabel('Difficulty', { exact: true }).selectOption('medium');
      await page.getByLabel('Minutes', { exact: true }).fill('35');
      await page.getByRole('button', { name: 'Log problem' }).click();
      await page.getByText('Logged: Merge intervals.').waitFor();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="coding-problems"]')?.textContent === '1',
      );
      await page.getByRole('table', { name: 'By topic' }).getByText('Arrays').waitFor();
      await page.locator('.coding-row', { hasText: 'Merge intervals' }).waitFor();
      await shot(page, 'interviews-coding');
      await expectNoSeriousAxeViolations(page, 'the coding practice log');
    },
    TIMEOUT,
  );

  it(
    'shows the rounds and the cards, passes axe in both themes and fits a phone',
    async () => {
      await page.getByRole('link', { name: 'Rounds' }).click();
      await heading(page, 'The rounds of a typical loop', 2).waitFor();
      await page.getByRole('button', { name: 'Add round' }).click();
      await page.getByText('Added: Recruiter screen.').waitFor();
      const firstItem = page.locator('.plan-checklist input[type="checkbox"]').first();
      await firstItem.check();
      await page.getByText('1 of 6 done').waitFor();
      await shot(page, 'interviews-rounds');
      await expectNoSeriousAxeViolations(page, 'the rounds');

      await page.getByRole('link', { name: 'Cards' }).click();
      await heading(page, 'Add your own card', 2).waitFor();
      await page.getByText(/From the catalog \(181\)/).waitFor();
      await shot(page, 'interviews-cards', false);
      await expectNoSeriousAxeViolations(page, 'the cards');

      await openReview();
      await page.setViewportSize({ width: 375, height: 800 });
      await page.reload();
      await page.locator('#review-question').waitFor();
      await page.getByText(/reviews in all/).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.keyboard.press('Space');
      await page.getByRole('group', { name: /How well did you answer/ }).waitFor();
      await shot(page, 'interviews-375');
      await expectNoSeriousAxeViolations(page, 'the review at 375px');

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('button', { name: /theme/i }).first().click();
      await page.reload();
      await page.locator('#review-question').waitFor();
      await page.getByText(/reviews in all/).waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.keyboard.press('Space');
      await page.getByRole('group', { name: /How well did you answer/ }).waitFor();
      await shot(page, 'interviews-dark');
      await expectNoSeriousAxeViolations(page, 'the review (dark)');
      await page.getByRole('button', { name: /theme/i }).first().click();
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'links a round to an application and a story to a project; the links lead there',
    async () => {
      const application = await api<{ id: string }>('POST', '/api/applications', {
        company: 'Tailspin Freight',
        role: 'ML Engineer',
        source: 'referral',
        stage: 'screen',
      });
      const project = await api<{ id: string }>('POST', '/api/portfolio/projects', {
        title: 'Late-delivery forecaster',
        status: 'building',
      });

      // A round of that application, with its date.
      await page.goto(`${server.url}/interviews/rounds`);
      await heading(page, 'Your interview rounds', 2).waitFor();
      await page.getByLabel('Round', { exact: true }).selectOption('technical-screen');
      await page
        .getByLabel(/^Application/)
        .selectOption({ label: 'Tailspin Freight — ML Engineer' });
      await page.getByLabel(/^Date/).fill('2031-03-14');
      await page.getByRole('button', { name: 'Add round' }).click();
      await page.getByText('Added: Technical screen.').waitFor();
      const round = page.getByRole('listitem', { name: 'Technical screen — Tailspin Freight' });
      await round.getByText(/14 March 2031 · 0 of \d+ done/).waitFor();
      const plans = await api<{ applicationId?: string; scheduledOn?: string }[]>(
        'GET',
        '/api/interviews/round-plans',
      );
      expect(plans).toContainEqual(
        expect.objectContaining({ applicationId: application.id, scheduledOn: '2031-03-14' }),
      );
      await round.screenshot({ path: `${screenshots}/interviews-round-linked.png` });
      await expectNoSeriousAxeViolations(page, 'a round linked to an application');

      // Its link opens the application; back, and the round is still there.
      await round.getByRole('link', { name: 'ML Engineer at Tailspin Freight' }).click();
      await page.waitForURL(`${server.url}/applications/${application.id}`);
      await heading(page, /ML Engineer\s+at\s+Tailspin Freight/, 2).waitFor();
      await page.goBack();
      await round.getByText(/14 March 2031/).waitFor();

      // A STAR story about the project.
      await page.getByRole('link', { name: 'STAR stories' }).click();
      await heading(page, 'Write a STAR story', 2).waitFor();
      await page.getByLabel('Title', { exact: true }).fill('Forecasting late deliveries');
      await page
        .getByLabel('Situation', { exact: true })
        .fill('Customers called about late parcels before we knew they were late.');
      await page
        .getByLabel('Task', { exact: true })
        .fill('Warn the support team a day ahead of a late delivery.');
      await page
        .getByLabel('Action', { exact: true })
        .fill('I trained a gradient-boosted model on a year of scan events and served it nightly.');
      await page
        .getByLabel('Result', { exact: true })
        .fill('Two in three late parcels were flagged a day early.');
      await page
        .getByLabel(/^Portfolio project/)
        .selectOption({ label: 'Late-delivery forecaster' });
      await page.getByRole('button', { name: 'Add story' }).click();
      await page.getByText('Story added: Forecasting late deliveries.').waitFor();
      const story = page.locator('.story-item', {
        has: heading(page, 'Forecasting late deliveries', 3),
      });
      const stories = await api<{ title: string; projectId?: string }[]>(
        'GET',
        '/api/interviews/stories',
      );
      expect(stories).toContainEqual(
        expect.objectContaining({ title: 'Forecasting late deliveries', projectId: project.id }),
      );
      await story.getByRole('link', { name: 'Late-delivery forecaster' }).click();
      await page.waitForURL(`${server.url}/portfolio/${project.id}`);
      await heading(page, 'Late-delivery forecaster').waitFor();

      // Deleting the application takes its round away. All of it in the app, with the rounds
      // still in its cache: the page stays whole, and neither shows the round nor offers the
      // application, even before it fetches them again.
      await page.goBack();
      await page.getByRole('link', { name: 'Rounds' }).click();
      await round.getByRole('link', { name: 'ML Engineer at Tailspin Freight' }).click();
      await heading(page, /ML Engineer\s+at\s+Tailspin Freight/, 2).waitFor();
      await page.getByRole('button', { name: /^Delete/ }).click();
      await page
        .getByText('Delete this application, its stage history and its interview rounds?')
        .waitFor();
      await page.getByRole('button', { name: /^Delete — / }).click();
      // The app leaves the application's page once it is deleted.
      await page.waitForURL(`${server.url}/applications`);
      // What the page shows from its cache, before its refetches answer (held here).
      const refetches = await holdRequests(page, [
        '**/api/interviews/round-plans',
        '**/api/applications',
      ]);
      try {
        await page.getByRole('link', { name: 'Interviews', exact: true }).click();
        await page.getByRole('link', { name: 'Rounds' }).click();
        await heading(page, 'Your interview rounds', 2).waitFor();
        expect(await round.count()).toBe(0);
        const offered = page.locator('#plan-application option', { hasText: 'Tailspin' });
        expect(await offered.count()).toBe(0);
      } finally {
        await refetches.release();
      }
      const left = await api<{ applicationId?: string }[]>('GET', '/api/interviews/round-plans');
      expect(left.map((plan) => plan.applicationId)).not.toContain(application.id);
      // The story keeps its project.
      await page.getByRole('link', { name: 'STAR stories' }).click();
      await story.getByRole('link', { name: 'Late-delivery forecaster' }).waitFor();
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
