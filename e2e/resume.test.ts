import { mkdirSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

requireChromium('the resume page in a browser', 'e2e/resume.test.ts');

const WEAK_BULLET = 'Worked on machine learning models';
const STRONG_BULLET =
  'Built a LightGBM readmission model on 48,000 discharge records, raising recall from 0.41 (logistic regression baseline) to 0.58 on a held-out year, served with FastAPI';

const JSON_RESUME = {
  basics: {
    name: 'Sam Imported',
    label: 'Applied ML engineer, formerly a dispatcher',
    email: 'sam@example.com',
    profiles: [{ network: 'GitHub', url: 'https://github.com/sam-imported' }],
  },
  projects: [
    {
      name: 'Route delay predictor',
      highlights: [
        'Trained a gradient-boosted model on 2.1M deliveries that cut mean absolute error from 14 to 9 minutes against the scheduling baseline',
      ],
    },
  ],
  work: [
    { name: 'Acme Logistics', position: 'Dispatcher', highlights: ['Planned 300 routes a day'] },
  ],
  volunteer: [{ organization: 'Food bank' }],
};

describe.skipIf(!hasChromium)('the resume page in a browser', () => {
  let server: TestServer;
  let browser: Browser;
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

  const openResume = async () => {
    await page.goto(`${server.url}/resume`);
    await heading(page, 'Resume and cover letter').waitFor();
  };

  /** The coaching shown under a bullet's text area. */
  const coachOf = (field: string) => page.locator(`[id="${field}-coach"]`);

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
      email: 'dana@example.com',
      password: 'correct horse battery',
    });
    await api('PUT', '/api/profile', {
      background: 'data-analyst',
      domain: 'ICU nursing',
      skills: { python: 2, sql: 2, math: 1, git: 1, ml: 1, deployment: 0 },
      hoursPerWeek: 12,
      targetDate: '2028-06-01',
      education: 'bachelor',
    });
    await api('POST', '/api/jobs/analyses', {
      company: 'Carewise Health',
      text: 'Machine Learning Engineer\n\nRequirements:\n- Python and SQL\n- Docker\n- Kubernetes\n\nNice to have: LightGBM',
    });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'offers to start a resume when none is saved',
    async () => {
      await openResume();
      await heading(page, 'No resume yet', 2).waitFor();
      expect(await page.title()).toBe('Resume · mlpath');
      await shot(page, 'resume-empty');
      await expectNoSeriousAxeViolations(page, 'the empty resume page');
    },
    TIMEOUT,
  );

  it(
    'fills a resume, coaches a weak bullet until it is strong, and saves with Ctrl+S',
    async () => {
      await page.getByRole('button', { name: 'Start my resume' }).click();
      // The sections come in the switcher's order: header, summary, projects, then experience.
      await page.locator('.resume-editor h2').first().waitFor();
      const titles = await page.locator('.resume-editor h2').allTextContents();
      expect(titles.slice(0, 5)).toEqual([
        'Header',
        'Summary (optional)',
        'Projects',
        'Previous experience',
        'Skills',
      ]);

      await page.getByLabel('Full name').fill('Dana Okafor');
      await page.getByLabel('Email').fill('dana@example.com');
      await page.getByLabel('GitHub').fill('https://github.com/dana-okafor');
      await page
        .getByLabel(/Two lines/)
        .fill('Eight years as an ICU nurse, now building tabular ML for hospital operations.');
      await page.getByLabel('Project name').fill('Readmission risk service');

      const bullet = page.locator('#resume-projects-0-bullets-0');
      await bullet.fill(WEAK_BULLET);
      const coach = coachOf('resume-projects-0-bullets-0');
      await coach.locator('[data-verdict="weak"]').waitFor();
      expect(await coach.textContent()).toMatch(/Could add: .*a metric/);
      expect(await coach.textContent()).toMatch(/Try: /);
      await shot(page, 'resume-bullet-weak', false);

      await bullet.fill(STRONG_BULLET);
      await coach.locator('[data-verdict="strong"]').waitFor();

      await page.getByLabel('Role', { exact: true }).fill('Senior ICU Nurse');
      await page.getByLabel('Employer').fill('Leeds Teaching Hospitals');
      await page
        .locator('#resume-experience-0-bullets-0')
        .fill('Led a 6-nurse team and cut medication-round delays by 30% with a new checklist');
      await page.locator('#resume-skills-0-keywords').fill('LightGBM, scikit-learn');
      await page.locator('#resume-skills-1-keywords').fill('Python, SQL, pandas');
      await page.locator('#resume-skills-2-keywords').fill('FastAPI, Docker');
      await page.getByLabel('School').fill('University of Leeds');

      expect(await page.getByRole('status').filter({ hasText: 'Not saved yet' }).count()).toBe(1);
      await page.keyboard.press('Control+s');
      await page.getByText('All changes saved').waitFor();
      const saved = await api<{ basics: { name: string }; projects: { bullets: string[] }[] }>(
        'GET',
        '/api/resume',
      );
      expect(saved.basics.name).toBe('Dana Okafor');
      expect(saved.projects[0]?.bullets).toEqual([STRONG_BULLET]);

      // The checks read the saved resume.
      const checks = page.locator('[data-check="projects-first"]');
      await checks.waitFor();
      expect(await checks.textContent()).toMatch(/passes/);
    },
    TIMEOUT,
  );

  it(
    'keeps every edit when a save fails, and moves items with the keyboard',
    async () => {
      const email = page.getByLabel('Email');
      await email.fill('not an email');
      await page.getByRole('button', { name: 'Save resume' }).first().click();
      await page.getByText('The resume was not saved: fix these and save again').waitFor();
      expect(await email.inputValue()).toBe('not an email');
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      await email.fill('dana@example.com');

      // Add a second bullet, then move it up with the keyboard: focus follows the moved bullet.
      await page.getByRole('button', { name: /Add a bullet to Readmission risk service/ }).click();
      const second = page.locator('#resume-projects-0-bullets-1');
      await expect
        .poll(() => second.evaluate((element) => element === document.activeElement))
        .toBe(true);
      await second.fill('Served the model with FastAPI in Docker and a weekly drift report');
      await page
        .getByRole('button', { name: /move bullet 2 of Readmission risk service/ })
        .first()
        .focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('#resume-projects-0-bullets-0').inputValue()).toMatch(/^Served/);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toMatch(/Down/);

      await page.keyboard.press('Control+s');
      await page.getByText('All changes saved').waitFor();
    },
    TIMEOUT,
  );

  it(
    'asks before leaving with unsaved edits',
    async () => {
      await page.getByLabel('Headline').fill('Applied ML engineer, formerly an ICU nurse');
      let asked = '';
      page.once('dialog', (dialog) => {
        asked = dialog.message();
        void dialog.dismiss();
      });
      await page.getByRole('link', { name: 'Progress' }).first().click();
      expect(asked).toMatch(/unsaved changes/);
      expect(new URL(page.url()).pathname).toBe('/resume');
      await page.keyboard.press('Control+s');
      await page.getByText('All changes saved').waitFor();
    },
    TIMEOUT,
  );

  it(
    'matches a saved posting and downloads the PDF',
    async () => {
      await page.getByLabel('Posting', { exact: true }).selectOption({ index: 1 });
      const match = page.getByTestId('match-result');
      await match.waitFor();
      expect(await match.textContent()).toMatch(/\d+\s*\/ 100 match/);
      expect(await match.getByRole('list', { name: 'Missing' }).textContent()).toMatch(
        /Kubernetes/i,
      );
      await page
        .getByRole('region', { name: 'Match a job posting' })
        .screenshot({ path: `${screenshots}/resume-match.png` });

      const pdfLink = page.getByRole('link', { name: 'Download PDF' });
      expect(await pdfLink.getAttribute('href')).toBe('/api/resume.pdf');
      const pdf = await page.evaluate(async () => {
        const response = await fetch('/api/resume.pdf');
        const bytes = new Uint8Array(await response.arrayBuffer());
        return {
          status: response.status,
          type: response.headers.get('content-type'),
          disposition: response.headers.get('content-disposition'),
          pages: response.headers.get('x-page-count'),
          magic: String.fromCharCode(...bytes.slice(0, 5)),
        };
      });
      expect(pdf).toEqual({
        status: 200,
        type: 'application/pdf',
        disposition: 'attachment; filename="dana-okafor-resume.pdf"',
        pages: '1',
        magic: '%PDF-',
      });
      const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
      expect(download.suggestedFilename()).toBe('dana-okafor-resume.pdf');
    },
    TIMEOUT,
  );

  it(
    'drafts, edits and saves a cover letter',
    async () => {
      const letter = page.getByRole('region', { name: 'Cover letter' });
      await letter.getByLabel(/Saved posting/).selectOption({ index: 1 });
      await letter.getByLabel(/Company/).fill('Carewise Health');
      await letter.getByRole('button', { name: 'Draft a letter' }).click();
      const first = letter.getByLabel(/Paragraph 1/);
      await first.waitFor();
      expect(await first.inputValue()).toContain(
        'Machine Learning Engineer role at Carewise Health',
      );
      expect(await letter.getByLabel('Greeting').inputValue()).toBe(
        'Dear Carewise Health hiring team,',
      );
      await first.fill(
        'I am applying for the Machine Learning Engineer role at Carewise Health, whose discharge tools I used on the ward.',
      );
      await letter.getByRole('button', { name: 'Save letter' }).click();
      await letter.getByText('Cover letter saved.').waitFor();
      const saved = await api<{ paragraphs: string[] }>('GET', '/api/resume/cover-letter');
      expect(saved.paragraphs[0]).toMatch(/used on the ward/);
      const text = await page.evaluate(async () => {
        const response = await fetch('/api/resume/cover-letter.pdf');
        return response.headers.get('content-type');
      });
      expect(text).toBe('application/pdf');
      await letter.screenshot({ path: `${screenshots}/resume-cover-letter.png` });
    },
    TIMEOUT,
  );

  it(
    'imports a JSON Resume after asking to replace the saved one',
    async () => {
      await page.getByLabel('JSON Resume file').setInputFiles({
        name: 'resume.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(JSON_RESUME)),
      });
      await page.getByText('Replace your saved resume?').waitFor();
      await page.getByRole('button', { name: 'Replace my resume' }).click();
      await page.getByText('Imported resume.json.').waitFor();
      await page.getByText(/Left out.*volunteer/).waitFor();
      expect(await page.getByLabel('Full name').inputValue()).toBe('Sam Imported');
      expect(await page.getByLabel('Project name').inputValue()).toBe('Route delay predictor');
      const saved = await api<{ basics: { name: string } }>('GET', '/api/resume');
      expect(saved.basics.name).toBe('Sam Imported');
    },
    TIMEOUT,
  );

  it(
    'passes axe in both themes and fits a phone',
    async () => {
      await openResume();
      await page.locator('[data-verdict]').first().waitFor();
      await page.locator('[data-check]').first().waitFor();
      await shot(page, 'resume-desktop');
      await shot(page, 'resume-top', false);
      const projects = page.getByRole('region', { name: 'Projects' });
      await projects.screenshot({ path: `${screenshots}/resume-projects.png` });
      await page
        .getByRole('region', { name: 'Checks' })
        .screenshot({ path: `${screenshots}/resume-checks.png` });
      await expectNoSeriousAxeViolations(page, 'the resume page');

      await page.setViewportSize({ width: 375, height: 800 });
      await page.reload();
      await page.locator('[data-check]').first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(page, 'resume-375');
      await shot(page, 'resume-375-top', false);
      await page
        .getByRole('region', { name: 'Projects' })
        .screenshot({ path: `${screenshots}/resume-375-projects.png` });
      await expectNoSeriousAxeViolations(page, 'the resume page at 375px');

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('button', { name: /theme/i }).first().click();
      await page.reload();
      await page.locator('[data-check]').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await shot(page, 'resume-dark');
      await page
        .getByRole('region', { name: 'Projects' })
        .screenshot({ path: `${screenshots}/resume-dark-projects.png` });
      await page
        .getByRole('region', { name: 'Export and import' })
        .screenshot({ path: `${screenshots}/resume-dark-exports.png` });
      await expectNoSeriousAxeViolations(page, 'the resume page (dark)');
      // Back to light for whoever runs next in this profile.
      await page.getByRole('button', { name: /theme/i }).first().click();
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
