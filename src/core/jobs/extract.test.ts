import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import {
  extractPostingText,
  MAX_FILE_BYTES,
  MAX_TEXT_BYTES,
  postingTextProblem,
} from './extract.js';
import { htmlToText } from './html.js';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A small PDF made here with pdfkit, so the test needs no binary fixture. */
function makePdf(lines: string[]): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: true });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.fontSize(16).text(lines[0] ?? '');
    doc.fontSize(11);
    for (const line of lines.slice(1)) doc.text(line);
    doc.end();
  });
}

describe('HTML', () => {
  const page = `<!DOCTYPE html><html><head><title>Jobs</title>
    <style>body { color: red } .x::after { content: "Kubernetes" }</style>
    <script>var tools = ["TensorFlow"]; alert("Hadoop")</script></head>
    <body><nav><a href="/">Home</a></nav>
    <h1>ML Engineer &amp; Analyst</h1>
    <img src="x" onerror="alert('steal')">
    <p>Pay&nbsp;range: $100k&ndash;$120k &mdash; we&rsquo;re remote</p>
    <ul><li>Python</li><li>SQL<br>and dbt</li></ul>
    <noscript>Enable JavaScript</noscript>
    </body></html>`;

  it('drops scripts, styles and attributes, decodes entities and keeps lines', async () => {
    const result = await extractPostingText(bytes(page), { filename: 'job.html' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe('html');
    for (const hidden of [
      'TensorFlow',
      'Hadoop',
      'Kubernetes',
      'color',
      'alert',
      'steal',
      'Home',
      'JavaScript',
    ]) {
      expect(result.text).not.toContain(hidden);
    }
    expect(result.text).toContain('ML Engineer & Analyst');
    expect(result.text).toContain('Pay range: $100k–$120k — we’re remote');
    const lines = result.text.split('\n').map((line) => line.trim());
    expect(lines).toContain('- Python');
    expect(lines).toContain('- SQL');
    expect(lines).toContain('and dbt');
  });

  it('marks section headings (not the h1 title) so a slogan heading still opens a section', async () => {
    const html =
      '<h1>Graduate ML Engineer</h1><h2>Go further, faster</h2><ul><li>A dedicated mentor for two years</li></ul><h3>Essentials</h3><p>Python</p>';
    const result = await extractPostingText(bytes(html), { filename: 'job.html' });
    expect(result.ok && result.text.split('\n').filter((line) => line.trim() !== '')).toEqual([
      'Graduate ML Engineer',
      '## Go further, faster',
      '- A dedicated mentor for two years',
      '### Essentials',
      'Python',
    ]);
  });

  it('is recognised by its tags even without an .html name', async () => {
    const result = await extractPostingText(
      bytes('<p>Data Scientist</p><ul><li>SQL</li><li>R</li></ul>'),
    );
    expect(result).toMatchObject({ ok: true, format: 'html' });
  });

  it('keeps Markdown as it is', async () => {
    const result = await extractPostingText(bytes('# Title\n\n- <b>not html</b> item'), {
      filename: 'job.md',
    });
    expect(result).toEqual({
      ok: true,
      format: 'markdown',
      text: '# Title\n\n- <b>not html</b> item',
    });
  });

  it('gives no text for a page of scripts only', async () => {
    expect(htmlToText('<script>x()</script><style>p{}</style>').trim()).toBe('');
    expect(await extractPostingText(bytes('<html><script>x()</script></html>'))).toEqual({
      ok: false,
      problem: 'has no text',
    });
  });
});

describe('PDF', () => {
  it('reads the text layer of a PDF back, line by line', async () => {
    const pdf = await makePdf([
      'Senior Machine Learning Engineer',
      'Requirements',
      '- 5+ years of Python and PyTorch',
      'Salary: $150,000 - $180,000',
    ]);
    const result = await extractPostingText(pdf, { filename: 'posting.pdf' });
    expect(result.ok, result.ok ? '' : result.problem).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe('pdf');
    const lines = result.text.split('\n').map((line) => line.trim());
    expect(lines).toContain('Senior Machine Learning Engineer');
    expect(lines).toContain('- 5+ years of Python and PyTorch');
    expect(lines).toContain('Salary: $150,000 - $180,000');
  });

  it('finds a PDF by its header whatever the name, and refuses a .pdf without one', async () => {
    const pdf = await makePdf(['Data Scientist']);
    expect(await extractPostingText(pdf, { filename: 'upload.bin' })).toMatchObject({
      ok: true,
      format: 'pdf',
    });
    expect(await extractPostingText(bytes('hello'), { filename: 'a.pdf' })).toEqual({
      ok: false,
      problem: 'is not a valid PDF (no %PDF header)',
    });
  });

  it('reports a broken PDF as a problem, not an exception', async () => {
    const result = await extractPostingText(bytes('%PDF-1.7\nthis is not really a pdf'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/^could not be read as a PDF/);
  });
});

describe('problems', () => {
  it('refuses empty input', async () => {
    expect(await extractPostingText(new Uint8Array())).toEqual({ ok: false, problem: 'is empty' });
    expect(await extractPostingText(bytes(' \n\t\n'))).toEqual({ ok: false, problem: 'is empty' });
  });

  it('refuses binary junk, images and Word files', async () => {
    const junk = new Uint8Array(4096).map((_, index) => (index * 7919 + 13) % 256);
    expect(await extractPostingText(junk)).toEqual({
      ok: false,
      problem: 'looks like a binary file, not text',
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    expect(await extractPostingText(png)).toMatchObject({ ok: false, problem: /image/ });
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
    expect(await extractPostingText(docx, { filename: 'job.docx' })).toMatchObject({
      ok: false,
      problem: /Word document/,
    });
  });

  it('refuses files and texts over the limits', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(await extractPostingText(big)).toEqual({ ok: false, problem: 'is larger than 5 MB' });
    const long = 'Python and SQL. '.repeat(Math.ceil((MAX_TEXT_BYTES + 1) / 16));
    expect(await extractPostingText(bytes(long))).toMatchObject({
      ok: false,
      problem: /more than 200 KB of text/,
    });
    expect(postingTextProblem(long)).toMatch(/200 KB/);
    expect(postingTextProblem('ML Engineer')).toBeNull();
  });

  it('decodes UTF-16 text with a byte-order mark', async () => {
    const text = 'Data Scientist — Zürich';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      utf16[2 + index * 2] = code & 0xff;
      utf16[3 + index * 2] = code >> 8;
    }
    expect(await extractPostingText(utf16, { filename: 'job.txt' })).toEqual({
      ok: true,
      format: 'text',
      text,
    });
  });
});
