import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCoverLetter } from './cover-letter.js';
import { BASE_FONT_SIZE, estimatePages, FONT_FLOOR } from './layout.js';
import { coverLetterToPdf, pdfText, renderResumePdf, toPdf } from './pdf.js';
import type { Resume } from './schema.js';
import { SAMPLE_HEADINGS, sampleResume } from './test-fixtures.js';

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

const standardFontDataUrl = `${join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts',
)}/`;

/**
 * The text of each page as pdf.js reads it (the text layer a screen reader or an applicant
 * tracking system sees), items joined by single spaces; a word broken after a hyphen at the end
 * of a line is joined back.
 */
async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl,
  }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.hasEOL && item.str.endsWith('-') ? item.str : `${item.str} `;
    }
    pages.push(normalize(text));
  }
  await document.destroy();
  return pages;
}

/** The sample with every bullet repeated until it cannot fit one page. */
const overflowing = (): Resume => {
  const resume = sampleResume();
  const filler =
    'Rebuilt the feature pipeline for the readmission model so that every nightly run is reproducible from a tagged commit and a pinned data snapshot';
  return {
    ...resume,
    projects: resume.projects.map((project) => ({
      ...project,
      bullets: [...project.bullets, filler, filler, filler, filler, filler],
    })),
    experience: resume.experience.map((job) => ({
      ...job,
      bullets: [...job.bullets, filler, filler, filler, filler],
    })),
  };
};

describe('toPdf', () => {
  it('prints a realistic resume on one page, with the name, every heading and every bullet as text', async () => {
    const resume = sampleResume();
    const result = await toPdf(resume);
    expect(result.resumePages).toBe(1);
    expect(result.pages).toBe(1);
    expect(result.fontSize).toBe(BASE_FONT_SIZE);
    const pages = await pdfPages(result.bytes);
    expect(pages).toHaveLength(1);
    const text = pages[0] ?? '';
    expect(text).toContain(resume.basics.name);
    for (const heading of SAMPLE_HEADINGS) expect(text).toContain(heading);
    const bullets = [
      ...resume.projects.flatMap((project) => project.bullets),
      ...resume.experience.flatMap((job) => job.bullets),
    ];
    for (const bullet of bullets) expect(text).toContain(normalize(bullet));
    expect(text).toContain(normalize(resume.summary ?? ''));
    expect(text).toContain('github.com/dana-okafor');
    // Reading order: projects before experience, headings before their bullets.
    expect(text.indexOf('Projects')).toBeLessThan(text.indexOf(normalize(bullets[0] ?? '')));
    expect(text.indexOf('Projects')).toBeLessThan(text.indexOf('Experience'));
  });

  it('gives the same bytes for the same resume', async () => {
    const first = await toPdf(sampleResume());
    const second = await toPdf(sampleResume());
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
  });

  it('shrinks the type step by step, down to the floor, and reports the pages when that is not enough', async () => {
    const resume = overflowing();
    const result = await toPdf(resume);
    expect(result.fontSize).toBe(FONT_FLOOR);
    expect(result.resumePages).toBeGreaterThan(1);
    expect(await pdfPages(result.bytes)).toHaveLength(result.pages);

    const slightlyLong = sampleResume();
    slightlyLong.projects[0]?.bullets.push(
      'Ran an error analysis on the 300 worst predictions and found that transfers between wards were recorded as discharges',
      'Added unit tests for the feature code and a CI workflow that fails when the held-out AUC drops by more than two points',
    );
    slightlyLong.experience[0]?.bullets.push(
      'Mentored 12 newly qualified nurses through their first year on the unit',
    );
    slightlyLong.experience[1]?.bullets.push(
      'Reduced missed discharge medications by 18% across 1,900 discharges by introducing a pharmacy double-check',
    );
    slightlyLong.skills.push({
      name: 'Clinical',
      keywords: ['NEWS2', 'ICU workflows', 'HL7 FHIR basics'],
    });
    slightlyLong.projects.push({
      name: 'Ward staffing forecast',
      description: 'Forecasts next-week admissions per ward so rotas can be drafted earlier.',
      repo: 'https://github.com/dana-okafor/staffing',
      bullets: [
        'Forecasted weekly admissions per ward with LightGBM on 5 years of admission records, cutting MAPE from 21% (seasonal naive) to 14% on a 2024 holdout',
        'Published the forecasts to a small Streamlit app used by two ward managers for rota planning',
      ],
      keywords: ['LightGBM', 'Streamlit'],
    });
    expect((await renderResumePdf(slightlyLong, BASE_FONT_SIZE)).resumePages).toBe(2);
    const shrunk = await toPdf(slightlyLong);
    expect(shrunk.resumePages).toBe(1);
    expect(shrunk.fontSize).toBeLessThan(BASE_FONT_SIZE);
    expect(shrunk.fontSize).toBeGreaterThanOrEqual(FONT_FLOOR);
  });

  it('agrees with the page estimate: whenever the estimate says one page, the PDF has one page', async () => {
    const base = sampleResume();
    const filler =
      'Documented the data sources, the label definition and the known failure modes of the model for the ward managers';
    for (let extra = 0; extra <= 12; extra += 2) {
      const resume: Resume = {
        ...base,
        projects: base.projects.map((project, index) => ({
          ...project,
          bullets: [...project.bullets, ...Array(index === 0 ? extra : 0).fill(filler)],
        })),
      };
      for (const size of [BASE_FONT_SIZE, FONT_FLOOR]) {
        const estimate = estimatePages(resume, size);
        const actual = await renderResumePdf(resume, size);
        if (estimate.pages === 1)
          expect(actual.resumePages, `${extra} extra at ${size} pt`).toBe(1);
        expect(estimate.pages).toBeGreaterThanOrEqual(actual.resumePages);
      }
    }
  });

  it('appends the cover letter on its own page, and exports it alone', async () => {
    const resume = sampleResume();
    const letter = buildCoverLetter(resume, {
      title: 'ML Engineer',
      company: 'Carewise',
      requiredSkills: ['python', 'sql', 'docker'],
    });
    const both = await toPdf(resume, { coverLetter: letter });
    expect(both.resumePages).toBe(1);
    expect(both.pages).toBe(2);
    const pages = await pdfPages(both.bytes);
    expect(pages[1]).toContain(letter.greeting);
    for (const paragraph of letter.paragraphs)
      expect(pages[1]).toContain(normalize(pdfText(paragraph)));

    const alone = await coverLetterToPdf(letter, resume);
    expect(alone.pages).toBe(1);
    const [text] = await pdfPages(alone.bytes);
    expect(text).toContain(resume.basics.name);
    expect(text).toContain(letter.signature);
  });

  it('prints text outside the standard fonts safely', async () => {
    expect(pdfText('F1 → 0.8 ≥ baseline − 2 pp')).toBe('F1 -> 0.8 >= baseline - 2 pp');
    expect(pdfText('Zoë Łukasz naïve €5 “ok”')).toBe('Zoë Lukasz naïve €5 “ok”');
    expect(pdfText('rocket 🚀 and 数据')).toBe('rocket ? and ??');
    const resume = sampleResume();
    resume.basics.name = 'Łucja Nowak 🚀';
    const [text] = await pdfPages((await toPdf(resume)).bytes);
    expect(text).toContain('Lucja Nowak ?');
  });
});
