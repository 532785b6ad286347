import { at, ruleTester, text } from './harness';

const TAC = 'https://tools.cisco.com/its/service/oddce/services/DDCEService';

/** IOS-XE 16.x switch whose management port is in Mgmt-vrf, licensing over call-home. */
function classic(opts: { callHomeVrf?: string; sourceIf?: string; routes?: string[] } = {}) {
  return text(
    'version 16.12', 'hostname C9300-ACC-01', '!', 'vrf definition Mgmt-vrf', ' !', ' address-family ipv4', ' exit-address-family', '!',
    'interface GigabitEthernet0/0', ' vrf forwarding Mgmt-vrf', ' ip address 192.0.2.10 255.255.255.0', ' negotiation auto', '!',
    'interface Vlan10', ' ip address 198.51.100.10 255.255.255.0', '!',
    ...(opts.routes ?? ['ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.1']),
    `ip http client source-interface ${opts.sourceIf ?? 'GigabitEthernet0/0'}`,
    'service call-home', '!', 'call-home', ' contact-email-addr netops@example.com',
    ...(opts.callHomeVrf ? [` vrf ${opts.callHomeVrf}`] : []),
    ' profile "CiscoTAC-1"', '  active', '  destination transport-method http', `  destination address http ${TAC}`, '!', 'ntp server 192.0.2.123', 'end',
  );
}

/** IOS-XE 17.9 (SLP) switch with Smart Transport. */
function slp(opts: { licenseVrf?: string; sourceIf?: string | null; routes?: string[]; vlanDhcp?: boolean } = {}) {
  return text(
    'version 17.9', 'hostname C9300-SLP-01', '!', 'vrf definition Mgmt-vrf', ' !', ' address-family ipv4', ' exit-address-family', '!',
    'interface GigabitEthernet0/0', ' vrf forwarding Mgmt-vrf', ' ip address 192.0.2.20 255.255.255.0', '!',
    'interface Vlan10', opts.vlanDhcp ? ' ip address dhcp' : ' ip address 198.51.100.20 255.255.255.0', '!',
    ...(opts.routes ?? ['ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.1']),
    ...(opts.sourceIf === null ? [] : [`ip http client source-interface ${opts.sourceIf ?? 'GigabitEthernet0/0'}`]),
    'license smart transport smart', 'license smart url default', ...(opts.licenseVrf ? [`license smart vrf ${opts.licenseVrf}`] : []),
    'ntp server 192.0.2.123', 'end',
  );
}

function nxos(opts: { useVrf?: boolean; globalDefault?: boolean; http?: boolean } = {}) {
  return text(
    '!Command: show running-config', '!Time: Mon Mar  3 10:12:44 2025', '', 'version 9.3(5) Bios:version 05.39', 'switchname N9K-LEAF-1', '',
    'callhome', '  email-contact sch-smart-licensing@cisco.com', '  destination-profile CiscoTAC-1 transport-method http',
    ...(opts.http === false ? [] : [`  destination-profile CiscoTAC-1 index 1 http ${TAC}`]),
    ...(opts.useVrf ? ['  transport http use-vrf management'] : []), '  enable', '',
    ...(opts.globalDefault ? ['ip route 0.0.0.0/0 203.0.113.1'] : []),
    'vrf context management', '  ip route 0.0.0.0/0 192.0.2.1', '', 'interface mgmt0', '  vrf member management', '  ip address 192.0.2.30/24', '',
  );
}

const chMissing = classic();
const chOther = classic({ callHomeVrf: 'OTHER' });
const slpMissing = slp();
const slpRouteOnlyDhcp = slp({ sourceIf: null, vlanDhcp: true });
const slpRouteOnly = slp({ sourceIf: null });
const slpTwo = slp({ sourceIf: 'GigabitEthernet0/0', routes: ['ip route vrf BLUE 0.0.0.0 0.0.0.0 203.0.113.1'] }).replace('vrf definition Mgmt-vrf', 'vrf definition BLUE\n!\nvrf definition Mgmt-vrf');
const nxMissing = nxos();

