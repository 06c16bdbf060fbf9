import { mkdirSync } from 'node:fs';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
  type Response,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  expectNoSeriousAxeViolations,
  focused,
  hasChromium,
  heading,
  requireChromium,
  screenshots,
  shot,
  TIMEOUT,
} from './helpers.js';
import { startTestServer, type TestServer } from './server.js';

/** The budgets of the first page a new visitor opens. */
const FIRST_PAGE_JS_BUDGET = 200 * 1024;
const FIRST_RENDER_BUDGET_MS = 1000;

interface FirstPage {
  /** ms from navigation start until the welcome heading is visible. */
  visibleAt: number;
  responseEnd: number;
  domContentLoaded: number;
  scripts: { url: string; bytes: number; encoding: string }[];
  /** Compressed bytes of every script the page loaded. */
  jsBytes: number;
}

/** Opens the app as a new visitor and measures the welcome page's render time and JS bytes. */
async function measureFirstPage(page: Page, url: string): Promise<FirstPage> {
  const scripts: FirstPage['scripts'] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      (async () => {
        const sizes = await response.request().sizes();
        const header = Number(response.headers()['content-length'] ?? Number.NaN);
        scripts.push({
          url: new URL(response.url()).pathname,
          bytes: sizes.responseBodySize || header || 0,
          encoding: response.headers()['content-encoding'] ?? 'identity',
        });
      })(),
    );
  };
  page.on('response', onResponse);
  await page.goto(`${url}/`);
  const visibleAt = (await (
    await page.waitForFunction(
      () => {
        const title = [...document.querySelectorAll('h1')].find(
          (h1) => h1.textContent === 'Create your account',
        );
        return title && title.getBoundingClientRect().height > 0 ? performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: 10_000 },
    )
  ).jsonValue()) as number;
  const timing = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return {
      responseEnd: nav?.responseEnd ?? 0,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
    };
  });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', onResponse);
  const jsBytes = scripts.reduce((sum, script) => sum + script.bytes, 0);
  return { visibleAt, ...timing, scripts, jsBytes };
}

/** Requests the page and its assets once, so the timing measures the app, not a cold server. */
async function warmUp(url: string): Promise<void> {
  const html = await (await fetch(`${url}/`)).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((match) => match[1]);
  await Promise.all(
    [...assets, '/api/instance', '/api/me'].map(async (path) => {
      const response = await fetch(`${url}${path}`, { headers: { 'accept-encoding': 'br, gzip' } });
      await response.arrayBuffer();
    }),
  );
}

requireChromium('onboarding in a browser', 'e2e/onboarding.test.ts');

