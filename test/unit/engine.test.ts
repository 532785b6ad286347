import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll, lint, looksBinary } from '../../server/src/engine';
import { rules } from '../../server/src/rules';
import { Rule } from '../../server/src/rules/types';
import { suppressionEdit } from '../../server/src/suppressEdit';
import { applyEdits } from '../../server/src/fixes';

const TAC_HTTP = 'http://tools.cisco.com/its/service/oddce/services/DDCEService';
const config = (...extra: string[]) => [
  // A name server, so the only rule this text trips is http-destination (dns-not-configured would add an info).
  'version 16.12', 'hostname C9300', 'ip name-server 192.0.2.53', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
  ...extra, `  destination address http ${TAC_HTTP}`, 'ntp server 192.0.2.123', 'end', '',
].join('\n');

const ids = (text: string, options = {}) => lint(text, options).findings.map((f) => f.ruleId);

describe('suppression comments', () => {
  it('disable-next-line silences that rule on the next line only', () => {
    assert.deepEqual(ids(config('  ! cisco-license-lint-disable-next-line http-destination')), []);
    assert.deepEqual(ids(config('  ! cisco-license-lint-disable-next-line missing-vrf')), ['http-destination']);
  });
  it('takes several ids and a -- reason', () => {
    assert.deepEqual(ids(config('  ! cisco-license-lint-disable-next-line missing-vrf, http-destination -- lab server')), []);
  });
  it('disable … enable ranges', () => {
    const t = config().replace('\ncall-home\n', '\n! cisco-license-lint-disable http-destination\ncall-home\n').replace('ntp server', '! cisco-license-lint-enable http-destination\nntp server');
    assert.deepEqual(ids(t), []);
    const after = config().replace('\ncall-home\n', '\n! cisco-license-lint-disable http-destination\n! cisco-license-lint-enable http-destination\ncall-home\n');
    assert.deepEqual(ids(after), ['http-destination']);
  });
  it('disable-file silences everything, or the rules it names', () => {
    assert.deepEqual(ids('! cisco-license-lint-disable-file\n' + config()), []);
    assert.deepEqual(ids('! cisco-license-lint-disable-file missing-vrf\n' + config()), ['http-destination']);
  });
  it('"disable for this line" inserts a directive with the line\'s indentation, and extends an existing one', () => {
    const text = config();
    const r = lint(text);
    const once = applyEdits(text, [suppressionEdit(r.model, r.findings[0])]).text;
    assert.match(once, /\n  ! cisco-license-lint-disable-next-line http-destination\n  destination address http/);
    assert.deepEqual(ids(once), []);
    const other = config('  ! cisco-license-lint-disable-next-line missing-vrf');
    const r2 = lint(other);
    const twice = applyEdits(other, [suppressionEdit(r2.model, r2.findings[0])]).text;
    assert.match(twice, /! cisco-license-lint-disable-next-line missing-vrf, http-destination\n/);
  });
});

describe('settings', () => {
  it('per-rule severity and off', () => {
    assert.equal(lint(config(), { rules: { 'http-destination': 'warning' } }).findings[0].severity, 'warning');
    assert.deepEqual(ids(config(), { rules: { 'http-destination': 'off' } }), []);
  });
});

describe('isolation', () => {
  it('a rule that throws is reported and the others still run', () => {
    const broken: Rule = { id: 'broken', meta: rules[0].meta, check: () => { throw new Error('boom'); } };
    rules.unshift(broken);
    try {
      const errors: string[] = [];
      const r = lint(config(), { onRuleError: (rule) => errors.push(rule.id) });
      assert.deepEqual(errors, ['broken']);
      assert.ok(r.findings.some((f) => f.ruleId === 'http-destination'));
    } finally {
      rules.shift();
    }
  });
});

describe('not device text', () => {
  it('binary input gets one informational finding and no further work', () => {
    const bin = '\u0000\u0001\u0002PK\u0003\u0004' + 'x'.repeat(100);
    assert.ok(looksBinary(bin));
    const r = lint(bin);
    assert.deepEqual(r.findings.map((f) => [f.ruleId, f.severity]), [['not-device-text', 'info']]);
  });
  it('ordinary text is not binary', () => {
    assert.equal(looksBinary(config()), false);
    assert.equal(looksBinary(''), false);
  });
});

describe('fix-all', () => {
  it('applies only safe fixes and converges', () => {
    const onprem = config().replace('tools.cisco.com', 'ssm.example.com');
    assert.equal(fixAll(onprem).text, onprem, 'the on-prem scheme change needs a person');
    const r = fixAll(config());
    assert.ok(r.text.includes('https://tools.cisco.com'));
    assert.equal(fixAll(r.text).text, r.text);
  });
});
