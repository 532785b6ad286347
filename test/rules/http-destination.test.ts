import { at, ruleTester, text } from './harness';

const TAC_HTTP = 'http://tools.cisco.com/its/service/oddce/services/DDCEService';
const TAC_HTTPS = 'https://tools.cisco.com/its/service/oddce/services/DDCEService';
const ONPREM = 'ssm-onprem.example.com/Transportgateway/services/DeviceRequestHandler';

const classic = (...profileLines: string[]) =>
  text(
    'version 16.12', 'hostname C9300-ACC-01', '!', 'service call-home', '!', 'call-home',
    ' contact-email-addr netops@example.com', ' profile "CiscoTAC-1"', ...profileLines, '!', 'end',
  );

const tacHttp = classic('  active', '  destination transport-method http', `  destination address http ${TAC_HTTP}`);
const tacPort80 = classic('  active', '  destination transport-method http', '  destination address http http://tools.cisco.com:80/its/service/oddce/services/DDCEService');
const onpremHttp = text(
  'version 16.12', 'hostname C9500-CORE', 'service call-home', 'call-home', ' contact-email-addr netops@example.com',
  ' profile "CiscoTAC-1"', '  no active', ' profile "SSM-ONPREM"', '  reporting smart-licensing-data', '  destination transport-method http',
  `  destination address http http://${ONPREM}`, 'end',
);
const onpremPort = onpremHttp.replace(`http://${ONPREM}`, `http://ssm-onprem.example.com:8080/Transportgateway/services/DeviceRequestHandler`);
const nxIndex = text(
  '!Command: show running-config', 'version 9.3(5) Bios:version 05.39', 'switchname N9K-LEAF-1', 'callhome',
  '  email-contact sch-smart-licensing@cisco.com', '  destination-profile CiscoTAC-1 transport-method http',
  `  destination-profile CiscoTAC-1 index 1 http ${TAC_HTTP}`, '  transport http use-vrf management', '  enable',
);
const nxNoIndex = nxIndex.replace(' index 1 http ', ' http ');
const slpUrl = text('version 17.9', 'hostname C9300-SLP', 'license smart transport smart', 'license smart url http://smartreceiver.cisco.com/licservice/license', 'end');
const slpUrlSmart = slpUrl.replace('license smart url http', 'license smart url smart http');
const showProfile = text(
  'C9300#show call-home profile all', '', 'Profile Name: CiscoTAC-1', '    Profile status: ACTIVE', '    Profile mode: Full Reporting',
  '    Reporting Data: Smart Call Home, Smart Licensing', '    Preferred Message Format: xml', '    Message Size Limit: 3145728 Bytes',
  '    Transport Method: http', `    HTTP address(es): ${TAC_HTTP}`, '    Other address(es): default', '',
);
const showDoubleSpace = showProfile.replace('HTTP address(es):', 'HTTP  address:');
// URLs typed in quotes: the device reads them without the quotes.
const tacQuoted = classic('  active', '  destination transport-method http', `  destination address http "${TAC_HTTP}"`);
const nxQuoted = nxIndex.replace(`http ${TAC_HTTP}`, `http "${TAC_HTTP}"`);
const slpUrlQuoted = slpUrl.replace('url http://smartreceiver.cisco.com/licservice/license', 'url "http://smartreceiver.cisco.com/licservice/license"');
const slpUrlSmartQuoted = slpUrlQuoted.replace('license smart url "', 'license smart url smart "');
const onpremQuoted = onpremHttp.replace(`http://${ONPREM}`, `"http://${ONPREM}"`);

