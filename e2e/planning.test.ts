import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CalendarFeedStatus,
  Dashboard,
  Plan,
  PlanSnapshot,
  Profile,
  ProfileInput,
} from '../src/web/api/types.js';
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

requireChromium('re-planning, the estimate history and the calendar feed', 'e2e/planning.test.ts');

const DAY_MS = 86_400_000;
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

const PROFILE: ProfileInput = {
  background: 'software-engineer',
  skills: { python: 2, sql: 1, math: 1, git: 2, ml: 0, deployment: 1 },
  hoursPerWeek: 8,
  targetDate: isoDay(400),
  specialization: 'nlp',
  education: 'bachelor',
};

describe.skipIf(!hasChromium)('re-planning, the estimate history and the calendar feed', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let plan: Plan;
  let feedUrl = '';
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

  const openRoadmap = async () => {
    await page.goto(`${server.url}/roadmap`);
    await heading(page, 'Your roadmap').waitFor();
    await page.getByTestId('estimate-p50').waitFor();
  };
  const history = () => page.locator('section[aria-labelledby="history-title"]');
  const estimate = () => page.locator('section[aria-labelledby="estimate-title"]');
  /** A screenshot of one part of the page, small enough to look at. */
  const shotOf = (locator: ReturnType<Page['locator']>, name: string) =>
    locator.screenshot({ path: join(screenshots, `${name}.png`) });
  const feed = () => page.locator('section[aria-labelledby="calendar-feed-title"]');

  /** Fetches a URL from inside the page, as a calendar app would (without the API client). */
  const fetchInPage = (url: string) =>
    page.evaluate(async (address) => {
      // no-store: the feed may be cached for 15 minutes, and this checks the server's answer.
      const response = await fetch(address, { credentials: 'omit', cache: 'no-store' });
      return {
        status: response.status,
        type: response.headers.get('content-type') ?? '',
        body: await response.text(),
      };
    }, url);

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
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
      email: 'katherine@example.com',
      password: 'correct horse battery',
    });
    await api('PUT', '/api/profile', PROFILE);
    plan = await api<Plan>('GET', '/api/plan');
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'shows the empty history before any re-plan',
    async () => {
      await openRoadmap();
      await history()
        .getByText('Re-plan or edit your profile to see how the date moves.')
        .waitFor();
      expect(await history().locator('.history-chart').count()).toBe(0);
    },
    TIMEOUT,
  );

  it(
    're-plans from today at more hours and announces the new dates',
    async () => {
      const toggle = page.getByRole('button', { name: 'Re-plan from today' });
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const hours = page.getByLabel('Re-plan from today at');
      expect(await hours.inputValue()).toBe('8');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('replan-hours');
      // Planned basis: no observed pace to offer yet.
      expect(await page.getByRole('button', { name: /Use my observed pace/ }).count()).toBe(0);

      // Out of range: a message on the field, nothing sent.
      await hours.fill('0');
      await page.getByRole('button', { name: 'Re-plan', exact: true }).click();
      await page.getByText('Enter a number of hours from 1 to 80.').waitFor();
      expect(await hours.getAttribute('aria-invalid')).toBe('true');
      await shot(page, 'replan-form-error', false);

      await hours.fill('24');
      // The server's today: the day of the click, or the next one if the run crosses midnight.
      const days = [isoDay(0)];
      await page.getByRole('button', { name: 'Re-plan', exact: true }).click();
      const status = page.getByRole('status').filter({ hasText: 'Re-planned from today' });
      await status.waitFor();
      const replanned = await api<Plan>('GET', '/api/plan');
      const { p50, p80 } = replanned.estimate.firstOfferDate;
      expect(p50 < plan.estimate.firstOfferDate.p50).toBe(true);
      expect(await status.textContent()).toContain(
        `at 24 hours a week: first offer most likely around ${longDate(p50)}; 4 in 5 chances by ${longDate(p80)}.`,
      );
      expect(await page.getByTestId('estimate-p50').textContent()).toBe(longDate(p50));
      expect(await page.getByTestId('estimate-p80').textContent()).toBe(longDate(p80));
      // The form closed and gave focus back to its button; the profile took the new hours.
      await page.locator('#replan-form').waitFor({ state: 'detached' });
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe('Re-plan from today');
      const profile = await api<Profile>('GET', '/api/profile');
      expect(profile.hoursPerWeek).toBe(24);
      days.push(isoDay(0));
      expect(days).toContain(profile.startDate);
      plan = replanned;
    },
    TIMEOUT,
  );

  it(
    'charts the estimates after a re-plan, with a table of the same points',
    async () => {
      const snapshots = await api<PlanSnapshot[]>('GET', '/api/plan/history');
      expect(snapshots.map((snapshot) => snapshot.reason)).toEqual(['profile', 'replan']);
      await history().locator('.history-chart .recharts-line').first().waitFor();
      expect(await history().locator('figcaption').textContent()).toMatch(
        /Over 2 plans the likely first offer \(P50\) moved \d+ weeks earlier/,
      );
      // The target is drawn as a reference line.
      await history()
        .getByText(/^Target /)
        .waitFor();
      await history().getByText('The estimates as a table').click();
      const rows = history().locator('tbody tr');
      expect(await rows.count()).toBe(2);
      expect(await rows.nth(1).textContent()).toContain('Re-planned');
      expect(await rows.nth(1).textContent()).toContain('24');
      await shotOf(history(), 'roadmap-history');
      await expectNoSeriousAxeViolations(page, 'the roadmap after a re-plan');
    },
    TIMEOUT,
  );

  it(
    'offers the observed pace once two weeks are logged',
    async () => {
      const skill = plan.skills[0]?.id ?? 'python';
      for (const offset of [-22, -20, -15, -13, -8]) {
        await api('POST', '/api/time-entries', {
          date: isoDay(offset),
          minutes: 180,
          targetKind: 'skill',
          targetId: skill,
          mode: 'build',
        });
      }
      const dashboard = await api<Dashboard>('GET', '/api/dashboard');
      expect(dashboard.forecast.basis).toBe('observed');
      await openRoadmap();
      await page.getByRole('button', { name: 'Re-plan from today' }).click();
      const observe = page.getByRole('button', { name: /Use my observed pace/ });
      await observe.waitFor();
      await shot(page, 'replan-observed', false);
      await observe.click();
      const value = Number(await page.getByLabel('Re-plan from today at').inputValue());
      const expected = Math.round(dashboard.forecast.velocity.hoursPerWeek * 10) / 10;
      expect(value).toBe(Math.min(80, Math.max(1, expected)));
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.locator('#replan-form').waitFor({ state: 'detached' });
    },
    TIMEOUT,
  );

  it(
    'makes a private calendar address, copies it, and it serves the plan',
    async () => {
      const toggle = page.getByRole('button', { name: 'Subscribe (private link)' });
      await toggle.click();
      await feed().waitFor();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await feed().getByText('No subscription yet.').waitFor();
      await feed().getByRole('button', { name: 'Make a subscription address' }).click();
      const address = feed().getByLabel('Your private subscription address');
      await address.waitFor();
      feedUrl = await address.inputValue();
      expect(feedUrl).toMatch(
        new RegExp(`^${server.url.replaceAll('.', '\\.')}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`),
      );
      expect(await address.getAttribute('readonly')).not.toBeNull();
      expect(await feed().getByText('Keep it private.').isVisible()).toBe(true);

      await feed().getByRole('button', { name: 'Copy' }).click();
      await feed().getByText('Copied the address.').waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(feedUrl);
      await shot(page, 'calendar-feed-new', false);
      await expectNoSeriousAxeViolations(page, 'the new calendar address');

      const served = await fetchInPage(feedUrl);
      expect(served.status).toBe(200);
      expect(served.type).toMatch(/^text\/calendar/);
      expect(served.body.startsWith('BEGIN:VCALENDAR')).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'after a reload says a subscription is active, and turns it off after asking',
    async () => {
      await openRoadmap();
      await page.getByRole('button', { name: 'Subscribe (private link)' }).click();
      await feed()
        .getByText(/A subscription address is active since/)
        .waitFor();
      expect(await feed().getByLabel('Your private subscription address').count()).toBe(0);
      // The day it was made, not today: the two differ when the run crosses midnight.
      const active = await api<CalendarFeedStatus>('GET', '/api/calendar-feed');
      expect(await feed().textContent()).toContain(
        new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(
          new Date(active.createdAt ?? ''),
        ),
      );
      await feed()
        .getByRole('button', { name: /^Make a new address/ })
        .waitFor();
      await shot(page, 'calendar-feed-active', false);

      // Asks first; Cancel keeps it.
      await feed()
        .getByRole('button', { name: /^Turn off/ })
        .click();
      await feed()
        .getByText('Calendars that use this address stop updating. Turn it off?')
        .waitFor();
      await feed().getByRole('button', { name: 'Cancel' }).click();
      const still = await api<CalendarFeedStatus>('GET', '/api/calendar-feed');
      expect(still.active).toBe(true);

      await feed()
        .getByRole('button', { name: /^Turn off/ })
        .click();
      await feed()
        .getByRole('button', { name: /^Turn off — / })
        .click();
      await feed()
        .getByText(/The subscription is off/)
        .waitFor();
      const off = await api<CalendarFeedStatus>('GET', '/api/calendar-feed');
      expect(off).toEqual({ active: false, createdAt: null });
      const gone = await fetchInPage(feedUrl);
      expect(gone.status).toBe(404);
    },
    TIMEOUT,
  );

  it(
    'a new address replaces the old one',
    async () => {
      await feed().getByRole('button', { name: 'Make a subscription address' }).click();
      const first = await feed().getByLabel('Your private subscription address').inputValue();
      await openRoadmap();
      await page.getByRole('button', { name: 'Subscribe (private link)' }).click();
      await feed()
        .getByRole('button', { name: /^Make a new address/ })
        .click();
      await feed().getByText('The current address stops working. Make a new one?').waitFor();
      await feed()
        .getByRole('button', { name: /^Make a new address — / })
        .click();
      const second = feed().getByLabel('Your private subscription address');
      await second.waitFor();
      expect(await second.inputValue()).not.toBe(first);
      expect((await fetchInPage(first)).status).toBe(404);
      expect((await fetchInPage(await second.inputValue())).status).toBe(200);
    },
    TIMEOUT,
  );

  it(
    'fits 375px wide and passes axe in the dark theme',
    async () => {
      await page.setViewportSize({ width: 375, height: 812 });
      await openRoadmap();
      await page.getByRole('button', { name: 'Subscribe (private link)' }).click();
      await feed().waitFor();
      await page.getByRole('button', { name: 'Re-plan from today' }).click();
      await history().locator('.history-chart .recharts-line').first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'horizontal scroll at 375px').toBeLessThanOrEqual(0);
      await shotOf(estimate(), 'planning-375-estimate');
      await shotOf(history(), 'planning-375-history');
      await shotOf(feed(), 'planning-375-feed');
      await expectNoSeriousAxeViolations(page, 'the planning tools at 375px');

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('button', { name: 'Dark theme' }).click();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await shotOf(estimate(), 'planning-dark-estimate');
      await shotOf(history(), 'planning-dark-history');
      await shotOf(feed(), 'planning-dark-feed');
      await expectNoSeriousAxeViolations(page, 'the planning tools (dark)');
      await page.getByRole('button', { name: 'Dark theme' }).click();
    },
    TIMEOUT,
  );

  it('logged no console errors, CSP violations or uncaught exceptions', () => {
    expect(pageErrors).toEqual([]);
  });
});
