import { at, ruleTester, text } from './harness';

function cfg(version: string | null, license: string[], extra: string[] = []): string {
  return text(
    ...(version ? [`version ${version}`] : []), 'service call-home', 'hostname ACC-SW-54', '!',
    'call-home', ' contact-email-addr netops@example.com', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http', '!',
    ...license, '!', 'interface Vlan20', ' ip address 198.51.100.54 255.255.255.0', '!', ...extra, 'end',
  );
}

const slp = cfg('17.9', ['license smart transport callhome']);
const crlf = slp.replace(/\n/g, '\r\n');
const slp173 = cfg('17.3', ['license smart transport callhome']);
const fragment = text('license smart transport callhome');
const changeScript = text('configure terminal', 'license smart transport callhome', 'end', 'write memory');
const slpByShow = cfg('17.3', ['license smart transport callhome']) + text('ACC-SW-54#show version', 'Cisco IOS XE Software, Version 17.03.04');

ruleTester('prefer-smart-transport', {
  valid: [
    { name: 'classic 16.12 licensing over call-home: call-home is its transport', text: cfg('16.12', []) },
    { name: 'classic 16.12 even with a stray transport line', text: cfg('16.12', ['license smart transport callhome']) },
    { name: '17.3 with a show version of 17.3.1 (classic)', text: cfg('17.3', ['license smart transport callhome']) + text('ACC-SW-54#show version', 'Cisco IOS XE Software, Version 17.3.1') },
    { name: 'undecided mode: version 17.3 with no license smart line', text: cfg('17.3', []) },
    { name: 'SLP on Smart Transport', text: cfg('17.9', ['license smart transport smart', 'license smart url default']) },
    { name: 'SLP on CSLU', text: cfg('17.9', ['license smart transport cslu']) },
    { name: 'SLP with transport off', text: cfg('17.9', ['license smart transport off']) },
    { name: 'SLP without a transport line (CSLU by default)', text: cfg('17.9', []) },
    { name: 'no config at all', text: text('Smart Licensing Status', '======================', '', 'Transport:', '  Type: Callhome') },
    {
      name: 'NX-OS 10.2 with callhome',
      text: text('!Command: show running-config', 'version 10.2(3) Bios:version 05.45', 'hostname N9K-2', 'callhome', '  email-contact netops@example.com',
        '  destination-profile CiscoTAC-1 transport-method http', '  transport http use-vrf management', '  enable'),
    },
  ],
  invalid: [
    {
      name: 'SLP 17.9 on license smart transport callhome',
      text: slp,
      findings: [{ ...at(slp, 'license smart transport callhome'), severity: 'info', message: /Smart Transport .*recommended/ }],
      output: null,
    },
    {
      name: 'CRLF',
      text: crlf,
      findings: [{ ...at(crlf, 'license smart transport callhome'), severity: 'info' }],
      output: null,
    },
    {
      name: 'version 17.3: the transport line itself decides SLP (SPEC §1)',
      text: slp173,
      findings: [{ ...at(slp173, 'license smart transport callhome'), severity: 'info' }],
    },
    {
      name: 'a full 17.3.4 release string from show version',
      text: slpByShow,
      findings: [{ ...at(slpByShow, 'license smart transport callhome'), severity: 'info' }],
    },
    {
      name: 'fragment holding only the transport line',
      text: fragment,
      findings: [{ line: 0, character: 0, endCharacter: 32, severity: 'info' }],
    },
    {
      name: 'change script',
      text: changeScript,
      findings: [{ line: 1, character: 0, endCharacter: 32, severity: 'info' }],
    },
  ],
});
