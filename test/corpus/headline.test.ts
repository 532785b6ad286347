// Real device text published by others (../shared/corpus): every file lints without an exception,
// and the findings it must and must not produce on the files whose content we have read.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { decode } from '../../server/src/readText';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const present = existsSync(CORPUS);

function inputs(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(CORPUS, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(CORPUS, dir.name))) if (/\.(txt|cfg)$/.test(f)) out.push(join(dir.name, f));
  }
  return out.sort();
}

function findings(rel: string) {
  return lint(decode(readFileSync(join(CORPUS, rel))).text, { onRuleError: (r, e) => { throw new Error(`${r.id}: ${e}`); } }).findings;
}

describe('corpus', { skip: present ? false : `../shared/corpus is absent (${CORPUS}): corpus tests skipped` }, () => {
  it('lints every file without an exception', () => {
    const files = inputs();
    assert.ok(files.length > 50);
    for (const rel of files) assert.doesNotThrow(() => findings(rel), rel);
  });

  const headline = ['http-destination', 'missing-vrf', 'multiple-active-profiles', 'missing-clock-calendar-valid'];
  const quiet: [string, string][] = [
    // Configs with no licensing at all, NX-OS configs that only mention callhome in snmp traps, IOS-XR.
    ['pyntc/nxos_running_config_01.cfg', 'NX-OS, callhome only in snmp-server traps'],
    ['napalm/nxos_running_config_01.cfg', 'NX-OS without callhome'],
    ['napalm/nxos_checkpoint_config_callhome_01.cfg', 'NX-OS callhome with only commented defaults'],
    ['batfish/ios_running_config_01.cfg', 'IOS config'],
    ['netutils/iosxe_running_config_callhome_01.cfg', 'CiscoTAC-1 active over HTTP with the built-in https address and ntp server'],
    ['genieparser/iosxe_show_call_home_profile_all_03.txt', 'one ACTIVE profile on email'],
    ['genielibs/iosxr_running_config_callhome_01.cfg', 'IOS-XR call-home (service active, no clock calendar-valid): out of scope'],
  ];
  for (const [rel, why] of quiet) {
    it(`headline rules stay silent: ${rel} (${why})`, () => {
      const f = findings(rel).filter((x) => headline.includes(x.ruleId));
      assert.deepEqual(f.map((x) => `${x.ruleId} ${x.range.start.line + 1}: ${x.message}`), []);
    });
  }

  it('two ACTIVE profiles, only one reporting Smart Licensing: multiple-active-profiles stays silent', () => {
    // CiscoTAC-1 reports Smart Call Home + Smart Licensing; profile "test" is ACTIVE but reports Smart Call Home only.
    const f = findings('genieparser/iosxe_show_call_home_profile_all_01.txt').filter((x) => x.ruleId === 'multiple-active-profiles');
    assert.deepEqual(f.map((x) => x.message), []);
  });

  it('an http:// under "Other address(es)" is not an HTTP destination', () => {
    const f = findings('genieparser/iosxe_show_call_home_profile_all_01.txt').filter((x) => x.ruleId === 'http-destination');
    assert.deepEqual(f.map((x) => x.message), []);
  });
});
