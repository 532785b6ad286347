import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { at, ruleTester, text } from './harness';

const PATH = '/Transportgateway/services/DeviceRequestHandler';
const HOST = 'https://ssm-onprem.example.com';

const onprem = (url: string, activity?: string) =>
  text(
    'version 16.12', 'hostname C9500-CORE', 'service call-home', 'call-home', ' contact-email-addr netops@example.com',
    ' profile "CiscoTAC-1"', '  no active', ' profile "SSM-OnPrem"', ...(activity ? [activity] : []), '  reporting smart-licensing-data',
    '  destination transport-method http', `  destination address http ${url}`, 'end',
  );
// The XE seed configures on-prem under CiscoTAC-1 itself.
const underTac = (url: string) => text('call-home', ' profile "CiscoTAC-1"', '  destination transport-method http', `  destination address http ${url}`);
const nx = (dest: string) =>
  text(
    '!Command: show running-config', 'version 9.3(5) Bios:version 05.39', 'switchname N9K-LEAF-1', 'callhome',
    '  email-contact sch-smart-licensing@cisco.com', '  destination-profile CiscoTAC-1 transport-method http',
    `  destination-profile CiscoTAC-1 ${dest}`, '  transport http use-vrf management', '  enable',
  );
const show = (addr: string) =>
  text(
    'C9300#show call-home profile all', '', 'Profile Name: SSM-OnPrem', '    Profile status: ACTIVE', '    Profile mode: Full Reporting',
    '    Reporting Data: Smart Licensing', '    Transport Method: http', `    HTTP address(es): ${addr}`, '    Other address(es): default', '',
  );

const good = `${HOST}${PATH}`;
const caseG = onprem(`${HOST}/TransportGateway/services/DeviceRequestHandler`);
const allLower = onprem(`${HOST}/transportgateway/services/devicerequesthandler`);
const dutch = onprem(`${HOST}/Transportgateway/services/DevicerequestHandler`);
const singular = onprem(`${HOST}/Transportgateway/service/DeviceRequestHandler`);
const trailing = onprem(`${HOST}${PATH}/`);
const doubled = onprem(`${HOST}//Transportgateway/services/DeviceRequestHandler`);
const missing = onprem(`${HOST}/Transportgateway/DeviceRequestHandler`);
const prefixed = onprem(`${HOST}/ssm/Transportgateway/services/DeviceRequestHandler`);
const misspelt = onprem(`${HOST}/TransportGateway/services/DeviceRequestHandeler`);
const query = onprem(`${HOST}/transportgateway/services/DeviceRequestHandler?x=1`);
const gateway = onprem('https://192.0.2.81:8443/TransportGateway/services/DeviceRequestHandler');
const quoted = onprem(`"${HOST}/TransportGateway/services/DeviceRequestHandler"`);
const onHttp = onprem('http://ssm-onprem.example.com/TransportGateway/services/DeviceRequestHandler');
const inactive = onprem(`${HOST}/TransportGateway/services/DeviceRequestHandler`, '  no active');
const tac = underTac(`${HOST}/TransportGateway/services/DeviceRequestHandler`);
const nxIndex = nx('index 1 http https://10.106.41.20/transportgateway/services/DeviceRequestHandler');
const nxNoIndex = nx('http https://10.106.41.20/TransportGateway/services/DeviceRequestHandler');
const showCase = show(`${HOST}/TransportGateway/services/DeviceRequestHandler`);

const path = (source: string, p: string) => at(source, p, 'destination address http ');

