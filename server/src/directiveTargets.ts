// A `disable-next-line` comment speaks for the line below it. A fix that inserts a line right under
// such a comment (`service call-home` before `call-home`, a `vrf` line before the first profile) would
// make the new line its target, and the finding it silenced would come back after `--fix` (issue
// 12.7). Such insertions go above the comment, or above a stack of them, instead: the inserted line
// lands in the same block and the comment keeps its line.
import { Finding } from './types';
import { Directive } from './suppression';

export function keepDirectiveTargets(findings: Finding[], directives: readonly Directive[]): void {
  const nextLine = new Set<number>();
  for (const d of directives) if (d.kind === 'disable-next-line') nextLine.add(d.comment.line);
  if (nextLine.size === 0) return;
  for (const f of findings) {
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        const { start, end } = e.range;
        // Whole-line insertions only: an empty range at a line's start whose text ends a line.
        if (start.character !== 0 || end.line !== start.line || end.character !== 0 || !/(?:\r\n|\r|\n)$/.test(e.newText)) continue;
        let line = start.line;
        while (nextLine.has(line - 1)) line--;
        if (line !== start.line) e.range = { start: { line, character: 0 }, end: { line, character: 0 } };
      }
    }
  }
}
