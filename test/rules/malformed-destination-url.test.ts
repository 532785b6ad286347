import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { at, ruleTester, text } from './harness';

/** Where a finding starts (its end is the URL's end, checked where the whole URL is the needle). */
const from = (source: string, needle: string) => {
  const { line, character } = at(source, needle);
  return { line, character };
};

const TAC = 'https://tools.cisco.com/its/service/oddce/services/DDCEService';
const RECEIVER = 'https://smartreceiver.cisco.com/licservice/license';
const ONPREM = 'https://ssm-onprem.example.com/Transportgateway/services/DeviceRequestHandler';

const classic = (url: string, activity = '  active') =>
  text(
    'version 16.12', 'hostname C9300-ACC-01', '!', 'service call-home', '!', 'call-home',
    ' contact-email-addr netops@example.com', ' profile "CiscoTAC-1"', activity, '  destination transport-method http',
    `  destination address http ${url}`, '!', 'end',
  );
const onprem = (url: string) =>
  text(
    'version 16.12', 'hostname C9500-CORE', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  no active',
    ' profile "SSM-OnPrem"', '  reporting smart-licensing-data', '  destination transport-method http', `  destination address http ${url}`, 'end',
  );
const nx = (dest: string) =>
  text(
    '!Command: show running-config', 'version 9.3(5) Bios:version 05.39', 'switchname N9K-LEAF-1', 'callhome',
    '  email-contact sch-smart-licensing@cisco.com', '  destination-profile CiscoTAC-1 transport-method http',
    `  destination-profile CiscoTAC-1 ${dest}`, '  transport http use-vrf management', '  enable',
  );
const slp = (...lines: string[]) => text('version 17.9', 'hostname C9300-SLP', ...lines, 'end');
// `show running-config | section call-home`: a fragment with no version, hostname or interfaces.
const fragment = (url: string) => text('call-home', ' profile "CiscoTAC-1"', '  active', `  destination address http ${url}`);
const show = (addr: string) =>
  text(
    'C9300#show call-home profile all', '', 'Profile Name: CiscoTAC-1', '    Profile status: ACTIVE', '    Profile mode: Full Reporting',
    '    Reporting Data: Smart Call Home, Smart Licensing', '    Transport Method: http', `    HTTP address(es): ${addr}`, '    Other address(es): default', '',
  );

const dotSep = classic('https.//tools.cisco.com/its/service/oddce/services/DDCEService');
const oneSlash = classic('https:/tools.cisco.com/its/service/oddce/services/DDCEService');
const httpDot = classic('http.//tools.cisco.com/its/service/oddce/services/DDCEService');
const typo = classic('htps://tools.cisco.com/its/service/oddce/services/DDCEService');
const defanged = classic('hxxps://tools.cisco.com/its/service/oddce/services/DDCEService');
const spaceAfterScheme = classic('https:// tools.cisco.com/its/service/oddce/services/DDCEService');
const quotedSpace = classic('"https://tools.cisco.com/its/service/oddce/services/ DDCEService"');
const noHost = classic('https:///its/service/oddce/services/DDCEService');
const schemeOnly = classic('https://');
const placeholder = onprem('https://<ssm-onprem>/Transportgateway/services/DeviceRequestHandler');
const badIp = onprem('https://192.0.2.300/Transportgateway/services/DeviceRequestHandler');
const badPort = onprem('https://ssm-onprem.example.com:44x3/Transportgateway/services/DeviceRequestHandler');
const runIn = classic('https://tools.cisco.comits/servicel/oddce/services/DDCEService');
const noScheme = classic('tools.cisco.com/its/service/oddce/services/DDCEService');
const ftp = classic('ftp://tools.cisco.com/its/service/oddce/services/DDCEService');
const missingSegment = classic('https://tools.cisco.com/its/service/oddce/DDCEService');
const nxTruncated = nx('index 1 http https://tools.cisco.com/its/service/oddce/services/DDCES');
const nxMasked = nx('index 1 http https://10.106.41.xx/Transportgateway/services/DeviceRequestHandler');
const nxNoIndexDot = nx('http https.//tools.cisco.com/its/service/oddce/services/DDCEService');
const receiverPath = slp('license smart transport smart', 'license smart url smart https://smartreceiver.cisco.com/licservice/licenses');
const receiverRoot = slp('license smart transport smart', 'license smart url https://smartreceiver.cisco.com/');
const csluDot = slp('license smart transport cslu', 'license smart url cslu http.//192.0.2.50:8182/cslu/v1/pi');
const csluTypo = slp('license smart transport cslu', 'license smart url cslu htp://192.0.2.50:8182/cslu/v1/pi');
const utility = slp('license smart transport smart', 'license smart url utility https.//198.51.100.7/util');
const inactive = classic('https.//tools.cisco.com/its/service/oddce/services/DDCEService', '  no active');
const bareHost = classic('tools.cisco.com');
const dotAndPath = classic('https.//tools.cisco.com/its/service/oddce/DDCEService');
const spaceRunIn = classic('https://tools.cisco.comits/servicel/oddce/services/ DDCEService');
const quotedTail = classic('"https://tools.cisco.com/its/service/oddce/services/" DDCEService');
const showDot = show('https.//tools.cisco.com/its/service/oddce/services/DDCEService');
const showNoHost = show('https:///its/service/oddce/services/DDCEService');