ruleTester('http-destination', {
  valid: [
    { name: 'https destination', text: classic('  active', '  destination transport-method http', `  destination address http ${TAC_HTTPS}`) },
    { name: 'CiscoTAC-1 with the built-in address (no address line)', text: classic('  active', '  destination transport-method http') },
    {
      name: 'http:// in a banner body',
      text: text('hostname R1', 'banner motd ^C', 'Licensing moved: see http://tools.cisco.com/its/service/oddce/services/DDCEService', ' destination address http http://tools.cisco.com/x', '^C', 'end'),
    },
    { name: 'http:// in an interface description', text: text('hostname R1', 'interface GigabitEthernet1/0/1', ' description uplink see http://tools.cisco.com', ' no shutdown', 'end') },
    { name: 'http:// in an ACL remark', text: text('hostname R1', 'ip access-list extended WEB', ' remark allow http://tools.cisco.com', ' permit tcp any any eq www', 'end') },
    { name: 'CSLU is plain HTTP by design', text: text('version 17.9', 'license smart transport cslu', 'license smart url cslu http://192.0.2.50:8182/cslu/v1/pi', 'end') },
    { name: 'license smart url default', text: text('version 17.9', 'license smart transport smart', 'license smart url default', 'end') },
    { name: 'https Smart receiver URL', text: text('version 17.9', 'license smart transport smart', 'license smart url smart https://smartreceiver.cisco.com/licservice/license', 'end') },
    { name: 'NX-OS https destination', text: nxIndex.replace(TAC_HTTP, TAC_HTTPS) },
    { name: 'show output: https address', text: showProfile.replace(TAC_HTTP, TAC_HTTPS) },
    {
      name: 'show output: http:// under Other address(es) is not a destination',
      text: text('Profile Name: lab', '    Profile status: INACTIVE', '    Reporting Data: Smart Call Home', '    Transport Method: email', '    Email address(es): noc@example.com', '    Other address(es): http://intranet.example.com'),
    },
    { name: 'quoted https destination', text: classic('  active', '  destination transport-method http', `  destination address http "${TAC_HTTPS}"`) },
    { name: 'quoted CSLU URL is plain HTTP by design', text: text('version 17.9', 'license smart transport cslu', 'license smart url cslu "http://192.0.2.50:8182/cslu/v1/pi"', 'end') },
    { name: 'http:// in an ip http / ip host line', text: text('hostname R1', 'ip host tools.cisco.com 192.0.2.80', 'ip http server', 'end') },
  ],
  invalid: [
    {
      name: 'CiscoTAC-1 on http://tools.cisco.com',
      text: tacHttp,
      findings: [{ ...at(tacHttp, TAC_HTTP), severity: 'error', message: /CiscoTAC-1" sends over HTTP, which Cisco.s cloud \(tools\.cisco\.com\) refuses/ }],
      output: tacHttp.replace(TAC_HTTP, TAC_HTTPS),
      safe: true,
    },
    {
      name: 'explicit :80 is dropped with the scheme',
      text: tacPort80,
      findings: [{ ...at(tacPort80, 'http://tools.cisco.com:80/its/service/oddce/services/DDCEService'), severity: 'error' }],
      output: classic('  active', '  destination transport-method http', `  destination address http ${TAC_HTTPS}`),
      safe: true,
    },
    {
      name: 'SSM On-Prem on http: warning, fix offered but not in fix-all',
      text: onpremHttp,
      findings: [{ ...at(onpremHttp, `http://${ONPREM}`), severity: 'warning', message: /deprecated/ }],
      output: onpremHttp.replace(`http://${ONPREM}`, `https://${ONPREM}`),
      safe: false,
    },
    {
      name: 'SSM On-Prem on http with an explicit port: no fix',
      text: onpremPort,
      findings: [{ ...at(onpremPort, 'http://ssm-onprem.example.com:8080/Transportgateway/services/DeviceRequestHandler'), severity: 'warning', message: /port/ }],
      output: null,
    },
    {
      name: 'NX-OS destination-profile with index',
      text: nxIndex,
      findings: [{ ...at(nxIndex, TAC_HTTP), severity: 'error', message: /destination-profile CiscoTAC-1/ }],
      output: nxIndex.replace(TAC_HTTP, TAC_HTTPS),
      safe: true,
    },
    {
      name: 'NX-OS destination-profile without index',
      text: nxNoIndex,
      findings: [{ ...at(nxNoIndex, TAC_HTTP), severity: 'error' }],
      output: nxNoIndex.replace(TAC_HTTP, TAC_HTTPS),
    },
    {
      name: 'license smart url http://',
      text: slpUrl,
      findings: [{ ...at(slpUrl, 'http://smartreceiver.cisco.com/licservice/license'), severity: 'error' }],
      output: slpUrl.replace('http://smartreceiver', 'https://smartreceiver'),
      safe: true,
    },
    { name: 'license smart url smart http://', text: slpUrlSmart, findings: [{ ...at(slpUrlSmart, 'http://smartreceiver.cisco.com/licservice/license'), severity: 'error' }] },
    {
      name: 'show call-home profile all: HTTP address(es) on http (no edit, remedy to copy)',
      text: showProfile,
      findings: [{ ...at(showProfile, TAC_HTTP), severity: 'error' }],
      output: null,
      remedy: ['call-home', ' profile "CiscoTAC-1"', `  destination address http ${TAC_HTTPS}`],
    },
    { name: 'show output with the device\'s double space (HTTP  address:)', text: showDoubleSpace, findings: [{ ...at(showDoubleSpace, TAC_HTTP), severity: 'error' }] },
    {
      name: 'IOS-XE quoted "http://tools.cisco.com": range without the quotes, fix inside them',
      text: tacQuoted,
      findings: [{ ...at(tacQuoted, TAC_HTTP), severity: 'error', message: /refuses: registration fails\. Use https:\/\// }],
      output: tacQuoted.replace(`"${TAC_HTTP}"`, `"${TAC_HTTPS}"`),
      safe: true,
    },
    {
      name: 'IOS-XE quoted on-prem http://: warning, manual fix inside the quotes',
      text: onpremQuoted,
      findings: [{ ...at(onpremQuoted, `http://${ONPREM}`), severity: 'warning', message: /deprecated/ }],
      output: onpremQuoted.replace(`"http://${ONPREM}"`, `"https://${ONPREM}"`),
      safe: false,
    },
    {
      name: 'NX-OS quoted destination-profile URL',
      text: nxQuoted,
      findings: [{ ...at(nxQuoted, TAC_HTTP), severity: 'error', message: /destination-profile CiscoTAC-1/ }],
      output: nxQuoted.replace(`"${TAC_HTTP}"`, `"${TAC_HTTPS}"`),
      safe: true,
    },
    {
      name: 'license smart url "http://…" (quoted)',
      text: slpUrlQuoted,
      findings: [{ ...at(slpUrlQuoted, 'http://smartreceiver.cisco.com/licservice/license'), severity: 'error', message: /license smart url sends/ }],
      output: slpUrlQuoted.replace('"http://smartreceiver', '"https://smartreceiver'),
      safe: true,
    },
    {
      name: 'license smart url smart "http://…" (quoted)',
      text: slpUrlSmartQuoted,
      findings: [{ ...at(slpUrlSmartQuoted, 'http://smartreceiver.cisco.com/licservice/license'), severity: 'error', message: /license smart url smart/ }],
      output: slpUrlSmartQuoted.replace('"http://smartreceiver', '"https://smartreceiver'),
    },
    {
      name: 'CRLF file keeps CRLF after the fix',
      text: tacHttp.replace(/\n/g, '\r\n'),
      findings: [{ ...at(tacHttp, TAC_HTTP), severity: 'error' }],
      output: tacHttp.replace(TAC_HTTP, TAC_HTTPS).replace(/\n/g, '\r\n'),
    },
  ],
});
