import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Checkin,
  Dashboard,
  Note,
  Plan,
  ProfileInput,
  SkillProgress,
  TimeEntry,
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

requireChromium('the progress page in a browser', 'e2e/progress.test.ts');

const DAY_MS = 86_400_000;
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

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

  const focusedId = () => page.evaluate(() => document.activeElement?.id);

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
      // Each card loads its own data: wait for each rather than look once.
      await page.getByText('Nothing logged yet.').waitFor();
      await page.getByText(/Set your runway/).waitFor();
      await page.getByText(/press L anywhere/i).waitFor();
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
      await expect.poll(focusedId).toBe('log-minutes');
      // Enter with no duration: inline validation on the field.
      await page.keyboard.press('Enter');
      await page.getByText('Enter how long you worked').waitFor();
      await page.keyboard.type('1.5h');
      await page.keyboard.press('Tab');
      await expect.poll(focusedId).toBe('log-targetId');
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
    'checks in on last week: its log, three questions, and the card goes once saved',
    async () => {
      const before = await api<Dashboard>('GET', '/api/dashboard');
      expect(before.checkin.done).toBe(false);
      const { weekStart } = before.checkin;
      const [first, second] = plan.skills;
      if (!first || !second) throw new Error('the plan has fewer than two skills');
      const day = (offset: number) =>
        new Date(Date.parse(`${weekStart}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
      await api('POST', '/api/time-entries', {
        date: day(1),
        minutes: 120,
        targetKind: 'skill',
        targetId: first.id,
        mode: 'build',
      });
      await api('POST', '/api/time-entries', {
        date: day(3),
        minutes: 60,
        targetKind: 'skill',
        targetId: second.id,
        mode: 'theory',
      });
      await openProgress();
      const card = page.locator('section[aria-labelledby="checkin-title"]');
      const title = `Check in on the week of ${longDate(weekStart)}`;
      await heading(page, title, 2).waitFor();
      await card.getByText(/^3 h logged from/).waitFor();
      expect(await card.textContent()).toContain('67% build');
      expect(await card.getByRole('list', { name: 'What you worked on' }).textContent()).toContain(
        `${first.title} · 2 h`,
      );
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: join(screenshots, 'checkin-card.png') });

      // Nothing written: one problem, on the first question, and nothing saved.
      await card.getByRole('button', { name: 'Save check-in' }).click();
      await card.getByRole('alert').getByText('Answer at least one question.').waitFor();
      await expect.poll(focusedId).toBe('checkin-wentWell');
      await expectNoSeriousAxeViolations(page, 'the check-in with an error');

      // The card at 375px and in the dark theme (the OS preference, until a theme is chosen).
      await page.setViewportSize({ width: 375, height: 800 });
      // The charts follow the new width a moment later.
      await page
        .waitForFunction(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
          null,
          { timeout: 5_000 },
        )
        .catch(() => {});
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await card.screenshot({ path: join(screenshots, 'checkin-375.png') });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      await card.screenshot({ path: join(screenshots, 'checkin-dark.png') });
      await expectNoSeriousAxeViolations(page, 'the check-in (dark)');
      await page.emulateMedia({ colorScheme: 'light' });
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');

      await card.getByLabel('What went well?').fill('Finished the first Python chapter.');
      await card.getByLabel('Focus for next week').fill('Start the SQL exercises.');
      await card.getByRole('button', { name: 'Save check-in' }).click();
      await page
        .getByRole('status')
        .getByText(`Saved your check-in on the week of ${longDate(weekStart)}.`)
        .waitFor();
      await heading(page, title, 2).waitFor({ state: 'detached' });
      const after = await api<Dashboard>('GET', '/api/dashboard');
      expect(after.checkin).toEqual({ weekStart, done: true });
      const saved = await api<Checkin[]>('GET', '/api/checkins');
      expect(saved).toEqual([
        {
          weekStart,
          wentWell: 'Finished the first Python chapter.',
          blockers: '',
          nextFocus: 'Start the SQL exercises.',
        },
      ]);

      // The past check-ins fold each week away.
      const past = page.locator('section[aria-labelledby="past-checkins-title"]');
      await past.getByText(`Week of ${longDate(weekStart)}`).click();
      await past.getByText('Start the SQL exercises.').waitFor();
      expect(await past.textContent()).not.toContain('What got in the way?');

      // After a reload the card stays away.
      await openProgress();
      expect(await heading(page, title, 2).count()).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'changes a skill state with the keyboard, and asks why on s',
    async () => {
      const skill = plan.skills[1];
      if (!skill) throw new Error('the plan has fewer than two skills');
      const row = page.locator(`.status-row[data-skill="${skill.id}"]`);
      const pressed = row.locator('button[aria-pressed="true"]');
      const stateOf = async () =>
        (await api<SkillProgress[]>('GET', '/api/progress/skills')).find(
          (state) => state.skillId === skill.id,
        );
      await row.getByRole('button', { name: 'To do' }).focus();
      await page.keyboard.press('l');
      await pressed.getByText('Learning').waitFor();
      await page.getByRole('status').getByText(`${skill.title}: Learning.`).waitFor();
      expect((await stateOf())?.status).toBe('learning');
      // The row keeps focus, and `l` did not jump to the quick log.
      expect(
        await page.evaluate(() => document.activeElement?.closest('.status-row') !== null),
      ).toBe(true);

      await page.keyboard.press('d');
      await pressed.getByText('Done').waitFor();
      // The announcement comes once the change is saved and the page has caught up.
      await page.getByRole('status').getByText(`${skill.title}: Done.`).waitFor();
      await page.keyboard.press('s');
      const reason = row.getByLabel(`Why skip ${skill.title}?`);
      await reason.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
      // Typing the reason is not a shortcut.
      await reason.fill('Learned it at work, it turns out');
      await reason.press('Enter');
      await pressed.getByText('Skipped').waitFor();
      await row.getByText('Skipped: Learned it at work, it turns out').waitFor();
      expect(await stateOf()).toMatchObject({
        status: 'skipped',
        reason: 'Learned it at work, it turns out',
      });
      // Focus goes back to the row once the question has closed.
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.classList.contains('status-skipped')),
        )
        .toBe(true);

      // ? shows every shortcut, the quick log's L too.
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await help.getByText('jump to “Log a session”').waitFor();
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'hidden' });
      await page.getByRole('status').getByText(`${skill.title}: Skipped.`).waitFor();
      await page.keyboard.press('t');
      await pressed.getByText('To do').waitFor();
      // The top of the section: the hint above the rows, a row with focus.
      const section = page.locator('section[aria-labelledby="statuses-title"]');
      await section.scrollIntoViewIfNeeded();
      const box = await section.boundingBox();
      if (box) {
        await page.screenshot({
          path: join(screenshots, 'progress-statuses.png'),
          clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 420) },
        });
      }
    },
    TIMEOUT,
  );

  it(
    'keeps a Markdown note on a project',
    async () => {
      const project = plan.projects[0];
      if (!project) throw new Error('the plan has no projects');
      const row = page.locator(`.status-row[data-project="${project.id}"]`);
      await row.getByText('Notes').click();
      const editor = row.locator('.note-editor');
      await editor
        .getByRole('textbox')
        .fill('Shipped **v1**; next: [the write-up](https://example.com/post)');
      await editor.getByRole('button', { name: 'Save note' }).click();
      await editor.getByText('Note saved.').waitFor();
      await editor.getByRole('tab', { name: 'Preview' }).click();
      await editor.locator('.markdown strong', { hasText: 'v1' }).waitFor();
      expect(await editor.getByRole('link', { name: /the write-up/ }).getAttribute('rel')).toBe(
        'noopener noreferrer nofollow',
      );
      await row.locator('.note-saved').waitFor();
      const notes = await api<Note[]>('GET', '/api/notes');
      expect(notes).toContainEqual({
        targetKind: 'project',
        targetId: project.id,
        body: 'Shipped **v1**; next: [the write-up](https://example.com/post)',
      });
      await row.screenshot({ path: join(screenshots, 'project-note.png') });
      await expectNoSeriousAxeViolations(page, 'the progress page with a project note');

      // An empty note deletes it.
      await editor.getByRole('tab', { name: 'Write' }).click();
      await editor.getByRole('textbox').fill('');
      await editor.getByRole('button', { name: 'Save note' }).click();
      await editor.getByText('Note deleted.').waitFor();
      expect(await api<Note[]>('GET', '/api/notes')).toEqual([]);
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
      const before = await api<TimeEntry[]>('GET', '/api/time-entries');
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
      expect(entries).toHaveLength(before.length);
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
