import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestUser, VALID_PROFILE } from '../../../../test/app.js';
import { toJsonResume } from '../../../core/resume/json-resume.js';
import { resumeBullets } from '../../../core/resume/schema.js';
import { SAMPLE_RESUME_INPUT, sampleResume } from '../../../core/resume/test-fixtures.js';

const { app } = await createTestApp();

const call = (user: TestUser, method: InjectOptions['method'], url: string, payload?: unknown) =>
  app.inject({
    method,
    url,
    headers: { cookie: user.cookie },
    ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
  });

async function withResume(resume: unknown = SAMPLE_RESUME_INPUT): Promise<TestUser> {
  const user = await signUp(app);
  const saved = await call(user, 'PUT', '/api/resume', resume);
  expect(saved.statusCode, saved.body).toBe(200);
  return user;
}

async function savedAnalysis(user: TestUser, text: string, company?: string): Promise<string> {
  const response = await call(user, 'POST', '/api/jobs/analyses', {
    text,
    ...(company ? { company } : {}),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

const POSTING = `Machine Learning Engineer
Requirements:
- Python and SQL
- Docker
- Kubernetes
Nice to have: PyTorch`;

const standardFontDataUrl = `${join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts',
)}/`;

/** Page count and text of a PDF as pdf.js reads it (what an applicant tracking system sees). */
async function readPdf(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl,
  }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) text += `${item.str} `;
  }
  const pages = document.numPages;
  await document.destroy();
  return { pages, text: text.replace(/\s+/g, ' ') };
}

describe('GET/PUT /api/resume', () => {
  it('answers 404 before a resume is saved, then gives back what was saved', async () => {
    const user = await signUp(app);
    const before = await call(user, 'GET', '/api/resume');
    expect(before.statusCode).toBe(404);
    expect(before.json().error.message).toMatch(/not found/);

    const put = await call(user, 'PUT', '/api/resume', SAMPLE_RESUME_INPUT);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual(sampleResume());
    const got = await call(user, 'GET', '/api/resume');
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(sampleResume());

    // A second save replaces the first.
    const edited = { ...SAMPLE_RESUME_INPUT, summary: 'Former ICU nurse building clinical ML.' };
    expect((await call(user, 'PUT', '/api/resume', edited)).statusCode).toBe(200);
    expect((await call(user, 'GET', '/api/resume')).json().summary).toBe(
      'Former ICU nurse building clinical ML.',
    );
  });

  it('refuses an invalid resume with issues naming the fields, and keeps the saved one', async () => {
    const user = await withResume();
    const bad = {
      ...SAMPLE_RESUME_INPUT,
      basics: { ...SAMPLE_RESUME_INPUT.basics, name: '  ' },
      experience: [{ company: 'Ward 4', role: 'Nurse', start: '2020-13' }],
      projects: [1, 2, 3, 4].map((n) => ({ name: `Project ${n}` })),
    };
    const response = await call(user, 'PUT', '/api/resume', bad);
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['basics.name', 'experience.0.start', 'projects']),
    );
    expect((await call(user, 'GET', '/api/resume')).json()).toEqual(sampleResume());
  });
});

describe('GET /api/resume/checks', () => {
  it('gives the switcher checks and coaches every bullet in print order', async () => {
    const user = await withResume();
    await call(user, 'PUT', '/api/profile', { ...VALID_PROFILE, domain: 'ICU nursing' });
    const response = await call(user, 'GET', '/api/resume/checks');
    expect(response.statusCode).toBe(200);
    const { checks, bullets } = response.json();
    const byId = Object.fromEntries(
      checks.map((check: { id: string; pass: boolean }) => [check.id, check.pass]),
    );
    expect(byId).toMatchObject({ 'one-page': true, 'projects-first': true });
    expect(bullets.map((bullet: { text: string }) => bullet.text)).toEqual(
      resumeBullets(sampleResume()).map((bullet) => bullet.text),
    );
    expect(bullets[0].coaching.verdict).toBe('strong');
  });

  it('flags projects placed after experience', async () => {
    const user = await withResume({
      ...SAMPLE_RESUME_INPUT,
      sectionOrder: ['experience', 'projects'],
    });
    const { checks } = (await call(user, 'GET', '/api/resume/checks')).json();
    expect(checks.find((check: { id: string }) => check.id === 'projects-first').pass).toBe(false);
  });

  it('answers 404 without a resume', async () => {
    const user = await signUp(app);
    expect((await call(user, 'GET', '/api/resume/checks')).statusCode).toBe(404);
  });
});

