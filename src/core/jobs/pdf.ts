/**
 * Reading the text layer of a PDF with pdfjs-dist's legacy build, in Node with no worker thread
 * (pdfjs runs its "fake worker" in this process) and no canvas: text extraction needs neither.
 */

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * A minimal 2-D DOMMatrix. pdfjs creates one when its module loads (for rendering, which we never
 * do); Node has no DOMMatrix and the optional @napi-rs/canvas package that would provide it may
 * be absent, so without this the import itself would throw.
 */
class MinimalDOMMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: number[]) {
    if (Array.isArray(init) && init.length >= 6) {
      [this.a, this.b, this.c, this.d, this.e, this.f] = init as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
    }
  }
  multiplySelf(other: MinimalDOMMatrix): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * other.a + c * other.b;
    this.b = b * other.a + d * other.b;
    this.c = a * other.c + c * other.d;
    this.d = b * other.c + d * other.d;
    this.e = a * other.e + c * other.f + e;
    this.f = b * other.e + d * other.f + f;
    return this;
  }
  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf(new MinimalDOMMatrix([1, 0, 0, 1, x, y]));
  }
  scaleSelf(x = 1, y = x): this {
    return this.multiplySelf(new MinimalDOMMatrix([x, 0, 0, y, 0, 0]));
  }
  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (det === 0) return this;
    this.a = d / det;
    this.b = -b / det;
    this.c = -c / det;
    this.d = a / det;
    this.e = (c * f - d * e) / det;
    this.f = (b * e - a * f) / det;
    return this;
  }
}

let loading: Promise<PdfJs> | undefined;

/** Loads pdfjs once, quietly: its notices about the missing canvas package are not for users. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const scope = globalThis as { DOMMatrix?: unknown };
    if (typeof scope.DOMMatrix === 'undefined') scope.DOMMatrix = MinimalDOMMatrix;
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith('Warning: Cannot')) return;
      warn(...args);
    };
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.warn = warn;
    }
  })();
  return loading;
}

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

/** Joins a line that wraps mid-sentence with the next (lowercase after a word or comma). */
const joinWrappedLines = (text: string) =>
  text.replace(/([\p{Ll},])[ \t]*\n(?=[ \t]*\p{Ll})/gu, '$1 ');

/**
 * The text of every page, lines kept (a line break where pdfjs marks one or where the baseline
 * moves), pages separated by an empty line. Throws when the bytes are not a readable PDF.
 */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      let lastY: number | undefined;
      for (const item of content.items as TextItem[]) {
        if (typeof item.str !== 'string') continue;
        const y = item.transform?.[5];
        if (
          lastY !== undefined &&
          y !== undefined &&
          Math.abs(y - lastY) > 2 &&
          !text.endsWith('\n')
        ) {
          text += '\n';
        }
        text += item.str;
        if (item.hasEOL) text += '\n';
        if (y !== undefined) lastY = y;
      }
      pages.push(joinWrappedLines(text));
      page.cleanup();
    }
    return pages.join('\n\n');
  } finally {
    await task.destroy();
  }
}
