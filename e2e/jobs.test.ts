import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, ProfileInput } from '../src/web/api/types.js';
import type { AnalysisSummary, SavedAnalysis } from '../src/web/jobs/api.js';
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

requireChromium('the jobs page in a browser', 'e2e/jobs.test.ts');

const PROFILE: ProfileInput = {
  background: 'data-analyst',
  domain: 'finance',
  skills: { python: 1, sql: 2, math: 1, git: 1, ml: 0, deployment: 0 },
  hoursPerWeek: 10,
  education: 'bachelor',
};

const POSTING = `Machine Learning Engineer — Claims Automation
Northwind Mutual · Hybrid (Chicago) · Full-time

About the role
You will own production models for insurance claims triage, from evaluation design to monitoring in production. You'll work with a team of four ML engineers and two data engineers.

What you'll do
- Train and ship gradient-boosted models that route incoming claims.
- Serve models behind FastAPI services on AWS and keep them healthy with drift alerts.
- Work with claims adjusters to turn messy claim histories into useful features.

Requirements
- 3+ years of experience with Python and SQL
- Experience shipping models with Docker and AWS
- Kubernetes in production
- Experience building LLM features with LangChain or similar
- Peer-reviewed publications at NeurIPS, ICML or KDD

Nice to have
- PyTorch
- Airflow

Pay and benefits
Salary range: $140,000 – $170,000. Mentorship from a senior ML engineer in your first months, and a $1,500 yearly learning budget.`;

const HOSTILE_HTML = `<!doctype html>
<html><head><title>Research Scientist</title>
<script>window.__pwned=1</script>
<style>body{background:red}</style></head>
<body>
<h1>Research Scientist, Language Models</h1>
<p>Join our research lab. <img src=x onerror="window.__pwned=1"> We publish at NeurIPS and ICML.</p>
<h2>Requirements</h2>
<ul>
<li>PhD in machine learning, statistics or a related field</li>
<li>Publications at NeurIPS, ICML or ICLR</li>
<li>Python and PyTorch <a href="javascript:window.__pwned=1">details</a></li>
</ul>
<p onclick="window.__pwned=1">Salary range: $180,000 – $240,000.</p>
</body></html>`;

const WEAK_BULLET = 'Responsible for building machine learning models for churn';
const FAIR_BULLET =
  'Trained an XGBoost churn model on 2M customer records and deployed it as a FastAPI service';

