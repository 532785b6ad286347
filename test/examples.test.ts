// examples/README.md is a contract: each file lists the rules that must fire (with the severity of
// their main finding), no other rule may fire, and "none" means no finding at all. Rules that are
// not registered yet are reported as todo rather than passing silently.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine';
import { decode } from '../server/src/readText';
import { rulesById } from '../server/src/rules';

const DIR = join(__dirname, '..', 'examples');

interface Expectation {
  file: string;
  rules: { id: string; severity: string }[];
}

function contract(): Expectation[] {
  const out: Expectation[] = [];
  for (const line of readFileSync(join(DIR, 'README.md'), 'utf8').split('\n')) {
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
    if (cells.length < 5) continue;
    const file = /^`([^`]+\.(?:cfg|txt))`$/.exec(cells[1]);
    if (!file) continue;
    const expected = cells[3];
    const rules: Expectation['rules'] = [];
    if (expected !== 'none') {
      const re = /`([a-z0-9-]+)`\s*\((error|warning|info|hint)/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(expected))) rules.push({ id: m[1], severity: m[2] });
    }
    out.push({ file: file[1], rules });
  }
  return out;
}

describe('examples contract (examples/README.md)', () => {
  const expectations = contract();
  it('the contract lists every example', () => assert.ok(expectations.length >= 50, `${expectations.length} rows`));
  for (const e of expectations) {
    const pending = e.rules.filter((r) => !rulesById.has(r.id)).map((r) => r.id);
    it(e.file, { todo: pending.length ? `rules not registered yet: ${pending.join(', ')}` : false }, () => {
      const { findings } = lint(decode(readFileSync(join(DIR, e.file))).text);
      const expectedIds = new Set(e.rules.map((r) => r.id));
      const unexpected = findings.filter((f) => !expectedIds.has(f.ruleId));
      assert.deepEqual(unexpected.map((f) => `${f.ruleId} ${f.severity} ${f.range.start.line + 1}: ${f.message}`), [], 'no other rule may fire');
      for (const r of e.rules) {
        if (!rulesById.has(r.id)) continue;
        const mine = findings.filter((f) => f.ruleId === r.id);
        assert.ok(mine.some((f) => f.severity === r.severity), `${r.id} should fire at ${r.severity}; got ${mine.map((f) => f.severity).join(', ') || 'nothing'}`);
      }
    });
  }
});
