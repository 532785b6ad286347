// A bare paste followed by a prompted section: the leading, un-prompted part is judged by its own
// lines (SPEC §4), so a short config pasted above `Switch#show license all` stays a config.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { TextLines } from '../../server/src/parse/lines';
import { Section, splitSections } from '../../server/src/parse/sections';

const split = (lines: string[]) => splitSections(new TextLines(lines.join('\n') + '\n'));
const brief = (s: Section) => `${s.kind}|${s.command}|${s.headerLine}|${s.startLine}-${s.endLine}`;

const TAC_HTTP = 'http://tools.cisco.com/its/service/oddce/services/DDCEService';

const SHOW_ALL = [
  'Switch#show license all',
  'Smart Licensing Status',
  '======================',
  '',
  'Smart Licensing is ENABLED',
  '',
  'Registration:',
  '  Status: UNREGISTERED - REGISTRATION FAILED',
  '  Initial Registration: FAILED on Jun 19 10:12:44 2024 UTC',
  '    Failure reason: Fail to send out Call Home HTTP message.',
  '',
  'License Authorization:',
  '  Status: EVAL MODE',
  '  Evaluation Period Remaining: 85 days, 2 hours, 1 minutes, 3 seconds',
  '',
  'Transport:',
  '  Type: Callhome',
  '',
];

const CONFIG = [
  'service call-home',
  'call-home',
  ' contact-email-addr netops@example.com',
  ' profile "CiscoTAC-1"',
  '  active',
  '  destination transport-method http',
  `  destination address http ${TAC_HTTP}`,
];

describe('sections: bare text above a prompted section', () => {
  it('a short config above Switch#show license all is a config section', () => {
    const s = split([...CONFIG, ...SHOW_ALL]);
    assert.deepEqual(s.map(brief), ['config||-1|0-7', 'show|show license all|7|8-26']);
  });

  it('with ! separators, version and end', () => {
    const s = split(['!', 'version 16.12', 'hostname SW1', '!', ...CONFIG, '!', 'end', '', ...SHOW_ALL]);
    assert.deepEqual(s.map((x) => `${x.kind}|${x.command}`), ['config|', 'show|show license all']);
    assert.equal(s[0].startLine, 0);
  });

  it('a bare show paste above a prompted section stays a show section', () => {
    const s = split([
      'License Authorization:', '  Status: AUTHORIZED on Jun 19 10:12:44 2024 UTC', '',
      'Switch#show running-config | section call-home', 'call-home', ' profile "CiscoTAC-1"', '  active',
    ]);
    assert.deepEqual(s.map((x) => `${x.kind}|${x.command}|${x.filtered}`), ['show||false', 'config|show running-config|true']);
  });

  it('a bare syslog paste above a prompted section stays a log section', () => {
    const s = split([
      '*Jun 19 10:12:44.871: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager or satellite: Fail to send out Call Home HTTP message.',
      '*Jun 19 10:12:45.001: %CALL_HOME-5-SL_MESSAGE_FAILED: Fail to send out Smart Licensing message to: CiscoTAC-1 (ERR 205 : Request Aborted)',
      ...SHOW_ALL,
    ]);
    assert.deepEqual(s.map((x) => `${x.kind}|${x.command}`), ['log|', 'show|show license all']);
  });

  it('a capture preamble with nothing recognisable is not read as a config', () => {
    const s = split(['Switch>enable', 'Password:', ...SHOW_ALL]);
    assert.equal(s[0].kind, 'show');
    assert.equal(lint(['Switch>enable', 'Password:', ...SHOW_ALL].join('\n')).findings.some((f) => f.ruleId === 'call-home-service-disabled'), false);
  });

  it('a banner body quoting a prompt does not cut the leading config short', () => {
    const s = split(['hostname SW1', 'banner motd ^C', 'SW1#show license all', '^C', ...CONFIG, ...SHOW_ALL]);
    assert.deepEqual(s.map((x) => `${x.kind}|${x.command}|${x.startLine}`), ['config||0', 'show|show license all|12']);
  });

  it('a bare show paste (License Authorization: first) with no prompt is unchanged', () => {
    const s = split(['License Authorization:', '  Status: EVAL MODE', '  Evaluation Period Remaining: 10 days, 2 hours']);
    assert.deepEqual(s.map(brief), ['show||-1|0-4']);
  });

  it('config rules see the leading config: http-destination fires on its line', () => {
    const textIn = [...CONFIG, ...SHOW_ALL].join('\n') + '\n';
    const found = lint(textIn).findings.filter((f) => f.ruleId === 'http-destination');
    const line = CONFIG.findIndex((l) => l.includes(TAC_HTTP));
    assert.deepEqual(
      found.map((f) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.character} ${f.severity}`),
      [`${line}:${CONFIG[line].indexOf(TAC_HTTP)}-${CONFIG[line].indexOf(TAC_HTTP) + TAC_HTTP.length} error`],
    );
    assert.ok(found[0].fixes[0]?.safe, 'the scheme rewrite is offered as a safe fix');
  });
});
