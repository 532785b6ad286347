import { at, ruleTester, text } from './harness';

const ONPREM = 'https://ssm-onprem.example.com/Transportgateway/services/DeviceRequestHandler';

/** IOS-XE 16.12 (classic Smart Licensing) with the given call-home profile lines. */
function classic(profiles: string[], version = '16.12') {
  return text(
    `version ${version}`, 'service call-home', 'hostname ACC-SW-71', '!', 'call-home', ' contact-email-addr netops@example.com',
    ...profiles, '!', 'interface Vlan20', ' ip address 198.51.100.71 255.255.255.0', '!', 'ip name-server 198.51.100.53',
    'ip http client source-interface Vlan20', 'ip route 0.0.0.0 0.0.0.0 198.51.100.1', 'ntp server 198.51.100.123', 'end',
  );
}

const tacOff = [' profile "CiscoTAC-1"', '  no active'];
const userEmailOnly = classic([...tacOff, ' profile "SSM-OnPrem"', '  reporting smart-licensing-data', '  destination transport-method email', '  destination address email licensing@example.com']);
const userEmailOnlyFixed = userEmailOnly.replace('  destination transport-method email\n', '  destination transport-method email\n  destination transport-method http\n');
const userEmailWithHttpUrl = classic([...tacOff, ' profile "SSM-OnPrem"', '  reporting smart-licensing-data', '  destination transport-method email', `  destination address http ${ONPREM}`]);
const tacNoHttp = classic([' profile "CiscoTAC-1"', '  active', '  destination transport-method email', '  no destination transport-method http']);
const tacNoHttpFixed = tacNoHttp.replace('  no destination transport-method http\n', '  destination transport-method http\n');
const undecided = userEmailOnly.replace('version 16.12\n', '');

ruleTester('licensing-profile-email-only', {
  valid: [
    { name: 'user profile with HTTP and e-mail methods', text: classic([...tacOff, ' profile "SSM-OnPrem"', '  reporting smart-licensing-data', '  destination transport-method email', '  destination transport-method http', `  destination address http ${ONPREM}`]) },
    { name: 'e-mail-only profile for Smart Call Home alerts (no licensing data)', text: classic([' profile "CiscoTAC-1"', '  active', '  destination transport-method http', ' profile "NOC-ALERTS"', '  destination transport-method email', '  destination address email noc@example.com']) },
    { name: 'inactive e-mail-only licensing profile', text: classic([' profile "CiscoTAC-1"', '  active', '  destination transport-method http', ' profile "OLD"', '  no active', '  reporting smart-licensing-data', '  destination transport-method email']) },
    { name: 'user profile printing no method line (the default is the release\'s, not the text\'s)', text: classic([...tacOff, ' profile "SSM-OnPrem"', '  reporting smart-licensing-data', `  destination address http ${ONPREM}`]) },
    { name: 'CiscoTAC-1 with an e-mail method but no "no destination transport-method http" (HTTP is its default)', text: classic([' profile "CiscoTAC-1"', '  active', '  destination transport-method email']) },
    {
      name: 'SLP with Smart Transport: call-home carries no licensing',
      text: text('version 17.9', 'hostname ACC-SW-72', 'license smart transport smart', 'license smart url default', 'call-home', ' profile "ALERTS"', '  reporting smart-licensing-data', '  destination transport-method email', 'end'),
    },
    { name: 'NX-OS callhome is another dialect', text: text('version 9.3(5) Bios:version 05.39', 'callhome', '  email-contact noc@example.com', '  destination-profile full_txt transport-method email', '  enable') },
  ],
  invalid: [
    {
      name: 'active user profile reporting licensing data, e-mail only: add the HTTP method',
      text: userEmailOnly,
      findings: [{ ...at(userEmailOnly, '  destination transport-method email'), character: 2, severity: 'error', message: /Profile "SSM-OnPrem" reports licensing but sends only by e-mail.*add "destination transport-method http" and an HTTPS URL/ }],
      output: userEmailOnlyFixed,
      safe: false,
      fixTitle: /Add "destination transport-method http" to profile "SSM-OnPrem"/,
    },
    {
      name: 'an http destination address does not help while the only method is e-mail',
      text: userEmailWithHttpUrl,
      findings: [{ ...at(userEmailWithHttpUrl, '  destination transport-method email'), character: 2, severity: 'error', message: /add "destination transport-method http"\./ }],
    },
    {
      name: 'CiscoTAC-1 with HTTP switched off: the "no" line is replaced',
      text: tacNoHttp,
      findings: [{ ...at(tacNoHttp, '  no destination transport-method http'), character: 2, severity: 'error', message: /Profile "CiscoTAC-1"/ }],
      output: tacNoHttpFixed,
    },
    {
      name: 'undecided mode (no version line): info',
      text: undecided,
      findings: [{ ...at(undecided, '  destination transport-method email'), character: 2, severity: 'info' }],
    },
  ],
});
