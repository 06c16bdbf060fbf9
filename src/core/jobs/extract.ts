import { htmlToText, looksLikeHtml } from './html.js';

/**
 * Turning what a person hands in (a pasted text, a .txt, .md, .html or .pdf file) into the plain
 * text of a posting, or into one sentence saying why that is not possible. No file system here:
 * callers pass the bytes.
 */

/** The largest file accepted (a posting PDF is tens of kilobytes; this leaves room for images). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The most text a posting may have once extracted (real ones are 2–15 KB). */
export const MAX_TEXT_BYTES = 200 * 1024;

export type PostingFormat = 'text' | 'markdown' | 'html' | 'pdf';
export type ExtractResult =
  | { ok: true; text: string; format: PostingFormat }
  | { ok: false; problem: string };

export interface PostingSource {
  /** The file name, for its extension. */
  filename?: string;
  /** The MIME type, when the bytes came over HTTP. */
  contentType?: string;
}

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte);

/** Where "%PDF-" starts within the first kilobyte (the format allows junk before it), or -1. */
function pdfHeaderAt(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let index = 0; index <= limit; index++) {
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], index)) return index;
  }
  return -1;
}

/** A sentence for a binary format that is not a posting we can read, or null. */
function unsupportedBinary(bytes: Uint8Array, extension: string): string | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || ['docx', 'odt', 'pages'].includes(extension)) {
    return 'is a Word document or another archive; save it as PDF or plain text first';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]) || extension === 'doc') {
    return 'is an old Word document; save it as PDF or plain text first';
  }
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38])
  ) {
    return 'is an image; paste the posting as text instead';
  }
  return null;
}

/** Decodes text bytes: UTF-16 when a byte-order mark says so, UTF-8 otherwise. */
function decode(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

/** True for text that is really binary data: NUL bytes, or many control or undecodable characters. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let odd = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code === 0) return true;
    // Control characters other than tab, line feed, form feed and carriage return; U+FFFD.
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127)
      odd++;
    else if (code === 0xfffd) odd++;
  }
  return odd / sample.length > 0.02;
}

/**
 * Checks text a person pasted (or that came out of a file): not empty, not binary, not over the
 * size limit. Returns the problem as a sentence fragment ("is empty"), or null when it is fine.
 */
export function postingTextProblem(text: string): string | null {
  if (looksBinary(text)) return 'looks like a binary file, not text';
  if (text.trim() === '') return 'is empty';
  if (new TextEncoder().encode(text).length > MAX_TEXT_BYTES) {
    return `has more than ${MAX_TEXT_BYTES / 1024} KB of text; a job posting is far shorter`;
  }
  return null;
}

/**
 * The text of a posting file: PDF by its %PDF header (or .pdf name), HTML by its name, MIME
 * type or tags, otherwise plain text or Markdown. Async because reading a PDF is. Problems
 * (empty, too big, binary, unreadable PDF, no text layer) come back as `{ ok: false, problem }`,
 * never as an exception; `problem` reads after the file's name ("report.pdf is empty").
 */
export async function extractPostingText(
  bytes: Uint8Array,
  source: PostingSource = {},
): Promise<ExtractResult> {
  if (bytes.length === 0) return { ok: false, problem: 'is empty' };
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, problem: `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  }
  const extension = /\.([a-z0-9]+)$/i.exec(source.filename ?? '')?.[1]?.toLowerCase() ?? '';
  const contentType = (source.contentType ?? '').toLowerCase();

  const pdfAt = pdfHeaderAt(bytes);
  if (pdfAt >= 0) return readPdf(bytes.subarray(pdfAt));
  if (extension === 'pdf' || contentType.includes('application/pdf')) {
    return { ok: false, problem: 'is not a valid PDF (no %PDF header)' };
  }
  const unsupported = unsupportedBinary(bytes, extension);
  if (unsupported) return { ok: false, problem: unsupported };

  const raw = decode(bytes);
  if (looksBinary(raw)) return { ok: false, problem: 'looks like a binary file, not text' };
  const html =
    ['html', 'htm', 'xhtml'].includes(extension) ||
    contentType.includes('html') ||
    (extension !== 'md' && extension !== 'markdown' && looksLikeHtml(raw));
  const text = html ? htmlToText(raw) : raw;
  const problem = postingTextProblem(text);
  if (problem)
    return { ok: false, problem: html && problem === 'is empty' ? 'has no text' : problem };
  const format: PostingFormat = html
    ? 'html'
    : extension === 'md' || extension === 'markdown'
      ? 'markdown'
      : 'text';
  return { ok: true, text, format };
}

async function readPdf(bytes: Uint8Array): Promise<ExtractResult> {
  let text: string;
  try {
    const { pdfToText } = await import('./pdf.js');
    text = await pdfToText(bytes);
  } catch (error) {
    const reason = (error as Error).message?.split('\n')[0] ?? 'unknown error';
    return { ok: false, problem: `could not be read as a PDF (${reason})` };
  }
  if (text.trim() === '') {
    return {
      ok: false,
      problem: 'has no text layer (a scanned image?); paste the posting as text instead',
    };
  }
  const problem = postingTextProblem(text);
  return problem ? { ok: false, problem } : { ok: true, text, format: 'pdf' };
}
