import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Note, Plan, ProfileInput, SkillProgress } from '../src/web/api/types.js';
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

requireChromium('notes and shortcuts in the skill panel', 'e2e/skill-panel.test.ts');

const PROFILE: ProfileInput = {
  background: 'some-programming',
  skills: { python: 1, sql: 1, math: 1, git: 1, ml: 0, deployment: 0 },
  hoursPerWeek: 12,
  specialization: 'tabular',
  education: 'bachelor',
};

/** Raw HTML and a javascript: link: neither may ever run or become markup. */
const HOSTILE = [
  '# Hostile note',
  '<img src=x onerror="window.__pwned=1">',
  '',
  '[x](javascript:window.__pwned=1)',
  '',
  'A safe one: [the docs](https://example.com/docs) and **bold** text.',
].join('\n');

describe.skipIf(!hasChromium)('notes and shortcuts in the skill panel', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let plan: Plan;
  const pageErrors: string[] = [];

  const api = async <T>(method: 'GET' | 'PUT', path: string, data?: unknown) => {
    const response = await page.request.fetch(`${server.url}${path}`, {
      method,
      ...(data === undefined ? {} : { data }),
    });
    expect(response.ok(), `${method} ${path} answered ${response.status()}`).toBe(true);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  const statusOf = async (skillId: string) =>
    (await api<SkillProgress[]>('GET', '/api/progress/skills')).find(
      (state) => state.skillId === skillId,
    );

  const openRoadmap = async () => {
    await page.goto(`${server.url}/roadmap`);
    await heading(page, 'Your roadmap').waitFor();
    await page.locator('.graph-node').first().waitFor();
  };
  const panel = () => page.locator('dialog.skill-panel');
  const node = (id: string) => page.locator(`.graph-node[data-skill="${id}"]`);
  const pressed = () => panel().locator('.status-button[aria-pressed="true"]');
  const help = () => page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  /** Focus moves in effects, after the render a locator waits for: poll it. */
  const focusedTag = () => page.evaluate(() => document.activeElement?.tagName);

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
    await page.request.post(`${server.url}/api/auth/signup`, {
      data: { email: 'hedy@example.com', password: 'correct horse battery' },
    });
    await api('PUT', '/api/profile', PROFILE);
    plan = await api<Plan>('GET', '/api/plan');
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The first scheduled skill of the plan: a box in the map, to do. */
  const scheduled = () => {
    const skill = plan.skills.find((s) => s.firstWeek !== null && s.status === 'planned');
    if (!skill) throw new Error('the plan schedules no skill');
    return skill;
  };

  it(
    'saves a hostile note that renders as text: no markup, no javascript: link, nothing runs',
    async () => {
      const skill = scheduled();
      await openRoadmap();
      await node(skill.id).click();
      await panel().waitFor();
      await heading(page, skill.title, 2).waitFor();
      const editor = panel().locator('.note-editor');
      // No note yet: the Write tab is open.
      expect(await editor.getByRole('tab', { name: 'Write' }).getAttribute('aria-selected')).toBe(
        'true',
      );
      const text = editor.getByLabel(`Note on ${skill.title}, in Markdown`);
      await text.fill(HOSTILE);
      await editor.getByText('Unsaved changes').waitFor();
      // Ctrl+Enter saves.
      await text.press('Control+Enter');
      await editor.getByRole('status').getByText('Note saved.').waitFor();
      const notes = await api<Note[]>('GET', '/api/notes');
      expect(notes).toEqual([{ targetKind: 'skill', targetId: skill.id, body: HOSTILE }]);

      await editor.getByRole('tab', { name: 'Preview' }).click();
      const preview = editor.locator('.markdown');
      await preview.waitFor();
      // The raw HTML is shown as text, never parsed.
      expect(await preview.textContent()).toContain('<img src=x onerror="window.__pwned=1">');
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('[onerror]').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
      expect(await preview.locator('a').count()).toBe(1);
      // The javascript: link is left as plain text; clicking it does nothing.
      const blocked = preview.locator('.md-unlinked', { hasText: 'x' });
      expect(await blocked.evaluate((element) => element.tagName)).toBe('SPAN');
      await blocked.click();
      // The safe link opens in a new tab without passing the page on.
      const safe = preview.getByRole('link', { name: /the docs/ });
      expect(await safe.getAttribute('href')).toBe('https://example.com/docs');
      expect(await safe.getAttribute('target')).toBe('_blank');
      expect(await safe.getAttribute('rel')).toBe('noopener noreferrer nofollow');
      // A note's heading never outranks the page's own.
      expect(await preview.locator('h1, h2, h3').count()).toBe(0);
      expect(await preview.locator('h4').textContent()).toBe('Hostile note');
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      await shot(page, 'skill-panel-note', false);
      await expectNoSeriousAxeViolations(page, 'the skill panel with a note');

      // After a reload the saved note opens on its preview, still inert.
      await openRoadmap();
      await node(skill.id).click();
      await panel().locator('.markdown').waitFor();
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      await page.keyboard.press('Escape');
      await panel().waitFor({ state: 'hidden' });
    },
    TIMEOUT,
  );

  it(
    'asks before leaving a note with unsaved changes',
    async () => {
      const skill = scheduled();
      await openRoadmap();
      await node(skill.id).click();
      await panel().waitFor();
      const editor = panel().locator('.note-editor');
      await editor.getByRole('tab', { name: 'Write' }).click();
      const text = editor.getByRole('textbox');
      await text.fill('A draft I have not saved');

      // Escape asks instead of closing; Keep editing goes back to the text.
      await page.keyboard.press('Escape');
      const prompt = panel().getByRole('alert').filter({ hasText: 'unsaved changes' });
      await prompt.waitFor();
      expect(await panel().isVisible()).toBe(true);
      await shot(page, 'skill-panel-unsaved', false);
      await prompt.getByRole('button', { name: 'Keep editing' }).click();
      await prompt.waitFor({ state: 'detached' });
      await expect.poll(focusedTag).toBe('TEXTAREA');

      // The close button asks too; discarding closes and keeps the saved note.
      await panel().getByRole('button', { name: 'Close' }).click();
      await prompt.getByRole('button', { name: 'Discard changes and leave' }).click();
      await panel().waitFor({ state: 'hidden' });
      const notes = await api<Note[]>('GET', '/api/notes');
      expect(notes[0]?.body).toBe(HOSTILE);

      // Without changes it closes at once.
      await node(skill.id).click();
      await panel().waitFor();
      await page.keyboard.press('Escape');
      await panel().waitFor({ state: 'hidden' });
    },
    TIMEOUT,
  );

  it(
    'changes a skill state with t, l, d and s, and announces it',
    async () => {
      const skill = scheduled();
      // On a box of the map: l marks it learning.
      await node(skill.id).focus();
      await page.keyboard.press('l');
      await page
        .locator('.skills > [role="status"]')
        .getByText(`${skill.title}: Learning.`)
        .waitFor();
      expect((await statusOf(skill.id))?.status).toBe('learning');
      await node(skill.id).and(page.locator('.state-learning')).waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-skill')))
        .toBe(skill.id);

      // In the open panel (focus on its title): d marks it done.
      await node(skill.id).press('Enter');
      await panel().waitFor();
      await pressed().getByText('Learning').waitFor();
      await page.keyboard.press('d');
      await pressed().getByText('Done').waitFor();
      await panel().getByRole('status').getByText(`${skill.title}: Done.`).waitFor();
      expect((await statusOf(skill.id))?.status).toBe('done');
      await expectNoSeriousAxeViolations(page, 'the skill panel with its status');

      // Typing in the note never changes the state.
      const editor = panel().locator('.note-editor');
      await editor.getByRole('tab', { name: 'Write' }).click();
      await editor.getByRole('textbox').press('t');
      expect((await statusOf(skill.id))?.status).toBe('done');
      await editor.getByRole('textbox').press('Backspace');

      // s asks why, as the Skipped button does; Escape leaves the question, not the panel.
      await panel().locator('.status-button[aria-pressed="true"]').focus();
      await page.keyboard.press('s');
      const reason = panel().getByLabel(`Why skip ${skill.title}?`);
      await reason.waitFor();
      await expect.poll(focusedTag).toBe('INPUT');
      await page.keyboard.press('Escape');
      await reason.waitFor({ state: 'detached' });
      expect(await panel().isVisible()).toBe(true);
      await page.keyboard.press('s');
      await reason.fill('Covered at work');
      await reason.press('Enter');
      await pressed().getByText('Skipped').waitFor();
      await panel().getByText('Skipped: Covered at work').waitFor();
      expect(await statusOf(skill.id)).toMatchObject({
        status: 'skipped',
        reason: 'Covered at work',
      });
      await panel().getByRole('status').getByText(`${skill.title}: Skipped.`).waitFor();
      // t brings it back to the plan.
      await page.keyboard.press('t');
      await pressed().getByText('To do').waitFor();
      await panel().screenshot({ path: join(screenshots, 'skill-panel-status.png') });
      await page.keyboard.press('Escape');
      await panel().waitFor({ state: 'hidden' });
    },
    TIMEOUT,
  );

  it(
    's on a box of the map opens the panel on the question why',
    async () => {
      const skill = plan.skills.filter((s) => s.firstWeek !== null)[1];
      if (!skill) throw new Error('the plan schedules one skill only');
      await node(skill.id).focus();
      await page.keyboard.press('s');
      await panel().waitFor();
      const reason = panel().getByLabel(`Why skip ${skill.title}?`);
      await reason.waitFor();
      await expect.poll(focusedTag).toBe('INPUT');
      await reason.press('Enter');
      await pressed().getByText('Skipped').waitFor();
      expect((await statusOf(skill.id))?.status).toBe('skipped');
      await panel().getByRole('status').getByText(`${skill.title}: Skipped.`).waitFor();
      await page.keyboard.press('t');
      await pressed().getByText('To do').waitFor();
      await page.keyboard.press('Escape');
      await panel().waitFor({ state: 'hidden' });
    },
    TIMEOUT,
  );

  it(
    'shows the shortcuts with ? and from the hint',
    async () => {
      await page
        .getByText(/^Shortcuts on the skill/)
        .first()
        .waitFor();
      await page.locator('body').press('?');
      await help().waitFor();
      expect(await help().getByRole('row').count()).toBe(7);
      await shot(page, 'shortcuts-help', false);
      await expectNoSeriousAxeViolations(page, 'the shortcuts help');
      await page.keyboard.press('Escape');
      await help().waitFor({ state: 'hidden' });
      await page
        .locator('.skills')
        .getByRole('button', { name: /All shortcuts/ })
        .click();
      await help().waitFor();
      await help().getByRole('button', { name: 'Close' }).click();
      await help().waitFor({ state: 'hidden' });
    },
    TIMEOUT,
  );

  it(
    'fits 375px wide and passes axe in the dark theme with the panel open',
    async () => {
      const skill = scheduled();
      await page.setViewportSize({ width: 375, height: 812 });
      await openRoadmap();
      await node(skill.id).click();
      await panel().locator('.markdown').waitFor();
      const overflow = await panel().evaluate(
        (element) => element.scrollWidth - element.clientWidth,
      );
      expect(overflow, 'horizontal scroll in the panel at 375px').toBeLessThanOrEqual(0);
      await panel().locator('.skill-panel-status').scrollIntoViewIfNeeded();
      await shot(page, 'skill-panel-375', false);
      await expectNoSeriousAxeViolations(page, 'the skill panel at 375px');
      await page.keyboard.press('Escape');

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await node(skill.id).click();
      await panel().locator('.markdown').waitFor();
      await panel().locator('.note-editor').scrollIntoViewIfNeeded();
      await shot(page, 'skill-panel-dark', false);
      await expectNoSeriousAxeViolations(page, 'the skill panel (dark)');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Dark theme' }).click();
    },
    TIMEOUT,
  );

  it('logged no console errors, CSP violations or uncaught exceptions', () => {
    expect(pageErrors).toEqual([]);
  });
});
