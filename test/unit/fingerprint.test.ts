// Content fingerprints (baseline, SARIF partialFingerprints, GitLab): independent of line numbers,
// indentation and rule order; distinct for identical lines; fine with hundreds of thousands of findings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fingerprints, normaliseLine } from '../../server/src/cli/fingerprint';
import { Finding } from '../../server/src/types';

const at = (ruleId: string, line: number, character = 0): Finding => ({
  ruleId, severity: 'warning', message: 'm', fixes: [], range: { start: { line, character }, end: { line, character: character + 1 } },
});

describe('fingerprints', () => {
  it('ignore the line number, indentation and blanks, not the content or the rule', () => {
    const [a] = fingerprints('x\n  destination address http http://h/\n', [at('r', 1)]);
    const [b] = fingerprints('x\ny\nz\r\ndestination   address http http://h/ \t', [at('r', 3)]);
    const [c] = fingerprints('destination address http https://h/', [at('r', 0)]);
    const [d] = fingerprints('destination address http http://h/', [at('other', 0)]);
    assert.equal(a, b);
    assert.notEqual(a, c);
    assert.notEqual(a, d);
    assert.equal(normaliseLine('\t a  b \r'), 'a b');
  });

  it('identical lines get their occurrence index, in position order whatever the findings\' order', () => {
    const text = 'same\nother\nsame\n';
    const forward = fingerprints(text, [at('r', 0), at('r', 2)]);
    const backward = fingerprints(text, [at('r', 2), at('r', 0)]);
    assert.notEqual(forward[0], forward[1]);
    assert.deepEqual(backward, [forward[1], forward[0]]);
    // Lone CR line breaks count as LSP counts them; a line past the end is empty, not an error.
    assert.deepEqual(fingerprints('same\rother\rsame', [at('r', 0), at('r', 2)]), forward);
    assert.equal(fingerprints('a', [at('r', 9)]).length, 1);
  });

  it('300,000 findings in one text (no argument-list limit)', () => {
    const n = 300_000;
    const text = Array.from({ length: n }, (_, i) => `line ${i % 10}`).join('\n');
    const fp = fingerprints(text, Array.from({ length: n }, (_, i) => at('r', i)));
    assert.equal(new Set(fp).size, n);
  });
});
