// IOS-XR is out of scope (SPEC §1 covers IOS-XE and NX-OS): the model recognises XR text once
// (`DeviceModel.iosXr`) and no rule speaks on it, while IOS-XE and NX-OS text is never taken for XR.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { buildModel } from '../../server/src/model/build';
import { isIosXr } from '../../server/src/model/licensingPath';
import { callHomeLicensingIntent } from '../../server/src/model/licensingIntent';
import { missingClockCalendarValid } from '../../server/src/rules/missing-clock-calendar-valid';
import { httpDestination } from '../../server/src/rules/http-destination';

const text = (...lines: string[]) => lines.join('\n') + '\n';

// An XR call-home config that would draw IOS-XE findings: http:// destinations, two active licensing
// profiles, no clock calendar-valid and no NTP.
const callHome = [
  'hostname r1', 'clock timezone UTC 0', 'call-home', ' service active', ' contact smart-licensing',
  ' profile CiscoTAC-1', '  active', '  destination transport-method http',
  '  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService', ' !',
  ' profile MINE', '  active', '  reporting smart-licensing-data', '  destination transport-method http', ' !', '!',
];
const XR_FULL = text(
  'Mon Jul 25 15:07:18.981 UTC', 'Building configuration...', '!! IOS XR Configuration 7.8.1.15I',
  '!! Last configuration change at Mon Jul 25 15:07:17 2022 by cisco', '!', ...callHome,
  'interface MgmtEth0/RP0/CPU0/0', ' ipv4 address dhcp', '!', 'end',
);

describe('IOS-XR recognition (model.iosXr)', () => {
  const xr: [string, string][] = [
    ['the XR config header', text('Building configuration...', '!! IOS XR Configuration 7.8.1', '!', 'hostname r1', 'end')],
    ['!! Last configuration change (IOS-XE writes one !)', text('Building configuration...', '!! Last configuration change at Mon Jul 25 15:07:17 2022 by cisco', 'hostname r1', 'end')],
    ['an RP/0/RSP0/CPU0: prompt', text('RP/0/RSP0/CPU0:ASR9K#show running-config call-home', 'call-home', ' profile CiscoTAC-1', '  active', '!')],
    ['an RP/0/RP0/CPU0: log stamp', text('RP/0/RP0/CPU0:Jan 25 15:23:20.317 UTC: smartlicserver[301]: %SMART_LIC-3-EVAL_EXPIRED : Evaluation period expired')],
    ['an interface on a route processor CPU', text('hostname r1', 'interface MgmtEth0/RSP0/CPU0/0', ' shutdown', '!')],
    ['ipv4 address under an interface', text('hostname r1', 'interface GigabitEthernet0/0/0/1', ' ipv4 address 192.0.2.1 255.255.255.0', '!')],
    ['service active inside call-home, no global service call-home', text(...callHome)],
  ];
  for (const [name, t] of xr) it(`XR: ${name}`, () => assert.equal(buildModel(t).iosXr, true));

  const notXr: [string, string][] = [
    ['IOS-XE running-config', text('Building configuration...', '', 'Current configuration : 1024 bytes', '!', '! Last configuration change at 10:12:44 UTC Wed Jun 19 2024', 'version 17.9', 'hostname SW1', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', 'interface GigabitEthernet1/0/1', ' ip address 192.0.2.1 255.255.255.0', 'end')],
    ['NX-OS running-config', text('!Command: show running-config', '!Time: Wed Jun 19 10:12:44 2024', 'version 9.3(5) Bios:version 05.39', 'switchname N9K', 'callhome', '  enable', 'interface mgmt0', '  ip address 192.0.2.1/24')],
    ['IOS-XE show output', text('Switch#show license all', 'Smart Licensing Status', 'Registration:', '  Status: REGISTERED')],
  ];
  for (const [name, t] of notXr) it(`not XR: ${name}`, () => assert.equal(buildModel(t).iosXr, false));

  it('the shared helpers read the model flag', () => {
    const m = buildModel(XR_FULL);
    assert.equal(isIosXr(m), true);
    assert.equal(callHomeLicensingIntent(m), 'no');
  });
});

describe('IOS-XR: the rules stay silent', () => {
  it('missing-clock-calendar-valid and http-destination are silent on an XR call-home config', () => {
    const m = buildModel(XR_FULL);
    assert.deepEqual(missingClockCalendarValid.check(m), []);
    assert.deepEqual(httpDestination.check(m), []);
  });

  it('no finding at all on an XR call-home config', () => {
    assert.deepEqual(lint(XR_FULL).findings.map((f) => `${f.ruleId} ${f.range.start.line}`), []);
  });

  it('the same lines on IOS-XE still draw the findings', () => {
    const xe = text('version 16.12', ...callHome.map((l) => (l === ' service active' ? ' contact-email-addr a@example.com' : l)), 'service call-home', 'interface GigabitEthernet1/0/1', ' ip address 192.0.2.1 255.255.255.0', 'end');
    const ids = new Set(lint(xe).findings.map((f) => f.ruleId));
    for (const id of ['http-destination', 'multiple-active-profiles', 'missing-clock-calendar-valid']) assert.ok(ids.has(id), `${id} fires on IOS-XE`);
  });

  const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'genielibs', 'iosxr_running_config_callhome_01.cfg');
  it('corpus: genielibs/iosxr_running_config_callhome_01.cfg', { skip: existsSync(corpus) ? false : 'corpus absent' }, () => {
    const t = readFileSync(corpus, 'utf8');
    assert.equal(buildModel(t).iosXr, true);
    assert.deepEqual(lint(t).findings.map((f) => `${f.ruleId} ${f.range.start.line + 1}: ${f.message}`), []);
  });
});