ruleTester('malformed-destination-url', {
  valid: [
    { name: 'CiscoTAC-1 with the working URL', text: classic(TAC) },
    { name: 'explicit :443 on tools.cisco.com', text: classic('https://tools.cisco.com:443/its/service/oddce/services/DDCEService') },
    { name: 'host names are not case-sensitive', text: classic('https://TOOLS.Cisco.com/its/service/oddce/services/DDCEService') },
    { name: 'a fully qualified host with its trailing dot', text: classic('https://tools.cisco.com./its/service/oddce/services/DDCEService') },
    { name: 'quoted working URL', text: classic(`"${TAC}"`) },
    { name: 'CiscoTAC-1 with no address line (built-in URL)', text: text('call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http') },
    { name: 'http:// of good shape is http-destination\'s', text: classic('http://tools.cisco.com/its/service/oddce/services/DDCEService') },
    { name: 'on-prem path case is onprem-url-path-case\'s', text: onprem('https://ssm-onprem.example.com/TransportGateway/services/DeviceRequestHandler') },
    { name: 'any path on a non-Cisco host', text: onprem('https://a.b.c/d') },
    { name: 'on-prem by IPv4', text: onprem('https://192.0.2.80/Transportgateway/services/DeviceRequestHandler') },
    { name: 'on-prem by IPv6', text: onprem('https://[2001:db8::80]/Transportgateway/services/DeviceRequestHandler') },
    { name: 'Transport Gateway with a port', text: onprem('https://192.0.2.81:8443/Transportgateway/services/DeviceRequestHandler') },
    { name: 'smartreceiver under call-home', text: classic(RECEIVER) },
    { name: 'other cisco.com hosts are not judged by path', text: classic('https://smartreceiver-stage.cisco.com/anything') },
    { name: 'NX-OS working URL with index', text: nx(`index 1 http ${TAC}`) },
    { name: 'NX-OS working URL without index', text: nx(`http ${TAC}`) },
    { name: 'license smart url smart, working', text: slp('license smart transport smart', `license smart url smart ${RECEIVER}`) },
    { name: 'license smart url default is not a URL', text: slp('license smart transport smart', 'license smart url default') },
    { name: 'CSLU on plain HTTP by design', text: slp('license smart transport cslu', 'license smart url cslu http://192.0.2.50:8182/cslu/v1/pi') },
    { name: 'license smart url utility with a good URL', text: slp('license smart transport smart', 'license smart url utility https://198.51.100.7/util') },
    {
      name: 'broken URLs in a banner and a description are not destinations',
      text: text('hostname R1', 'banner motd ^C', ' destination address http https.//tools.cisco.com/x', '^C', 'interface GigabitEthernet1/0/1', ' description see https.//tools.cisco.com', 'end'),
    },
    { name: 'show output with the working URL', text: show(TAC) },
    { name: 'show output listing two URLs', text: show(`${TAC}, ${ONPREM}`) },
  ],
  invalid: [
    {
      name: 'https.// (the XE seed\'s own typo): safe fix restores ://',
      text: dotSep,
      findings: [{ ...at(dotSep, 'https.//tools.cisco.com/its/service/oddce/services/DDCEService'), severity: 'error', message: /"https\.\/\/" is not a scheme separator.*Every message to it fails/ }],
      output: classic(TAC), safe: true, fixTitle: /Use https:\/\//,
    },
    { name: 'https:/ (one slash): safe fix', text: oneSlash, findings: [{ ...from(oneSlash, 'https:/tools'), severity: 'error' }], output: classic(TAC), safe: true },
    {
      name: 'http.// keeps the typed scheme (http-destination takes it from there)',
      text: httpDot,
      findings: [{ ...from(httpDot, 'http.//'), severity: 'error' }],
      output: classic('http://tools.cisco.com/its/service/oddce/services/DDCEService'), safe: true,
    },
    { name: 'htps:// misspelt: manual fix to https', text: typo, findings: [{ ...from(typo, 'htps://'), severity: 'error', message: /misspelt scheme/ }], output: classic(TAC), safe: false },
    { name: 'hxxps:// (defanged copy): manual fix', text: defanged, findings: [{ ...from(defanged, 'hxxps://'), severity: 'error' }], output: classic(TAC), safe: false },
    {
      name: 'a space after the scheme: range covers both words, manual join',
      text: spaceAfterScheme,
      findings: [{ ...at(spaceAfterScheme, 'https:// tools.cisco.com/its/service/oddce/services/DDCEService'), severity: 'error', message: /space cuts the URL: the device takes only "https:\/\/"/ }],
      output: classic(TAC), safe: false,
    },
    {
      // Found by npm run fuzz: a vertical tab is no word separator, so it stayed inside the joined URL.
      name: 'a tab and a vertical tab cut the URL: the fix drops both',
      text: onprem('https://ssm-onprem.example.com/\t\u000bTransportgateway/services/DeviceRequestHandler'),
      findings: [{ ...at(onprem('https://ssm-onprem.example.com/\t\u000bTransportgateway/services/DeviceRequestHandler'), 'https://ssm-onprem.example.com/\t\u000bTransportgateway/services/DeviceRequestHandler'), severity: 'error', message: /space cuts the URL/ }],
      output: onprem(ONPREM), safe: false,
    },
    {
      name: 'quoted URL with a space inside: the fix keeps the quotes',
      text: quotedSpace,
      findings: [{ ...at(quotedSpace, 'https://tools.cisco.com/its/service/oddce/services/ DDCEService'), severity: 'error', message: /space in it/ }],
      output: classic(`"${TAC}"`), safe: false,
    },
    { name: 'no host (three slashes): no fix', text: noHost, findings: [{ ...from(noHost, 'https:///its'), severity: 'error', message: /no host/ }], output: null },
    { name: 'scheme only', text: schemeOnly, findings: [{ ...from(schemeOnly, 'https://'), severity: 'error', message: /no host/ }], output: null },
    { name: 'a placeholder host copied from a document', text: placeholder, findings: [{ ...from(placeholder, 'https://<ssm-onprem>'), severity: 'error', message: /placeholder/ }], output: null },
    { name: 'an IPv4 address with an octet above 255', text: badIp, findings: [{ ...from(badIp, 'https://192.0.2.300'), severity: 'error', message: /not a valid IPv4/ }], output: null },
    { name: 'a port that is not a number', text: badPort, findings: [{ ...from(badPort, 'https://ssm-onprem'), severity: 'error', message: /":44x3" is not a port/ }], output: null },
    { name: 'tools.cisco.com run into its path (XE seed\'s capture)', text: runIn, findings: [{ ...from(runIn, 'https://tools.cisco.comits'), severity: 'error', message: /a "\/" is missing/ }], output: null },
    { name: 'no scheme: manual fix adds https://', text: noScheme, findings: [{ ...from(noScheme, 'tools.cisco.com/its'), severity: 'error', message: /no scheme/ }], output: classic(TAC), safe: false },
    {
      name: 'a bare host: one fix adds the scheme and the service path',
      text: bareHost,
      findings: [{ ...at(bareHost, 'tools.cisco.com'), severity: 'error', message: /no scheme; tools\.cisco\.com serves licensing only at/ }],
      output: classic(TAC), safe: false,
    },
    {
      name: 'https.// and an unknown path: one fix for both, not safe',
      text: dotAndPath,
      findings: [{ ...at(dotAndPath, 'https.//tools.cisco.com/its/service/oddce/DDCEService'), severity: 'error', message: /scheme separator.*serves licensing only/ }],
      output: classic(TAC), safe: false,
    },
    { name: 'space-cut URL whose joined host is broken: no fix', text: spaceRunIn, findings: [{ ...from(spaceRunIn, 'https://tools.cisco.comits'), severity: 'error', message: /space cuts.*a "\/" is missing/ }], output: null },
    { name: 'quoted URL then a word: the closing quote moves to the end', text: quotedTail, findings: [{ ...from(quotedTail, 'https://tools.cisco.com/its/service/oddce/services/"'), severity: 'error' }], output: classic(`"${TAC}"`), safe: false },
    { name: 'ftp:// is not a transport: no fix', text: ftp, findings: [{ ...from(ftp, 'ftp://'), severity: 'error', message: /"ftp" is not a scheme/ }], output: null },
    {
      name: 'unknown path on tools.cisco.com: manual fix to the service path',
      text: missingSegment,
      findings: [{ ...at(missingSegment, 'https://tools.cisco.com/its/service/oddce/DDCEService'), severity: 'error', message: /serves licensing only at \/its\/service\/oddce\/services\/DDCEService/ }],
      output: classic(TAC), safe: false,
    },
    {
      name: 'NX-OS with index: the NX seed\'s URL cut at …/DDCES',
      text: nxTruncated,
      findings: [{ ...at(nxTruncated, 'https://tools.cisco.com/its/service/oddce/services/DDCES'), severity: 'error', message: /callhome destination-profile CiscoTAC-1/ }],
      output: nx(`index 1 http ${TAC}`), safe: false,
    },
    { name: 'NX-OS: the NX seed\'s masked address 10.106.41.xx', text: nxMasked, findings: [{ ...from(nxMasked, 'https://10.106.41.xx'), severity: 'error', message: /masked address/ }], output: null },
    { name: 'NX-OS without index: https.//', text: nxNoIndexDot, findings: [{ ...from(nxNoIndexDot, 'https.//'), severity: 'error' }], output: nx(`http ${TAC}`), safe: true },
    {
      name: 'license smart url smart: unknown smartreceiver path',
      text: receiverPath,
      findings: [{ ...at(receiverPath, 'https://smartreceiver.cisco.com/licservice/licenses'), severity: 'error', message: /license smart url smart.*Smart Transport cannot reach/ }],
      output: slp('license smart transport smart', `license smart url smart ${RECEIVER}`), safe: false,
    },
    {
      name: 'license smart url <url>: host root is not the service',
      text: receiverRoot,
      findings: [{ ...at(receiverRoot, 'https://smartreceiver.cisco.com/'), severity: 'error', message: /not at "\/"/ }],
      output: slp('license smart transport smart', `license smart url ${RECEIVER}`),
    },
    {
      name: 'CSLU: shape is judged, http:// is kept',
      text: csluDot,
      findings: [{ ...from(csluDot, 'http.//192.0.2.50'), severity: 'error' }],
      output: slp('license smart transport cslu', 'license smart url cslu http://192.0.2.50:8182/cslu/v1/pi'), safe: true,
    },
    {
      name: 'CSLU: a misspelt http becomes http, not https',
      text: csluTypo,
      findings: [{ ...from(csluTypo, 'htp://'), severity: 'error' }],
      output: slp('license smart transport cslu', 'license smart url cslu http://192.0.2.50:8182/cslu/v1/pi'), safe: false,
    },
    { name: 'license smart url utility', text: utility, findings: [{ ...from(utility, 'https.//198'), severity: 'error', message: /license smart url utility/ }], safe: true },
    { name: 'a profile known inactive still holds a broken line', text: inactive, findings: [{ ...from(inactive, 'https.//'), severity: 'error' }] },
    { name: 'fragment (show running-config | section call-home)', text: fragment('https.//tools.cisco.com/its/service/oddce/services/DDCEService'), findings: [{ line: 3, character: 27, severity: 'error' }], output: fragment(TAC) },
    {
      name: 'CRLF file keeps CRLF after the fix',
      text: dotSep.replace(/\n/g, '\r\n'),
      findings: [{ ...at(dotSep, 'https.//tools.cisco.com/its/service/oddce/services/DDCEService'), severity: 'error' }],
      output: classic(TAC).replace(/\n/g, '\r\n'),
    },
    {
      name: 'show call-home profile all: no edit, a remedy to type',
      text: showDot,
      findings: [{ ...at(showDot, 'https.//tools.cisco.com/its/service/oddce/services/DDCEService'), severity: 'error', message: /show output/ }],
      output: null,
      remedy: ['call-home', ' profile "CiscoTAC-1"', '  no destination address http https.//tools.cisco.com/its/service/oddce/services/DDCEService', `  destination address http ${TAC}`],
    },
    { name: 'show output with no host: no remedy URL', text: showNoHost, findings: [{ ...from(showNoHost, 'https:///its'), severity: 'error' }], output: null },
  ],
});

describe('malformed-destination-url: show evidence in the same text', () => {
  const capture = text(
    'C9300#show running-config | section call-home',
    'call-home',
    ' profile "CiscoTAC-1"',
    '  active',
    '  destination address http https://tools.cisco.com/its/service/oddce/DDCEService',
    'C9300#show logging | include CALL_HOME',
    '*May 20 11:02:43.118: %CALL_HOME-5-SL_MESSAGE_FAILED: Fail to send out Smart Licensing message to: https://tools.cisco.com/its/service/oddce/DDCEService (ERR 205 : Request Aborted)',
  );
  it('names the failure and links it', () => {
    const f = lint(capture).findings.filter((x) => x.ruleId === 'malformed-destination-url');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Confirmed on line 7\./);
    assert.equal(f[0].related?.[0].range.start.line, 6);
  });
  it('links nothing for a profile known inactive', () => {
    const f = lint(capture.replace('  active', '  no active')).findings.filter((x) => x.ruleId === 'malformed-destination-url');
    assert.equal(f.length, 1);
    assert.equal(f[0].related, undefined);
  });
});
