import { at, ruleTester, text } from './harness';

const CSLU_URL = 'http://192.0.2.50:8182/cslu/v1/pi';
const SMART_URL = 'https://smartreceiver.cisco.com/licservice/license';

/** IOS-XE 17.9 (SLP) switch with the given `license smart` lines. */
function slp(...licence: string[]) {
  return text(
    'version 17.9', 'hostname C9300-SLP-02', '!', 'interface Vlan20', ' ip address 198.51.100.21 255.255.255.0', '!',
    'ip name-server 198.51.100.53', 'ip http client source-interface Vlan20', 'ip route 0.0.0.0 0.0.0.0 198.51.100.1', '!',
    'license boot level network-advantage addon dna-advantage', ...licence, '!', 'ntp server 198.51.100.123', 'end',
  );
}

/** `show license summary` (SLP) with one row per entitlement status. */
function summary(...statuses: string[]) {
  return [
    'C9300-SLP-02#show license summary', 'License Usage:', '  License                 Entitlement Tag               Count Status',
    '  -----------------------------------------------------------------------------',
    ...statuses.map((s, i) => `  ${i ? 'dna-advantage    ' : 'network-advantage'}       (C9300-48 Network Advan...)       1 ${s}`), '',
  ].join('\n');
}

/** A show-tech style capture: the running-config behind a prompt, then licence usage. */
function capture(licence: string[], ...statuses: string[]) {
  return 'C9300-SLP-02#show running-config\n' + slp(...licence) + summary(...statuses);
}

const proxyNoPort = slp('license smart transport smart', 'license smart url default', 'license smart proxy address 198.51.100.20');
const portNoProxy = slp('license smart transport smart', 'license smart url default', 'license smart proxy port 3128');
const proxyCrlf = proxyNoPort.replace(/\n/g, '\r\n');
const offInUse = capture(['license smart transport off'], 'IN USE', 'IN USE');
const staleCslu = slp('license smart transport smart', `license smart url cslu ${CSLU_URL}`);
const staleSmart = slp('license smart transport cslu', `license smart url smart ${SMART_URL}`);
const defaultCslu = slp(`license smart url smart ${SMART_URL}`);
const includeLicence = text('C9300#show running-config | include license smart', 'license smart transport smart', 'license smart proxy address proxy.example.com');
const sectionLicence = text('C9300#sh run | s license', 'license smart transport smart', 'license smart url default', 'license smart proxy port 8080');
const bare = text('license smart transport smart', `license smart url cslu ${CSLU_URL}`);

