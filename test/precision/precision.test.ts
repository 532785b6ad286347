// Precision and recall on hand-written device text (SPEC §1–§6, TAC judgement where SPEC is silent):
// each fixture in this folder lists the exact set of rules (with severities) it must raise. Healthy
// and unrelated configs, filtered fragments and healthy show outputs expect nothing (or only the
// hint/info the SPEC row gives for them); every broken variant expects its own rule and no other.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { decode } from '../../server/src/readText';

/** `sla-trustpoint-crl hint`: SLA-TrustPoint's factory-default `revocation-check crl` in a config alone (SPEC §6). */
const CRL_HINT = 'sla-trustpoint-crl hint';

/**
 * `dns-not-configured info`: a fragment without the global lines (a `| section`/`| include` paste, NX-OS
 * `show running-config callhome`) cannot show a name server, and SPEC §6 gives that case info, not silence.
 */
const DNS_FRAGMENT = 'dns-not-configured info';

const EXPECTED: Record<string, string[]> = {
  // Healthy IOS-XE 16.x classic Smart Licensing.
  'h01-xe16-c9300-direct-cloud.cfg': [CRL_HINT],
  'h02-xe16-isr4k-onprem.cfg': [CRL_HINT],
  'h03-xe16-https-proxy.cfg': [],
  'h04-xe16-mgmt-vrf-complete.cfg': [],
  // Healthy IOS-XE 17.x SLP.
  'h05-xe17-slp-smart.cfg': [CRL_HINT],
  'h06-xe17-slp-smart-vrf.cfg': [CRL_HINT],
  'h07-xe17-slp-cslu.cfg': [],
  'h08-xe17-slp-transport-off-airgap.cfg': [],
  'h09-xe17-slp-callhome-migrated.cfg': ['prefer-smart-transport info'],
  // Healthy NX-OS.
  'h10-nxos93-callhome.cfg': [],
  'h11-nxos10-callhome-proxy.cfg': [],
  // Unrelated configs.
  'u01-ios15-branch-no-licensing.cfg': [],
  'u02-xe16-access-license-boot-only.cfg': [],
  'u03-xe16-dmvpn-hub.cfg': [],
  'u04-xe16-http-in-banners-remarks.cfg': [],
  'u05-isr-ip-http-server.cfg': [],
  // Fragments: filtered pastes and change scripts.
  'f01-section-call-home.txt': [DNS_FRAGMENT],
  'f02-include-license.txt': [DNS_FRAGMENT],
  'f03-include-transport.txt': [DNS_FRAGMENT],
  'f04-change-script-slp.txt': [],
  'f05-section-callhome-onprem.txt': [DNS_FRAGMENT],
  'f06-nxos-show-run-callhome.txt': [DNS_FRAGMENT],
  // Show outputs.
  's01-show-license-all-classic-healthy.txt': [],
  's02-show-license-all-slp-healthy.txt': [],
  's03-show-license-summary-classic.txt': [],
  's04-show-license-summary-slp.txt': [],
  's05-eventlog-recovered-boot-noise.txt': [],
  's06-show-call-home-profile-all.txt': [],
  's07-registration-success-log.txt': ['config-not-saved info'],
  's08-tech-support-trust-recovered.txt': [],
  's09-history-message-filtered.txt': [],
  's10-nxos-show-license-status-healthy.txt': [],
  's11-eval-mode-unregistered.txt': ['evaluation-mode info'],
  // Broken variants: one root cause each.
  // CiscoTAC-1 with neither `active` nor `no active`: activity unknown (SPEC §3.1), so the on-prem profile
  // is the only known licensing profile: no multiple-active finding, no DNS finding for tools.cisco.com.
  'h12-xe16-tac-unknown-plus-onprem.cfg': [],
  // The same config with a show output deciding CiscoTAC-1 ACTIVE: two active licensing profiles, and the
  // now-active CiscoTAC-1 must resolve tools.cisco.com with lookup off (only the on-prem name has an ip host).
  'b32-multiple-active-shown.txt': ['multiple-active-profiles error', 'dns-not-configured warning'],
  // STIG: no service call-home is right on SLP Smart Transport; a stale cslu URL next to url default is not a finding.
  'h13-xe17-slp-stig-no-service-call-home.cfg': [],
  // version 17.3 without SLP evidence: mode undecided; no time source -> missing-clock-calendar-valid info.
  'u06-xe173-undecided-no-ntp.cfg': ['missing-clock-calendar-valid info'],
  's12-pending-in-flight.txt': [],
  's13-registered-eval-expired.txt': [],
  'b33-product-already-registered.txt': ['registration-failed error', 'evaluation-mode info'],
  // A leading `*` on the clock of an SLP device: hint, never more (SPEC §3.3, clock-offset row).
  's14-slp-nonauthoritative-clock.txt': ['clock-offset hint'],
  'b01-http-destination-cloud.cfg': ['http-destination error'],
  'b02-no-service-call-home.cfg': ['call-home-service-disabled error'],
  'b03-profile-missing-reporting.cfg': ['licensing-profile-missing-reporting error'],
  'b04-no-active-profile.cfg': ['no-active-licensing-profile error'],
  'b05-multiple-active-profiles.cfg': ['multiple-active-profiles error'],
  'b06-onprem-path-case.cfg': ['onprem-url-path-case error'],
  'b07-malformed-url.cfg': ['malformed-destination-url error'],
  'b08-no-dns.cfg': ['dns-not-configured warning'],
  'b09-missing-vrf-callhome.cfg': ['missing-vrf warning'],
  'b10-no-http-client-source.cfg': ['http-client-source-interface warning'],
  'b11-dns-not-in-vrf.cfg': ['dns-not-in-vrf warning'],
  'b12-server-identity-ip.cfg': ['server-identity-ip-url info'],
  // An unfiltered change script without the global DNS lines: dns-not-configured at info (SPEC §6 row).
  'b13-idtoken-change-script.txt': ['idtoken-in-config warning', 'dns-not-configured info'],
  'b14-nxos-callhome-not-enabled.cfg': ['nxos-callhome-not-enabled warning'],
  'b15-slp-proxy-no-port.cfg': ['slp-transport-url-mismatch warning'],
  'b16-slp-smart-only-cslu-url.cfg': ['slp-transport-url-mismatch info'],
  'b17-no-clock-classic.cfg': ['missing-clock-calendar-valid warning'],
  'b17b-no-clock-slp.cfg': ['missing-clock-calendar-valid info'],
  'b18-registration-failed-transport.txt': ['registration-failed error', 'evaluation-mode info'],
  'b19-authorization-expired.txt': ['authorization-expired error'],
  'b20-out-of-compliance.txt': ['out-of-compliance warning'],
  'b21-slp-comm-failed-dns.txt': ['slp-communication-failure error'],
  'b22-callhome-message-failed.txt': ['callhome-message-failed error'],
  'b23-sla-crl-fetch-fail.txt': ['sla-trustpoint-crl warning'],
  'b24-slp-trust-not-installed.txt': ['slp-trust-not-installed warning', 'slp-communication-failure error'],
  'b25-nxos-http-destination.cfg': ['http-destination error'],
  'b26-communication-deadline-near.txt': ['communication-deadline warning', 'authorization-failed error'],
  'b28-slp-missing-license-smart-vrf.cfg': ['missing-vrf warning'],
  // No DNS, default route only in Mgmt-vrf, no HTTP client source interface, no vrf under call-home:
  // DNS and the source interface are the two causes; missing-vrf's call-home row needs the source
  // interface in the VRF, so it leaves this to http-client-source-interface.
  'b29-overlap-nodns-novrf-nosource.cfg': ['dns-not-configured warning', 'http-client-source-interface warning'],
  'b30-slp-no-dns.cfg': ['dns-not-configured warning'],
  'b31-nxos-missing-use-vrf.cfg': ['missing-vrf warning'],
  // Pastes that lost their indentation (issue 13): the submodes are read by their grammar, so a flat CSR
  // config with lookup off and its only route in a VRF gets what the indented one gets, and no more.
  'p01-flat-xe-csr-callhome-vrf.cfg': ['dns-not-configured warning', 'http-client-source-interface warning', CRL_HINT],
  'p02-flat-nxos-callhome-missing-use-vrf.cfg': ['missing-vrf warning'],
  // The NX-OS seed's own listing: flat, a blank line between commands.
  'p03-flat-nxos-show-run-callhome-http.txt': ['http-destination error', DNS_FRAGMENT],
  // Logs read as a sequence (issue 13): a console capture across a reload with NUL bytes (CRLF) is text;
  // its boot stamps lose the '*' once NTP syncs, so only the communication failure is left.
  'p04-console-reload-with-nuls.txt': ['slp-communication-failure error'],
  // The clock gets set (%PKI-6-AUTHORITATIVE_CLOCK) and the config saved (%PKI-6-CONFIGAUTOSAVE [OK]): history.
  'p05-boot-clock-set-config-saved.txt': [],
  'p06-repeated-comm-failed-ongoing.txt': ['slp-communication-failure error'],
  // The same failures, then AUTH_RENEW_SUCCESS / SAEVT_COMM_RESTORED: recovered.
  'p07-repeated-comm-failed-restored.txt': [],
  // A CSLU by host name that DNS does not resolve: the fragment has no name server either (info).
  'p08-cslu-comm-failed.txt': ['slp-communication-failure error', DNS_FRAGMENT],
};

