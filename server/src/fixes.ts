// Applying edits to text: for fix-all, the CLI's --fix and the tests. Edits that overlap an
// earlier one are skipped (applied on the next pass), as ESLint does.
import { TextLines } from './parse/lines';
import { Position, TextEdit } from './types';

function offsetOf(lines: TextLines, p: Position): number {
  const line = Math.min(p.line, lines.count - 1);
  if (p.line >= lines.count) return lines.text.length;
  // Positions on line 0 are counted after a byte order mark, as editors show the line (and as the
  // parsers place findings): an edit at character 0 goes after the mark, never before it.
  const start = lines.starts[line] + (line === 0 ? lines.bomLength : 0);
  return Math.min(start + p.character, lines.ends[line] + (lines.eolOf(line).length));
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

/**
 * Applies whole fixes: a fix whose edits would overlap an edit already taken is left out entirely
 * (never half-applied) and returned for the next pass. Returns the indexes of the fixes applied.
 */
export function applyFixes(text: string, fixes: { edits: TextEdit[] }[]): { text: string; applied: number[] } {
  const chosen = chooseDisjoint(text, fixes);
  const edits = chosen.flatMap((i) => fixes[i].edits);
  return { text: applyEdits(text, edits).text, applied: chosen };
}

/** The fixes (by index, in order) that can be applied together: none overlaps an earlier one's edits. */
export function chooseDisjoint(text: string, fixes: { edits: TextEdit[] }[]): number[] {
  const lines = new TextLines(text);
  const taken: { start: number; end: number }[] = [];
  const chosen: number[] = [];
  const clash = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end || (a.start === b.start && (a.start === a.end || b.start === b.end));
  fixes.forEach((fix, i) => {
    const spans = fix.edits.map((e) => ({ start: offsetOf(lines, e.range.start), end: offsetOf(lines, e.range.end) }));
    if (spans.some((s) => taken.some((t) => clash(s, t)))) return;
    taken.push(...spans);
    chosen.push(i);
  });
  return chosen;
}
