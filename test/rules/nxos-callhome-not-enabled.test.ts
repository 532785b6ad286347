import { at, ruleTester, text } from './harness';

/** The `callhome` line (after `after`, when given): the finding covers the command, not its line ending. */
function head(source: string, after = 'feature lacp') {
  return { ...at(source, 'callhome', after), character: 0, endCharacter: 8 };
}

const TAC = 'https://tools.cisco.com/its/service/oddce/services/DDCEService';
const CONTACTS = ['  email-contact dc-noc@example.com', '  phone-contact +1-555-0142', '  streetaddress 100 Example Way, Springfield'];

/** NX-OS 9.3(5) running-config with the given callhome lines (block followed by a blank line, as NX-OS prints it). */
function nxos(callhome: string[], header = ['!Command: show running-config', '!Time: Wed Mar 13 08:15:02 2024', '']) {
  return text(
    ...header, 'version 9.3(5) Bios:version 05.39', 'switchname N9K-LEAF-7', 'feature lacp', '',
    ...(callhome.length ? ['callhome', ...callhome, ''] : []),
    'vrf context management', '  ip name-server 192.0.2.53', '  ip route 0.0.0.0/0 192.0.2.1', '',
    'interface mgmt0', '  vrf member management', '  ip address 192.0.2.34/24', '',
  );
}

const destinations = ['  destination-profile CiscoTAC-1 transport-method http', `  destination-profile CiscoTAC-1 index 1 http ${TAC}`, '  transport http use-vrf management'];
const off = nxos([...CONTACTS, ...destinations]);
const offFixed = off.replace('  transport http use-vrf management\n', '  transport http use-vrf management\n  enable\n');
const noContacts = nxos(destinations);
// The NX article's Method 1: email-contact is the only contact line, and the block ends with enable.
const seedMethod1 = nxos(['  email-contact sch-smart-licensing@cisco.com', ...destinations]);
const phoneNoEmail = nxos(['  phone-contact +1-555-0142', '  streetaddress 100 Example Way, Springfield', ...destinations]);
const emailOnly = nxos([...CONTACTS, '  destination-profile full_txt email-addr noc@example.com']);
const noIndex = nxos([...CONTACTS, `  destination-profile CiscoTAC-1 http ${TAC}`]);
const explicitNo = nxos([...CONTACTS, ...destinations, '  no enable']);
const crlf = off.replace(/\n/g, '\r\n');
const crlfFixed = offFixed.replace(/\n/g, '\r\n');
const showRunCallhome = text('dc1-n9k-leaf4# show running-config callhome', '', '!Command: show running-config callhome', '!Time: Wed Mar 13 08:15:02 2024', '', 'version 9.3(5) Bios:version 05.39', 'callhome', ...CONTACTS, ...destinations);
const showRunFixed = showRunCallhome + '  enable\n';
const sectionFragment = text('dc1-n9k-leaf4# show running-config | section callhome', 'callhome', ...CONTACTS, ...destinations);
const withShowDisabled = nxos([...CONTACTS, ...destinations]) + text('dc1-n9k-leaf4# show callhome', 'callhome disabled', 'Callhome Information:', 'contact person name(sysContact):DC Operations');
const noFinalEol = off.replace(/\n+$/, '').replace(/\n\nvrf context[\s\S]*$/, '');

ruleTester('nxos-callhome-not-enabled', {
  valid: [
    { name: 'enable present', text: nxos([...CONTACTS, ...destinations, '  enable']) },
    { name: 'contacts only, no destination', text: nxos(CONTACTS) },
    { name: 'destination-profile settings that send nowhere (message size, level)', text: nxos([...CONTACTS, '  destination-profile full_txt message-size 2500000', '  destination-profile short_txt message-level 3']) },
    { name: 'no callhome block at all', text: nxos([]) },
    { name: 'callhome only in snmp traps', text: nxos([]).replace('feature lacp', 'feature lacp\nsnmp-server enable traps callhome event-notify') },
    {
      name: 'IOS-XE call-home is another rule\'s business',
      text: text('version 17.9', 'hostname C9300', 'call-home', ' contact-email-addr noc@example.com', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http', 'end'),
    },
    { name: 'fragment: | include destination cannot show enable', text: text('dc1-n9k-leaf4# show running-config | include destination', `  destination-profile CiscoTAC-1 index 1 http ${TAC}`) },
    { name: 'fragment: | include callhome|destination keeps the header but not enable', text: text('dc1-n9k-leaf4# show running-config | include callhome|destination', 'callhome', `  destination-profile CiscoTAC-1 index 1 http ${TAC}`) },
    {
      name: 'show callhome in the same text says enabled',
      text: nxos([...CONTACTS, ...destinations]) + text('dc1-n9k-leaf4# show callhome', 'callhome enabled', 'Callhome Information:'),
    },
  ],
  invalid: [
    {
      name: 'destinations without enable: insert enable as the block\'s last line',
      text: off,
      findings: [{ ...head(off), severity: 'warning', message: /no "enable"/ }],
      output: offFixed,
      safe: false,
      fixTitle: /Add "enable" under callhome/,
    },
    { name: 'CRLF: the inserted line ends with \\r\\n', text: crlf, findings: [{ ...head(crlf), severity: 'warning' }], output: crlfFixed, safe: false },
    {
      name: 'no contact details: no fix, the message says to set email-contact first',
      text: noContacts,
      findings: [{ ...head(noContacts), severity: 'warning', message: /set "email-contact <address>", then add "enable"/ }],
      output: null,
    },
    {
      name: 'seed Method 1: email-contact alone is enough for the fix (no phone, no street address)',
      text: seedMethod1,
      findings: [{ ...head(seedMethod1), severity: 'warning', message: /add "enable" as the last line/ }],
      output: seedMethod1.replace('  transport http use-vrf management\n', '  transport http use-vrf management\n  enable\n'),
      safe: false,
    },
    {
      name: 'phone and street address without email-contact: no fix',
      text: phoneNoEmail,
      findings: [{ ...head(phoneNoEmail), severity: 'warning', message: /set "email-contact/ }],
      output: null,
    },
    { name: 'e-mail destination only', text: emailOnly, findings: [{ ...head(emailOnly), severity: 'warning' }] },
    { name: 'HTTP destination written without index', text: noIndex, findings: [{ ...head(noIndex), severity: 'warning' }] },
    {
      name: '"no enable" is replaced by "enable"',
      text: explicitNo,
      findings: [{ ...head(explicitNo), severity: 'warning' }],
      output: explicitNo.replace('  no enable\n', '  enable\n'),
    },
    {
      name: 'fragment: show running-config callhome prints the whole block',
      text: showRunCallhome,
      findings: [{ ...head(showRunCallhome, 'Bios:version 05.39'), severity: 'warning' }],
      output: showRunFixed,
    },
    {
      name: 'fragment: | section callhome prints the whole block',
      text: sectionFragment,
      findings: [{ ...head(sectionFragment, 'section callhome'), severity: 'warning' }],
    },
    {
      name: 'show callhome confirms disabled',
      text: withShowDisabled,
      findings: [{ ...head(withShowDisabled), severity: 'warning' }],
    },
    {
      name: 'block at the end of a file without a final line ending',
      text: noFinalEol,
      findings: [{ ...head(noFinalEol), severity: 'warning' }],
      output: noFinalEol + '\n  enable',
    },
  ],
});