/** For the sequence fixtures, the exact findings: one per ongoing condition, and what its message must (not) say. */
const EXACT: Record<string, Array<{ rule: string; line: number; count?: number; message: RegExp; not?: RegExp }>> = {
  'p04-console-reload-with-nuls.txt': [
    { rule: 'slp-communication-failure', line: 36, count: 1, message: /2 times, 15:41:07 to 15:46:09, never restored/ },
  ],
  'p06-repeated-comm-failed-ongoing.txt': [
    { rule: 'slp-communication-failure', line: 2, count: 6, message: /CSSM failed 7 times, 15:48:02 to 15:54:10, never restored.*Connection timed out/ },
  ],
  'p08-cslu-comm-failed.txt': [
    { rule: 'slp-communication-failure', line: 5, count: 1, message: /CSLU failed 2 times.*license smart url cslu/, not: /smartreceiver|Smart Transport/ },
  ],
};

function found(file: string): string[] {
  const { text } = decode(readFileSync(join(__dirname, file)));
  return [...new Set(lint(text).findings.map((f) => `${f.ruleId} ${f.severity}`))].sort();
}

describe('precision fixtures', () => {
  it('every fixture has an expectation', () => {
    const files = readdirSync(__dirname).filter((f) => f !== 'precision.test.ts').sort();
    assert.deepEqual(files, Object.keys(EXPECTED).sort());
  });
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, () => assert.deepEqual(found(file), [...expected].sort()));
  }
  for (const [file, exact] of Object.entries(EXACT)) {
    it(`${file}: one finding per ongoing condition`, () => {
      const { text } = decode(readFileSync(join(__dirname, file)));
      const findings = lint(text).findings;
      for (const e of exact) {
        const mine = findings.filter((f) => f.ruleId === e.rule);
        assert.equal(mine.length, 1, `${e.rule}: ${mine.map((f) => f.message).join(' | ')}`);
        assert.equal(mine[0].range.start.line, e.line);
        assert.match(mine[0].message, e.message);
        if (e.not) assert.doesNotMatch(mine[0].message, e.not);
        if (e.count !== undefined) assert.equal((mine[0].related ?? []).filter((r) => r.message === 'the same failure again').length, e.count);
      }
    });
  }
  it('the console capture holds NUL bytes and is linted as text', () => {
    const { text } = decode(readFileSync(join(__dirname, 'p04-console-reload-with-nuls.txt')));
    assert.ok((text.match(/\0/g) ?? []).length >= 8);
    assert.ok(!lint(text).findings.some((f) => f.ruleId === 'not-device-text'));
  });
});
