// Real show outputs and logs published by others (../shared/corpus, read at test time, never
// copied): the states the model must read from them, and the show-output findings that must and
// must not appear on the files whose content we have read. Healthy outputs: no error, no warning.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint, LintResult } from '../../server/src/engine';
import { decode } from '../../server/src/readText';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const present = existsSync(CORPUS);

const SHOW_RULES = new Set([
  'registration-failed', 'authorization-failed', 'out-of-compliance', 'authorization-expired', 'evaluation-mode', 'communication-deadline',
  'config-not-saved', 'clock-offset', 'slp-trust-not-installed', 'slp-communication-failure', 'callhome-message-failed', 'sla-trustpoint-crl',
]);

const cache = new Map<string, LintResult>();
function run(rel: string): LintResult {
  let r = cache.get(rel);
  if (!r) {
    r = lint(decode(readFileSync(join(CORPUS, rel))).text, { onRuleError: (rule, e) => { throw new Error(`${rule.id}: ${e}`); } });
    cache.set(rel, r);
  }
  return r;
}

const findings = (rel: string) => run(rel).findings.filter((f) => SHOW_RULES.has(f.ruleId)).map((f) => `${f.ruleId}:${f.severity}@${f.range.start.line}`);

/** Files read by hand that must stay quiet: no error or warning from any rule. */
const HEALTHY: [string, string][] = [
  ['catalyst9k-network-automation/iosxe_show_license_summary_02.txt', 'classic REGISTERED / AUTHORIZED'],
  ['genieparser/iosxe_show_license_all_01.txt', 'SLP on call-home: Trust Code Installed <none> needs no trust; ACK deadline 89 days after the clock'],
  ['genieparser/iosxe_show_license_all_02.txt', 'SLP Smart Transport, trust installed on both members (empty header + INSTALLED lines)'],
  ['genieparser/iosxe_show_license_all_03.txt', 'classic REGISTERED / AUTHORIZED'],
  ['genieparser/iosxe_show_license_all_05.txt', 'joined "Trust Code Installed:    Trust Code Type" header, members after blank lines'],
  ['genieparser/iosxe_show_license_status_01.txt', 'SLP CSLU, trust installed per member'],
  ['genieparser/iosxe_show_license_status_02.txt', 'classic REGISTERED / AUTHORIZED with prompt lines'],
  ['genieparser/iosxe_show_license_summary_01.txt', 'usage rows IN USE'],
  ['genieparser/iosxe_show_license_summary_04.txt', 'usage rows IN USE'],
  ['genieparser/iosxe_show_license_usage_01.txt', 'Status: Not Applicable; entries IN USE'],
  ['genieparser/iosxe_show_license_eventlog_01.txt', 'usage events only'],
  ['genieparser/iosxe_show_license_history_message_01.txt', '"No past history" everywhere'],
  ['genieparser/iosxe_show_license_authorization_01.txt', 'Status: NOT INSTALLED is about authorization codes, not trust'],
  ['genieparser/iosxe_show_license_tech_support_01.txt', 'CSLU: Overall Trust No ID needs no trust code; Hello Message NO REPLY is not a trust failure'],
  ['genieparser/iosxe_show_license_tech_support_02.txt', 'Smart, trust INSTALLED'],
  ['genieparser/iosxe_show_license_tech_support_03.txt', 'CSLU, Hello Message NO REPLY'],
  ['genieparser/iosxe_show_license_tech_support_05.txt', 'CSLU, trust INSTALLED; Authorization Request BUILD REQUEST ERROR is not ongoing'],
  ['genieparser/iosxe_show_license_tech_support_09.txt', 'Smart, trust INSTALLED'],
  ['genieparser/iosxe_show_license_tech_support_10.txt', 'CSLU'],
  ['genieparser/iosxe_show_license_tech_support_11.txt', 'CSLU, Local Device: No Trust Data'],
  ['genieparser/iosxe_show_license_tech_support_12.txt', 'Smart, trust INSTALLED on an HA pair'],
  ['genieparser/iosxe_show_license_tech_support_13.txt', 'Smart, trust INSTALLED; Result Polling NO REPLY followed by later OK exchanges'],
  ['genieparser/iosxe_show_license_tech_support_14.txt', 'Smart, trust INSTALLED'],
  ['genieparser/iosxe_show_license_tech_support_18.txt', 'Smart, trust INSTALLED, joined header'],
  ['genieparser/iosxe_show_version_03.txt', 'UNREGISTERED/No Licenses in Use'],
  ['genieparser/iosxe_show_version_04.txt', 'Smart Licensing Using Policy'],
  ['genieparser/iosxe_show_tech_support_sections_01.txt', 'a show-tech of banners; * log stamps are info at most'],
  ['genielibs/iosxe_show_license_all_01.txt', 'SLP CSLU, trust installed'],
  ['genielibs/iosxe_exec_license_smart_factory_reset_01.txt', 'the factory reset warning alone'],
  ['ntc-templates/iosxe_show_license_status_02.txt', 'Transport Off: no trust needed; no clock so the ACK deadline is not judged'],
  ['ntc-templates/iosxe_show_license_status_03.txt', 'Smart, trust installed with a date'],
  ['ntc-templates/iosxe_show_license_status_04.txt', 'Smart via proxy, trust installed'],
  ['ntc-templates/nxos_show_license_usage_01.txt', 'NX-OS usage table'],
  ['genieparser/iosxe_show_call_home_01.txt', 'show call-home settings'],
  ['genieparser/iosxe_show_call_home_smart_licensing_01.txt', 'call-home smart-licensing transport settings'],
  // Not here: netutils/iosxe_running_config_callhome_01.cfg has an active CiscoTAC-1 with `no ip domain lookup` and no
  // `ip host`, which dns-not-configured rightly warns about (scenario 5; test/corpus/dns-vrf.test.ts). Its show-output
  // findings are pinned under 'findings that must not appear'.
];

