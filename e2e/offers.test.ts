import { mkdirSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileInput } from '../src/web/api/types.js';
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

requireChromium('the offers page in a browser', 'e2e/offers.test.ts');

const DAY_MS = 86_400_000;
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);

const PROFILE: ProfileInput = {
  background: 'data-analyst',
  domain: 'logistics',
  skills: { python: 2, sql: 2, math: 1, git: 1, ml: 1, deployment: 0 },
  hoursPerWeek: 10,
  targetDate: isoDay(300),
  education: 'bachelor',
};

describe.skipIf(!hasChromium)('the offers page in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const api = async (method: 'POST' | 'PUT', path: string, data: unknown) => {
    const response = await page.request.fetch(`${server.url}${path}`, { method, data });
    expect(response.ok(), `${method} ${path} answered ${response.status()}`).toBe(true);
  };

  /** Fills the "Add an offer" form; amounts in whole dollars, as a person types them. */
  const addOffer = async (offer: Record<string, string>) => {
    const form = page.locator('.offers-add');
    for (const [field, value] of Object.entries(offer)) {
      const input = form.locator(`#offer-new-${field}`);
      if (field === 'level') await input.selectOption(value);
      else await input.fill(value);
    }
    await form.getByRole('button', { name: 'Add offer' }).click();
    await form.getByText(`Offer from ${offer.company} added.`).waitFor();
  };

  const noSideScroll = () =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startTestServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({
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
    await api('PUT', '/api/profile', PROFILE);
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'starts empty, with the bands and their caveat',
    async () => {
      await page.goto(`${server.url}/offers`);
      await heading(page, 'Offers').waitFor();
      await page.getByTestId('offers-empty').waitFor();
      expect(await page.title()).toBe('Offers · mlpath');
      // The bands come with the comparison, which may answer after the list of offers.
      const bands = page.getByTestId('bands');
      await bands.getByText(/US figures from one article/).waitFor();
      expect(await bands.getByText('Article’s figures').count()).toBe(3);
      expect(
        await bands
          .getByText(/rough yardstick/)
          .first()
          .isVisible(),
      ).toBe(true);
      await expectNoSeriousAxeViolations(page, 'the empty offers page');
    },
    TIMEOUT,
  );

  it(
    'refuses an amount with too many decimals and names the field',
    async () => {
      const form = page.locator('.offers-add');
      await form.locator('#offer-new-company').fill('Acme Health');
      await form.locator('#offer-new-base').fill('12.345');
      await form.getByRole('button', { name: 'Add offer' }).click();
      await form.getByRole('alert').waitFor();
      expect(await form.locator('#offer-new-base-error').textContent()).toMatch(
        /at most 2 decimal places/,
      );
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('offer-new-role');
    },
    TIMEOUT,
  );

  it(
    'adds two offers and compares them side by side',
    async () => {
      await addOffer({
        company: 'Acme Health',
        role: 'ML Engineer',
        location: 'Austin, TX',
        base: '140,000',
        bonus: '14000',
        equityPerYear: '10000',
        signOn: '15000',
        deadline: isoDay(10),
      });
      await addOffer({
        company: 'Globex Logistics',
        role: 'Junior ML Engineer',
        level: 'entry',
        location: 'Remote',
        base: '160000',
        bonus: '0',
        equityPerYear: '0',
        signOn: '0',
        receivedOn: isoDay(-7),
      });
      const table = page.getByTestId('comparison');
      await table.getByText('Globex Logistics').waitFor();
      const acme = table.locator('tbody tr', { hasText: 'Acme Health' });
      expect(await acme.textContent()).toContain('$179,000');
      expect(await acme.textContent()).toContain('$164,000');
      const globex = table.locator('tbody tr', { hasText: 'Globex' });
      expect(await globex.textContent()).toContain('−$19,000 vs best');
      expect(await globex.textContent()).toContain('−$4,000 vs best');
      expect(await page.getByTestId('offer-card').count()).toBe(2);
    },
    TIMEOUT,
  );

  it(
    'ticks a negotiation item and shows the day',
    async () => {
      const card = page.getByTestId('offer-card').filter({ hasText: 'Acme Health' });
      await card.getByText(/Negotiation checklist \(0 of \d+ done\)/).click();
      await card
        .getByLabel('Get the full offer in writing, with its deadline, before you reply')
        .check();
      await card.getByText(/Negotiation checklist \(1 of \d+ done\)/).waitFor();
      await card.getByText(/— done /).waitFor();
      await shot(page, 'offers-compare');
      await expectNoSeriousAxeViolations(page, 'the offers page with two offers');
    },
    TIMEOUT,
  );

  it(
    'edits the entry band with my own figures, refusing a reversed range first',
    async () => {
      const bands = page.getByTestId('bands');
      const entry = bands.getByTestId('band-entry');
      await entry.getByText('Article’s figures').waitFor();
      await entry
        .getByRole('button', { name: 'Use my own figures for the Entry-level ML Engineer band' })
        .click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('band-entry-low');
      await entry.getByLabel('Low end per year (USD)').fill('100,000');
      await entry.getByLabel('High end per year (USD)').fill('90000');
      await entry.getByRole('button', { name: 'Save my figures' }).click();
      await entry.getByRole('alert').waitFor();
      expect(await entry.locator('#band-entry-high-error').textContent()).toMatch(
        /High end must not be below the low end/,
      );
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('band-entry-high');

      await entry.getByLabel('High end per year (USD)').fill('130000');
      await entry.getByLabel(/Where these figures come from/).fill('Austin, three recruiters');
      await entry.getByRole('button', { name: 'Save my figures' }).click();
      await entry.getByText('Your figures').waitFor();
      expect(await entry.textContent()).toContain('$100,000–$130,000');
      expect(await entry.textContent()).toContain('The article says $150,000–$200,000');
      expect(await entry.textContent()).toContain('Austin, three recruiters');
      // Focus goes back to the button that opened the form.
      await page.waitForFunction(() =>
        document.activeElement?.textContent?.startsWith('Change for the Entry'),
      );
      // The caveat and source stay, with a word on whose figures are whose.
      expect(await bands.getByText(/About the article’s figures/).isVisible()).toBe(true);
      expect(await bands.getByText(/Source: “How to Become/).isVisible()).toBe(true);
      expect(await bands.getByText(/Levels marked “Your figures”/).isVisible()).toBe(true);

      // The comparison now checks the entry offers against my figures.
      const acme = page.getByTestId('comparison').locator('tbody tr', { hasText: 'Acme Health' });
      await acme.getByText('$100,000–$130,000').waitFor();
      expect(await acme.textContent()).toContain('Your figures');
      await shot(page, 'offers-band-edited');
      await expectNoSeriousAxeViolations(page, 'the offers page with an edited band');
    },
    TIMEOUT,
  );

  it(
    'resets the band only after asking, and edits another from the keyboard',
    async () => {
      const bands = page.getByTestId('bands');
      const entry = bands.getByTestId('band-entry');
      await entry.getByRole('button', { name: /^Reset to the article’s figures/ }).click();
      await entry.getByText(/Go back to \$150,000–\$200,000\?/).waitFor();
      await page.keyboard.press('Escape');
      await entry.getByText('Your figures').waitFor();
      await entry.getByRole('button', { name: /^Reset to the article’s figures/ }).click();
      await entry.getByRole('button', { name: /^Reset/ }).click();
      await entry.getByText('Article’s figures').waitFor();
      expect(await entry.textContent()).toContain('$150,000–$200,000');
      await page
        .getByTestId('comparison')
        .locator('tbody tr', { hasText: 'Acme Health' })
        .getByText('$150,000–$200,000')
        .waitFor();

      // Keyboard only: open the senior band's form, type, Escape, open again, save with Enter.
      const senior = bands.getByTestId('band-senior');
      const open = senior.getByRole('button', { name: /^Use my own figures/ });
      await open.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.type('250000');
      await page.keyboard.press('Escape');
      await senior.locator('form').waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(
        /^Use my own figures/,
      );
      await page.keyboard.press('Enter');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('210000');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('320000');
      await page.keyboard.press('Enter');
      await senior.getByText('Your figures').waitFor();
      expect(await senior.textContent()).toContain('$210,000–$320,000');
    },
    TIMEOUT,
  );

  it(
    'accepts an offer on a chosen day after a confirmation and switches to growth mode',
    async () => {
      const card = page.getByTestId('offer-card').filter({ hasText: 'Globex Logistics' });
      expect(await card.textContent()).toContain('Offer came on');
      await card.getByRole('button', { name: /Accept this offer/ }).click();
      await card.getByText(/Accept Globex Logistics\? Growth mode counts/).waitFor();
      const day = card.getByLabel('Accepted on');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('date');
      expect(await day.inputValue()).toBe(isoDay(0));
      expect(await day.getAttribute('max')).toBe(isoDay(0));
      expect(await day.getAttribute('min')).toBe(isoDay(-7));

      await day.fill(isoDay(-8));
      await card.getByRole('button', { name: /^Accept —/ }).click();
      await card.getByText(/cannot be before the offer came/).waitFor();
      await day.fill(isoDay(1));
      await card.getByRole('button', { name: /^Accept —/ }).click();
      await card.getByText(/cannot be in the future/).waitFor();
      await shot(page, 'offers-accept-date');

      await day.fill(isoDay(-3));
      await card.getByRole('button', { name: /^Accept —/ }).click();
      const growth = page.getByTestId('growth');
      await growth.waitFor();
      await heading(page, /Years 1–2/, 2).waitFor();
      const accepted = new Date(`${isoDay(-3)}T00:00:00Z`).toLocaleDateString('en-GB', {
        dateStyle: 'long',
        timeZone: 'UTC',
      });
      await growth.getByText(`on ${accepted}.`, { exact: false }).waitFor();
      await card.getByText(`Accepted ${accepted}`).waitFor();
      expect(await growth.getByText('0 of 5 goals done (0%)').isVisible()).toBe(true);
      await growth.getByLabel("Learn the team's stack and codebase deeply").check();
      await growth.getByText('1 of 5 goals done (20%)').waitFor();
      await page.getByTestId('comparison').getByText('Accepted').waitFor();
      await shot(page, 'offers-growth-light');
      await expectNoSeriousAxeViolations(page, 'growth mode');
    },
    TIMEOUT,
  );

  it(
    'reads well in the dark theme and at 375px',
    async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      await shot(page, 'offers-growth-dark');
      await page.getByTestId('bands').scrollIntoViewIfNeeded();
      await shot(page, 'offers-bands-dark', false);
      await expectNoSeriousAxeViolations(page, 'the offers page (dark)');
      await page.emulateMedia({ colorScheme: 'light' });
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');

      await page.setViewportSize({ width: 375, height: 800 });
      await page.reload();
      await page.getByTestId('growth').waitFor();
      expect(await noSideScroll()).toBe(true);
      await shot(page, 'offers-375');
      await shot(page, 'offers-375-top', false);
      await page.getByTestId('comparison').scrollIntoViewIfNeeded();
      await shot(page, 'offers-375-compare', false);
      await page.getByTestId('offer-card').first().scrollIntoViewIfNeeded();
      await shot(page, 'offers-375-card', false);
      await page.getByTestId('band-senior').scrollIntoViewIfNeeded();
      await shot(page, 'offers-375-bands', false);
      const entry = page.getByTestId('band-entry');
      await entry.getByRole('button', { name: /^Use my own figures/ }).click();
      await entry.locator('form').scrollIntoViewIfNeeded();
      expect(await noSideScroll()).toBe(true);
      await shot(page, 'offers-375-band-form', false);
      await entry.getByRole('button', { name: 'Cancel' }).click();
      await expectNoSeriousAxeViolations(page, 'the offers page at 375px');
      await page.setViewportSize({ width: 1280, height: 900 });
    },
    TIMEOUT,
  );

  it(
    'deletes an offer only after asking',
    async () => {
      const card = page.getByTestId('offer-card').filter({ hasText: 'Acme Health' });
      await card.getByRole('button', { name: /^Delete/ }).click();
      await card.getByText('Delete this offer and its checklist?').waitFor();
      await card.getByRole('button', { name: /^Yes/ }).click();
      await page.getByTestId('offer-card').filter({ hasText: 'Acme Health' }).waitFor({
        state: 'detached',
      });
      expect(await page.getByTestId('offer-card').count()).toBe(1);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
