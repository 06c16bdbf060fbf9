import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import type { Application, ApplicationDetail } from '../src/web/pipeline/api.js';
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

requireChromium('the applications page in a browser', 'e2e/pipeline.test.ts');

const TRACKER_CSV = readFileSync(
  join(projectRoot(), 'src/core/pipeline/fixtures/tracker-export.csv'),
);

describe.skipIf(!hasChromium)('the applications page in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
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

  const setTheme = async (theme: 'light' | 'dark') => {
    await page.evaluate((value) => localStorage.setItem('mlpath.theme', value), theme);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  };

  const noHorizontalPageScroll = async () => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  };

  const focusedText = () => page.evaluate(() => document.activeElement?.textContent);

  const open = async (path = '/applications') => {
    await page.goto(`${server.url}${path}`);
    await heading(page, 'Applications').waitFor();
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
    await api('PUT', '/api/profile', {
      background: 'data-analyst',
      domain: 'logistics',
      hoursPerWeek: 10,
      skills: { python: 2, sql: 3 },
    });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'explains what to do first when there is nothing yet',
    async () => {
      await open();
      await heading(page, 'No applications yet', 2).waitFor();
      expect(await page.title()).toBe('Applications · mlpath');
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      await shot(page, 'pipeline-empty');
      await expectNoSeriousAxeViolations(page, 'the empty applications page');
    },
    TIMEOUT,
  );

  it(
    'adds an application with the form',
    async () => {
      await page.getByRole('link', { name: 'Add an application' }).first().click();
      await heading(page, 'Add an application', 2).waitFor();
      await page.getByRole('button', { name: 'Save application' }).click();
      await page.getByText('Enter the company.').first().waitFor();
      await page.getByLabel('Company', { exact: true }).fill('Northwind Freight');
      await page.getByLabel('Role', { exact: true }).fill('ML Engineer');
      await page.getByLabel('Stage').selectOption('applied');
      await page.getByLabel('Link to the posting (optional)').fill('https://jobs.example.com/ml');
      await page
        .getByRole('textbox', { name: 'Next action (optional)' })
        .fill('Ask Priya about the team');
      await expectNoSeriousAxeViolations(page, 'the application form');
      await page.getByRole('button', { name: 'Save application' }).click();
      await heading(page, /ML Engineer\s+at\s+Northwind Freight/, 2).waitFor();
      await page.getByRole('heading', { name: 'Stage history' }).waitFor();
      const [saved] = await api<Application[]>('GET', '/api/applications');
      expect(saved).toMatchObject({
        company: 'Northwind Freight',
        stage: 'applied',
        source: 'referral',
      });
    },
    TIMEOUT,
  );

  it(
    'moves a card on the board with the keyboard, and announces it',
    async () => {
      await open();
      const card = page
        .locator('.board-card', { hasText: 'Northwind Freight' })
        .locator('.card-open');
      await card.focus();
      await page.keyboard.press('ArrowRight');
      await page
        .getByRole('status')
        .filter({ hasText: 'Moved ML Engineer at Northwind Freight to Screen' })
        .waitFor();
      await page
        .locator('.board-column.stage-screen .board-card', { hasText: 'Northwind' })
        .waitFor();
      // Focus follows the card into its new column, in an effect after it is drawn there.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.className))
        .toBe('card-open');

      // M opens the "Move to" menu; the arrows pick a stage.
      await page.keyboard.press('m');
      const menu = page.getByRole('menu', { name: /Move ML Engineer at Northwind Freight to/ });
      await menu.waitFor();
      await expect.poll(focusedText).toBe('Saved');
      await page.keyboard.press('End');
      await expect.poll(focusedText).toBe('No answer');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await expect.poll(focusedText).toBe('Rejected');
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      await page.keyboard.press('m');
      await menu.waitFor();
      // Keys pressed before focus reaches the menu would go to the card (Enter opens it).
      await expect.poll(focusedText).toBe('Saved');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'to Technical' }).waitFor();
      await page
        .locator('.board-column.stage-technical .board-card', { hasText: 'Northwind' })
        .waitFor();

      await expect
        .poll(async () => {
          const [item] = await api<Application[]>('GET', '/api/applications');
          return item?.stage;
        })
        .toBe('technical');
      const [item] = await api<Application[]>('GET', '/api/applications');
      const detail = await api<ApplicationDetail>('GET', `/api/applications/${item?.id}`);
      expect(detail.history.map((row) => row.stage)).toEqual(['applied', 'screen', 'technical']);
      await shot(page, 'pipeline-board');
      await expectNoSeriousAxeViolations(page, 'the board');
    },
    TIMEOUT,
  );

  it(
    'imports a CSV from another tracker after a preview',
    async () => {
      await open('/applications/import');
      await heading(page, 'Import applications from a CSV file', 2).waitFor();
      await page.getByLabel('CSV file', { exact: true }).setInputFiles({
        name: 'huntr-export.csv',
        mimeType: 'text/csv',
        buffer: TRACKER_CSV,
      });
      await page.getByText('2. Match the columns').waitFor();
      expect(await page.getByLabel('Role', { exact: true }).inputValue()).toBe('Job Title');
      await page.getByText('5 rows ready').waitFor();
      await shot(page, 'pipeline-import-preview');
      await expectNoSeriousAxeViolations(page, 'the import preview');

      // Unmapping the role is refused before anything is written.
      await page.getByLabel('Role', { exact: true }).selectOption('');
      await page.getByText('Choose the column that holds the role.').waitFor();
      expect(await page.getByRole('button', { name: /^Import \d/ }).isDisabled()).toBe(true);
      await page.getByLabel('Role', { exact: true }).selectOption('Job Title');
      await page.getByText('5 rows ready').waitFor();

      await page.getByRole('button', { name: 'Import 5 applications' }).click();
      await page.getByText('Imported 5 applications.').waitFor();
      expect(await api<Application[]>('GET', '/api/applications')).toHaveLength(6);
    },
    TIMEOUT,
  );

  it(
    'shows the funnel by stage and by source',
    async () => {
      await open('/applications/funnel');
      await heading(page, 'Funnel', 2).waitFor();
      await page.locator('.recharts-wrapper').first().waitFor();
      await page.getByText(/Referrals: \d+ of \d+ answered/).waitFor();
      await page.getByRole('table', { name: 'By source' }).waitFor();
      await shot(page, 'pipeline-funnel');
      await expectNoSeriousAxeViolations(page, 'the funnel');
    },
    TIMEOUT,
  );

  it(
    'highlights a company in the industry of the profile',
    async () => {
      await open('/applications/companies');
      await page.getByRole('button', { name: 'Add a company' }).click();
      await page.getByLabel('Name').fill('Tailspin Logistics');
      await page.getByLabel('Industry').fill('Logistics software');
      await page.getByLabel('Tier').selectOption('3');
      await page.getByLabel('Fit for a career switcher').selectOption('domain-vertical');
      await page.getByRole('button', { name: 'Save company' }).click();
      const company = page.locator('.company', { hasText: 'Tailspin Logistics' });
      await company.getByText('Your domain', { exact: true }).waitFor();
      await company.getByText(/Tier 3 · three to four months/).waitFor();
      await shot(page, 'pipeline-companies');
      await expectNoSeriousAxeViolations(page, 'the companies');
    },
    TIMEOUT,
  );

  it(
    'ticks the public-profile checklist',
    async () => {
      await open('/applications/profile');
      await page.getByText('0 of 9').first().waitFor();
      await page.getByLabel('Your best project repositories are pinned').check();
      await page.getByText('1 of 9').first().waitFor();
      await expectNoSeriousAxeViolations(page, 'the checklist');
    },
    TIMEOUT,
  );

  it(
    'reads well in the dark theme and on a phone',
    async () => {
      await open();
      await setTheme('dark');
      await page.locator('.board-card').first().waitFor();
      await shot(page, 'pipeline-board-dark');
      await expectNoSeriousAxeViolations(page, 'the board (dark)');
      await open('/applications/funnel');
      await page.locator('.recharts-wrapper').first().waitFor();
      await shot(page, 'pipeline-funnel-dark');

      await setTheme('light');
      await page.setViewportSize({ width: 375, height: 800 });
      await open();
      await page.locator('.board-card').first().waitFor();
      await noHorizontalPageScroll();
      await shot(page, 'pipeline-board-375');
      await expectNoSeriousAxeViolations(page, 'the board at 375px');
      await open('/applications/table');
      await page.getByRole('table').waitFor();
      await noHorizontalPageScroll();
      await shot(page, 'pipeline-table-375');
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
