import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGoodRepo, removeFolder } from '../src/repo/test-repo.js';
import type { Plan, ProfileInput } from '../src/web/api/types.js';
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

requireChromium('the portfolio page in a browser', 'e2e/portfolio.test.ts');

const PROFILE: ProfileInput = {
  background: 'data-analyst',
  domain: 'logistics',
  skills: { python: 2, sql: 2, math: 1, git: 1, ml: 1, deployment: 0 },
  hoursPerWeek: 12,
  education: 'bachelor',
};

describe.skipIf(!hasChromium)('the portfolio page in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let repo: string;
  let plan: Plan;
  let projectUrl = '';
  const pageErrors: string[] = [];

  const api = async <T>(method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) => {
    const response = await page.request.fetch(`${server.url}${path}`, {
      method,
      ...(data === undefined ? {} : { data }),
    });
    expect(response.ok(), `${method} ${path} answered ${response.status()}`).toBe(true);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    repo = buildGoodRepo();
    server = await startTestServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        pageErrors.push(message.text());
      }
    });
    await page.goto(`${server.url}/`);
    await api('POST', '/api/auth/signup', {
      email: 'ada@example.com',
      password: 'correct horse battery',
    });
    await api('PUT', '/api/profile', PROFILE);
    plan = await api<Plan>('GET', '/api/plan');
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (repo) removeFolder(repo);
  });

  it(
    'starts empty, with the flagship project as the next step',
    async () => {
      await page.goto(`${server.url}/portfolio`);
      await heading(page, 'Portfolio').waitFor();
      expect(await page.title()).toBe('Portfolio · mlpath');
      await page.getByText('No projects yet.').waitFor();
      const next = page.getByTestId('next-step');
      await next.waitFor();
      expect(await next.textContent()).toMatch(/Start one project/);
      expect(await page.getByText('0 of 6 essentials').isVisible()).toBe(true);
      await shot(page, 'portfolio-empty');
      await expectNoSeriousAxeViolations(page, 'the empty portfolio');
    },
    TIMEOUT,
  );

  it(
    'adds a project from the plan with its numbers and drafts the bullet',
    async () => {
      await page.getByRole('link', { name: 'Add a project' }).click();
      await heading(page, 'Add a project').waitFor();
      const first = plan.projects[0];
      if (!first) throw new Error('the plan has no projects');
      await page.getByLabel('Project', { exact: true }).selectOption(first.id);
      expect(await page.getByLabel('Title').inputValue()).toBe(first.title);
      await page.getByText(first.summary).waitFor();

      // The browser catches a bad address before sending.
      await page.getByLabel(/^Live address/).fill('javascript:alert(1)');
      await page.getByRole('button', { name: 'Add project' }).click();
      await page.getByText('There is a problem').waitFor();
      await shot(page, 'portfolio-form');
      await expectNoSeriousAxeViolations(page, 'the project form with an error');

      await page.getByLabel('Status').selectOption('shipped');
      await page.getByLabel(/^Live address/).fill('https://churn.example.org');
      await page.getByLabel(/^Repository address/).fill('https://github.com/ada/churn');
      await page.getByLabel(/^Folder on this computer/).fill(repo);
      await page.getByLabel(/^Data \(optional\)/).fill('delivery logs from a regional carrier');
      await page.getByLabel(/^Dataset size/).fill('48,000 rows');
      await page.getByLabel(/^Metric/).fill('recall on late deliveries');
      await page.getByLabel(/^Baseline value/).fill('58%');
      await page.getByLabel(/^Your result/).fill('74%');
      await page.getByLabel(/^Evaluation set size/).fill('9,600 rows');
      await page.getByLabel(/^How you evaluated/).fill('time-based split');
      await page.getByRole('button', { name: 'Add project' }).click();

      await heading(page, first.title).waitFor();
      projectUrl = page.url();
      expect(await page.getByTestId('headline-number').textContent()).toBe(
        'recall on late deliveries: 58% baseline → 74%',
      );
      const bullet = page.getByTestId('bullet-draft');
      await bullet.waitFor();
      expect(await bullet.textContent()).toContain(
        'on 48,000 rows of delivery logs from a regional carrier, raising recall on late deliveries from 58% (baseline) to 74% on a held-out set of 9,600 rows (time-based split); deployed at churn.example.org.',
      );
      await page.getByText('Strong', { exact: true }).waitFor();

      await page.getByRole('button', { name: 'Copy the resume bullet' }).click();
      await page.getByText('Copied', { exact: true }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe((await bullet.textContent())?.trim());

      await heading(page, 'Interview story (STAR)', 2).waitFor();
      expect(await page.getByText(/The model reached 74% against the baseline’s 58%/).count()).toBe(
        1,
      );
    },
    TIMEOUT,
  );

  it(
    'runs the repository check on the local folder',
    async () => {
      await page.getByRole('button', { name: 'Check repository' }).click();
      const report = page.getByTestId('repo-report');
      await report.waitFor();
      expect(await report.getByText(/Score\s*100\s*of 100/).count()).toBe(1);
      expect(await report.locator('.repo-check.is-pass').count()).toBe(12);
      await shot(page, 'portfolio-project');
      await expectNoSeriousAxeViolations(page, 'the project with its repository check');
    },
    TIMEOUT,
  );

  it(
    'explains why the check is refused away from a local install',
    async () => {
      await page.route('**/check-repo', (route) =>
        route.fulfill({
          status: 403,
          contentType: 'application/json',
          body: JSON.stringify({ error: { message: 'not local' } }),
        }),
      );
      await page.getByRole('button', { name: 'Check again' }).click();
      const warning = page.getByTestId('repo-check-local-only');
      await warning.waitFor();
      expect(await warning.textContent()).toMatch(/mlpath check-repo PATH/);
      await warning.screenshot({ path: join(screenshots, 'portfolio-check-403.png') });
      await page.unroute('**/check-repo');
    },
    TIMEOUT,
  );

  it(
    'edits a number and the draft follows; placeholders stand in for what is missing',
    async () => {
      await page.getByRole('button', { name: 'Edit the project' }).click();
      await page.getByLabel(/^Baseline value/).fill('');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByText('Record a metric with a baseline').waitFor();
      const bullet = page.getByTestId('bullet-draft');
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="bullet-draft"]')?.textContent?.includes('[baseline]'),
      );
      expect(await bullet.locator('mark.placeholder').allTextContents()).toEqual(['[baseline]']);
      await page.getByRole('button', { name: 'Edit the project' }).click();
      await page.getByLabel(/^Baseline value/).fill('58%');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByTestId('headline-number').waitFor();
    },
    TIMEOUT,
  );

  it(
    'shows readiness with the project counted, in light, dark and at 375 px',
    async () => {
      // The list shows the project added on its form straight from the cache: its refetch is
      // held until the project is seen.
      const refetch = await holdRequests(page, ['**/api/portfolio/projects']);
      try {
        await page.getByRole('link', { name: '← Portfolio' }).click();
        await heading(page, 'Portfolio').waitFor();
        await page
          .getByRole('link', { name: plan.projects[0]?.title ?? '', exact: true })
          .waitFor();
      } finally {
        await refetch.release();
      }
      // One shipped project, live, measured, with a repository: flagship and repositories met.
      await page.getByText('2 of 6 essentials').waitFor();
      expect(await page.getByTestId('next-step').textContent()).toMatch(
        /Start your next project from the plan \(1 of 3 shipped so far\)/,
      );
      await shot(page, 'portfolio-light');

      await page.setViewportSize({ width: 375, height: 800 });
      await shot(page, 'portfolio-375');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoSeriousAxeViolations(page, 'the portfolio at 375px');
      await page.goto(projectUrl);
      await page.getByTestId('bullet-draft').waitFor();
      await shot(page, 'portfolio-project-375');
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 1280, height: 900 });

      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      await page.getByRole('button', { name: 'Check repository' }).click();
      await page.getByTestId('repo-report').waitFor();
      await shot(page, 'portfolio-project-dark');
      await expectNoSeriousAxeViolations(page, 'the project (dark)');
      await page.goto(`${server.url}/portfolio`);
      await page.getByTestId('next-step').waitFor();
      await shot(page, 'portfolio-dark');
      await expectNoSeriousAxeViolations(page, 'the portfolio (dark)');
      await page.emulateMedia({ colorScheme: 'light' });
    },
    TIMEOUT,
  );

  it(
    'asks before deleting a project',
    async () => {
      await api('POST', '/api/portfolio/projects', { title: 'Throwaway idea', status: 'idea' });
      await page.goto(`${server.url}/portfolio`);
      await page.getByRole('link', { name: 'Throwaway idea' }).click();
      await heading(page, 'Throwaway idea').waitFor();
      await page.getByRole('button', { name: /Delete project/ }).click();
      await page.getByText('Delete this project?').waitFor();
      await page.getByRole('button', { name: /^Delete — / }).click();
      await heading(page, 'Portfolio').waitFor();
      await page.getByRole('link', { name: plan.projects[0]?.title ?? '' }).waitFor();
      expect(await page.getByRole('link', { name: 'Throwaway idea' }).count()).toBe(0);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
