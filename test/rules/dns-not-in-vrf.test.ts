import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../../server/src/engine';
import { at, ruleTester, text } from './harness';

const TAC = 'https://tools.cisco.com/its/service/oddce/services/DDCEService';

/** Full IOS-XE 16.12 config: CiscoTAC-1 over HTTP, Gi0/0 in Mgmt-vrf with the only default route. */
function classic(o: { dns?: string[]; callHomeVrf?: string | null; sourceIf?: string | null; mgmtDhcp?: boolean; profile?: string[] } = {}) {
  return text(
    'version 16.12', 'service call-home', 'hostname ACC-SW-38', '!', 'vrf definition Mgmt-vrf', ' address-family ipv4', ' exit-address-family', '!',
    'call-home', ' contact-email-addr netops@example.com', ...(o.callHomeVrf === null ? [] : [` vrf ${o.callHomeVrf ?? 'Mgmt-vrf'}`]),
    ...(o.profile ?? [' profile "CiscoTAC-1"', '  active', '  destination transport-method http']),
    ...(o.dns ?? ['ip name-server 198.51.100.53', 'ip domain lookup source-interface Vlan20']), '!',
    'interface GigabitEthernet0/0', ' vrf forwarding Mgmt-vrf', o.mgmtDhcp ? ' ip address dhcp' : ' ip address 192.0.2.38 255.255.255.0', '!',
    'interface Vlan20', ' ip address 198.51.100.38 255.255.255.0', '!',
    ...(o.sourceIf === null ? [] : [`ip http client source-interface ${o.sourceIf ?? 'GigabitEthernet0/0'}`]),
    'ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.1', 'ntp server vrf Mgmt-vrf 192.0.2.123', 'end',
  );
}

/** IOS-XE 17.9 SLP Smart Transport through Mgmt-vrf. */
function slp(dns: string[], extra: string[] = []) {
  return text(
    'version 17.9', 'hostname ACC-SW-62', '!', 'vrf definition Mgmt-vrf', ' address-family ipv4', ' exit-address-family', '!',
    'interface GigabitEthernet0/0', ' vrf forwarding Mgmt-vrf', ' ip address 192.0.2.62 255.255.255.0', '!',
    'ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.1', ...dns, 'ip http client source-interface GigabitEthernet0/0',
    'license smart transport smart', 'license smart url default', 'license smart vrf Mgmt-vrf', ...extra, 'ntp server vrf Mgmt-vrf 192.0.2.123', 'end',
  );
}

function nxos(dns: string[], context: string[] = []) {
  return text(
    '!Command: show running-config', '!Time: Mon Mar  3 10:12:44 2025', '', 'version 9.3(5) Bios:version 05.39', 'switchname N9K-LEAF-1', '',
    ...dns,
    'callhome', '  email-contact sch-smart-licensing@cisco.com', '  destination-profile CiscoTAC-1 transport-method http',
    `  destination-profile CiscoTAC-1 index 1 http ${TAC}`, '  transport http use-vrf management', '  enable', '',
    'vrf context management', ...context, '  ip route 0.0.0.0/0 192.0.2.1', '', 'interface mgmt0', '  vrf member management', '  ip address 192.0.2.30/24', '',
  );
}

const globalOnly = classic();
const clientOnly = classic({ callHomeVrf: null });
const otherVrf = classic({ dns: ['ip name-server vrf OOB 203.0.113.53'] });
const dhcpInVrf = classic({ mgmtDhcp: true });
const slpGlobal = slp(['ip domain lookup', 'ip name-server 198.51.100.53']);
const nxGlobal = nxos(['ip domain-lookup', 'ip name-server 198.51.100.53']);
const fragment = text(
  'ACC-SW-38#show running-config | section call-home|name-server',
  'call-home', ' contact-email-addr netops@example.com', ' vrf Mgmt-vrf', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
  'ip name-server 198.51.100.53',
);
const crlf = globalOnly.replace(/\n/g, '\r\n');
// The Chinese XE article: with the name server in a VRF, the lookup's source interface must be in that VRF.
const lookupFromGlobal = classic({ dns: ['ip name-server vrf Mgmt-vrf 192.0.2.53', 'ip domain lookup source-interface Vlan20'] });
const lookupVrfFromGlobal = classic({ dns: ['ip name-server vrf Mgmt-vrf 192.0.2.53', 'ip domain lookup vrf Mgmt-vrf source-interface Vlan20'] });
const lookupUnknownIntf = classic({ dns: ['ip name-server vrf Mgmt-vrf 192.0.2.53', 'ip domain lookup source-interface Loopback7'] });

