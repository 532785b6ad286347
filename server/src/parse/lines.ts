// Text -> lines. Keeps every line ending as found (LF, CRLF, lone CR) so fixes can write
// the file back with its own endings, and never copies the text: lines are offsets into it.

import { LineIndex, lineFeedIndex } from '../strayScan';

export type Eol = '\n' | '\r\n' | '\r' | '';

const BOM = 0xfeff;

export class TextLines {
  readonly text: string;
  /** Offset where each line starts (typed arrays: a 50 MiB capture has a million lines, kept off the GC'd heap). */
  readonly starts: Int32Array;
  /** Offset where each line's content ends (before its line ending). */
  readonly ends: Int32Array;
  /** Line ending most used in the text; what inserted lines get. */
  readonly eol: Eol;
  /** Character where line 0's content begins: 1 when the text starts with a byte order mark. */
  readonly bomLength: number;

  /**
   * `scanChunk`: characters the WebAssembly line index copies at a time (tests); 0 keeps to the
   * JavaScript walk. `index`: the line index of this very text, already made (scanText() in lint()).
   */
  constructor(text: string, scanChunk?: number, index?: LineIndex | null) {
    this.text = text;
    this.bomLength = text.charCodeAt(0) === BOM ? 1 : 0;
    let crlf = 0;
    let lf = 0;
    let cr = 0;
    // Text whose lines end in LF or CR LF (nearly all) is indexed by a WebAssembly SIMD loop
    // (strayScan.ts), which answers exactly as the walks below. Otherwise indexOf, far quicker than a
    // per-character loop: LF-only text is walked once, the line starts going into a buffer sized from
    // a guess at the line length and grown when short, then copied to its exact length (a copy costs
    // far less than a second walk).
    if (!index && scanChunk !== 0) index = lineFeedIndex(text, scanChunk);
    let nextCr = index ? -1 : text.indexOf('\r');
    if (index) {
      this.starts = index.starts;
      this.ends = index.ends;
      crlf = index.crlf;
      lf = index.starts.length - 1 - crlf;
    } else if (nextCr < 0) {
      let buffer = new Int32Array(Math.max(1024, (text.length >> 5) + 1));
      let pos = 0;
      let count = 0;
      for (;;) {
        if (count === buffer.length) {
          const grown = new Int32Array(buffer.length * 2);
          grown.set(buffer);
          buffer = grown;
        }
        buffer[count++] = pos;
        const nl = text.indexOf('\n', pos);
        if (nl < 0) break;
        pos = nl + 1;
      }
      lf = count - 1;
      const starts = (this.starts = buffer.slice(0, count));
      const ends = (this.ends = new Int32Array(count));
      // A line ends one character before the next starts (its LF); the last at the text's end.
      for (let i = 0; i < lf; i++) ends[i] = starts[i + 1] - 1;
      ends[lf] = text.length;
    } else {
      // LF, CRLF and lone CR: walk the next CR and the next LF together.
      let nextLf = text.indexOf('\n');
      const firstCr = nextCr;
      const firstLf = nextLf;
      while (nextCr >= 0 || nextLf >= 0) {
        if (nextLf < 0 || (nextCr >= 0 && nextCr < nextLf)) {
          if (nextLf === nextCr + 1) {
            crlf++;
            nextLf = text.indexOf('\n', nextLf + 1);
          } else cr++;
          nextCr = text.indexOf('\r', nextCr + 1);
        } else {
          lf++;
          nextLf = text.indexOf('\n', nextLf + 1);
        }
      }
      const count = crlf + lf + cr + 1;
      const starts = (this.starts = new Int32Array(count));
      const ends = (this.ends = new Int32Array(count));
      nextCr = firstCr;
      nextLf = firstLf;
      let i = 0;
      while (nextCr >= 0 || nextLf >= 0) {
        if (nextLf < 0 || (nextCr >= 0 && nextCr < nextLf)) {
          ends[i] = nextCr;
          if (nextLf === nextCr + 1) {
            starts[++i] = nextLf + 1;
            nextLf = text.indexOf('\n', nextLf + 1);
          } else starts[++i] = nextCr + 1;
          nextCr = text.indexOf('\r', nextCr + 1);
        } else {
          ends[i] = nextLf;
          starts[++i] = nextLf + 1;
          nextLf = text.indexOf('\n', nextLf + 1);
        }
      }
      ends[i] = text.length;
    }
    this.eol = crlf >= lf && crlf >= cr && crlf > 0 ? '\r\n' : cr > lf ? '\r' : '\n';
  }

  get count(): number {
    return this.starts.length;
  }

  /** The line's content without its line ending (a leading BOM is kept: positions count it). */
  line(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  length(i: number): number {
    return this.ends[i] - this.starts[i];
  }

  /** The ending that follows line i ('' for the last line when the text does not end with one). */
  eolOf(i: number): Eol {
    const e = this.ends[i];
    if (e >= this.text.length) return '';
    return this.text.charCodeAt(e) === 13 ? (this.text.charCodeAt(e + 1) === 10 ? '\r\n' : '\r') : '\n';
  }

  /** The line number holding an offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
