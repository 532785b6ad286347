// The edit behind "disable <id> for this line": a `disable-next-line` comment above the flagged
// line with the same indentation, or the id added to such a comment already there.
import { DeviceModel } from './model/types';
import { insertLineBefore } from './rules/lib/edits';
import { Finding, TextEdit, range } from './types';

export function suppressionEdit(model: DeviceModel, f: Finding): TextEdit {
  const lines = model.lines;
  const line = f.range.start.line;
  const prev = line > 0 ? lines.line(line - 1) : '';
  const m = /^(\s*!\s*cisco-license-lint-disable-next-line\s+)(.*?)(\s+--\s.*)?\s*$/.exec(prev);
  if (m && m[2].trim()) {
    const ids = m[2].split(/[\s,]+/).filter(Boolean);
    if (!ids.includes(f.ruleId)) {
      const start = m[1].length;
      const end = start + m[2].length;
      return { range: range(line - 1, start, end), newText: [...ids, f.ruleId].join(', ') };
    }
  }
  const text = lines.line(line).replace(/^\uFEFF/, '');
  const indent = /^[ \t]*/.exec(text)![0];
  return insertLineBefore(lines, line, `${indent}! cisco-license-lint-disable-next-line ${f.ruleId}`);
}
