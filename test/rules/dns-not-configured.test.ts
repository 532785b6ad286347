import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { lint } from '../../server/src/engine';
import { at, ruleTester, text } from './harness';
import { licenseAll } from './show-outputs';

const TAC = 'https://tools.cisco.com/its/service/oddce/services/DDCEService';
const ONPREM = 'https://ssm-onprem.example.com/Transportgateway/services/DeviceRequestHandler';

/** A full IOS-XE 16.12 running-config whose active CiscoTAC-1 carries classic licensing (scenario 5's setting). */
function classic(o: { dns?: string[]; profile?: string[]; vlanDhcp?: boolean; callHome?: string[] } = {}) {
  return text(
    'version 16.12', 'service call-home', 'hostname ACC-SW-37', '!',
    'call-home', ' contact-email-addr netops@example.com', ...(o.callHome ?? []),
    ...(o.profile ?? [' profile "CiscoTAC-1"', '  active', '  destination transport-method http']),
    ...(o.dns ?? ['no ip domain lookup']), '!',
    'interface Vlan20', o.vlanDhcp ? ' ip address dhcp' : ' ip address 198.51.100.37 255.255.255.0', '!',
    'ip route 0.0.0.0 0.0.0.0 198.51.100.1', 'ntp server 198.51.100.123', 'end',
  );
}

/** IOS-XE 17.9 SLP with Smart Transport. */
function slp(o: { lines?: string[]; dns?: string[] } = {}) {
  return text(
    'version 17.9', 'hostname ACC-SW-61', '!', 'interface Vlan10', ' ip address 198.51.100.61 255.255.255.0', '!',
    'ip route 0.0.0.0 0.0.0.0 198.51.100.1', ...(o.dns ?? []), 'ip http client source-interface Vlan10',
    ...(o.lines ?? ['license smart transport smart', 'license smart url default']), 'ntp server 198.51.100.123', 'end',
  );
}

/** NX-OS 9.3 `show running-config` with callhome over HTTPS through vrf management. */
function nxos(dns: string[], context: string[] = []) {
  return text(
    '!Command: show running-config', '!Time: Mon Mar  3 10:12:44 2025', '', 'version 9.3(5) Bios:version 05.39', 'switchname N9K-LEAF-1', '',
    ...dns,
    'callhome', '  email-contact sch-smart-licensing@cisco.com', '  destination-profile CiscoTAC-1 transport-method http',
    `  destination-profile CiscoTAC-1 index 1 http ${TAC}`, '  transport http use-vrf management', '  enable', '',
    'vrf context management', ...context, '  ip route 0.0.0.0/0 192.0.2.1', '', 'interface mgmt0', '  vrf member management', '  ip address 192.0.2.30/24', '',
  );
}