ruleTester('slp-transport-url-mismatch', {
  valid: [
    { name: 'proxy address and port together', text: slp('license smart transport smart', 'license smart url default', 'license smart proxy address 198.51.100.20', 'license smart proxy port 3128') },
    { name: 'no proxy at all', text: slp('license smart transport smart', 'license smart url default') },
    { name: 'transport off in a config alone (offline reporting is a valid choice)', text: slp('license smart transport off') },
    { name: 'transport off, usage shows nothing IN USE', text: capture(['license smart transport off'], 'NOT IN USE') },
    { name: 'transport smart with a licence in use', text: capture(['license smart transport smart', 'license smart url default'], 'IN USE') },
    { name: 'a CSLU URL next to url default', text: slp('license smart transport smart', 'license smart url default', `license smart url cslu ${CSLU_URL}`) },
    { name: 'a CSLU URL next to the Smart URL', text: slp('license smart transport smart', `license smart url smart ${SMART_URL}`, `license smart url cslu ${CSLU_URL}`) },
    { name: 'transport cslu with its own URL', text: slp('license smart transport cslu', `license smart url cslu ${CSLU_URL}`) },
    { name: 'transport cslu with url default only', text: slp('license smart transport cslu', 'license smart url default') },
    { name: 'no transport line (default cslu) with a CSLU URL', text: slp(`license smart url cslu ${CSLU_URL}`) },
    { name: 'transport callhome with a stored CSLU URL', text: slp('license smart transport callhome', `license smart url cslu ${CSLU_URL}`) },
    { name: 'transport smart next to the call-home form "license smart url <url>"', text: slp('license smart transport smart', `license smart url ${SMART_URL}`, `license smart url cslu ${CSLU_URL}`) },
    {
      name: 'classic Smart Licensing (16.12): the rule does not apply',
      text: text('version 16.12', 'hostname C9300-OLD', 'license smart proxy address 198.51.100.20', `license smart url cslu ${CSLU_URL}`, 'end'),
    },
    {
      name: 'NX-OS: out of scope',
      text: text('!Command: show running-config', 'version 10.2(3) Bios:version 05.45', 'switchname N9K-SLP', 'license smart transport smart', 'license smart proxy address 198.51.100.20', ''),
    },
    { name: 'fragment: | include proxy address cannot show the port', text: text('C9300#show running-config | include proxy address', 'license smart proxy address 198.51.100.20') },
    { name: 'fragment: | include url cannot show the transport line', text: text('C9300#show run | i url', `license smart url smart ${SMART_URL}`) },
    { name: 'fragment: | begin license may have started after the other half', text: text('C9300#show run | begin proxy', 'license smart proxy port 3128', 'end') },
    { name: 'no license smart line at all', text: text('version 17.9', 'hostname C9300', 'license boot level network-essentials', 'end') },
  ],
  invalid: [
    {
      name: 'proxy address without port',
      text: proxyNoPort,
      findings: [{ ...at(proxyNoPort, 'license smart proxy address 198.51.100.20'), severity: 'warning', message: /^Proxy 198\.51\.100\.20 has no "license smart proxy port"/ }],
      output: null,
    },
    {
      name: 'proxy port without address',
      text: portNoProxy,
      findings: [{ ...at(portNoProxy, 'license smart proxy port 3128'), severity: 'warning', message: /no "license smart proxy address"/ }],
      output: null,
    },
    {
      name: 'CRLF: the range stops before the \\r',
      text: proxyCrlf,
      findings: [{ ...at(proxyCrlf, 'license smart proxy address 198.51.100.20'), severity: 'warning' }],
      output: null,
    },
    {
      name: 'transport off while the same text shows licences IN USE',
      text: offInUse,
      findings: [{ ...at(offInUse, 'license smart transport off'), severity: 'warning', message: /^Transport off with 2 entitlements IN USE/ }],
      output: null,
    },
    {
      name: 'transport smart with only a CSLU URL (stale URL)',
      text: staleCslu,
      findings: [{ ...at(staleCslu, CSLU_URL), severity: 'info', message: /^Smart Transport ignores this CSLU URL and reports to Cisco's default receiver/ }],
      output: null,
    },
    {
      name: 'transport cslu with only a Smart URL',
      text: staleSmart,
      findings: [{ ...at(staleSmart, SMART_URL), severity: 'info', message: /^CSLU transport ignores this Smart URL/ }],
      output: null,
    },
    {
      name: 'no transport line on SLP (default cslu) with only a Smart URL',
      text: defaultCslu,
      findings: [{ ...at(defaultCslu, SMART_URL), severity: 'info', message: /^CSLU \(the SLP default\) ignores this Smart URL/ }],
      output: null,
    },
    {
      name: 'fragment: | include license smart would have printed the port',
      text: includeLicence,
      findings: [{ ...at(includeLicence, 'license smart proxy address proxy.example.com'), severity: 'warning' }],
      output: null,
    },
    {
      name: 'fragment: | s license would have printed the address',
      text: sectionLicence,
      findings: [{ ...at(sectionLicence, 'license smart proxy port 8080'), severity: 'warning' }],
      output: null,
    },
    {
      name: 'bare paste of two lines: the transport lines are SLP evidence',
      text: bare,
      findings: [{ ...at(bare, CSLU_URL), severity: 'info' }],
      output: null,
    },
    {
      name: 'two findings at once: half proxy and a stale URL',
      text: slp('license smart transport smart', `license smart url cslu ${CSLU_URL}`, 'license smart proxy port 3128'),
      findings: [{ line: 12, severity: 'info' }, { line: 13, severity: 'warning' }],
    },
  ],
});
