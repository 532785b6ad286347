// Issue 15.2: a finding's hover fits one screen. The editor shows the diagnostic's message above the
// hover, so the hover does not repeat it; it says what the device does, gives the line to type and
// one "Rule documentation" link per finding; keyword documentation only on lines without a finding.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { hoverAt } from '../../server/src/hover';
import { commandDocs } from '../../server/src/docs/commands';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
/** Per finding on a line: Monaco's hover shows about 30 lines of this width without scrolling. */
const MAX_CHARS_PER_FINDING = 1200;
const MAX_LINES_PER_FINDING = 24;

describe('diagnostic hover (issue 15.2)', () => {
  const cases = readdirSync(EXAMPLES).filter((n) => !n.endsWith('.md')).map((n) => ({ name: n, result: lint(readFileSync(join(EXAMPLES, n), 'utf8')) }));

  it('every finding on every example: message not repeated, one link each, short', () => {
    let checked = 0;
    for (const { name, result } of cases) {
      for (const f of result.findings) {
        const line = f.range.start.line;
        const onLine = result.findings.filter((g) => g.range.start.line <= line && g.range.end.line >= line);
        const hover = hoverAt(result, f.range.start) ?? '';
        const where = `${f.ruleId} in ${name}`;
        assert.match(hover, new RegExp(`\`${f.ruleId}\``), where);
        assert.ok(!hover.includes(f.message), `${where}: the message is shown once, by the editor`);
        assert.equal(hover.match(/\[Rule documentation\]/g)?.length, onLine.length, `${where}: one link per finding`);
        assert.ok(hover.length <= MAX_CHARS_PER_FINDING * onLine.length, `${where}: ${hover.length} characters`);
        assert.ok(hover.split('\n').length <= MAX_LINES_PER_FINDING * onLine.length, `${where}: ${hover.split('\n').length} lines`);
        checked++;
      }
    }
    assert.ok(checked > 50, `${checked} findings checked`);
  });

  it('the remedy is the line to type; keyword docs only where there is no finding', () => {
    const text = readFileSync(join(EXAMPLES, 'iosxe-classic-http-destination.cfg'), 'utf8');
    const result = lint(text);
    const f = result.findings.find((x) => x.ruleId === 'http-destination')!;
    const hover = hoverAt(result, f.range.start)!;
    assert.match(hover, /```cisco\n[\s\S]*https:\/\/tools\.cisco\.com/);
    assert.ok(!hover.includes(commandDocs['profile destination address http'].title), 'no keyword docs on a flagged line');
    // The same command on a line without a finding: its documentation.
    const fixed = lint(text.replace('http://tools.cisco.com', 'https://tools.cisco.com'));
    const clean = hoverAt(fixed, f.range.start) ?? '';
    assert.ok(clean.includes(commandDocs['profile destination address http'].title), clean);
    assert.doesNotMatch(clean, /Rule documentation/);
  });
});
