// Issue 15.3: the Problems panel shows a message's first line or two, so each says the cause, then
// the action, in about 160 characters; details (evidence, the seed scenario, the whole remedy) go in
// the hover and the rule page. Our own jargon ("(scenario 5)") never appears in a message. Checked on
// every message the examples and test fixtures produce.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';

const ROOT = join(__dirname, '..', '..');

/** About 160: room for a profile name, an interface or a date in a ~160-character sentence. */
const LIMIT = 170;

/**
 * The justified exceptions, each with its own ceiling. Everything else stays within LIMIT.
 */
const EXCEPTIONS: Record<string, { max: number; why: string }> = {
  'malformed-destination-url': { max: 200, why: 'the action is the corrected URL, spelled out (tools.cisco.com paths are ~60 characters)' },
  'dns-not-configured': { max: 185, why: 'the DHCP / partial-config qualifier keeps an info finding from reading as a fault' },
  // A repeated log failure says how often, over which span (issue 13), which reason, and what to check.
  'callhome-message-failed': { max: 230, why: 'count and time span of the repeated failure, its reason and the action' },
  'slp-communication-failure': { max: 225, why: 'count and time span of the repeated failure, its reason and the action' },
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(md|json)$/.test(n) ? [] : [p];
  });
}

describe('finding messages (issue 15.3)', () => {
  const messages = new Map<string, { ruleId: string; file: string }>();
  for (const file of [...files(join(ROOT, 'examples')), ...files(join(ROOT, 'test', 'fixtures'))]) {
    for (const f of lint(readFileSync(file, 'utf8')).findings) if (!messages.has(f.message)) messages.set(f.message, { ruleId: f.ruleId, file: file.slice(ROOT.length + 1) });
  }

  it('come from many rules (the check below means something)', () => {
    assert.ok(messages.size > 60, `${messages.size} distinct messages`);
    assert.ok(new Set([...messages.values()].map((m) => m.ruleId)).size > 25);
  });

  it('never say "(scenario N)" or "scenario N" (jargon: the hover and the rule page name the scenario)', () => {
    for (const [m, { ruleId, file }] of messages) assert.doesNotMatch(m, /\(scenario|\bscenario \d/i, `${ruleId} in ${file}: ${m}`);
  });

  it(`stay within ${LIMIT} characters, except the listed rules within their own ceiling`, () => {
    const over: string[] = [];
    for (const [m, { ruleId, file }] of messages) {
      const max = EXCEPTIONS[ruleId]?.max ?? LIMIT;
      if (m.length > max) over.push(`${ruleId} (${m.length} > ${max}) in ${file}: ${m}`);
    }
    assert.deepEqual(over, []);
  });

  it('lists only exceptions that are still needed', () => {
    for (const [ruleId, { max }] of Object.entries(EXCEPTIONS)) {
      const longest = Math.max(0, ...[...messages].filter(([, v]) => v.ruleId === ruleId).map(([m]) => m.length));
      assert.ok(longest > LIMIT, `${ruleId}: its longest message is ${longest} characters, within ${LIMIT}: drop the exception`);
      assert.ok(longest <= max, `${ruleId}: ${longest} > ${max}`);
    }
  });
});
