import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../../server/src/engine';
import { at, ruleTester, text } from './harness';

/** Full IOS-XE 16.12 config, licensing over call-home, Gi0/0 in Mgmt-vrf, DNS already in the VRF. */
function classic(o: { callHomeVrf?: string | null; sourceIf?: string | null; routes?: string[]; mgmt?: string[]; extraIntf?: string[]; vlanDhcp?: boolean } = {}) {
  return text(
    'version 16.12', 'service call-home', 'hostname ACC-SW-52', '!', 'vrf definition Mgmt-vrf', ' address-family ipv4', ' exit-address-family', '!',
    'call-home', ' contact-email-addr netops@example.com', ...(o.callHomeVrf === null ? [] : [` vrf ${o.callHomeVrf ?? 'Mgmt-vrf'}`]),
    ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
    'ip domain lookup vrf Mgmt-vrf source-interface GigabitEthernet0/0', 'ip name-server vrf Mgmt-vrf 192.0.2.53', '!',
    'interface GigabitEthernet0/0', ...(o.mgmt ?? [' vrf forwarding Mgmt-vrf', ' ip address 192.0.2.52 255.255.255.0', ' negotiation auto']), '!',
    ...(o.extraIntf ?? []),
    'interface Vlan20', o.vlanDhcp ? ' ip address dhcp' : ' ip address 198.51.100.52 255.255.255.0', '!',
    'ip http server', 'ip http secure-server',
    ...(o.sourceIf === null ? [] : [`ip http client source-interface ${o.sourceIf ?? 'GigabitEthernet0/0'}`]),
    ...(o.routes ?? ['ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.1']), 'ntp server vrf Mgmt-vrf 192.0.2.123', 'end',
  );
}

/** IOS-XE 17.9 SLP Smart Transport. */
function slp(o: { licenseVrf?: string | null; sourceIf?: string | null } = {}) {
  return text(
    'version 17.9', 'hostname ACC-SW-63', '!', 'vrf definition Mgmt-vrf', ' address-family ipv4', ' exit-address-family', '!',
    'interface GigabitEthernet0/0', ' vrf forwarding Mgmt-vrf', ' ip address 192.0.2.63 255.255.255.0', '!',
    'interface Vlan10', ' ip address 198.51.100.63 255.255.255.0', '!',
    'ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.1', 'ip domain lookup vrf Mgmt-vrf source-interface GigabitEthernet0/0', 'ip name-server vrf Mgmt-vrf 192.0.2.53',
    ...(o.sourceIf === null ? [] : [`ip http client source-interface ${o.sourceIf ?? 'GigabitEthernet0/0'}`]),
    'license smart transport smart', 'license smart url default', ...(o.licenseVrf === null ? [] : [`license smart vrf ${o.licenseVrf ?? 'Mgmt-vrf'}`]),
    'ntp server vrf Mgmt-vrf 192.0.2.123', 'end',
  );
}

const missing = classic({ sourceIf: null });
const global = classic({ sourceIf: 'Vlan20' });
const twoCandidates = classic({ sourceIf: null, extraIntf: ['interface GigabitEthernet1/0/48', ' no switchport', ' vrf forwarding Mgmt-vrf', ' ip address 192.0.2.152 255.255.255.0', '!'] });
const shutCandidate = classic({ sourceIf: null, extraIntf: ['interface GigabitEthernet1/0/48', ' no switchport', ' vrf forwarding Mgmt-vrf', ' ip address 192.0.2.152 255.255.255.0', ' shutdown', '!'] });
const byRoute = classic({ callHomeVrf: null, sourceIf: null });
const byRouteDhcp = classic({ callHomeVrf: null, sourceIf: 'Vlan20', vlanDhcp: true });
const slpMissing = slp({ sourceIf: null });
const slpGlobal = slp({ sourceIf: 'Vlan10' });
const fragment = text(
  'ACC-SW-52#show running-config | section call-home', 'call-home', ' contact-email-addr netops@example.com', ' vrf Mgmt-vrf', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
);
const crlf = missing.replace(/\n/g, '\r\n');