ruleTester('onprem-url-path-case', {
  valid: [
    { name: 'the exact path', text: onprem(good) },
    { name: 'host name case does not matter', text: onprem(`https://SSM-OnPrem.example.com${PATH}`) },
    { name: 'Transport Gateway with a port', text: onprem(`https://192.0.2.81:8443${PATH}`) },
    { name: 'on http:// (http-destination\'s, path right)', text: onprem(`http://ssm-onprem.example.com${PATH}`) },
    { name: 'quoted, exact', text: onprem(`"${good}"`) },
    { name: 'another service on another host is not the handler', text: onprem('https://collector.example.com/services/Upload') },
    { name: 'corpus-like placeholder path', text: onprem('https://a.b.c/d') },
    { name: 'Cisco\'s cloud paths are malformed-destination-url\'s', text: onprem('https://tools.cisco.com/its/service/oddce/services/DDCEService') },
    { name: 'handler path on tools.cisco.com: not on-prem', text: onprem('https://tools.cisco.com/TransportGateway/services/DeviceRequestHandler') },
    { name: 'broken scheme: malformed-destination-url reports first', text: onprem('https.//ssm-onprem.example.com/TransportGateway/services/DeviceRequestHandler') },
    { name: 'URL cut by a space: malformed-destination-url reports first', text: onprem('https://ssm-onprem.example.com/TransportGateway/services/ DeviceRequestHandler') },
    { name: 'CSLU URL', text: text('version 17.9', 'license smart transport cslu', 'license smart url cslu http://192.0.2.50:8182/cslu/v1/pi', 'end') },
    { name: 'NX-OS exact path', text: nx(`index 1 http https://10.106.41.20${PATH}`) },
    { name: 'show output exact path', text: show(good) },
    { name: 'handler URL in a banner', text: text('hostname R1', 'banner motd ^C', `  destination address http ${HOST}/TransportGateway/services/DeviceRequestHandler`, '^C', 'end') },
  ],
  invalid: [
    {
      name: 'TransportGateway (capital G): safe fix of the path only',
      text: caseG,
      findings: [{ ...path(caseG, '/TransportGateway/services/DeviceRequestHandler'), severity: 'error', message: /call-home profile "SSM-OnPrem".*only the letter case differs/ }],
      output: onprem(good), safe: true, fixTitle: /Use the path/,
    },
    { name: 'all lower case', text: allLower, findings: [{ ...path(allLower, '/transportgateway/services/devicerequesthandler'), severity: 'error' }], output: onprem(good), safe: true },
    { name: 'DevicerequestHandler (the Dutch seed\'s copy)', text: dutch, findings: [{ ...path(dutch, '/Transportgateway/services/DevicerequestHandler'), severity: 'error' }], output: onprem(good), safe: true },
    { name: 'service for services', text: singular, findings: [{ ...path(singular, '/Transportgateway/service/DeviceRequestHandler'), severity: 'error', message: /spelling or slashes/ }], output: onprem(good), safe: true },
    { name: 'trailing slash', text: trailing, findings: [{ ...path(trailing, `${PATH}/`), severity: 'error' }], output: onprem(good), safe: true },
    { name: 'doubled slash', text: doubled, findings: [{ ...path(doubled, '//Transportgateway'), endCharacter: undefined, severity: 'error' }], output: onprem(good), safe: true },
    { name: 'missing segment: offered one by one', text: missing, findings: [{ ...path(missing, '/Transportgateway/DeviceRequestHandler'), severity: 'error', message: /segments differ/ }], output: onprem(good), safe: false },
    { name: 'extra leading segment: offered one by one', text: prefixed, findings: [{ ...path(prefixed, '/ssm/Transportgateway/services/DeviceRequestHandler'), severity: 'error' }], output: onprem(good), safe: false },
    { name: 'misspelt handler: offered one by one', text: misspelt, findings: [{ ...path(misspelt, '/TransportGateway/services/DeviceRequestHandeler'), severity: 'error' }], output: onprem(good), safe: false },
    { name: 'a query after the path: offered one by one', text: query, findings: [{ ...path(query, '/transportgateway/services/DeviceRequestHandler?x=1'), severity: 'error' }], output: onprem(good), safe: false },
    {
      name: 'Transport Gateway by IP and port: port kept',
      text: gateway,
      findings: [{ ...path(gateway, '/TransportGateway/services/DeviceRequestHandler'), severity: 'error' }],
      output: onprem(`https://192.0.2.81:8443${PATH}`), safe: true,
    },
    { name: 'quoted URL: the quotes stay', text: quoted, findings: [{ ...path(quoted, '/TransportGateway/services/DeviceRequestHandler'), severity: 'error' }], output: onprem(`"${good}"`), safe: true },
    { name: 'http:// with a wrong path: both rules, each its own characters', text: onHttp, findings: [{ ...path(onHttp, '/TransportGateway/services/DeviceRequestHandler'), severity: 'error' }], output: onprem(`http://ssm-onprem.example.com${PATH}`) },
    { name: 'a profile known inactive: the line is still wrong', text: inactive, findings: [{ ...path(inactive, '/TransportGateway/services/DeviceRequestHandler'), severity: 'error' }] },
    { name: 'under CiscoTAC-1, fragment without header', text: tac, findings: [{ ...path(tac, '/TransportGateway/services/DeviceRequestHandler'), severity: 'error', message: /CiscoTAC-1/ }], output: underTac(good) },
    {
      name: 'NX-OS with index',
      text: nxIndex,
      findings: [{ ...at(nxIndex, '/transportgateway/services/DeviceRequestHandler'), severity: 'error', message: /callhome destination-profile CiscoTAC-1/ }],
      output: nx(`index 1 http https://10.106.41.20${PATH}`), safe: true,
    },
    { name: 'NX-OS without index', text: nxNoIndex, findings: [{ ...at(nxNoIndex, '/TransportGateway/services/DeviceRequestHandler'), severity: 'error' }], output: nx(`http https://10.106.41.20${PATH}`) },
    {
      name: 'show call-home profile all: remedy, no edit',
      text: showCase,
      findings: [{ ...at(showCase, '/TransportGateway/services/DeviceRequestHandler'), severity: 'error' }],
      output: null,
      remedy: ['call-home', ' profile "SSM-OnPrem"', `  no destination address http ${HOST}/TransportGateway/services/DeviceRequestHandler`, `  destination address http ${good}`],
    },
    {
      name: 'CRLF file keeps CRLF after the fix',
      text: caseG.replace(/\n/g, '\r\n'),
      findings: [{ ...path(caseG, '/TransportGateway/services/DeviceRequestHandler'), severity: 'error' }],
      output: onprem(good).replace(/\n/g, '\r\n'),
    },
  ],
});

describe('onprem-url-path-case: show evidence in the same text', () => {
  it('links the scenario 5 failure of an active profile', () => {
    const t = 'C9500-CORE#show running-config\n' + caseG + text(
      'C9500-CORE#show license status',
      'License Authorization:',
      '  Status: AUTHORIZED on May 20 2024 10:00:00 UTC',
      '  Last Communication Attempt: FAILED on May 20 2024 11:02:43 UTC',
      '  Failure reason: Fail to send out Call Home HTTP message.',
    );
    const f = lint(t).findings.filter((x) => x.ruleId === 'onprem-url-path-case');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Confirmed on line \d+/);
    assert.ok((f[0].related ?? []).length >= 1);
  });
});
