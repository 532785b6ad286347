import { at, ruleTester, text } from './harness';

function ios(version: string, body: string[]) {
  return text(`version ${version}`, 'service timestamps log datetime msec', 'hostname C9300-ACC-01', '!', ...body, '!',
    'interface GigabitEthernet1/0/1', ' switchport mode access', '!', 'end');
}
const callHome = ['service call-home', 'call-home', ' contact-email-addr netops@example.com', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http'];

const classicNoClock = ios('16.12', callHome);
const classicTimezone = ios('16.12', ['clock timezone CET 1 0', 'clock summer-time CEST recurring last Sun Mar 2:00 last Sun Oct 3:00', ...callHome]);
const slpNoClock = ios('17.9', ['license smart transport smart', 'license smart url default']);
const undecided = ios('17.3', callHome);
const noHostname = text('version 16.12', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', 'interface GigabitEthernet1/0/1', ' no shutdown', 'end');

ruleTester('missing-clock-calendar-valid', {
  valid: [
    { name: 'clock calendar-valid present', text: ios('16.12', ['clock calendar-valid', ...callHome]) },
    { name: 'NTP server configured', text: ios('16.12', [...callHome, 'ntp server 192.0.2.123']) },
    { name: 'NTP server in a VRF', text: ios('16.12', [...callHome, 'ntp server vrf Mgmt-vrf 192.0.2.123']) },
    { name: 'NTP peer', text: ios('16.12', [...callHome, 'ntp peer 192.0.2.124']) },
    { name: 'PTP time source', text: ios('16.12', ['ptp mode e2etransparent', ...callHome]) },
    { name: 'no licensing configured', text: ios('16.12', ['ip domain name example.com']) },
    { name: 'CiscoTAC-1 known inactive, no other profile', text: ios('16.12', ['service call-home', 'call-home', ' profile "CiscoTAC-1"', '  no active']) },
    {
      name: 'NX-OS has no clock calendar-valid',
      text: text('!Command: show running-config', 'version 9.3(5) Bios:version 05.39', 'switchname N9K-1', 'callhome', '  destination-profile CiscoTAC-1 transport-method http', '  enable', 'interface mgmt0', '  vrf member management'),
    },
    {
      name: 'fragment without any clock or NTP line (show running-config | section call-home)',
      text: text('C9300#show running-config | section call-home', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http'),
    },
  ],
  invalid: [
    {
      name: 'classic call-home licensing, no time source: warning, fix after hostname',
      text: classicNoClock,
      findings: [{ ...at(classicNoClock, 'call-home', 'service call-home\n'), severity: 'warning', message: /clock calendar-valid/ }],
      output: classicNoClock.replace('hostname C9300-ACC-01\n', 'hostname C9300-ACC-01\nclock calendar-valid\n'),
      safe: true,
    },
    {
      name: 'fix goes next to the other clock lines',
      text: classicTimezone,
      findings: [{ ...at(classicTimezone, 'call-home', 'service call-home\n'), severity: 'warning' }],
      output: classicTimezone.replace('3:00\n', '3:00\nclock calendar-valid\n'),
    },
    {
      name: 'SLP: info',
      text: slpNoClock,
      findings: [{ ...at(slpNoClock, 'license smart transport smart'), severity: 'info' }],
      output: slpNoClock.replace('hostname C9300-ACC-01\n', 'hostname C9300-ACC-01\nclock calendar-valid\n'),
    },
    { name: 'version 17.3 without other evidence: mode undecided, info', text: undecided, findings: [{ ...at(undecided, 'call-home', 'service call-home\n'), severity: 'info' }] },
    {
      name: 'no hostname: the line goes before the licensing block',
      text: noHostname,
      findings: [{ ...at(noHostname, 'call-home', 'service call-home\n'), severity: 'warning' }],
      output: noHostname.replace('service call-home\ncall-home\n', 'service call-home\nclock calendar-valid\ncall-home\n'),
    },
    {
      name: 'CRLF config keeps CRLF',
      text: classicNoClock.replace(/\n/g, '\r\n'),
      findings: [{ ...at(classicNoClock, 'call-home', 'service call-home\n'), severity: 'warning' }],
      output: classicNoClock.replace('hostname C9300-ACC-01\n', 'hostname C9300-ACC-01\nclock calendar-valid\n').replace(/\n/g, '\r\n'),
    },
  ],
});