describe('corpus: show outputs and logs', { skip: present ? false : `../shared/corpus is absent (${CORPUS}): corpus tests skipped` }, () => {
  it('every file lints without an exception from a show-output rule', () => {
    for (const dir of readdirSync(CORPUS, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const f of readdirSync(join(CORPUS, dir.name))) if (/\.(txt|cfg)$/.test(f)) assert.doesNotThrow(() => run(join(dir.name, f)), f);
    }
  });

  for (const [rel, why] of HEALTHY) {
    it(`healthy, no error or warning: ${rel} (${why})`, () => {
      const loud = run(rel).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(loud.map((f) => `${f.ruleId}:${f.severity}@${f.range.start.line}: ${f.message}`), []);
    });
  }

  it('classic states: REGISTERED / AUTHORIZED with their dates', () => {
    const { model } = run('genieparser/iosxe_show_license_all_03.txt');
    assert.equal(model.mode, 'classic');
    assert.equal(model.show.registrations[0].status!.state, 'REGISTERED');
    assert.equal(model.show.registrations[0].initialRegistration!.result, 'SUCCEEDED');
    assert.equal(model.show.authorizations[0].status!.state, 'AUTHORIZED');
    assert.deepEqual(model.show.deadlines.map((d) => d.kind), ['registration', 'communication']);
    assert.deepEqual(model.show.transports.map((t) => t.value), ['Callhome']);
  });

  it('SLP states: transport, trust code members, ACK deadline, the capture clock from the header', () => {
    const status = run('genieparser/iosxe_show_license_status_01.txt').model;
    assert.equal(status.mode, 'slp');
    assert.deepEqual(status.show.transports.map((t) => t.value), ['cslu']);
    assert.equal(status.show.trustCodes[0].members.length, 3);
    assert.equal(status.show.clock?.source, 'time source');
    const all = run('genieparser/iosxe_show_license_all_01.txt').model;
    assert.equal(all.show.trustCodes[0].kind, 'none');
    assert.equal(all.show.deadlines[0].kind, 'ack');
  });

  it('tech support: communication blocks, Current time, trust lines', () => {
    const { model } = run('genieparser/iosxe_show_license_tech_support_01.txt');
    const hello = model.show.commBlocks.find((b) => b.name === 'Hello Message')!;
    assert.deepEqual([hello.total, hello.fail, hello.ongoingOverall], [12, 3, 3]);
    const te = model.show.commBlocks.find((b) => b.name === 'Trust Establishment')!;
    assert.equal(te.total, 0);
    assert.deepEqual(model.show.trustLines.map((t) => [t.label, t.state]), [['Overall Trust', 'not-installed']]);
    assert.ok(model.show.clocks.some((c) => c.source === 'current time'));
  });

  it('show version: the Smart Licensing status line and the release', () => {
    const { model } = run('pyntc/iosxe_show_version_01.txt');
    assert.deepEqual([model.show.versionStatus[0].registration, model.show.versionStatus[0].authorization], ['UNREGISTERED', 'EVAL EXPIRED']);
    assert.equal(model.show.release?.text, '16.09.03');
  });

  it('event log: SAEVT records with their fields', () => {
    const { model } = run('genieparser/iosxe_show_license_eventlog_01.txt');
    assert.equal(model.show.events.length, 12);
    assert.equal(model.show.events[0].name, 'SAEVT_PLATFORM');
    assert.equal(model.show.events[0].fields.eventName, 'INFRA_SL_EVLOG_ERM_RESET');
  });

  it('findings that must appear', () => {
    // Smart Transport without a trust code: the decisive Overall Trust line (and the empty Trust Code line).
    for (const rel of ['genieparser/iosxe_show_license_tech_support_06.txt', 'genieparser/iosxe_show_license_tech_support_15.txt', 'genieparser/iosxe_show_license_tech_support_16.txt', 'genieparser/iosxe_show_license_tech_support_17.txt']) {
      const f = findings(rel);
      const overall = run(rel).model.show.trustLines.find((t) => t.label === 'Overall Trust')!;
      assert.ok(f.includes(`slp-trust-not-installed:warning@${overall.line}`), `${rel}: ${f.join(' ')}`);
      assert.ok(!f.some((x) => x.startsWith('slp-communication-failure')), `${rel}: no communication failure is shown`);
    }
    // Usage reports rejected by CSSM right now (the instance's identity is no longer valid).
    assert.equal(findings('genieparser/iosxe_show_license_tech_support_08.txt').filter((x) => x.startsWith('slp-communication-failure:error')).length, 2);
    // The ACK deadline passed 291 days before tech support's Current time.
    assert.ok(findings('genieparser/iosxe_show_license_tech_support_07.txt').includes('communication-deadline:warning@62'));
    // UNREGISTERED/EVAL EXPIRED in show version.
    for (const rel of ['pyntc/iosxe_show_version_01.txt', 'ntc-templates/iosxe_show_version_01.txt']) {
      assert.ok(findings(rel).some((x) => x.startsWith('evaluation-mode:warning')), rel);
    }
    // `No time source, *17:05:54…`: a hint on this SLP device.
    assert.ok(findings('genieparser/iosxe_show_license_tech_support_15.txt').includes('clock-offset:hint@1'));
  });

  it('findings that must not appear', () => {
    // Configs only: no show-output rule (sla-trustpoint-crl stays a hint).
    for (const rel of ['batfish/ios_running_config_01.cfg', 'napalm/iosxe_running_config_01.cfg', 'napalm/nxos_running_config_01.cfg', 'pyntc/nxos_running_config_01.cfg']) {
      assert.deepEqual(findings(rel), [], rel);
    }
    assert.deepEqual(findings('netutils/iosxe_running_config_callhome_01.cfg').map((x) => x.replace(/@\d+$/, '')), ['sla-trustpoint-crl:hint']);
    // IOS-XR and classic RTU licensing are not Smart Licensing outputs.
    for (const rel of ['unicon.plugins/iosxr_console_reload_log_01.txt', 'genieparser/iosxe_show_license_rtu_01.txt', 'genieparser/iosxe_show_license_rtu_02.txt', 'ntc-templates/ios_show_license_rtu_01.txt']) {
      assert.deepEqual(findings(rel), [], rel);
    }
  });
});
