import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { at, ruleTester, text } from './harness';

const PATH = '/Transportgateway/services/DeviceRequestHandler';
const BY_IP = `https://192.0.2.80${PATH}`;

interface Opts {
  url?: string;
  activity?: string[];
  transport?: string[];
  callHomeExtra?: string[];
  globals?: string[];
}

const onprem = (o: Opts = {}) =>
  text(
    'version 16.12', 'hostname C9500-CORE', 'service call-home', ...(o.globals ?? []), 'call-home', ' contact-email-addr netops@example.com',
    ...(o.callHomeExtra ?? []), ' profile "CiscoTAC-1"', '  no active', ' profile "SSM-OnPrem"', ...(o.activity ?? []),
    '  reporting smart-licensing-data', ...(o.transport ?? ['  destination transport-method http']), `  destination address http ${o.url ?? BY_IP}`, 'end',
  );
const ipHost = 'ip host ssm-onprem.example.com 192.0.2.80';
// The XE seed puts its on-prem URL under CiscoTAC-1, whose activity a fragment does not decide.
const tacFragment = (url: string) => text('call-home', ' profile "CiscoTAC-1"', '  destination transport-method http', `  destination address http ${url}`);
const nx = text(
  '!Command: show running-config', 'version 9.3(5) Bios:version 05.39', 'switchname N9K-LEAF-1', 'callhome',
  '  destination-profile CiscoTAC-1 transport-method http', `  destination-profile CiscoTAC-1 index 1 http ${BY_IP}`,
  '  transport http use-vrf management', '  enable',
);

const plain = onprem();
const withHost = onprem({ globals: [ipHost] });
const withVrfHost = onprem({ globals: ['ip host vrf Mgmt-vrf ssm-onprem.example.com 192.0.2.80'] });
const twoNames = onprem({ globals: [ipHost, 'ip host satellite.example.com 192.0.2.80'] });
const otherIp = onprem({ globals: ['ip host ssm-onprem.example.com 192.0.2.81'] });
const ipv6 = onprem({ url: `https://[2001:db8::80]${PATH}` });
const port = onprem({ url: `https://192.0.2.81:8443${PATH}`, globals: ['ip host tgw.example.com 192.0.2.81'] });
const quoted = onprem({ url: `"${BY_IP}"`, globals: [ipHost] });
const tac = tacFragment(BY_IP);
const hostName = `https://ssm-onprem.example.com${PATH}`;

