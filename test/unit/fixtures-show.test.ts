// test/fixtures/README.md is a contract for the show-output fixtures: "expected" lists every rule
// that must fire (with its default severity), no other rule may fire, and "silent" means no finding.
// Rules not registered yet are reported as todo, as examples.test.ts does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { decode } from '../../server/src/readText';
import { rulesById } from '../../server/src/rules';

const DIR = join(__dirname, '..', 'fixtures');

function contract(): { file: string; rules: { id: string; severity: string }[] }[] {
  const out: { file: string; rules: { id: string; severity: string }[] }[] = [];
  let folder = '';
  for (const line of readFileSync(join(DIR, 'README.md'), 'utf8').split('\n')) {
    const heading = /^## `([^`]+)\/`/.exec(line);
    if (heading) folder = heading[1];
    if (folder !== 'show') continue;
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
    const file = /^`([^`]+\.txt)`$/.exec(cells[1] ?? '');
    if (!file) continue;
    const rules: { id: string; severity: string }[] = [];
    const re = /`([a-z0-9-]+)`\s*\((error|warning|info|hint)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(cells[3] ?? ''))) rules.push({ id: m[1], severity: m[2] });
    out.push({ file: `show/${file[1]}`, rules });
  }
  return out;
}

describe('show fixtures contract (test/fixtures/README.md)', () => {
  const rows = contract();
  it('lists the show fixtures', () => assert.ok(rows.length >= 15, `${rows.length} rows`));
  for (const row of rows) {
    const pending = row.rules.filter((r) => !rulesById.has(r.id)).map((r) => r.id);
    it(row.file, { todo: pending.length ? `rules not registered yet: ${pending.join(', ')}` : false }, () => {
      const { findings } = lint(decode(readFileSync(join(DIR, row.file))).text);
      const expected = new Set(row.rules.map((r) => r.id));
      assert.deepEqual(findings.filter((f) => !expected.has(f.ruleId)).map((f) => `${f.ruleId} ${f.severity} ${f.range.start.line}: ${f.message}`), [], 'no other rule may fire');
      for (const r of row.rules) {
        if (!rulesById.has(r.id)) continue;
        const mine = findings.filter((f) => f.ruleId === r.id);
        assert.ok(mine.some((f) => f.severity === r.severity), `${r.id} should fire at ${r.severity}; got ${mine.map((f) => f.severity).join(', ') || 'nothing'}`);
      }
    });
  }
  it('crlf-show-license-all.txt: the finding sits on the reason line (line 10)', () => {
    const { findings } = lint(decode(readFileSync(join(DIR, 'show', 'crlf-show-license-all.txt'))).text);
    assert.equal(findings.find((f) => f.ruleId === 'registration-failed')?.range.start.line, 10);
  });
});
