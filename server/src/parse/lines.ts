// Text -> lines. Keeps every line ending as found (LF, CRLF, lone CR) so fixes can write
// the file back with its own endings, and never copies the text: lines are offsets into it.

export type Eol = '\n' | '\r\n' | '\r' | '';

const BOM = 0xfeff;

export class TextLines {
  readonly text: string;
  /** Offset where each line starts. */
  readonly starts: number[] = [];
  /** Offset where each line's content ends (before its line ending). */
  readonly ends: number[] = [];
  /** Line ending most used in the text; what inserted lines get. */
  readonly eol: Eol;
  /** Character where line 0's content begins: 1 when the text starts with a byte order mark. */
  readonly bomLength: number;

  constructor(text: string) {
    this.text = text;
    this.bomLength = text.charCodeAt(0) === BOM ? 1 : 0;
    const starts = this.starts;
    const ends = this.ends;
    let crlf = 0;
    let lf = 0;
    let cr = 0;
    if (text.indexOf('\r') < 0) {
      // Fast path for the common case: indexOf is far quicker than a per-character loop.
      let pos = 0;
      for (;;) {
        const nl = text.indexOf('\n', pos);
        starts.push(pos);
        if (nl < 0) {
          ends.push(text.length);
          break;
        }
        ends.push(nl);
        lf++;
        pos = nl + 1;
      }
    } else {
      let pos = 0;
      const n = text.length;
      starts.push(0);
      while (pos < n) {
        const c = text.charCodeAt(pos);
        if (c === 10) {
          ends.push(pos);
          lf++;
          pos++;
          starts.push(pos);
        } else if (c === 13) {
          ends.push(pos);
          if (text.charCodeAt(pos + 1) === 10) {
            crlf++;
            pos += 2;
          } else {
            cr++;
            pos++;
          }
          starts.push(pos);
        } else {
          pos++;
        }
      }
      ends.push(n);
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
