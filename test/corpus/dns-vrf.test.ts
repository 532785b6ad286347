// The DNS / VRF configuration rules on real device text (../shared/corpus): a real scenario-5 config
// is flagged, and the files that are not IOS-XE licensing configs stay silent.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { decode } from '../../server/src/readText';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const RULES = ['dns-not-configured', 'dns-not-in-vrf', 'http-client-source-interface'];

function mine(rel: string): string[] {
  return lint(decode(readFileSync(join(CORPUS, rel))).text).findings
    .filter((f) => RULES.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.severity} ${f.range.start.line + 1}`);
}

describe('DNS / VRF rules on the corpus', { skip: existsSync(CORPUS) ? false : 'corpus absent' }, () => {
  it('IOS-XE 17.1, active CiscoTAC-1 over HTTP with "no ip domain lookup" and no ip host: dns-not-configured', () => {
    assert.deepEqual(mine('netutils/iosxe_running_config_callhome_01.cfg'), ['dns-not-configured warning 28']);
  });
  it('IOS-XR call-home config: silent (not a platform of SPEC §1)', () => {
    assert.deepEqual(mine('genielibs/iosxr_running_config_callhome_01.cfg'), []);
  });
  for (const rel of ['pyntc/nxos_running_config_01.cfg', 'napalm/nxos_running_config_01.cfg', 'napalm/nxos_checkpoint_config_callhome_01.cfg', 'batfish/ios_running_config_01.cfg']) {
    it(`silent: ${rel}`, () => assert.deepEqual(mine(rel), []));
  }
});