ruleTester('dns-not-in-vrf', {
  valid: [
    { name: 'lookup source interface in the name server\'s VRF (Chinese XE article)', text: classic({ dns: ['ip name-server vrf Mgmt-vrf 192.0.2.53', 'ip domain lookup source-interface GigabitEthernet0/0'] }) },
    { name: 'lookup source interface not in the text: nothing to compare', text: lookupUnknownIntf },
    { name: 'IOS-XE: ip name-server vrf Mgmt-vrf present', text: classic({ dns: ['ip domain lookup vrf Mgmt-vrf source-interface GigabitEthernet0/0', 'ip name-server vrf Mgmt-vrf 192.0.2.53'] }) },
    { name: 'IOS-XE: a global and a Mgmt-vrf name server', text: classic({ dns: ['ip name-server 198.51.100.53', 'ip name-server vrf Mgmt-vrf 192.0.2.53'] }) },
    { name: 'licensing traffic is global (no VRF under call-home, HTTP client global)', text: classic({ callHomeVrf: null, sourceIf: 'Vlan20' }) },
    { name: 'ip host maps tools.cisco.com', text: classic({ dns: ['ip name-server 198.51.100.53', 'ip host tools.cisco.com 192.0.2.200'] }) },
    {
      name: 'destination by IP address',
      text: classic({ profile: [' profile "CiscoTAC-1"', '  no active', ' profile "SSM-OnPrem"', '  reporting smart-licensing-data', '  destination transport-method http', '  destination address http https://192.0.2.80/Transportgateway/services/DeviceRequestHandler'] }),
    },
    { name: 'no name server at all: dns-not-configured\'s case, not this one', text: classic({ dns: [] }) },
    { name: 'lookup switched off: dns-not-configured\'s case', text: classic({ dns: ['no ip domain lookup', 'ip name-server 198.51.100.53'] }) },
    { name: 'CiscoTAC-1 inactive: no licensing transport', text: classic({ profile: [' profile "CiscoTAC-1"', '  no active', '  destination transport-method http'] }) },
    { name: 'SLP: ip name-server vrf Mgmt-vrf', text: slp(['ip domain lookup vrf Mgmt-vrf source-interface GigabitEthernet0/0', 'ip name-server vrf Mgmt-vrf 192.0.2.53']) },
    { name: 'SLP: through a proxy by address (the proxy resolves Cisco\'s name)', text: slp(['ip name-server 198.51.100.53'], ['license smart proxy address 192.0.2.10', 'license smart proxy port 3128']) },
    { name: 'NX-OS: ip name-server … use-vrf management', text: nxos(['ip domain-lookup', 'ip name-server 192.0.2.53 use-vrf management']) },
    { name: 'NX-OS: ip name-server inside vrf context management', text: nxos(['ip domain-lookup', 'ip name-server 198.51.100.53'], ['  ip name-server 192.0.2.53']) },
    { name: 'fragment without DNS lines', text: text('ACC-SW-38#show running-config | section call-home', 'call-home', ' vrf Mgmt-vrf', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http') },
  ],
  invalid: [
    {
      name: 'name server in Mgmt-vrf, lookup sourced from a global interface: the query cannot reach it',
      text: lookupFromGlobal,
      findings: [{ ...at(lookupFromGlobal, 'ip domain lookup source-interface Vlan20'), severity: 'warning', message: /DNS lookups leave from Vlan20, in the global table, but licensing's name server is in VRF Mgmt-vrf/ }],
      output: lookupFromGlobal.replace('ip domain lookup source-interface Vlan20', 'ip domain lookup source-interface GigabitEthernet0/0'),
      safe: false,
    },
    {
      name: 'ip domain lookup vrf Mgmt-vrf with a source interface outside Mgmt-vrf',
      text: lookupVrfFromGlobal,
      findings: [{ ...at(lookupVrfFromGlobal, 'ip domain lookup vrf Mgmt-vrf source-interface Vlan20'), severity: 'warning', message: /use an interface in Mgmt-vrf/ }],
      output: lookupVrfFromGlobal.replace('source-interface Vlan20', 'source-interface GigabitEthernet0/0'),
    },
    {
      name: 'IOS-XE: vrf Mgmt-vrf under call-home and the HTTP client in Mgmt-vrf, only a global name server',
      text: globalOnly,
      findings: [{ ...at(globalOnly, 'ip name-server 198.51.100.53'), severity: 'warning', message: /VRF Mgmt-vrf.*only in the global table.*ip name-server vrf Mgmt-vrf <address>/ }],
      output: null,
    },
    { name: 'IOS-XE: the HTTP client alone puts licensing in Mgmt-vrf', text: clientOnly, findings: [{ ...at(clientOnly, 'ip name-server 198.51.100.53'), severity: 'warning', message: /tools\.cisco\.com cannot be resolved in VRF Mgmt-vrf, which licensing uses/ }] },
    { name: 'IOS-XE: the only name server is in another VRF', text: otherVrf, findings: [{ ...at(otherVrf, 'ip name-server vrf OOB 203.0.113.53'), severity: 'warning', message: /only outside VRF Mgmt-vrf/ }] },
    { name: 'the VRF\'s interface takes DHCP (may bring a name server there): info', text: dhcpInVrf, findings: [{ ...at(dhcpInVrf, 'ip name-server 198.51.100.53'), severity: 'info', message: /DHCP/ }] },
    { name: 'SLP Smart Transport with license smart vrf, global name server', text: slpGlobal, findings: [{ ...at(slpGlobal, 'ip name-server 198.51.100.53'), severity: 'warning', message: /smartreceiver\.cisco\.com/ }] },
    { name: 'NX-OS: transport http use-vrf management, global name server only', text: nxGlobal, findings: [{ ...at(nxGlobal, 'ip name-server 198.51.100.53'), severity: 'warning', message: /use-vrf management/ }] },
    { name: 'fragment with a global name server: info', text: fragment, findings: [{ ...at(fragment, 'ip name-server 198.51.100.53'), severity: 'info' }] },
    { name: 'CRLF line endings', text: crlf, findings: [{ line: at(globalOnly, 'ip name-server').line, character: 0, endCharacter: 'ip name-server 198.51.100.53'.length, severity: 'warning' }] },
  ],
});

it('dns-not-in-vrf and dns-not-configured never report the same text', () => {
  for (const t of [globalOnly, classic({ dns: [] }), classic({ dns: ['no ip domain lookup', 'ip name-server 198.51.100.53'] }), nxGlobal, slpGlobal]) {
    const ids = new Set(lint(t).findings.map((f) => f.ruleId));
    assert.ok(!(ids.has('dns-not-in-vrf') && ids.has('dns-not-configured')));
  }
});

it('dns-not-in-vrf relates the SLP resolve failure of the same text', () => {
  const combined = text(
    'ACC-SW-62#show running-config', 'Building configuration...', '', ...slpGlobal.trimEnd().split('\n'),
    'ACC-SW-62#show license eventlog 2',
    '2024-06-19 10:02:10.331 UTC SAEVT_COMM_FAIL error="Unable to resolve server hostname/domain name"',
  );
  const f = lint(combined).findings.filter((x) => x.ruleId === 'dns-not-in-vrf');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /Confirmed on line \d+\./);
  assert.ok(f[0].related?.some((r) => /Unable to resolve server hostname\/domain name/.test(r.message)), JSON.stringify(f[0].related));
  assert.ok(f[0].related!.some((r) => r.range.start.line === at(combined, 'SAEVT_COMM_FAIL').line));
});
