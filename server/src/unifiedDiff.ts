// The unified diff of `--fix-dry-run`, in the form `git diff` prints and `git apply` and `patch -p1`
// take. The line diff and hunks are jsdiff's; the file headers follow git: a name holding `"`, `\`,
// a control character or a non-ASCII byte is C-quoted ("a/caf\303\251.cfg"), and a name holding a
// space ends its header line with a tab, which GNU patch reads as the end of the name (issue 20.12).
import { structuredPatch } from 'diff';

const C_ESCAPES: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 34: '"', 92: '\\' };

/** git's quote_c_style with core.quotePath on: the name as is, or in double quotes with escapes. */
export function gitQuote(name: string): string {
  const bytes = Buffer.from(name, 'utf8');
  if (!bytes.some((b) => b < 0x20 || b === 0x22 || b === 0x5c || b >= 0x7f)) return name;
  let out = '"';
  for (const b of bytes) {
    if (C_ESCAPES[b]) out += `\\${C_ESCAPES[b]}`;
    else if (b < 0x20 || b >= 0x7f) out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(b);
  }
  return out + '"';
}

/** The text's lines, each with its LF (the only line break diff and patch know). */
function linesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
    out.push(text.slice(start, nl + 1));
    start = nl + 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** `--- a/<name>` / `+++ b/<name>` as git writes them. */
function header(marker: '---' | '+++', prefix: 'a/' | 'b/', name: string): string {
  return `${marker} ${gitQuote(prefix + name)}${name.includes(' ') ? '\t' : ''}\n`;
}

/**
 * The diff turning `before` into `after` ('' when equal). `name` is the path the patch names, with
 * `/` separators, relative to the folder the patch is applied in. Lines keep their own endings, so a
 * patch of a CRLF file applies to that file; a last line without one gets the "\ No newline" marker.
 */
export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  // A fix changes a few lines of what may be a capture of millions: jsdiff gets only the lines from
  // the first difference to the last, with their context, and its line numbers are shifted back.
  const a = linesOf(before);
  const b = linesOf(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const skip = Math.max(0, head - context);
  const keepTail = Math.max(0, tail - context);
  const { hunks } = structuredPatch(name, name, a.slice(skip, a.length - keepTail).join(''), b.slice(skip, b.length - keepTail).join(''), undefined, undefined, { context });
  let out = header('---', 'a/', name) + header('+++', 'b/', name);
  for (const h of hunks) {
    h.oldStart += skip;
    h.newStart += skip;
    // A count of one is left out, as diff -u and git print it; an empty side is numbered by the line before it.
    const span = (start: number, count: number) => (count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`);
    out += `@@ -${span(h.oldStart, h.oldLines)} +${span(h.newStart, h.newLines)} @@\n`;
    for (const l of h.lines) out += `${l}\n`;
  }
  return out;
}
