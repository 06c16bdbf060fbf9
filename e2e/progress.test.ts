import { mkdirSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, Plan, ProfileInput, TimeEntry } from '../src/web/api/types.js';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  expectNoSeriousAxeViolations,
  hasChromium,
  heading,
  requireChromium,
  screenshots,
  shot,
  TIMEOUT,
} from './helpers.js';
import { startTestServer, type TestServer } from './server.js';

requireChromium('the progress page in a browser', 'e2e/progress.test.ts');

const DAY_MS = 86_400_000;
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);

const PROFILE: ProfileInput = {
  background: 'data-analyst',
  domain: 'logistics',
  skills: { python: 1, sql: 2, math: 1, git: 1, ml: 0, deployment: 0 },
  hoursPerWeek: 10,
  targetDate: isoDay(300),
  specialization: 'time-series',
  education: 'bachelor',
};

describe.skipIf(!hasChromium)('the progress page in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let plan: Plan;
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

  const openProgress = async () => {
    await page.goto(`${server.url}/progress`);
    await heading(page, 'Your progress').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Log a session' }).waitFor();
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
      email: 'ada@example.com',
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
      await page.goto(`${server.url}/progress`);
      await heading(page, 'Answer the intake quiz first', 2).waitFor();
      expect(await page.title()).toBe('Progress · mlpath');
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'explains the first steps to a new user',
    async () => {
      await api('PUT', '/api/profile', PROFILE);
      plan = await api<Plan>('GET', '/api/plan');
      await openProgress();
      await heading(page, 'Start here', 2).waitFor();
      expect(await page.getByText('Nothing logged yet.').isVisible()).toBe(true);
      expect(await page.getByText(/Set your runway/).isVisible()).toBe(true);
      expect(await page.getByText(/press L anywhere/i).isVisible()).toBe(true);
      await page.getByText(/Consistency, last 12 months/).waitFor();
      await shot(page, 'progress-empty');
      await expectNoSeriousAxeViolations(page, 'the empty progress page');
    },
    TIMEOUT,
  );

  it(
    'logs a session with the keyboard only',
    async () => {
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('l');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('log-minutes');
      // Enter with no duration: inline validation on the field.
      await page.keyboard.press('Enter');
      await page.getByText('Enter how long you worked').waitFor();
      await page.keyboard.type('1.5h');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('log-targetId');
      const chosen = await page.locator('#log-targetId').inputValue();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await page.getByText(/Logged 1 h 30 min of build on/).waitFor();

      const entries = await api<TimeEntry[]>('GET', '/api/time-entries');
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ minutes: 90, mode: 'build' });
      expect(`${entries[0]?.targetKind}:${entries[0]?.targetId}`).toBe(chosen);

      // In the log and in this week.
      const log = page.locator('section[aria-labelledby="log-title"]');
      await log.locator('.log-minutes', { hasText: '1 h 30 min' }).waitFor();
      const week = page.locator('section[aria-labelledby="week-title"]');
      await week.getByText(/1\.5 of \d+(\.\d)? h logged/).waitFor();
    },
    TIMEOUT,
  );

  it(
    'marks a skill done',
    async () => {
      const skill = plan.skills[0];
      if (!skill) throw new Error('the plan has no skills');
      const row = page.locator(`.status-row[data-skill="${skill.id}"]`);
      await row.getByRole('button', { name: 'Done' }).click();
      await row.locator('button[aria-pressed="true"]', { hasText: 'Done' }).waitFor();
      const states = await api<{ skillId: string; status: string }[]>(
        'GET',
        '/api/progress/skills',
      );
      expect(states).toContainEqual(expect.objectContaining({ skillId: skill.id, status: 'done' }));
    },
    TIMEOUT,
  );

  it(
    'adds a networking entry',
    async () => {
      await page.locator('#net-kind').selectOption('meetup');
      await page.locator('#net-note').fill('PyData meetup, talked to two ML engineers');
      await page
        .locator('section[aria-labelledby="networking-title"]')
        .getByRole('button', { name: 'Add' })
        .click();
      await page.getByText('PyData meetup, talked to two ML engineers').waitFor();
    },
    TIMEOUT,
  );

  it(
    'sets the runway and shows the result',
    async () => {
      await page.locator('#runway-savings').fill('12,000');
      await page.locator('#runway-monthlyExpenses').fill('2500');
      await page.locator('#runway-monthlyIncome').fill('0');
      await page.locator('#runway-learningBudget').fill('800');
      await page.locator('#runway-emergencyFundMonths').fill('3');
      await page.getByRole('button', { name: 'Save runway' }).click();
      await page.getByTestId('runway-result').waitFor();
      const saved = await api<{ savings: number; currency: string }>('GET', '/api/runway');
      expect(saved).toMatchObject({ savings: 1_200_000, currency: 'USD' });
      const dashboard = await api<Dashboard>('GET', '/api/dashboard');
      expect(dashboard.runway?.coversP80).toBe(false);
      await page.getByText('Does not cover the P80 date.').waitFor();
      await page.getByText(/Extra income \(or cuts\) needed/).waitFor();
    },
    TIMEOUT,
  );

  it(
    'reports every bad row of a CSV import and imports nothing',
    async () => {
      const skill = plan.skills[0]?.id ?? 'python';
      const csv = [
        'date,minutes,targetKind,targetId,mode,note',
        `${isoDay(-1)},45,skill,${skill},theory,reading`,
        `not-a-date,30,skill,${skill},build,`,
      ].join('\n');
      await page.locator('#csv-import').setInputFiles({
        name: 'log.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
      const report = page.locator('.csv-report');
      await report.waitFor();
      expect(await report.textContent()).toMatch(/nothing was imported/);
      expect(await report.textContent()).toMatch(/Row 3, date/);
      const entries = await api<TimeEntry[]>('GET', '/api/time-entries');
      expect(entries).toHaveLength(1);
    },
    TIMEOUT,
  );

  it(
    'passes axe in both themes and fits a phone',
    async () => {
      await openProgress();
      await page.getByText(/Burn-up:/).waitFor();
      await shot(page, 'progress-desktop');
      await expectNoSeriousAxeViolations(page, 'the progress page');

      await page.setViewportSize({ width: 375, height: 800 });
      await page.reload();
      await page.getByText(/Burn-up:/).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(page, 'progress-375');
      await expectNoSeriousAxeViolations(page, 'the progress page at 375px');

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('button', { name: /theme/i }).first().click();
      await page.reload();
      await page.getByText(/Burn-up:/).waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await shot(page, 'progress-dark');
      await expectNoSeriousAxeViolations(page, 'the progress page (dark)');
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