describe('GET /api/resume/match/:analysisId', () => {
  it("scores the resume against a saved analysis' skills", async () => {
    const user = await withResume();
    const id = await savedAnalysis(user, POSTING, 'Carewise');
    const response = await call(user, 'GET', `/api/resume/match/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    const match = response.json();
    expect(match).toMatchObject({ analysisId: id, company: 'Carewise' });
    expect(match.matched.required).toEqual(expect.arrayContaining(['python', 'docker']));
    expect(match.missing.required).toContain('kubernetes');
    expect(match.score).toBeGreaterThan(0);
    expect(match.score).toBeLessThan(100);
  });

  it("answers 404 for another user's analysis, an unknown id and a malformed one", async () => {
    const owner = await withResume();
    const intruder = await withResume();
    const id = await savedAnalysis(owner, POSTING);
    for (const analysisId of [id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const response = await call(intruder, 'GET', `/api/resume/match/${analysisId}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.message).toMatch(/job analysis not found/);
    }
  });
});

describe('exports', () => {
  it('serves a one-page PDF download with real text and its page count', async () => {
    const user = await withResume();
    const response = await call(user, 'GET', '/api/resume.pdf');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="dana-okafor-resume.pdf"',
    );
    expect(response.headers['x-page-count']).toBe('1');
    const pdf = await readPdf(new Uint8Array(response.rawPayload));
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('Dana Okafor');
    expect(pdf.text).toContain('Readmission risk service');
    expect(pdf.text.indexOf('Projects')).toBeLessThan(pdf.text.indexOf('Experience'));
  });

  it('serves JSON Resume and Markdown downloads', async () => {
    const user = await withResume();
    const json = await call(user, 'GET', '/api/resume.json');
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.headers['content-disposition']).toMatch(/^attachment; filename=".+\.json"$/);
    expect(json.json()).toEqual(toJsonResume(sampleResume()));

    const md = await call(user, 'GET', '/api/resume.md');
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.body).toMatch(/^# Dana Okafor\n/);
    expect(md.body).toContain('## Projects');
  });

  it('keeps hostile text as text in the Markdown and the JSON', async () => {
    const hostile = [
      '<script>alert(1)</script> Built a **model** [click](javascript:alert(1)) on 5 rows',
      '# Not a heading <img src=x onerror=alert(1)> & `code` | pipe',
    ];
    const user = await withResume({
      ...SAMPLE_RESUME_INPUT,
      basics: { ...SAMPLE_RESUME_INPUT.basics, name: 'Eve <b>Hacker</b>' },
      projects: [{ name: 'Evil [link](http://evil.example)', bullets: hostile }],
    });

    const md = (await call(user, 'GET', '/api/resume.md')).body;
    // Every angle bracket and square bracket of user text is escaped: no HTML, no links.
    expect(md).not.toMatch(/(?<!\\)<(?:script|img|b)\b/);
    expect(md).not.toMatch(/(?<!\\)\]\((?:javascript|http:\/\/evil)/);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('- \\# Not a heading');
    expect(md).toContain('# Eve \\<b\\>Hacker\\</b\\>');

    const json = (await call(user, 'GET', '/api/resume.json')).json();
    expect(json.basics.name).toBe('Eve <b>Hacker</b>');
    expect(json.projects[0].name).toBe('Evil [link](http://evil.example)');
    expect(json.projects[0].highlights).toEqual(hostile);

    const pdf = await call(user, 'GET', '/api/resume.pdf');
    expect(pdf.headers['content-disposition']).toBe(
      'attachment; filename="eve-b-hacker-b-resume.pdf"',
    );
  });

  it('answers 404 for every export without a resume', async () => {
    const user = await signUp(app);
    for (const url of ['/api/resume.json', '/api/resume.md', '/api/resume.pdf']) {
      expect((await call(user, 'GET', url)).statusCode).toBe(404);
    }
  });
});

