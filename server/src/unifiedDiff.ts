// A unified diff (what `diff -u` and `git diff` print) for `--fix-dry-run`: Myers' O((N+M)·D)
// line diff, hunks with three lines of context. Lines keep their own line endings, so a patch of a
// CRLF file applies to that file; a last line without one gets the usual "\ No newline" marker.

/** Splits after each line ending (LF, CRLF or a lone CR), keeping it with its line. */
export function splitLinesKeepEnds(text: string): string[] {
  const out: string[] = [];
  const re = /\r\n|\n|\r/g;
  let pos = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(text.slice(pos, m.index + m[0].length));
    pos = m.index + m[0].length;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}

export type Op = ' ' | '-' | '+';

/** The edit script between a and b as a list of kept, removed and added lines. */
export function diffLines(a: string[], b: string[]): { op: Op; line: string }[] {
  // Common head and tail first: a fix changes a few lines of a long file.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const middle = myers(x, y);
  return [
    ...a.slice(0, head).map((line) => ({ op: ' ' as Op, line })),
    ...middle,
    ...a.slice(a.length - tail).map((line) => ({ op: ' ' as Op, line })),
  ];
}

function myers(a: string[], b: string[]): { op: Op; line: string }[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  // trace[d] holds the furthest x reached on diagonals -d..d after d edits (only those: O(D²) memory).
  const trace: Int32Array[] = [];
  let v = new Int32Array(3);
  v[1] = 0;
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    const next = new Int32Array(2 * d + 3);
    const get = (arr: Int32Array, dd: number, k: number) => arr[k + dd + 1];
    for (let k = -d; k <= d; k += 2) {
      let xPos: number;
      const prevD = d - 1;
      if (d === 0) xPos = 0;
      else if (k === -d || (k !== d && get(v, prevD, k - 1) < get(v, prevD, k + 1))) xPos = get(v, prevD, k + 1);
      else xPos = get(v, prevD, k - 1) + 1;
      let yPos = xPos - k;
      while (xPos < n && yPos < m && a[xPos] === b[yPos]) {
        xPos++;
        yPos++;
      }
      next[k + d + 1] = xPos;
      if (xPos >= n && yPos >= m) {
        found = d;
        break;
      }
    }
    trace.push(next);
    v = next;
  }
  // Walk back from (n, m) through the stored frontiers.
  const ops: { op: Op; line: string }[] = [];
  let xPos = n;
  let yPos = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1];
    const get = (k: number) => prev[k + (d - 1) + 1];
    const k = xPos - yPos;
    const down = k === -d || (k !== d && get(k - 1) < get(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = get(prevK);
    const prevY = prevX - prevK;
    while (xPos > prevX && yPos > prevY) {
      ops.push({ op: ' ', line: a[--xPos] });
      yPos--;
    }
    if (down) ops.push({ op: '+', line: b[--yPos] });
    else ops.push({ op: '-', line: a[--xPos] });
  }
  while (xPos > 0 && yPos > 0) {
    ops.push({ op: ' ', line: a[--xPos] });
    yPos--;
  }
  return ops.reverse();
}

function body(op: Op, line: string): string {
  const ended = /(\r\n|\n|\r)$/.test(line);
  return op + line + (ended ? '' : '\n\\ No newline at end of file\n');
}

/**
 * `--- a/<path>` / `+++ b/<path>` and the hunks turning `before` into `after` ('' when equal). The
 * a/ b/ prefixes are git's, so `git apply` (and `patch -p1`) take the output as it is.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(splitLinesKeepEnds(before), splitLinesKeepEnds(after));
  const changed = ops.map((o, i) => (o.op === ' ' ? -1 : i)).filter((i) => i >= 0);
  // Group changes whose contexts touch into one hunk.
  const groups: { from: number; to: number }[] = [];
  for (const i of changed) {
    const last = groups[groups.length - 1];
    if (last && i - last.to <= 2 * context + 1) last.to = i;
    else groups.push({ from: i, to: i });
  }
  const name = path.split('\\').join('/');
  let out = `--- a/${name}\n+++ b/${name}\n`;
  // Line numbers of each op in the old and new text.
  const oldLine: number[] = [];
  const newLine: number[] = [];
  let o = 1;
  let nw = 1;
  for (const op of ops) {
    oldLine.push(o);
    newLine.push(nw);
    if (op.op !== '+') o++;
    if (op.op !== '-') nw++;
  }
  for (const g of groups) {
    const from = Math.max(0, g.from - context);
    const to = Math.min(ops.length - 1, g.to + context);
    const slice = ops.slice(from, to + 1);
    const oldCount = slice.filter((x) => x.op !== '+').length;
    const newCount = slice.filter((x) => x.op !== '-').length;
    // An empty side is numbered by the line before it, as diff -u does.
    const oldStart = oldCount ? oldLine[from] : oldLine[from] - 1;
    const newStart = newCount ? newLine[from] : newLine[from] - 1;
    // A count of one is left out, as diff -u and git print it.
    const span = (start: number, count: number) => (count === 1 ? `${start}` : `${start},${count}`);
    out += `@@ -${span(oldStart, oldCount)} +${span(newStart, newCount)} @@\n`;
    for (const x of slice) out += body(x.op, x.line);
  }
  return out;
}