ruleTester('http-client-source-interface', {
  valid: [
    { name: 'source interface in the VRF named under call-home', text: classic() },
    { name: 'licensing traffic global: no VRF under call-home, global default route, global source interface', text: classic({ callHomeVrf: null, sourceIf: 'Vlan20', routes: ['ip route 0.0.0.0 0.0.0.0 198.51.100.1'] }) },
    { name: 'global default route, no source interface, no VRF named', text: classic({ callHomeVrf: null, sourceIf: null, routes: ['ip route 0.0.0.0 0.0.0.0 198.51.100.1'] }) },
    { name: 'source interface in another VRF than call-home names: missing-vrf\'s conflict, not repeated here', text: classic({ callHomeVrf: 'OTHER' }) },
    { name: 'call-home names no VRF, HTTP client in Mgmt-vrf: missing-vrf\'s case', text: classic({ callHomeVrf: null }) },
    { name: 'SLP: source interface in the license smart VRF', text: slp() },
    {
      name: 'call-home has its own source-interface in the VRF (newer releases)',
      text: classic({ sourceIf: null }).replace(' vrf Mgmt-vrf\n profile', ' vrf Mgmt-vrf\n source-interface GigabitEthernet0/0\n profile'),
    },
    { name: 'SLP: no license smart vrf, only the default route in Mgmt-vrf (missing-vrf reports it)', text: slp({ licenseVrf: null, sourceIf: null }) },
    { name: 'no licensing transport configured', text: text('version 17.6', 'hostname BR-RTR-01', 'interface GigabitEthernet0', ' vrf forwarding Mgmt-intf', ' ip address 192.0.2.9 255.255.255.0', 'ip route vrf Mgmt-intf 0.0.0.0 0.0.0.0 192.0.2.1', 'end') },
    { name: 'source interface the text does not define', text: classic({ sourceIf: 'Loopback99' }) },
    {
      name: 'NX-OS: never (no ip http client source-interface there)',
      text: text('!Command: show running-config', 'version 9.3(5) Bios:version 05.39', 'switchname N9K-LEAF-1', 'callhome', '  destination-profile CiscoTAC-1 transport-method http',
        '  destination-profile CiscoTAC-1 index 1 http https://tools.cisco.com/its/service/oddce/services/DDCEService', '  transport http use-vrf management', '  enable',
        'vrf context management', '  ip route 0.0.0.0/0 192.0.2.1', 'interface mgmt0', '  vrf member management', '  ip address 192.0.2.30/24'),
    },
  ],
  invalid: [
    {
      name: 'vrf Mgmt-vrf under call-home, no ip http client source-interface: manual fix with the only interface in the VRF',
      text: missing,
      findings: [{ ...at(missing, 'vrf Mgmt-vrf', 'call-home\n contact-email-addr netops@example.com\n '), severity: 'warning', message: /no source in VRF Mgmt-vrf.*"ip http client source-interface GigabitEthernet0\/0"/ }],
      output: missing.replace('ip http secure-server\n', 'ip http secure-server\nip http client source-interface GigabitEthernet0/0\n'),
      fixTitle: /GigabitEthernet0\/0/,
      safe: false,
    },
    {
      name: 'source interface in the global table: replace it',
      text: global,
      findings: [{ ...at(global, 'ip http client source-interface Vlan20'), severity: 'warning', message: /Vlan20 is in the global table/ }],
      output: classic(),
      safe: false,
    },
    { name: 'two interfaces in the VRF: no fix', text: twoCandidates, findings: [{ ...at(twoCandidates, 'vrf Mgmt-vrf', 'call-home\n contact-email-addr netops@example.com\n '), severity: 'warning', message: /<interface in Mgmt-vrf>/ }], output: null },
    {
      name: 'a shut-down interface in the VRF is no candidate',
      text: shutCandidate,
      findings: [{ ...at(shutCandidate, 'vrf Mgmt-vrf', 'call-home\n contact-email-addr netops@example.com\n '), severity: 'warning' }],
      output: shutCandidate.replace('ip http secure-server\n', 'ip http secure-server\nip http client source-interface GigabitEthernet0/0\n'),
    },
    {
      name: 'call-home names no VRF, the only default route is in Mgmt-vrf, routing known',
      text: byRoute,
      findings: [{ ...at(byRoute, 'ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.1'), severity: 'warning', message: /only default route is in VRF Mgmt-vrf/ }],
    },
    { name: 'by route only while an interface takes DHCP (routing unknown): info', text: byRouteDhcp, findings: [{ ...at(byRouteDhcp, 'ip http client source-interface Vlan20'), severity: 'info' }] },
    {
      name: 'SLP: license smart vrf Mgmt-vrf, no source interface',
      text: slpMissing,
      findings: [{ ...at(slpMissing, 'license smart vrf Mgmt-vrf'), severity: 'warning' }],
      output: slpMissing.replace('license smart vrf Mgmt-vrf\n', 'ip http client source-interface GigabitEthernet0/0\nlicense smart vrf Mgmt-vrf\n'),
    },
    { name: 'SLP: source interface global', text: slpGlobal, findings: [{ ...at(slpGlobal, 'ip http client source-interface Vlan10'), severity: 'warning' }], output: slp() },
    { name: 'fragment (show running-config | section call-home): info at most', text: fragment, findings: [{ ...at(fragment, 'vrf Mgmt-vrf'), severity: 'info', message: /not a full running-config/ }], output: null },
    {
      name: 'CRLF: the inserted line keeps CRLF',
      text: crlf,
      findings: [{ line: at(missing, 'vrf Mgmt-vrf', 'call-home\n').line, character: 1, endCharacter: 1 + 'vrf Mgmt-vrf'.length, severity: 'warning' }],
      output: crlf.replace('ip http secure-server\r\n', 'ip http secure-server\r\nip http client source-interface GigabitEthernet0/0\r\n'),
    },
  ],
});

it('http-client-source-interface and missing-vrf never report the same text', () => {
  for (const t of [missing, global, byRoute, classic({ callHomeVrf: 'OTHER' }), classic({ callHomeVrf: null }), slpMissing, slpGlobal, slp({ licenseVrf: null, sourceIf: null })]) {
    const ids = new Set(lint(t).findings.map((f) => f.ruleId));
    assert.ok(!(ids.has('http-client-source-interface') && ids.has('missing-vrf')), [...ids].join(', '));
  }
});

it('http-client-source-interface relates the scenario 5 send failure in the same text', () => {
  const combined = text(
    'ACC-SW-52#show running-config', 'Building configuration...', '', ...missing.trimEnd().split('\n'),
    'ACC-SW-52#show logging | include CALL_HOME',
    'Jun 19 10:02:10.331: %CALL_HOME-5-SL_MESSAGE_FAILED: Fail to send out Smart Licensing message to: https://tools.cisco.com/its/service/oddce/services/DDCEService (ERR 205 : Request Aborted)',
  );
  const f = lint(combined).findings.filter((x) => x.ruleId === 'http-client-source-interface');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /Confirmed on line \d+\./);
  assert.ok(f[0].related!.some((r) => r.range.start.line === at(combined, '%CALL_HOME-5-SL_MESSAGE_FAILED').line));
});
