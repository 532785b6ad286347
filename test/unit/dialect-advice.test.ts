// Issue 14 points 3 and 5: show-output and log findings give the advice of the platform the text is
// from (SPEC §3.2: NX-OS has no `ip http client source-interface`, no `vrf` under call-home, no
// `service call-home`, no `reporting smart-licensing-data`, no `clock calendar-valid`); where the text
// does not say which platform printed it, the advice says what to check on each. The more specific
// NX-OS reason (QuoVadis root CA, FN72115) wins over scenario 5's wording it contains.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { hoverAt } from '../../server/src/hover';
import { rulesById } from '../../server/src/rules';
import { text } from '../rules/harness';

const IOS_ONLY = [/ip http client source-interface/, /service call-home/, /reporting smart-licensing-data/, /under call-home/, /clock calendar-valid/, /write memory/, /ip domain lookup/, /ip name-server vrf/, /^ ?vrf \S+$/m, /\/source-interface/];
const NX_ONLY = [/use-vrf/, /\bcallhome\b/, /mgmt0/, /copy running-config startup-config/];

const NX_CONFIG = [
  'dc1-n9k-leaf2# show running-config callhome', '', '!Command: show running-config callhome', '!Time: Wed Apr 17 09:40:02 2024', '',
  'version 9.3(5) Bios:version 05.39', 'callhome', '  email-contact noc@example.com', '  destination-profile CiscoTAC-1 transport-method http',
  '  destination-profile CiscoTAC-1 index 1 http https://tools.cisco.com/its/service/oddce/services/DDCEService', '  transport http use-vrf management', '  enable', '',
];
const STATUS = (reason: string) => [
  'dc1-n9k-leaf2# show license status', '', 'Smart Licensing is ENABLED', '', 'Registration:',
  '  Status: UNREGISTERED - REGISTRATION FAILED', '  Export-Controlled Functionality: Not Allowed', '  Initial Registration: FAILED on Apr 17 09:31:40 2024 UTC',
  `    Failure reason: ${reason}`, '  Next Registration Attempt: Apr 17 09:46:40 2024 UTC', '',
  'License Authorization:', '  Status: EVAL MODE', '  Evaluation Period Remaining: 84 days, 3 hours, 1 minutes, 12 seconds', '',
];
const SEND = 'Fail to send out Call Home HTTP message.';
const nxText = text(...NX_CONFIG, ...STATUS(SEND), ...STATUS('Communication transport not available.'), ...STATUS("{\"timestamp\":[\"The device date '1713346300653' is offset beyond the allowed tolerance limit.\"]}"));
const unknownText = text(...STATUS(SEND));
const iosText = text(
  'C9300#show running-config | section call-home', 'call-home', ' contact-email-addr noc@example.com', ' vrf Mgmt-vrf', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
  ...STATUS(SEND).map((l) => l.replace('dc1-n9k-leaf2#', 'C9300#')),
);

function showFindings(t: string) {
  const result = lint(t);
  return { result, findings: result.findings.filter((f) => rulesById.get(f.ruleId)?.meta.group === 'show') };
}

describe('show-output advice per platform (issue 14.3)', () => {
  it('NX-OS text: no message, remedy or hover names an IOS-XE line', () => {
    const { result, findings } = showFindings(nxText);
    assert.ok(findings.length >= 3, `findings: ${findings.map((f) => f.message).join(' | ')}`);
    for (const f of findings) {
      const hover = hoverAt(result, f.range.start) ?? '';
      for (const bad of IOS_ONLY) {
        assert.doesNotMatch(f.message, bad, `message of ${f.ruleId}: ${f.message}`);
        assert.doesNotMatch((f.remedy ?? []).join('\n'), bad, `remedy of ${f.ruleId}`);
        assert.doesNotMatch(hover, bad, `hover of ${f.ruleId}`);
      }
    }
    const send = findings.find((f) => /Fail to send out Call Home/.test(f.message))!;
    assert.match(send.message, /transport http use-vrf/);
    assert.ok(send.remedy!.includes('  transport http use-vrf management'));
    assert.ok(findings.some((f) => /"enable" under callhome/.test(f.message)), 'scenario 4 on NX-OS: enable under callhome');
    assert.ok(findings.some((f) => /ntp server <address> use-vrf management/.test(f.message)), 'scenario 3 on NX-OS: NTP in the management VRF');
  });

  it('IOS-XE text: the call-home advice, no NX-OS line', () => {
    const { result, findings } = showFindings(iosText);
    const send = findings.find((f) => /Fail to send out Call Home/.test(f.message))!;
    assert.ok(send);
    assert.match(send.message, /ip http client source-interface/);
    for (const bad of NX_ONLY) {
      assert.doesNotMatch(send.message, bad);
      assert.doesNotMatch(send.remedy!.join('\n'), bad);
      assert.doesNotMatch(hoverAt(result, send.range.start) ?? '', /On NX-OS/);
    }
  });

  it('platform unknown (a show output alone): the message and remedy say what to check on each', () => {
    const { result, findings } = showFindings(unknownText);
    const send = findings.find((f) => /Fail to send out Call Home/.test(f.message))!;
    assert.match(send.message, /IOS-XE: "ip http client source-interface".*NX-OS: "transport http use-vrf"/);
    assert.deepEqual(send.remedy![0], '! IOS-XE:');
    assert.ok(send.remedy!.includes('! NX-OS:'));
    const hover = hoverAt(result, send.range.start)!;
    // Hover gives the line to type (issue 15.2): the remedy, per platform.
    assert.match(hover, /! IOS-XE:[\s\S]*! NX-OS:/);
  });

  it('config-not-saved on NX-OS says copy running-config startup-config', () => {
    const t = text(...NX_CONFIG, 'dc1-n9k-leaf2# show logging', '2024 Apr 17 09:31:40 dc1-n9k-leaf2 %SMART_LIC-4-CONFIG_NOT_SAVED: Smart Licensing configuration has not been saved');
    const f = lint(t).findings.find((x) => x.ruleId === 'config-not-saved');
    if (!f) return; // the NX-OS stamp form is the reader's business; the remedy is what this pins when it is read
    assert.match(f.message, /copy running-config startup-config/);
    assert.doesNotMatch(f.message, /write memory/);
  });
});

describe('the more specific NX-OS reason wins (issue 14.5)', () => {
  it('QuoVadis root CA (FN72115) inside a "failed to send the Call Home HTTP message" reason gets its own advice and remedy', () => {
    const t = text(...NX_CONFIG, ...STATUS('Failed to send the Call Home HTTP message (failed to establish IPC connection with call-home)'));
    const f = lint(t).findings.find((x) => x.ruleId === 'registration-failed')!;
    assert.match(f.message, /QuoVadis.*FN72115/);
    assert.doesNotMatch(f.message, /did not get out/);
    assert.match(f.remedy!.join('\n'), /FN72115/);
  });

  it('"Failed to parse response data from SCH server" gets the https:// remedy', () => {
    const t = text(...NX_CONFIG, ...STATUS('Failed to parse response data from SCH server'));
    const f = lint(t).findings.find((x) => x.ruleId === 'registration-failed')!;
    assert.match(f.message, /https:\/\//);
    assert.ok(f.remedy!.some((l) => l.includes('destination-profile CiscoTAC-1 http https://')));
  });
});
