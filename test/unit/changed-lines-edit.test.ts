// The editor's fix-all sends the result of the CLI's fix passes as one edit over the changed lines
// (issue 20.13): applying it must give exactly the fixed text, and it must never start or end
// inside a CRLF.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/fixes';
import { changedLinesEdit } from '../../server/src/lsp/codeActions';

const cases: [string, string, string][] = [
  ['one line in the middle, LF', 'a\nhttp.//x\nc\n', 'a\nhttps://x\nc\n'],
  ['CRLF', 'a\r\nhttp.//x\r\nc\r\n', 'a\r\nhttps://x\r\nc\r\n'],
  ['a line inserted after a CRLF line', 'a\r\nb\r\n', 'a\r\nnew\r\nb\r\n'],
  ['lone CR', 'a\rb\rc', 'a\rB\rc'],
  ['first line, text starting with a line break', '\nx\n', '\ny\n'],
  ['at the very start', 'x\ny', 'z\ny'],
  ['at the end without a final break', 'x\ny', 'x\nyy'],
  ['astral characters around the change', '😀a\n😀b\n', '😀a\n😀c\n'],
  ['identical', 'same\n', 'same\n'],
];

describe('changedLinesEdit', () => {
  for (const [name, before, after] of cases) {
    it(name, () => {
      const edits = changedLinesEdit(before, after);
      assert.equal(applyEdits(before, edits).text, after);
      if (before === after) assert.deepEqual(edits, []);
      for (const e of edits) {
        // Whole lines: the edit starts at a line start and ends at a line end of the original.
        const lines = before.split(/\r\n|\r|\n/);
        assert.equal(e.range.start.character, 0);
        assert.equal(e.range.end.character, lines[e.range.end.line].length);
      }
    });
  }
});
