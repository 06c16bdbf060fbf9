import PDFDocument from 'pdfkit';
import type { CoverLetter } from './cover-letter.js';
import {
  BASE_FONT_SIZE,
  type Block,
  BULLET_INDENT,
  CONTENT_WIDTH,
  FONT_FLOOR,
  FONT_STEPS,
  HEADING_RULE_GAP,
  PAGE,
  type Run,
  resumeBlocks,
  SIZE,
  SPACE_BEFORE,
} from './layout.js';
import type { Resume } from './schema.js';

/**
 * PDF export with pdfkit's built-in Helvetica (no font files): one column, real text in reading
 * order, headings then bullets. When the resume overflows a page, the body size steps down
 * through FONT_STEPS to FONT_FLOOR; `resumePages` tells callers whether it still overflows.
 *
 * pdfkit loads its standard-font metrics with `require('#standard-fonts/…')` relative to its own
 * package, so it must stay an external dependency when bundling (it is: scripts/build-cli.mjs
 * keeps every package external).
 */

export interface PdfOptions {
  /** Appended on its own page after the resume. */
  coverLetter?: CoverLetter;
  /** The document's creation date; fixed by default so the same resume gives the same bytes. */
  createdAt?: Date;
}

export interface PdfExport {
  bytes: Uint8Array;
  /** All pages, the cover letter included. */
  pages: number;
  /** Pages the resume itself takes: more than 1 means it overflowed even at the floor size. */
  resumePages: number;
  /** The body font size used. */
  fontSize: number;
}

/** A fixed creation date: exports are reproducible unless the caller passes `createdAt`. */
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');
const INK = '#111111';
const MUTED = '#444444';
const RULE = '#8a8a8a';

/** The resume as a PDF, at the largest body size that fits one page (down to the floor). */
export async function toPdf(resume: Resume, options: PdfOptions = {}): Promise<PdfExport> {
  let result: PdfExport | undefined;
  for (const fontSize of FONT_STEPS) {
    result = await render(resume, fontSize, options);
    if (result.resumePages === 1) return result;
  }
  return result as PdfExport;
}

/** The resume at one body size, without shrinking (for tests and previews). */
export function renderResumePdf(
  resume: Resume,
  fontSize: number = BASE_FONT_SIZE,
  options: PdfOptions = {},
): Promise<PdfExport> {
  return render(resume, Math.max(FONT_FLOOR, fontSize), options);
}

/** A cover letter alone as a one-page PDF, headed with the sender's name and contact line. */
export async function coverLetterToPdf(
  letter: CoverLetter,
  resume: Resume,
  options: Pick<PdfOptions, 'createdAt'> = {},
): Promise<PdfExport> {
  const doc = newDocument(`${resume.basics.name} — Cover letter`, resume.basics.name, options);
  const done = collect(doc);
  drawLetter(doc, letter, resume);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  return { bytes: await done, pages, resumePages: 0, fontSize: LETTER_SIZE };
}

function newDocument(title: string, author: string, options: Pick<PdfOptions, 'createdAt'>) {
  return new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    displayTitle: true,
    lang: 'en-US',
    info: {
      Title: pdfText(title),
      Author: pdfText(author),
      Creator: 'mlpath',
      Producer: 'mlpath',
      CreationDate: options.createdAt ?? FIXED_DATE,
    },
  });
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => {
      const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(bytes);
    });
    doc.on('error', reject);
  });
}

async function render(resume: Resume, fontSize: number, options: PdfOptions): Promise<PdfExport> {
  const doc = newDocument(`${resume.basics.name} — Resume`, resume.basics.name, options);
  const done = collect(doc);
  drawResume(doc, resume, fontSize);
  const resumePages = doc.bufferedPageRange().count;
  if (options.coverLetter) {
    doc.addPage();
    drawLetter(doc, options.coverLetter, resume);
  }
  const pages = doc.bufferedPageRange().count;
  doc.end();
  return { bytes: await done, pages, resumePages, fontSize };
}

