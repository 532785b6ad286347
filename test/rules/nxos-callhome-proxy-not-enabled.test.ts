import { at, ruleTester, text } from './harness';

const TAC = 'https://tools.cisco.com/its/service/oddce/services/DDCEService';

function nxos(callhome: string[]) {
  return text(
    '!Command: show running-config', '!Time: Wed Mar 13 08:15:02 2024', '', 'version 9.3(5) Bios:version 05.39', 'switchname N9K-LEAF-9', 'feature lacp', '',
    'callhome', '  email-contact sch-smart-licensing@cisco.com', '  destination-profile CiscoTAC-1 transport-method http',
    `  destination-profile CiscoTAC-1 index 1 http ${TAC}`, ...callhome, '  transport http use-vrf management', '  enable', '',
    'vrf context management', '  ip name-server 192.0.2.53', '  ip route 0.0.0.0/0 192.0.2.1', '',
    'interface mgmt0', '  vrf member management', '  ip address 192.0.2.39/24', '',
  );
}

const serverOnly = nxos(['  transport http proxy server proxy.example.com port 3128']);
const serverOnlyFixed = serverOnly.replace('  transport http proxy server proxy.example.com port 3128\n', '  transport http proxy server proxy.example.com port 3128\n  transport http proxy enable\n');
const crlf = serverOnly.replace(/\n/g, '\r\n');
const noPort = nxos(['  transport http proxy server 192.0.2.10']);

ruleTester('nxos-callhome-proxy-not-enabled', {
  valid: [
    { name: 'server and enable', text: nxos(['  transport http proxy server proxy.example.com port 3128', '  transport http proxy enable']) },
    { name: 'enable before the server line', text: nxos(['  transport http proxy enable', '  transport http proxy server proxy.example.com port 3128']) },
    { name: 'no proxy at all (direct cloud access)', text: nxos([]) },
    { name: 'a filtered paste that could not print the enable line', text: text('N9K-LEAF-9# show running-config | include proxy', '  transport http proxy server proxy.example.com port 3128') },
    { name: 'IOS-XE http-proxy is another dialect', text: text('version 17.9', 'hostname C9300', 'call-home', ' http-proxy "proxy.example.com" port 3128', ' profile "CiscoTAC-1"', '  active', 'end') },
  ],
  invalid: [
    {
      name: 'proxy server without enable: add enable after it',
      text: serverOnly,
      findings: [{ ...at(serverOnly, '  transport http proxy server proxy.example.com port 3128'), character: 2, severity: 'warning', message: /callhome names proxy proxy\.example\.com port 3128 but does not enable it.*"transport http proxy enable"/ }],
      output: serverOnlyFixed,
      safe: false,
      fixTitle: /Add "transport http proxy enable"/,
    },
    { name: 'CRLF kept', text: crlf, findings: [{ ...at(crlf, '  transport http proxy server proxy.example.com port 3128'), character: 2, severity: 'warning' }], output: serverOnlyFixed.replace(/\n/g, '\r\n') },
    { name: 'server given by address, no port', text: noPort, findings: [{ ...at(noPort, '  transport http proxy server 192.0.2.10'), character: 2, severity: 'warning', message: /proxy 192\.0\.2\.10 but/ }] },
  ],
});