describe('POST /api/resume/import', () => {
  it('reads an exported JSON Resume back into an equal resume', async () => {
    const owner = await withResume();
    const exported = (await call(owner, 'GET', '/api/resume.json')).json();
    const user = await signUp(app);
    const response = await call(user, 'POST', '/api/resume/import', exported);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ resume: sampleResume(), ignored: [] });
    expect((await call(user, 'GET', '/api/resume')).json()).toEqual(sampleResume());
  });

  it('refuses to overwrite a saved resume unless replace=true, and keeps the cover letter', async () => {
    const user = await withResume();
    const draft = (await call(user, 'POST', '/api/resume/cover-letter/draft', {})).json();
    expect((await call(user, 'PUT', '/api/resume/cover-letter', draft)).statusCode).toBe(200);
    const other = {
      basics: { name: 'Sam Lee', profiles: [{ network: 'Mastodon', url: 'https://m.example/@s' }] },
      work: [{ name: 'Acme Logistics', position: 'Dispatcher', highlights: ['Planned routes'] }],
      volunteer: [{ organization: 'Food bank' }],
    };

    const refused = await call(user, 'POST', '/api/resume/import', other);
    expect(refused.statusCode).toBe(409);
    expect((await call(user, 'GET', '/api/resume')).json()).toEqual(sampleResume());

    const replaced = await call(user, 'POST', '/api/resume/import?replace=true', other);
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json().ignored).toEqual(['volunteer', 'basics.profiles.0 (Mastodon)']);
    expect((await call(user, 'GET', '/api/resume')).json().basics.name).toBe('Sam Lee');
    expect((await call(user, 'GET', '/api/resume/cover-letter')).json()).toEqual(draft);
  });

  it('names JSON Resume paths in its issues and saves nothing', async () => {
    const user = await signUp(app);
    const response = await call(user, 'POST', '/api/resume/import', {
      basics: { name: 'Sam Lee' },
      work: [{ name: 'Acme', position: 'Dispatcher', startDate: 'last spring' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues.map((issue: { path: string }) => issue.path)).toContain(
      'work.0.startDate',
    );
    expect((await call(user, 'GET', '/api/resume')).statusCode).toBe(404);
  });
});

describe('the cover letter', () => {
  it('drafts from the resume and an analysis without saving, then saves and exports', async () => {
    const user = await withResume();
    const id = await savedAnalysis(user, POSTING, 'Carewise');
    expect((await call(user, 'GET', '/api/resume/cover-letter')).statusCode).toBe(404);

    const draft = await call(user, 'POST', '/api/resume/cover-letter/draft', {
      analysisId: id,
      company: 'Carewise Health',
    });
    expect(draft.statusCode, draft.body).toBe(200);
    const letter = draft.json();
    expect(letter.paragraphs).toHaveLength(4);
    expect(letter.greeting).toBe('Dear Carewise Health hiring team,');
    expect(letter.paragraphs[0]).toContain('Machine Learning Engineer role at Carewise Health');
    expect(letter.signature).toBe('Dana Okafor');
    expect((await call(user, 'GET', '/api/resume/cover-letter')).statusCode).toBe(404);

    const edited = { ...letter, paragraphs: ['One.', 'Two.', 'Three.', 'Four.'] };
    const put = await call(user, 'PUT', '/api/resume/cover-letter', edited);
    expect(put.statusCode).toBe(200);
    expect((await call(user, 'GET', '/api/resume/cover-letter')).json()).toEqual(edited);

    const text = await call(user, 'GET', '/api/resume/cover-letter.txt');
    expect(text.headers['content-type']).toMatch(/^text\/plain/);
    expect(text.headers['content-disposition']).toMatch(/^attachment;/);
    expect(text.body).toBe(
      'Dear Carewise Health hiring team,\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nKind regards,\nDana Okafor\n',
    );
    const pdf = await call(user, 'GET', '/api/resume/cover-letter.pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const read = await readPdf(new Uint8Array(pdf.rawPayload));
    expect(read.pages).toBe(1);
    expect(read.text).toContain('Three.');
  });

  it('drafts with placeholders when no analysis is chosen', async () => {
    const user = await withResume();
    const letter = (await call(user, 'POST', '/api/resume/cover-letter/draft', {})).json();
    expect(letter.greeting).toBe('Dear [company] hiring team,');
    expect(letter.paragraphs[0]).toContain('[role title] role at [company]');
  });

  it("answers 404 for another user's analysis or without a resume; 400 for a bad letter", async () => {
    const owner = await withResume();
    const intruder = await withResume();
    const id = await savedAnalysis(owner, POSTING);
    const foreign = await call(intruder, 'POST', '/api/resume/cover-letter/draft', {
      analysisId: id,
    });
    expect(foreign.statusCode).toBe(404);

    const empty = await signUp(app);
    expect((await call(empty, 'POST', '/api/resume/cover-letter/draft', {})).statusCode).toBe(404);
    const letter = {
      greeting: 'Hello,',
      paragraphs: ['a', 'b', 'c', 'd'],
      closing: 'Best,',
      signature: 'Sam',
    };
    expect((await call(empty, 'PUT', '/api/resume/cover-letter', letter)).statusCode).toBe(404);
    expect((await call(empty, 'GET', '/api/resume/cover-letter.pdf')).statusCode).toBe(404);

    const bad = await call(owner, 'PUT', '/api/resume/cover-letter', {
      ...letter,
      paragraphs: ['a', 'b', 'c'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toMatch(/^paragraphs/);
  });
});