const fontOf = (run: Pick<Run, 'bold' | 'italic'>) =>
  run.bold ? 'Helvetica-Bold' : run.italic ? 'Helvetica-Oblique' : 'Helvetica';

/** Writes styled runs as one flowing paragraph starting at (x, y). */
function drawRuns(
  doc: PDFKit.PDFDocument,
  runs: Run[],
  size: number,
  x: number,
  y: number,
  width: number,
  color = INK,
) {
  const printable = runs.filter((run) => run.text !== '');
  printable.forEach((run, index) => {
    doc.font(fontOf(run)).fontSize(size).fillColor(color);
    const options: PDFKit.Mixins.TextOptions = {
      width,
      continued: index < printable.length - 1,
      lineGap: 0,
      ...(run.link ? { link: run.link } : {}),
    };
    if (index === 0) doc.text(pdfText(run.text), x, y, options);
    else doc.text(pdfText(run.text), options);
  });
}

const lineHeight = (doc: PDFKit.PDFDocument, font: string, size: number) =>
  doc.font(font).fontSize(size).currentLineHeight(true);

/** Starts a new page when fewer than `needed` points are left on this one. */
function ensureRoom(doc: PDFKit.PDFDocument, needed: number) {
  if (doc.y + needed > PAGE.height - PAGE.margin) {
    doc.addPage();
    doc.y = PAGE.margin;
  }
}

function drawResume(doc: PDFKit.PDFDocument, resume: Resume, fontSize: number) {
  const x = PAGE.margin;
  doc.y = PAGE.margin;
  let previous: Block['kind'] | undefined;
  for (const block of resumeBlocks(resume)) {
    const size = fontSize * SIZE[block.kind];
    if (previous !== 'heading' && previous !== undefined)
      doc.y += SPACE_BEFORE[block.kind] * fontSize;
    previous = block.kind;
    switch (block.kind) {
      case 'name':
        drawRuns(doc, [{ text: block.text, bold: true }], size, x, doc.y, CONTENT_WIDTH);
        break;
      case 'headline':
        drawRuns(doc, [{ text: block.text }], size, x, doc.y, CONTENT_WIDTH, MUTED);
        break;
      case 'contact':
        drawRuns(doc, block.runs, size, x, doc.y, CONTENT_WIDTH, MUTED);
        break;
      case 'summary':
      case 'paragraph':
        drawRuns(
          doc,
          [{ text: block.text }],
          size,
          x,
          doc.y,
          CONTENT_WIDTH,
          block.kind === 'paragraph' ? MUTED : INK,
        );
        break;
      case 'heading': {
        const line = lineHeight(doc, 'Helvetica-Bold', size);
        ensureRoom(
          doc,
          line + 2 * HEADING_RULE_GAP * fontSize + 2 * lineHeight(doc, 'Helvetica', fontSize),
        );
        drawRuns(doc, [{ text: block.text, bold: true }], size, x, doc.y, CONTENT_WIDTH);
        const ruleY = doc.y + HEADING_RULE_GAP * fontSize * 0.6;
        doc
          .moveTo(x, ruleY)
          .lineTo(x + CONTENT_WIDTH, ruleY)
          .lineWidth(0.6)
          .strokeColor(RULE)
          .stroke();
        doc.y += 2 * HEADING_RULE_GAP * fontSize;
        break;
      }
      case 'entry': {
        ensureRoom(doc, 2 * lineHeight(doc, 'Helvetica', size));
        const top = doc.y;
        const right = block.right;
        const rightWidth = right
          ? doc
              .font('Helvetica')
              .fontSize(size * 0.95)
              .widthOfString(pdfText(right.text)) + 12
          : 0;
        drawRuns(doc, block.runs, size, x, top, CONTENT_WIDTH - rightWidth);
        const bottom = doc.y;
        if (right) {
          doc
            .font('Helvetica')
            .fontSize(size * 0.95)
            .fillColor(MUTED)
            .text(pdfText(right.text), x, top + size * 0.03, {
              width: CONTENT_WIDTH,
              align: 'right',
              lineBreak: false,
              ...(right.link ? { link: right.link } : {}),
            });
        }
        doc.y = Math.max(bottom, top + lineHeight(doc, 'Helvetica', size));
        break;
      }
      case 'bullet': {
        ensureRoom(doc, lineHeight(doc, 'Helvetica', size));
        const top = doc.y;
        doc
          .font('Helvetica')
          .fontSize(size)
          .fillColor(INK)
          .text('•', x + 2, top, { lineBreak: false });
        drawRuns(
          doc,
          [{ text: block.text }],
          size,
          x + BULLET_INDENT,
          top,
          CONTENT_WIDTH - BULLET_INDENT,
        );
        break;
      }
      case 'line':
        drawRuns(doc, block.runs, size, x, doc.y, CONTENT_WIDTH);
        break;
    }
  }
}