const noLookup = classic();
const noServer = classic({ dns: ['ip domain name campus.example.com'] });
const serversButOff = classic({ dns: ['no ip domain lookup', 'ip name-server 192.0.2.53'] });
const dhcp = classic({ vlanDhcp: true });
const onprem = classic({
  profile: [' profile "CiscoTAC-1"', '  no active', ' profile "SSM-OnPrem"', '  reporting smart-licensing-data', '  destination transport-method http', `  destination address http ${ONPREM}`],
  dns: ['no ip domain lookup', 'ip host tools.cisco.com 192.0.2.200'],
});
const proxyByName = classic({ callHome: [' http-proxy "proxy.example.com" port 3128'] });
const slpDefault = slp();
const slpProxyName = slp({ lines: ['license smart transport smart', 'license smart url default', 'license smart proxy address proxy.example.com', 'license smart proxy port 3128'] });
const nxNoLookup = nxos(['no ip domain-lookup']);
const fragment = readFileSync(join(__dirname, '..', 'fixtures', 'config', 'section-call-home-fragment.cfg'), 'utf8');
const crlf = noLookup.replace(/\n/g, '\r\n');
const changeScript = text('configure terminal', 'no ip domain lookup', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http', 'end');

ruleTester('dns-not-configured', {
  valid: [
    { name: 'a name server, lookup on by default', text: classic({ dns: ['ip name-server 192.0.2.53'] }) },
    { name: 'ip host maps tools.cisco.com (no DNS at all)', text: classic({ dns: ['no ip domain lookup', 'ip host tools.cisco.com 192.0.2.200'] }) },
    {
      name: 'the only licensing destination is an IP address',
      text: classic({ profile: [' profile "CiscoTAC-1"', '  no active', ' profile "SSM-OnPrem"', '  reporting smart-licensing-data', '  destination transport-method http', '  destination address http https://192.0.2.80/Transportgateway/services/DeviceRequestHandler'] }),
    },
    { name: 'CiscoTAC-1 of unknown activity (neither active nor no active)', text: classic({ profile: [' profile "CiscoTAC-1"', '  destination transport-method http'] }) },
    { name: 'every profile inactive', text: classic({ profile: [' profile "CiscoTAC-1"', '  no active', '  destination transport-method http'] }) },
    { name: 'call-home on e-mail only', text: classic({ profile: [' profile "CiscoTAC-1"', '  active', '  destination transport-method email'] }) },
    { name: 'call-home through an HTTPS proxy given by address', text: classic({ callHome: [' http-proxy "192.0.2.8" port 3128'] }) },
    { name: 'no licensing transport configured', text: text('version 17.6', 'hostname BR-RTR-01', 'no ip domain lookup', 'interface GigabitEthernet0/0/0', ' ip address 198.51.100.9 255.255.255.0', 'ip route 0.0.0.0 0.0.0.0 198.51.100.1', 'end') },
    { name: 'SLP Smart Transport with a name server', text: slp({ dns: ['ip domain lookup', 'ip name-server 192.0.2.53'] }) },
    { name: 'SLP Smart Transport to a URL by address', text: slp({ lines: ['license smart transport smart', 'license smart url smart https://192.0.2.99/licservice/license'] }) },
    { name: 'SLP Smart Transport through a proxy by address', text: slp({ lines: ['license smart transport smart', 'license smart url default', 'license smart proxy address 192.0.2.10', 'license smart proxy port 3128'] }) },
    { name: 'SLP CSLU without a URL (the collector\'s name is site-specific)', text: slp({ lines: ['license smart transport cslu'] }) },
    { name: 'SLP off', text: slp({ lines: ['license smart transport off'] }) },
    { name: 'NX-OS: name server with use-vrf', text: nxos(['ip domain-lookup', 'ip name-server 192.0.2.53 use-vrf management']) },
    { name: 'NX-OS: name server inside vrf context management', text: nxos([], ['  ip name-server 192.0.2.53']) },
    {
      name: 'IOS-XR call-home (not a platform of SPEC §1)',
      text: text('hostname r1', 'call-home', ' service active', ' contact smart-licensing', ' profile CiscoTAC-1', '  active', '  destination transport-method http', ' !', '!', 'interface MgmtEth0/RP0/CPU0/0', ' ipv4 address 192.0.2.40 255.255.255.0', '!', 'end'),
    },
  ],
  invalid: [
    {
      name: 'scenario 5: active CiscoTAC-1 (built-in tools.cisco.com), no ip domain lookup, no ip host',
      text: noLookup,
      findings: [{ ...at(noLookup, 'call-home', 'service call-home\n'), severity: 'warning', message: /tools\.cisco\.com.*cannot be resolved \("no ip domain lookup", no "ip host"\)/ }],
      output: null,
    },
    { name: 'lookup on by default but no ip name-server', text: noServer, findings: [{ ...at(noServer, 'call-home', 'service call-home\n'), severity: 'warning', message: /cannot be resolved \(no name server, no "ip host"\)/ }] },
    { name: 'name servers present but lookup switched off', text: serversButOff, findings: [{ ...at(serversButOff, 'call-home', 'service call-home\n'), severity: 'warning', message: /\("no ip domain[- ]lookup"/ }] },
    { name: 'an interface takes its address by DHCP (may bring a name server): info', text: dhcp, findings: [{ ...at(dhcp, 'call-home', 'service call-home\n'), severity: 'info', message: /DHCP/ }] },
    {
      name: 'on-prem destination by name; an ip host for another name does not help',
      text: onprem,
      findings: [{ ...at(onprem, 'call-home', 'service call-home\n'), severity: 'warning', message: /ssm-onprem\.example\.com/ }],
    },
    { name: 'HTTPS proxy given by name: the proxy\'s name must resolve', text: proxyByName, findings: [{ ...at(proxyByName, 'call-home', 'service call-home\n'), severity: 'warning', message: /the proxy proxy\.example\.com/ }] },
    {
      name: 'SLP Smart Transport: default smartreceiver.cisco.com, no name server',
      text: slpDefault,
      findings: [{ ...at(slpDefault, 'license smart transport smart'), severity: 'warning', message: /smartreceiver\.cisco\.com/ }],
    },
    { name: 'SLP Smart Transport through a proxy by name', text: slpProxyName, findings: [{ ...at(slpProxyName, 'license smart transport smart'), severity: 'warning', message: /the proxy proxy\.example\.com/ }] },
    {
      name: 'NX-OS: no ip domain-lookup',
      text: nxNoLookup,
      findings: [{ ...at(nxNoLookup, 'callhome'), severity: 'warning', message: /no ip domain-lookup.*use-vrf/ }],
    },
    {
      name: 'fragment: show running-config | section call-home, no DNS lines: info',
      text: fragment,
      findings: [{ ...at(fragment, 'call-home', 'service call-home'), severity: 'info', message: /Partial config: check the device has one/ }],
    },
    {
      name: 'change script that switches lookup off: warning even though it is a fragment',
      text: changeScript,
      findings: [{ ...at(changeScript, 'call-home'), severity: 'warning' }],
    },
    {
      name: 'CRLF line endings: same line, range without the \\r',
      text: crlf,
      findings: [{ line: at(noLookup, 'call-home', 'service call-home\n').line, character: 0, endCharacter: 'call-home'.length, severity: 'warning' }],
    },
  ],
});

it('dns-not-configured names the scenario 5 failure shown in the same text and relates it', () => {
  const show = licenseAll({
    host: 'ACC-SW-37',
    authorization: ['  Status: AUTHORIZED on Apr 25 10:47:33 2024 UTC', '  Last Communication Attempt: FAILED on Jun 19 10:02:10 2024 UTC', '    Failure reason: Fail to send out Call Home HTTP message.', '  Next Communication Attempt: Jun 19 10:21:10 2024 UTC'],
  });
  const combined = text('ACC-SW-37#show running-config', 'Building configuration...', '', ...noLookup.trimEnd().split('\n'), ...show);
  const f = lint(combined).findings.filter((x) => x.ruleId === 'dns-not-configured');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /Confirmed on line \d+\./);
  assert.ok(f[0].related?.some((r) => /Fail to send out Call Home HTTP message/.test(r.message)), 'the related location quotes the failure');
  const reason = at(combined, 'Fail to send out Call Home HTTP message.');
  assert.ok(f[0].related!.some((r) => r.range.start.line === reason.line), 'related: the Failure reason line');
  assert.ok(f[0].related!.some((r) => r.range.start.line === at(combined, 'no ip domain lookup').line), 'related: no ip domain lookup');
});

it('dns-not-configured relates an SLP COMM_FAILED about the host name not resolving', () => {
  const combined = text(
    'ACC-SW-61#show running-config', 'Building configuration...', '', ...slpDefault.trimEnd().split('\n'),
    'ACC-SW-61#show logging | include SMART_LIC',
    '*Jun 19 10:02:10.331: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager (CSSM) : Unable to resolve server hostname/domain name',
  );
  const f = lint(combined).findings.filter((x) => x.ruleId === 'dns-not-configured');
  assert.equal(f.length, 1);
  assert.ok(f[0].related?.some((r) => /Unable to resolve server hostname/.test(r.message)), JSON.stringify(f[0].related));
  assert.ok(f[0].related!.some((r) => r.range.start.line === at(combined, '%SMART_LIC-3-COMM_FAILED').line));
});
