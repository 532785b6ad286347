// Applying edits to text: for fix-all, the CLI's --fix and the tests. Edits that overlap an
// earlier one are skipped (applied on the next pass), as ESLint does.
import { TextLines } from './parse/lines';
import { Position, TextEdit } from './types';

function offsetOf(lines: TextLines, p: Position): number {
  const line = Math.min(p.line, lines.count - 1);
  if (p.line >= lines.count) return lines.text.length;
  return Math.min(lines.starts[line] + p.character, lines.ends[line] + (lines.eolOf(line).length));
}

export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: number } {
  if (edits.length === 0) return { text, applied: 0 };
  const lines = new TextLines(text);
  const resolved = edits
    .map((e) => ({ start: offsetOf(lines, e.range.start), end: offsetOf(lines, e.range.end), text: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  let applied = 0;
  for (const e of resolved) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
    applied++;
  }
  out += text.slice(pos);
  return { text: out, applied };
}