ruleTester('missing-vrf', {
  valid: [
    { name: 'call-home names the VRF of the HTTP client source interface', text: classic({ callHomeVrf: 'Mgmt-vrf' }) },
    { name: 'source interface global and a global default route', text: classic({ sourceIf: 'Vlan10', routes: ['ip route 0.0.0.0 0.0.0.0 198.51.100.1'] }) },
    { name: 'no licensing transport configured', text: text('version 16.12', 'hostname R1', 'interface GigabitEthernet0/0', ' vrf forwarding Mgmt-vrf', ' ip address 192.0.2.1 255.255.255.0', 'ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.254', 'end') },
    { name: 'SLP: the VRF is already named', text: slp({ licenseVrf: 'Mgmt-vrf' }) },
    {
      name: 'SLP: global default route and global source interface (a Mgmt-vrf route beside it)',
      text: slp({ sourceIf: 'Vlan10', routes: ['ip route 0.0.0.0 0.0.0.0 198.51.100.1', 'ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.1'] }),
    },
    { name: 'SLP: no VRF anywhere', text: slp({ sourceIf: 'Vlan10', routes: ['ip route 0.0.0.0 0.0.0.0 198.51.100.1'] }) },
    { name: 'NX-OS: transport http use-vrf management present', text: nxos({ useVrf: true }) },
    { name: 'NX-OS: a global default route exists', text: nxos({ globalDefault: true }) },
    { name: 'NX-OS: callhome without an HTTP destination', text: nxos({ http: false }) },
    {
      name: 'fragment: show running-config | section call-home',
      text: text('C9300#show running-config | section call-home', 'service call-home', 'call-home', ' contact-email-addr netops@example.com', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http'),
    },
  ],
  invalid: [
    {
      name: 'classic call-home without the VRF of its HTTP source interface',
      text: chMissing,
      findings: [{ ...at(chMissing, 'call-home', 'service call-home\n!'), severity: 'warning', message: /Mgmt-vrf/ }],
      output: chMissing.replace(' profile "CiscoTAC-1"', ' vrf Mgmt-vrf\n profile "CiscoTAC-1"'),
      safe: false,
    },
    {
      name: 'classic call-home with another VRF',
      text: chOther,
      findings: [{ ...at(chOther, 'OTHER', ' vrf '), severity: 'warning' }],
      output: chOther.replace(' vrf OTHER', ' vrf Mgmt-vrf'),
    },
    {
      name: 'SLP Smart Transport with the HTTP client in Mgmt-vrf and no license smart vrf',
      text: slpMissing,
      findings: [{ ...at(slpMissing, 'license smart transport smart'), severity: 'warning', message: /Mgmt-vrf/ }],
      output: slpMissing.replace('license smart url default\n', 'license smart url default\nlicense smart vrf Mgmt-vrf\n'),
      fixTitle: /license smart vrf Mgmt-vrf/,
      safe: false,
    },
    { name: 'SLP: only default route in Mgmt-vrf, routing otherwise known', text: slpRouteOnly, findings: [{ ...at(slpRouteOnly, 'license smart transport smart'), severity: 'warning' }] },
    { name: 'SLP: only static default route in Mgmt-vrf but Vlan10 takes DHCP (routing unknown): info', text: slpRouteOnlyDhcp, findings: [{ ...at(slpRouteOnlyDhcp, 'license smart transport smart'), severity: 'info' }] },
    { name: 'SLP: two candidate VRFs, no fix', text: slpTwo, findings: [{ ...at(slpTwo, 'license smart transport smart'), severity: 'warning' }], output: null },
    {
      name: 'NX-OS callhome over HTTP without use-vrf while the default route is in vrf management',
      text: nxMissing,
      findings: [{ ...at(nxMissing, 'callhome'), severity: 'warning', message: /management/ }],
      output: nxMissing.replace('  enable', '  transport http use-vrf management\n  enable'),
    },
  ],
});
