// JSON reports handed out line by line. A JSON report of a 200 MB capture is longer than the
// longest string V8 can hold (2^29 - 24 characters): JSON.stringify of it throws "Invalid string
// length" after the whole lint was done.

/**
 * The lines of `JSON.stringify(value, null, 2)`, each passed to `line` without its newline.
 * Plain data only (what the CLI reports): no toJSON, no cycles. An iterable other than an array
 * (a generator) is written as an array, so a report need not hold a second copy of its findings.
 */
export function jsonLines(value: unknown, line: (s: string) => void): void {
  let current = '';
  const newline = (indent: string) => {
    line(current);
    current = indent;
  };
  const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  const walk = (v: unknown, indent: string): void => {
    if (v !== null && typeof v === 'object' && Symbol.iterator in v) {
      const inner = indent + '  ';
      let first = true;
      current += '[';
      for (const x of v as Iterable<unknown>) {
        if (!first) current += ',';
        first = false;
        newline(inner);
        if (omitted(x)) current += 'null';
        else walk(x, inner);
      }
      if (first) {
        current += ']';
        return;
      }
      newline(indent);
      current += ']';
      return;
    }
    if (v !== null && typeof v === 'object') {
      const inner = indent + '  ';
      let first = true;
      current += '{';
      for (const [k, x] of Object.entries(v)) {
        if (omitted(x)) continue;
        if (!first) current += ',';
        first = false;
        newline(inner);
        current += `${JSON.stringify(k)}: `;
        walk(x, inner);
      }
      if (first) {
        current += '}';
        return;
      }
      newline(indent);
      current += '}';
      return;
    }
    current += JSON.stringify(v);
  };
  walk(value, '');
  line(current);
}
