// unifiedDiff (jsdiff underneath) against a real consumer: for random before/after texts with LF,
// CRLF, lone CR and missing final newlines, GNU patch turns `before` into exactly `after`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { gitQuote, unifiedDiff } from '../../server/src/unifiedDiff';

const hasPatch = !spawnSync('patch', ['--version']).error;

describe('unifiedDiff', () => {
  it('quotes names as git does', () => {
    assert.equal(gitQuote('a/sw 1.cfg'), 'a/sw 1.cfg');
    assert.equal(gitQuote('a/café'), '"a/caf\\303\\251"');
    assert.equal(gitQuote('a/x"y\\z\t\n\u0001\u007f'), '"a/x\\"y\\\\z\\t\\n\\001\\177"');
  });

  it('numbers an empty side by the line before it, and leaves counts of one out', () => {
    assert.equal(unifiedDiff('f', 'a\nb\n', 'a\n', 0), '--- a/f\n+++ b/f\n@@ -2 +1,0 @@\n-b\n');
    assert.equal(unifiedDiff('f', '', 'x\n'), '--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n');
    assert.equal(unifiedDiff('f', 'same', 'same'), '');
  });

  it('GNU patch applies it exactly', { skip: hasPatch ? false : 'no patch on this machine' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'cll-udiff-'));
    try {
      const line = fc.constantFrom('a', 'b', 'c', ' profile "CiscoTAC-1"', '', 'x y');
      const ending = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
      const text = fc.array(fc.tuple(line, ending), { maxLength: 25 }).chain((ls) =>
        fc.boolean().map((cut) => {
          const t = ls.map(([l, e]) => l + e).join('');
          return cut ? t.replace(/(\r\n|\n|\r)$/, '') : t;
        }));
      fc.assert(fc.property(text, text, (before, after) => {
        fc.pre(before !== after);
        writeFileSync(join(dir, 'f.cfg'), before);
        const p = spawnSync('patch', ['-p1', '--batch', '--silent', '--no-backup-if-mismatch'], { cwd: dir, input: unifiedDiff('f.cfg', before, after) });
        assert.equal(p.status, 0, `${p.stdout}${p.stderr}`);
        assert.equal(readFileSync(join(dir, 'f.cfg'), 'latin1'), Buffer.from(after).toString('latin1'));
      }), { numRuns: 80 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
