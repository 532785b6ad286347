import { at, ruleTester, text } from './harness';

// Issue 15.5: what the editor's snippets leave when a person tabs out early.
const base = (lines: string[]) => text('version 17.9', 'hostname ACC-SW-12', '!', 'service call-home', 'call-home', ...lines, '!', 'end');
const emailLeft = base([' contact-email-addr <email>', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http']);
const hostLeft = base([' contact-email-addr netops@example.com', ' profile "SSM-OnPrem"', '  reporting smart-licensing-data', '  destination transport-method http',
  '  destination address http https://<host>/Transportgateway/services/DeviceRequestHandler']);
const topLevel = text('hostname ACC-SW-12', 'ip http client source-interface <interface>', 'ip name-server vrf <vrf-name> <dns-server>', 'end');

ruleTester('placeholder-in-config', {
  valid: [
    { name: 'a finished config', text: base([' contact-email-addr netops@example.com', ' profile "CiscoTAC-1"', '  active']) },
    { name: 'angle brackets in a banner body', text: text('hostname R1', 'banner motd ^C', 'Authorised use only. Call <noc-phone> for access.', '^C', 'end') },
    { name: 'angle brackets in a description and an ACL remark', text: text('hostname R1', 'interface Vlan20', ' description uplink to <core>', '!', 'ip access-list extended MGMT', ' remark allow <jump hosts>', 'end') },
    { name: 'a comment', text: text('hostname R1', '! contact-email-addr <email>', 'end') },
    { name: 'the exec idtoken line a template keeps on purpose', text: text('hostname R1', 'license smart trust idtoken <TOKEN> all force', 'end') },
    { name: 'a show output printing <none>', text: text('C9300#show license status', 'Smart Licensing is ENABLED', '', 'Registration:', '  Status: REGISTERED', '  Smart Account: <none>', '') },
  ],
  invalid: [
    {
      name: 'contact-email-addr <email> left by the call-home snippet',
      text: emailLeft,
      findings: [{ ...at(emailLeft, '<email>'), severity: 'warning', message: /^Placeholder <email> left in the config: type the real value\. A device rejects the line/ }],
      output: null,
    },
    {
      name: 'https://<host>/… in an on-prem destination',
      text: hostLeft,
      findings: [{ ...at(hostLeft, '<host>'), severity: 'warning', message: /Placeholder <host>/ }],
    },
    {
      name: 'several placeholders on top-level lines',
      text: topLevel,
      findings: [
        { ...at(topLevel, '<interface>'), severity: 'warning', message: /<interface>/ },
        { ...at(topLevel, '<vrf-name>'), severity: 'warning', message: /<vrf-name>/ },
        { ...at(topLevel, '<dns-server>'), severity: 'warning', message: /<dns-server>/ },
      ],
    },
  ],
});
