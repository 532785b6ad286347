// Hover on show outputs and logs (issue 4 item 5), and the engine's after-rules pass: related links
// made both ways, secrets redacted (issue 4 items 4 and 8).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkBothWays } from '../../server/src/correlate';
import { lint } from '../../server/src/engine';
import { hoverAt } from '../../server/src/hover';
import { showOutputHover, stateTopics } from '../../server/src/showHover';
import { Finding } from '../../server/src/types';

const TEXT = [
  'ACC-SW-63#show clock', // 0
  '*08:16:02.117 UTC Mon Jan 7 2019', // 1
  'ACC-SW-63#show license all', // 2
  'Registration:', // 3
  '  Status: UNREGISTERED - REGISTRATION FAILED', // 4
  '  Initial Registration: FAILED on Jan 07 08:14:55 2019 UTC', // 5
  `    Failure reason: {"timestamp":["The device date '1546848895412' is offset beyond the allowed tolerance limit."]}`, // 6
  '', // 7
  'License Authorization:', // 8
  '  Status: EVAL MODE', // 9
  '  Evaluation Period Remaining: 88 days, 23 hours, 40 minutes, 5 seconds', // 10
  '  Communication Deadline: Jan 20 08:00:00 2019 UTC', // 11
  'ACC-SW-63#show logging | include PKI|SMART_LIC', // 12
  '*Jan  7 08:14:55.198: %PKI-3-CERTIFICATE_INVALID_NOT_YET_VALID: Certificate chain validation has failed.', // 13
  'ACC-SW-63#show license eventlog 1', // 14
  '2019-01-07 08:00:00.000 UTC SAEVT_INIT_CRYPTO success="False" error="Crypto Initialization has not been completed"', // 15
  '2019-01-07 08:00:30.000 UTC SAEVT_PLATFORM eventSource="INFRA_SL" eventName="INFRA_SL_EVLOG_SYSDATA_FAIL" MSG="Get-SDL: not the active switch"', // 16
].join('\n') + '\n';

const result = lint(TEXT);
const hover = (line: number, character = 12) => hoverAt(result, { line, character }) ?? '';
/** What the show-output provider says of a line; hover shows it only on lines without a finding (issue 15.2). */
const topics = (line: number, character = 12) => showOutputHover(result.model, { line, character }) ?? '';
const flagged = (line: number) => result.findings.some((f) => f.range.start.line <= line && f.range.end.line >= line);

describe('show-output hover', () => {
  it('states: both parts of UNREGISTERED - REGISTRATION FAILED, and EVAL MODE with its 90 days of use', () => {
    const h = hover(4);
    assert.match(h, /Registration status: UNREGISTERED/);
    assert.match(h, /UNREGISTERED - REGISTRATION FAILED/);
    assert.match(topics(9), /90 days of use/);
    assert.ok(flagged(9), 'evaluation mode is a finding');
    assert.doesNotMatch(hover(9), /90 days of use/, 'a flagged line hovers its finding only (issue 15.2)');
    assert.match(hover(9), /`evaluation-mode`/);
  });
  it('a failure reason by its scenario; on a flagged line, the findings alone, each with one link', () => {
    const h = hover(6, 30);
    assert.match(h, /`registration-failed`/);
    assert.match(h, /`clock-offset`/);
    assert.equal(h.match(/\[Rule documentation\]/g)?.length, 2, h);
    assert.doesNotMatch(h, /Scenario 3: device date offset/);
    assert.match(topics(6, 30), /Scenario 3: device date offset beyond the allowed tolerance limit/);
  });
  it('a syslog mnemonic and its * stamp', () => {
    const h = topics(13, 30);
    assert.match(h, /%PKI-3-CERTIFICATE_INVALID_NOT_YET_VALID/);
    assert.match(h, /not authoritative/);
    assert.match(hover(13, 30), /`clock-offset`/, 'the line is flagged: hover shows the finding');
  });
  it('SAEVT events: boot noise says so', () => {
    assert.match(hover(15, 40), /Boot noise/);
    assert.match(hover(16, 40), /not the active switch/);
    // SLP article: the switch that logs Get-SDL at boot becomes Active seconds later; the hover must not call it a fault of the active switch.
    assert.match(hover(16, 40), /harmless at boot/);
    assert.doesNotMatch(hover(16, 40), /unless it comes from the active switch/);
  });
  it('a deadline measured against the capture clock, and the clock itself', () => {
    assert.match(topics(11, 30), /12 days 23 hours after the capture's own clock \(2019-01-07 08:16:02, show clock\): \*\*less than 14 days left\*\*/);
    assert.match(topics(1, 3), /\*\*not authoritative\*\*/);
  });
  it('nothing on lines that are neither', () => {
    assert.equal(hoverAt(result, { line: 12, character: 3 }), undefined);
  });
  it('stateTopics splits compound states and maps the spellings devices print', () => {
    assert.match(stateTopics('REGISTERING - REGISTRATION IN PROGRESS')!, /REGISTERING - REGISTRATION IN PROGRESS/);
    assert.match(stateTopics('No ID')!, /Overall Trust: No ID/);
    assert.equal(stateTopics('IN USE'), undefined);
  });
});

describe('after the rules', () => {
  const f = (ruleId: string, line: number, related: number[] = []): Finding => ({
    ruleId, severity: 'error', message: `${ruleId} says so. More detail.`, fixes: [],
    range: { start: { line, character: 0 }, end: { line, character: 5 } },
    related: related.map((l) => ({ range: { start: { line: l, character: 0 }, end: { line: l, character: 5 } }, message: 'cause' })),
  });
  it('a finding that cites a line gives the finding on that line a link back', () => {
    const show = f('authorization-failed', 40, [10]);
    const cfg = f('sla-trustpoint-crl', 10);
    const other = f('http-destination', 12);
    linkBothWays([show, cfg, other]);
    assert.deepEqual(cfg.related!.map((r) => [r.range.start.line, r.message]), [[40, 'authorization-failed: authorization-failed says so.']]);
    assert.deepEqual(other.related, []);
  });
  it('no duplicate link when the rule already made it, and none within one rule', () => {
    const a = f('authorization-failed', 40, [10]);
    const b = f('sla-trustpoint-crl', 10, [40]);
    const c = f('authorization-failed', 10);
    linkBothWays([a, b, c]);
    assert.equal(b.related!.filter((r) => r.range.start.line === 40).length, 1);
    assert.deepEqual(c.related, []);
  });
  it('ID tokens in config and show text are redacted in messages, related messages and remedies', () => {
    const token = 'ZTc4MjQ4NmEtODI1Yy00ZGE2LWE0NjQtZjJhYjk2M2I5YjA3LTE3MzA';
    const r = lint(['SW#show logging', `Jun 10 16:15:41.902: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager (CSSM) : bad idtoken ${token}`].join('\n'));
    const all = JSON.stringify(r.findings);
    assert.ok(r.findings.length > 0);
    assert.ok(!all.includes(token), all);
    assert.ok(all.includes('ZTc4…<redacted>'));
    assert.ok(!(hoverAt(r, { line: 1, character: 30 }) ?? '').includes(token));
  });
});