ruleTester('server-identity-ip-url', {
  valid: [
    { name: 'the URL holds the certificate\'s name', text: onprem({ url: hostName, globals: [ipHost] }) },
    { name: 'no http secure server-identity-check under call-home', text: onprem({ callHomeExtra: [' no http secure server-identity-check'] }) },
    { name: 'plain http has no certificate', text: onprem({ url: `http://192.0.2.80${PATH}` }) },
    { name: 'a profile known inactive sends nothing', text: onprem({ activity: ['  no active'] }) },
    { name: 'a profile that sends by e-mail only never uses its HTTP address', text: onprem({ transport: ['  destination transport-method email'] }) },
    { name: 'NX-OS has no server identity check command', text: nx },
    { name: 'Cisco\'s cloud is always a name', text: onprem({ url: 'https://tools.cisco.com/its/service/oddce/services/DDCEService' }) },
    { name: 'a broken URL is malformed-destination-url\'s first', text: onprem({ url: `https.//192.0.2.80${PATH}` }) },
    { name: 'an invalid address is malformed-destination-url\'s', text: onprem({ url: `https://192.0.2.300${PATH}` }) },
    { name: 'a license smart url by IP is not call-home\'s check', text: text('version 17.9', 'license smart transport smart', 'license smart url smart https://192.0.2.80/licservice/license', 'end') },
    { name: 'an IP URL in a banner', text: text('hostname R1', 'banner motd ^C', `  destination address http ${BY_IP}`, '^C', 'end') },
  ],
  invalid: [
    {
      name: 'IPv4 URL, no ip host: info, no fix',
      text: plain,
      findings: [{ ...at(plain, '192.0.2.80'), severity: 'info', message: /^The URL names 192\.0\.2\.80, which a certificate issued to a name does not match: use the certificate's name\.$/ }],
      output: null,
    },
    {
      name: 'one ip host for that address: manual rewrite to its name',
      text: withHost,
      findings: [{ ...at(withHost, '192.0.2.80', 'destination address http '), severity: 'info', message: /use the certificate's name \(as in "ip host ssm-onprem\.example\.com"\)/ }],
      output: withHost.replace(BY_IP, hostName), safe: false, fixTitle: /certificate's common name/,
    },
    { name: 'ip host in a VRF', text: withVrfHost, findings: [{ ...at(withVrfHost, '192.0.2.80', 'destination address http '), severity: 'info' }], output: withVrfHost.replace(BY_IP, hostName), safe: false },
    { name: 'two names for the address: no fix (which is the certificate\'s?)', text: twoNames, findings: [{ ...at(twoNames, '192.0.2.80', 'destination address http '), severity: 'info' }], output: null },
    { name: 'ip host for another address does not count', text: otherIp, findings: [{ ...at(otherIp, '192.0.2.80'), severity: 'info' }], output: null },
    { name: 'IPv6 literal', text: ipv6, findings: [{ ...at(ipv6, '[2001:db8::80]'), severity: 'info' }], output: null },
    {
      name: 'Transport Gateway by IP and port: the port stays',
      text: port,
      findings: [{ ...at(port, '192.0.2.81', 'destination address http '), severity: 'info' }],
      output: port.replace('https://192.0.2.81:8443', 'https://tgw.example.com:8443'), safe: false,
    },
    { name: 'quoted URL', text: quoted, findings: [{ ...at(quoted, '192.0.2.80', 'destination address http "https://'), severity: 'info' }], output: quoted.replace(BY_IP, hostName) },
    { name: 'CiscoTAC-1 of unknown activity (the seed\'s own layout), fragment', text: tac, findings: [{ ...at(tac, '192.0.2.80'), severity: 'info', message: /^The URL names 192\.0\.2\.80/ }] },
    { name: 'an active line', text: onprem({ activity: ['  active'] }), findings: [{ ...at(onprem({ activity: ['  active'] }), '192.0.2.80'), severity: 'info' }] },
    {
      name: 'CRLF file keeps CRLF after the fix',
      text: withHost.replace(/\n/g, '\r\n'),
      findings: [{ ...at(withHost, '192.0.2.80', 'destination address http '), severity: 'info' }],
      output: withHost.replace(BY_IP, hostName).replace(/\n/g, '\r\n'),
    },
  ],
});

describe('server-identity-ip-url: scenario 6 evidence in the same text', () => {
  const capture = 'C9500-CORE#show running-config\n' + withHost + text(
    'C9500-CORE#show license all',
    'Registration:',
    '  Status: UNREGISTERED',
    'License Authorization:',
    '  Status: EVAL MODE',
    '  Evaluation Period Remaining: 65 days, 18 hours, 2 minutes, 51 seconds',
    'C9500-CORE#show license eventlog 1',
    '**** Event Log ****',
    '2024-05-20 11:02:43.118 UTC SAEVT_DEREGISTER_STATUS msgStatus="LS_INVALID_DATA" error="Missing Id cert serial number field; Missing signing cert serial number field; Signed data and certificate does not match"',
  );
  it('names the evidence and links it and the ip host line, still info', () => {
    const f = lint(capture).findings.filter((x) => x.ruleId === 'server-identity-ip-url');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'info');
    const evLine = capture.split('\n').findIndex((l) => l.includes('LS_INVALID_DATA'));
    assert.match(f[0].message, new RegExp(`Confirmed on line ${evLine + 1}\\.`));
    const related = f[0].related ?? [];
    assert.ok(related.some((r) => r.range.start.line === evLine), 'links the event');
    const hostLine = capture.split('\n').indexOf(ipHost);
    assert.ok(related.some((r) => r.range.start.line === hostLine), 'links the ip host line');
  });
});