describe.skipIf(!hasChromium)('the jobs page in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let analysisUrl = '';
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

  const elementShot = (selector: string, name: string) =>
    page.locator(selector).screenshot({ path: join(screenshots, `${name}.png`) });

  /** Reloads in the given theme (the app reads the saved choice before its first render). */
  const setTheme = async (theme: 'light' | 'dark') => {
    await page.evaluate((value) => localStorage.setItem('mlpath.theme', value), theme);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  };

  const noHorizontalScroll = async () => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  };

  const openJobs = async () => {
    await page.goto(`${server.url}/jobs`);
    await heading(page, 'Job search').waitFor();
    await page.locator('.saved-analyses [aria-busy]').waitFor({ state: 'detached' });
  };

  /** Submits the form and waits for the analysis page it leads to. */
  const analyze = async () => {
    await page.getByRole('button', { name: 'Analyze', exact: true }).click();
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
    await page.locator('.jobs-badges').first().waitFor();
  };

  const expectNotPwned = async () => {
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.locator('main [onerror], main [onclick]').count()).toBe(0);
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
    'explains what to paste before anything is saved',
    async () => {
      await openJobs();
      expect(await page.title()).toBe('Job search · mlpath');
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      await page.getByTestId('saved-empty').getByText('No postings analyzed yet.').waitFor();
      expect(await page.getByRole('link', { name: 'Jobs' }).getAttribute('aria-current')).toBe(
        'page',
      );

      // Nothing pasted: the form says so next to the field instead of calling the server.
      await page.getByRole('button', { name: 'Analyze', exact: true }).click();
      await page.getByText('Paste the posting, or choose a file below.').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('jd-text');

      await shot(page, 'jobs-empty');
      await expectNoSeriousAxeViolations(page, 'the empty jobs page');

      await setTheme('dark');
      await page.getByTestId('saved-empty').waitFor();
      await shot(page, 'jobs-empty-dark');
      await expectNoSeriousAxeViolations(page, 'the empty jobs page (dark)');
      await setTheme('light');

      await page.setViewportSize({ width: 375, height: 800 });
      await page.reload();
      await page.getByTestId('saved-empty').waitFor();
      await noHorizontalScroll();
      await shot(page, 'jobs-empty-375');
      await expectNoSeriousAxeViolations(page, 'the empty jobs page at 375px');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.reload();
      await page.getByTestId('saved-empty').waitFor();
    },
    TIMEOUT,
  );

  it(
    'analyzes a pasted posting: kind, skills against the profile, flags with evidence',
    async () => {
      await page.locator('#jd-text').fill(POSTING);
      await page.locator('#jd-company').fill('Northwind Mutual');
      await page.locator('#jd-url').fill('https://jobs.example.com/ml-claims');
      await analyze();
      analysisUrl = page.url();
      await heading(page, 'Machine Learning Engineer — Claims Automation').waitFor();
      expect(await page.title()).toBe(
        'Machine Learning Engineer — Claims Automation · Job search · mlpath',
      );

      const badges = page.locator('.jobs-badges');
      expect(await badges.textContent()).toContain('Applied ML');
      expect(await badges.textContent()).toContain('3+ years asked');
      expect(await badges.textContent()).toContain('No PhD asked');
      await page.getByText('Northwind Mutual', { exact: true }).waitFor();
      const link = page.getByRole('link', { name: /Posting on jobs\.example\.com/ });
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
      expect(await link.getAttribute('target')).toBe('_blank');

      // Skills, marked by the gap: SQL covered, Python basic, Docker missing; words, not colour only.
      const required = page.getByRole('list', { name: 'Required skills' });
      expect(await required.locator('[data-skill="sql"]').getAttribute('class')).toContain(
        'gap-covered',
      );
      expect(await required.locator('[data-skill="python"]').textContent()).toContain(
        'basic level',
      );
      expect(await required.locator('[data-skill="docker"]').textContent()).toContain('missing');
      expect(await required.locator('[data-skill="aws"]').textContent()).toContain(
        'Amazon Web Services',
      );
      await page.getByRole('list', { name: 'What the marks mean' }).waitFor();

      // Flags with the sentence they were found in.
      const red = page.locator('section.flags-red');
      expect(await red.locator('blockquote').first().textContent()).toContain(
        'Peer-reviewed publications at NeurIPS, ICML or KDD',
      );
      const green = page.locator('section.flags-green');
      expect(await green.locator('.flag').count()).toBeGreaterThanOrEqual(3);

      // The posting's text, evidence highlighted.
      await page.getByText('Show the text mlpath read').click();
      const posting = page.getByTestId('posting-text');
      await posting.waitFor();
      expect(await posting.textContent()).toBe(
        (await api<SavedAnalysis>('GET', `/api/jobs/analyses/${analysisUrl.split('/').pop()}`))
          .posting,
      );
      expect(await posting.locator('mark').count()).toBeGreaterThanOrEqual(3);
      expect(await posting.locator('mark').first().textContent()).toContain('You will own');

      await shot(page, 'jobs-analysis');
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, 'jobs-analysis-top', false);
      await expectNoSeriousAxeViolations(page, 'an analysis');
    },
    TIMEOUT,
  );

  it(
    'adds the missing skills to the plan and shows what changed',
    async () => {
      const before = await api<Plan>('GET', '/api/plan');
      const button = page.getByRole('button', { name: 'Add the missing skills to my plan' });
      expect(await button.isEnabled()).toBe(true);
      await button.click();
      const result = page.locator('.add-to-plan-result');
      await result.getByText('Added to your plan:').waitFor();
      expect(await page.getByTestId('add-to-plan-dates').textContent()).toMatch(
        /most likely around .+ \(P50\); 4 in 5 chances by .+ \(P80\)/,
      );
      await result.getByRole('link', { name: /roadmap/ }).waitFor();
      await elementShot('.add-to-plan', 'jobs-add-to-plan');

      const after = await api<Plan>('GET', '/api/plan');
      const beforeIds = new Set(before.skills.map((skill) => skill.id));
      const added = after.skills.filter((skill) => !beforeIds.has(skill.id));
      expect(added.map((skill) => skill.id)).toContain('llm-applications');
      // Already planned skills are named too, and nothing is added twice.
      expect(await result.textContent()).toContain('Already in your plan:');
    },
    TIMEOUT,
  );

  it(
    'shows the analysis in the dark theme and on a phone',
    async () => {
      await setTheme('dark');
      await heading(page, 'Machine Learning Engineer — Claims Automation').waitFor();
      await page.getByText('Show the text mlpath read').click();
      await shot(page, 'jobs-analysis-dark');
      await expectNoSeriousAxeViolations(page, 'an analysis (dark)');

      await setTheme('light');
      await page.setViewportSize({ width: 375, height: 800 });
      await page.reload();
      await heading(page, 'Machine Learning Engineer — Claims Automation').waitFor();
      await page.getByText('Show the text mlpath read').click();
      await noHorizontalScroll();
      await shot(page, 'jobs-analysis-375');
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, 'jobs-analysis-375-top', false);
      await expectNoSeriousAxeViolations(page, 'an analysis at 375px');
      await page.setViewportSize({ width: 1280, height: 900 });
    },
    TIMEOUT,
  );

  it(
    'coaches a resume bullet with the keyboard',
    async () => {
      await openJobs();
      await page.locator('#bullet-text').fill(WEAK_BULLET);
      await page.locator('#bullet-text').press('Control+Enter');
      const result = page.getByTestId('coach-result');
      await result.waitFor();
      expect(await result.locator('.coach-verdict').textContent()).toBe('Weak');
      expect(await result.locator('meter').getAttribute('value')).toMatch(/^\d+$/);
      await result.getByRole('list', { name: 'What it could add' }).getByText('Metric').waitFor();
      await result.getByText(/“Responsible for” hides what you did/).waitFor();
      const suggestion = await result.locator('.coach-suggestion-text').textContent();
      expect(suggestion).toMatch(/\[metric\]/);

      await result.getByRole('button', { name: 'Copy the suggestion' }).click();
      await result.getByText(/Copied\.|select the text and copy it/).waitFor();

      await elementShot('.bullet-coach', 'jobs-coach-weak');
      await expectNoSeriousAxeViolations(page, 'the bullet coach');

      // A better bullet: the verdict and the score move, and the elements it has are listed.
      await page.locator('#bullet-text').fill(FAIR_BULLET);
      await page.getByRole('button', { name: 'Coach', exact: true }).click();
      await result.locator('.coach-verdict', { hasText: 'Fair' }).waitFor();
      await result.getByRole('list', { name: 'What it has' }).getByText('Dataset size').waitFor();
      await elementShot('.bullet-coach', 'jobs-coach');

      await setTheme('dark');
      await page.locator('#bullet-text').fill(FAIR_BULLET);
      await page.getByRole('button', { name: 'Coach', exact: true }).click();
      await page.getByTestId('coach-result').waitFor();
      await elementShot('.bullet-coach', 'jobs-coach-dark');
      await expectNoSeriousAxeViolations(page, 'the bullet coach (dark)');
      await setTheme('light');

      await page.setViewportSize({ width: 375, height: 800 });
      await page.reload();
      await page.locator('#bullet-text').fill(FAIR_BULLET);
      await page.getByRole('button', { name: 'Coach', exact: true }).click();
      await page.getByTestId('coach-result').waitFor();
      await noHorizontalScroll();
      await elementShot('.bullet-coach', 'jobs-coach-375');
      await page.setViewportSize({ width: 1280, height: 900 });
    },
    TIMEOUT,
  );

  it(
    'lists the saved analysis and deletes it after asking',
    async () => {
      await openJobs();
      const item = page.locator('.saved-item').filter({ hasText: 'Claims Automation' });
      await item.waitFor();
      expect(await item.textContent()).toContain('Northwind Mutual');
      expect(await item.textContent()).toContain('Applied ML');
      expect(await item.textContent()).toContain('1 red flag');

      // Opening it leads to its page; the back button returns to the list.
      await item.getByRole('link', { name: /Claims Automation/ }).click();
      await page.waitForURL(analysisUrl);
      await page.goBack();
      await heading(page, 'Job search').waitFor();

      await item.getByRole('button', { name: /^Delete/ }).click();
      await item.getByText('Delete this analysis?').waitFor();
      // Cancel first: nothing happens.
      await item.getByRole('button', { name: 'Cancel' }).click();
      expect(await api<AnalysisSummary[]>('GET', '/api/jobs/analyses')).toHaveLength(1);

      await item.getByRole('button', { name: /^Delete/ }).click();
      await item.getByRole('button', { name: /^Delete — / }).click();
      await page.getByTestId('saved-empty').waitFor();
      expect(await api<AnalysisSummary[]>('GET', '/api/jobs/analyses')).toEqual([]);

      // The old address now explains that the analysis is gone.
      await page.goto(analysisUrl);
      await heading(page, 'This analysis does not exist', 2).waitFor();
    },
    TIMEOUT,
  );

  it(
    'renders a hostile posting uploaded as an .html file as text only',
    async () => {
      await openJobs();
      await page.locator('#jd-file').setInputFiles({
        name: 'hostile.html',
        mimeType: 'text/html',
        buffer: Buffer.from(HOSTILE_HTML),
      });
      await page.locator('.jobs-file').getByText('hostile.html').waitFor();
      expect(await page.locator('#jd-text').isDisabled()).toBe(true);
      await analyze();
      await heading(page, 'Research Scientist, Language Models').waitFor();
      await page
        .getByTestId('research-note')
        .getByText(/usually want a PhD/)
        .waitFor();
      expect(await page.locator('.jobs-badges').textContent()).toContain('PhD required');
      await shot(page, 'jobs-analysis-research', false);
      await page.getByText('Show the text mlpath read').click();
      const text = (await page.getByTestId('posting-text').textContent()) ?? '';
      expect(text).toContain('Join our research lab.');
      expect(text).not.toMatch(/<script|onerror|__pwned/);
      await expectNotPwned();
    },
    TIMEOUT,
  );

  it(
    'renders a hostile posting pasted as text as text only',
    async () => {
      await openJobs();
      await page.locator('#jd-text').fill(HOSTILE_HTML);
      await analyze();
      await page.getByText('Show the text mlpath read').click();
      await page.getByTestId('posting-text').waitFor();
      await expectNotPwned();

      // Markdown with markup inside is read as text; the markup shows as characters.
      await openJobs();
      const markdown = `# Data Scientist\n\nRun A/B tests with SQL and pandas.\n\n<img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>\n\nSalary range: $120,000 – $140,000.`;
      await page.locator('#jd-file').setInputFiles({
        name: 'posting.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(markdown),
      });
      await analyze();
      await page.getByText('Show the text mlpath read').click();
      await page.getByTestId('posting-text').waitFor();
      await expectNotPwned();
    },
    TIMEOUT,
  );

  it(
    'takes a dropped file, and refuses files it cannot read with the reason next to the form',
    async () => {
      await openJobs();
      // A file dropped on the card is taken like a chosen one, and can be removed again.
      const dropped = await page.evaluateHandle(() => {
        const transfer = new DataTransfer();
        transfer.items.add(
          new File(['Data Engineer\nPython'], 'dropped.txt', { type: 'text/plain' }),
        );
        return transfer;
      });
      await page.locator('.jobs-analyze').dispatchEvent('dragover', { dataTransfer: dropped });
      await page.locator('.jobs-drop.is-dragging').waitFor();
      await page.locator('.jobs-analyze').dispatchEvent('drop', { dataTransfer: dropped });
      await page.locator('.jobs-file').getByText('dropped.txt').waitFor();
      await page.getByRole('button', { name: 'Remove file' }).click();
      await page.locator('.jobs-file').waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('jd-text');

      // Over 5 MB: refused before anything is uploaded.
      await page.locator('#jd-file').setInputFiles({
        name: 'huge.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x41),
      });
      const alert = page.locator('.jobs-analyze [role="alert"]');
      await alert.getByText(/huge\.pdf is 5\.1 MB; the limit is 5 MB/).waitFor();
      expect(await page.locator('.jobs-file').count()).toBe(0);

      // An image: the server's reason.
      await page.locator('#jd-file').setInputFiles({
        name: 'posting.png',
        mimeType: 'image/png',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
      });
      await page.getByRole('button', { name: 'Analyze', exact: true }).click();
      await alert.getByText(/posting\.png is an image/).waitFor();
      expect(page.url()).toBe(`${server.url}/jobs`);
      await expectNoSeriousAxeViolations(page, 'the jobs page with an error');
    },
    TIMEOUT,
  );

  it(
    'passes axe on the page in both themes and fits a phone',
    async () => {
      await openJobs();
      await page.locator('.saved-item').first().waitFor();
      await expectNoSeriousAxeViolations(page, 'the jobs page with saved analyses');

      await setTheme('dark');
      await heading(page, 'Job search').waitFor();
      await page.locator('.saved-item').first().waitFor();
      await shot(page, 'jobs-list-dark');
      await expectNoSeriousAxeViolations(page, 'the jobs page (dark)');
      await setTheme('light');

      await page.setViewportSize({ width: 375, height: 800 });
      await page.reload();
      await page.locator('.saved-item').first().waitFor();
      await noHorizontalScroll();
      await shot(page, 'jobs-list-375');
      await expectNoSeriousAxeViolations(page, 'the jobs page at 375px');
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