describe.skipIf(!hasChromium)('onboarding in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Console errors and uncaught exceptions; a CSP violation shows up here too. */
  const pageErrors: string[] = [];

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
      // The browser logs every 4xx; the app expects 401 (signed out) and 404 (no profile yet).
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        pageErrors.push(message.text());
      }
    });
    await warmUp(server.url);
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'opens a new instance on the welcome page, fast and small',
    async () => {
      const first = await measureFirstPage(page, server.url);
      // Two more new visitors in fresh contexts. The render budget (1 s) is measured and printed,
      // not asserted: a timing assertion would fail on a busy machine, not on a slow page.
      const renders = [first.visibleAt];
      for (let run = 0; run < 2; run++) {
        const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        renders.push((await measureFirstPage(await fresh.newPage(), server.url)).visibleAt);
        await fresh.close();
      }
      const median = [...renders].sort((a, b) => a - b)[1] ?? Number.POSITIVE_INFINITY;
      console.log(
        `first page: "Create your account" visible after ${renders.map((ms) => `${ms.toFixed(0)} ms`).join(', ')} (median ${median.toFixed(0)} ms; budget ${FIRST_RENDER_BUDGET_MS} ms); first load: HTML ${first.responseEnd.toFixed(0)} ms, DOMContentLoaded ${first.domContentLoaded.toFixed(0)} ms`,
      );
      console.log(
        `first page JS: ${(first.jsBytes / 1024).toFixed(1)} KB transferred in ${first.scripts.length} files: ${first.scripts
          .map((s) => `${s.url} ${(s.bytes / 1024).toFixed(1)} KB ${s.encoding}`)
          .join('; ')}`,
      );

      expect(await page.title()).toBe('Welcome · mlpath');
      expect(first.scripts.length).toBeGreaterThan(0);
      expect(first.scripts.every((script) => script.encoding !== 'identity')).toBe(true);
      expect(first.jsBytes).toBeLessThanOrEqual(FIRST_PAGE_JS_BUDGET);

      await shot(page, 'welcome');
      await expectNoSeriousAxeViolations(page, 'the welcome page');
    },
    TIMEOUT,
  );

  it(
    'shows signup errors inline and in a summary',
    async () => {
      await page.getByLabel('Email address').fill('not-an-email');
      await page.getByLabel('Password', { exact: true }).fill('short');
      await page.getByRole('button', { name: 'Create account' }).click();
      const summary = page.getByRole('alert');
      await summary.waitFor();
      expect(await summary.textContent()).toContain('There are 3 problems');
      expect(await summary.textContent()).toContain('The two passwords do not match.');
      expect(await page.getByLabel('Email address').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe(
        'true',
      );
      await shot(page, 'signup-errors');
      await expectNoSeriousAxeViolations(page, 'the welcome page with errors');
    },
    TIMEOUT,
  );

  it(
    'signs up, completes every quiz step and keeps the answers across a reload',
    async () => {
      await page.getByLabel('Email address').fill('ada@example.com');
      await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
      await page.getByLabel('Confirm password').fill('correct horse battery');
      await page.getByRole('button', { name: 'Create account' }).click();

      // Step 1: background. Next without an answer shows the error first.
      await heading(page, 'Your starting point').waitFor();
      expect(new URL(page.url()).pathname).toBe('/intake');
      await page.getByText('Step 1 of 5').waitFor();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('alert').getByText('Choose the background closest to yours.').waitFor();
      await shot(page, 'quiz-step-1-error');
      await page.getByRole('radio', { name: /Data analyst/ }).check();
      await page.getByLabel(/Highest degree/).selectOption('bachelor');
      await shot(page, 'quiz-step-1');
      await expectNoSeriousAxeViolations(page, 'quiz step 1');
      await page.getByRole('button', { name: 'Next' }).click();

      // Step 2: skills. Focus moves to the step's heading.
      await page.getByText('Step 2 of 5').waitFor();
      await expect.poll(() => focused(page)).toContain('step-heading');
      const levels = { Python: 1, SQL: 2, 'Math and statistics': 1, Git: 1 } as const;
      const names = ['None', 'Basic', 'Working', 'Production'];
      for (const [area, level] of Object.entries(levels)) {
        await page
          .getByRole('group', { name: area, exact: true })
          .getByRole('radio', { name: new RegExp(`^${level} · ${names[level]}`) })
          .check();
      }
      await page.getByRole('button', { name: 'Next' }).click();
      // Two areas left unanswered: both are reported, and the step does not advance.
      await page.getByText('Choose your level in Machine learning.').first().waitFor();
      expect(await page.getByText('Step 2 of 5').isVisible()).toBe(true);
      await page
        .getByRole('group', { name: 'Machine learning', exact: true })
        .getByRole('radio', { name: /^0 · None/ })
        .check();
      const deployment = page
        .getByRole('group', { name: 'Deployment', exact: true })
        .getByRole('radio', { name: /^1 · Basic/ });
      await deployment.check();
      await shot(page, 'quiz-step-2');
      await expectNoSeriousAxeViolations(page, 'quiz step 2');
      // Enter on a radio submits the step.
      await deployment.press('Enter');

      // Step 3: time. A target before the start is refused.
      await page.getByText('Step 3 of 5').waitFor();
      await expect.poll(() => focused(page)).toContain('step-heading');
      await page.getByLabel('Hours per week').fill('12');
      await page.getByLabel(/Start date/).fill('2026-01-05');
      await page.getByLabel(/Target date/).fill('2025-12-01');
      await page.getByLabel('Hours per week').press('Enter');
      await page.getByText('The target date must be after the start date.').first().waitFor();
      expect(await page.getByLabel(/Target date/).getAttribute('aria-invalid')).toBe('true');
      await page.getByLabel(/Target date/).fill('2027-06-30');
      await shot(page, 'quiz-step-3');
      await expectNoSeriousAxeViolations(page, 'quiz step 3');
      await page.getByLabel('Hours per week').press('Enter');

      // Step 4: direction.
      await page.getByText('Step 4 of 5').waitFor();
      await page.getByLabel(/industry of your previous career/).fill('logistics');
      expect(await page.getByRole('radio', { name: /Applied ML engineering/ }).isChecked()).toBe(
        true,
      );
      await page.getByRole('radio', { name: /Time series/ }).check();
      await shot(page, 'quiz-step-4');
      await expectNoSeriousAxeViolations(page, 'quiz step 4');
      await page.getByRole('button', { name: 'Next' }).click();

      // Step 5: review and save.
      await page.getByText('Step 5 of 5').waitFor();
      expect(await page.getByText('12 hours a week').isVisible()).toBe(true);
      await shot(page, 'quiz-step-5');
      await expectNoSeriousAxeViolations(page, 'quiz step 5');
      await page.getByRole('button', { name: 'Save my answers' }).click();

      await heading(page, 'Your profile').waitFor();
      expect(new URL(page.url()).pathname).toBe('/profile');
      const expectAnswers = async () => {
        const main = page.getByRole('main');
        for (const text of [
          'Data analyst',
          "Bachelor's degree",
          '12 hours a week',
          '5 January 2026',
          '30 June 2027',
          'logistics',
          'Applied ML engineering',
          'Time series',
        ]) {
          expect(await main.getByText(text, { exact: true }).count(), text).toBeGreaterThan(0);
        }
        const sql = main
          .locator('.answer-row')
          .filter({ has: page.locator('dt', { hasText: /^SQL$/ }) });
        expect(await sql.textContent()).toContain('Working');
      };
      await expectAnswers();
      await shot(page, 'profile');
      await expectNoSeriousAxeViolations(page, 'the profile page');

      await page.reload();
      await heading(page, 'Your profile').waitFor();
      await expectAnswers();
      expect(await page.title()).toBe('Your profile · mlpath');
    },
    TIMEOUT,
  );

  it(
    'edits the answers and warns about the research track without a PhD',
    async () => {
      await page.getByRole('link', { name: 'Edit answers' }).click();
      await heading(page, 'Edit your answers').waitFor();
      expect(await page.getByRole('radio', { name: /Data analyst/ }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('radio', { name: /^Research/ }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Save changes' }).click();
      await heading(page, 'Your profile').waitFor();
      await heading(page, 'Research roles usually ask for a PhD', 2).waitFor();
      await shot(page, 'profile-research-warning');
      await expectNoSeriousAxeViolations(page, 'the profile page with the research warning');
    },
    TIMEOUT,
  );

  it(
    'looks right at 375px wide and in the dark theme',
    async () => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.reload();
      await heading(page, 'Your profile').waitFor();
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'horizontal scroll at 375px').toBeLessThanOrEqual(0);
      await shot(page, 'profile-375');
      await page.getByRole('button', { name: 'Menu' }).click();
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
      await shot(page, 'profile-375-menu', false);
      await expectNoSeriousAxeViolations(page, 'the profile page at 375px with the menu open');
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('link', { name: 'Edit skills' }).click();
      await page.getByText('Step 2 of 5').waitFor();
      await shot(page, 'quiz-step-2-375');
      await page.goBack();
      await heading(page, 'Your profile').waitFor();

      await page.getByRole('button', { name: 'Dark theme' }).click();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await shot(page, 'profile-375-dark');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.reload();
      await heading(page, 'Your profile').waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await shot(page, 'profile-dark');
      await expectNoSeriousAxeViolations(page, 'the profile page in the dark theme');

      // Every quiz step in the dark theme too: contrast is checked per theme.
      await page.getByRole('link', { name: 'Edit answers' }).click();
      for (let step = 1; step <= 5; step++) {
        await page.getByText(`Step ${step} of 5`).waitFor();
        if (step === 2) await shot(page, 'quiz-step-2-dark');
        await expectNoSeriousAxeViolations(page, `quiz step ${step} (dark)`);
        if (step < 5) await page.getByRole('button', { name: 'Next' }).click();
      }
      await page.getByRole('link', { name: 'Profile' }).click();
      await heading(page, 'Your profile').waitFor();
    },
    TIMEOUT,
  );

  it(
    'switches between the dark and light theme',
    async () => {
      await page.getByRole('link', { name: 'Settings' }).click();
      await heading(page, 'Settings').waitFor();
      await expectNoSeriousAxeViolations(page, 'settings (dark)');
      await page.getByRole('button', { name: 'Dark theme' }).click();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      await expectNoSeriousAxeViolations(page, 'settings');
    },
    TIMEOUT,
  );

  it(
    'signs out to the sign-in page and back in',
    async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await heading(page, 'Sign in').waitFor();
      await page.getByRole('link', { name: 'Create an account' }).waitFor();
      await page.getByLabel('Email address').fill('ada@example.com');
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').getByText('The email or password is wrong.').waitFor();
      await shot(page, 'signin-wrong-password');
      await expectNoSeriousAxeViolations(page, 'the sign-in page');

      await page.getByRole('link', { name: 'Create an account' }).click();
      await heading(page, 'Create your account').waitFor();
      await expectNoSeriousAxeViolations(page, 'the signup page');
      await page.getByRole('link', { name: 'Sign in' }).click();
      await heading(page, 'Sign in').waitFor();

      await page.getByLabel('Email address').fill('ada@example.com');
      await page.getByLabel('Password').fill('correct horse battery');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await heading(page, 'Your profile').waitFor();
    },
    TIMEOUT,
  );

  it(
    'deletes the account from settings and returns to the welcome page',
    async () => {
      await page.getByRole('link', { name: 'Settings' }).click();
      await heading(page, 'Settings').waitFor();
      await page.getByText('This device').waitFor();
      await shot(page, 'settings');
      await expectNoSeriousAxeViolations(page, 'the settings page');

      await page.getByRole('button', { name: 'Delete account…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
      await dialog.waitFor();
      await expect.poll(() => focused(page)).toContain('input');
      await dialog.getByRole('button', { name: 'Delete my account' }).click();
      await dialog.getByText('Enter your password to confirm.').waitFor();
      await dialog.getByLabel('Your password').fill('not the password');
      await dialog.getByRole('button', { name: 'Delete my account' }).click();
      await dialog.getByText('The password is wrong. Nothing was deleted.').waitFor();
      await shot(page, 'settings-delete-dialog', false);
      await expectNoSeriousAxeViolations(page, 'the delete-account dialog');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      await page.getByRole('button', { name: 'Delete account…' }).click();
      await dialog.getByLabel('Your password').fill('correct horse battery');
      await dialog.getByRole('button', { name: 'Delete my account' }).click();
      await heading(page, 'Create your account').waitFor();
      await page.waitForURL((url) => url.pathname === '/');
    },
    TIMEOUT,
  );

  it('logged no console errors, CSP violations or uncaught exceptions', () => {
    expect(pageErrors).toEqual([]);
  });
});