export const LETTER_SIZE = 10.5;

function drawLetter(doc: PDFKit.PDFDocument, letter: CoverLetter, resume: Resume) {
  const x = PAGE.margin;
  doc.y = PAGE.margin;
  const blocks = resumeBlocks({ ...resume, summary: undefined, sectionOrder: [] }).filter(
    (block) => block.kind === 'name' || block.kind === 'contact',
  );
  for (const block of blocks) {
    const size = LETTER_SIZE * (block.kind === 'name' ? 1.6 : SIZE.contact);
    if (block.kind === 'name')
      drawRuns(doc, [{ text: block.text, bold: true }], size, x, doc.y, CONTENT_WIDTH);
    if (block.kind === 'contact') drawRuns(doc, block.runs, size, x, doc.y, CONTENT_WIDTH, MUTED);
  }
  doc.y += LETTER_SIZE * 2;
  for (const paragraph of [letter.greeting, ...letter.paragraphs]) {
    drawRuns(doc, [{ text: paragraph }], LETTER_SIZE, x, doc.y, CONTENT_WIDTH);
    doc.y += LETTER_SIZE * 0.9;
  }
  drawRuns(doc, [{ text: letter.closing }], LETTER_SIZE, x, doc.y, CONTENT_WIDTH);
  drawRuns(doc, [{ text: letter.signature }], LETTER_SIZE, x, doc.y, CONTENT_WIDTH);
}

/** Characters the standard fonts' WinAnsi encoding has beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↑': 'up',
  '↓': 'down',
  '≤': '<=',
  '≥': '>=',
  '≈': '~',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '—',
  '′': "'",
  '″': '"',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  Ħ: 'H',
  ħ: 'h',
  '✓': '',
  '✔': '',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
};

/**
 * Text the standard Helvetica can print: WinAnsi characters stay, common symbols get ASCII
 * stand-ins, accented letters outside WinAnsi lose their accents, anything else becomes "?".
 */
export function pdfText(text: string): string {
  let out = '';
  for (const char of text.replace(/\s+/g, ' ')) {
    const code = char.codePointAt(0) ?? 0;
    if (
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff) ||
      WIN_ANSI_EXTRA.has(char)
    ) {
      out += char;
    } else if (char in REPLACEMENTS) {
      out += REPLACEMENTS[char];
    } else if (
      code < 0x20 ||
      (code >= 0x7f && code < 0xa0) ||
      (code >= 0xfe00 && code <= 0xfe0f) ||
      code === 0x200b ||
      code === 0x200d
    ) {
      // control characters, variation selectors and zero-width joiners print as nothing
    } else {
      const plain = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += [...plain].every((c) => (c.codePointAt(0) ?? 0) <= 0xff) && plain !== '' ? plain : '?';
    }
  }
  return out;
}
