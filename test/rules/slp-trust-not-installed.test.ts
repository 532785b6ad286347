import { at, ruleTester, text } from './harness';
import { commBlock, slpStatus, techSupport } from './show-outputs';

const none = text(...slpStatus({ trust: ['Trust Code Installed: <none>'] }), 'ACC-SW-80#show license tech support | include Trust', 'Trust Code Installed: <none>', 'Trust Establishment:', 'Trusted Store Interface: True', 'P:C9300-24UX,S:FOC2418Z0CD: No Trust Data', 'Overall Trust: No ID');
const noReply = text(...techSupport({
  trustEstablishment: commBlock('Trust Establishment', 'Total=3, Success=0, Fail=3  Ongoing Failure: Overall=3 Communication=3', 'NO REPLY on Jun 18 09:21:41 2024 UTC', '<none>', '<none>', 'Jun 18 09:21:41 2024 UTC'),
}));
const seedPaste = text(
  'Switch#show license tech support | sec Trust', 'Trust Establishment:', 'Attempts: Total=2, Success=0, Fail=2 Ongoing Failure: Overall=2 Communication=2',
  'Last Response: NO REPLY on Feb 21 16:55:39 2025 UTC', 'Failure Reason: <none>', 'Last Success Time: <none>', 'Last Failure Time: Feb 21 16:55:39 2025 UTC',
  'Trusted Store Interface: True', 'Local Device: P:C9300-48UN,S:FOC2420X0AA, state[1], NOT INSTALLED TrustId:605', 'Overall Trust: No ID',
);
const installFailed = text(...slpStatus({ trust: ['Trust Code Installed: <none>'] }), 'ACC-SW-80#show logging | include SMART_LIC', 'Jun 10 09:10:02.551: %SMART_LIC-3-TRUST_INSTALL_FAILED: The install of a new licensing trust code has failed on P:C9300-24UX,S:FOC2418Z0CD: Invalid token');
const noAttemptUnknownTransport = text('SW#show license status | include Trust', 'Trust Code Installed: <none>', 'Smart Licensing Using Policy:', '  Status: ENABLED');

ruleTester('slp-trust-not-installed', {
  valid: [
    { name: 'trust code installed with its date', text: text(...slpStatus()) },
    {
      name: 'an empty header followed by stack member INSTALLED lines',
      text: text(...slpStatus({ trust: ['Trust Code Installed:', '  Active: PID:C9300-48P,SN:FOC2418Z0LM', '    INSTALLED on May 30 09:12:44 2024 UTC', '  Standby: PID:C9300-48P,SN:FOC2418Z1NP', '    INSTALLED on May 30 09:12:44 2024 UTC'] })),
    },
    {
      name: 'joined header with blank lines between members (17.15 layout)',
      text: text(...slpStatus({ trust: ['Trust Code Installed:    Trust Code Type: CSSM', '    Attributes: <none>', '', '  Active: PID:C9350-48T,SN:FOC2820Y0AA', '    INSTALLED on Apr 23 15:28:43 2025 IST    Valid on Apr 23 15:23:40 2025 IST', '    Expired on Apr 25 02:55:41 2033 IST'] })),
    },
    { name: 'right after license smart factory reset (reload pending)', text: text('SW#license smart factory reset', '%Warning: reload required after "license smart factory reset" command', 'SW#show license status | include Trust', 'Trust Code Installed:', 'SW#') },
    { name: 'filtered output may have cut the member lines', text: text(...slpStatus({ trust: [] }), 'SW#show license status | include Trust', 'Trust Code Installed:') },
    {
      name: 'License Authorizations Status: NOT INSTALLED is about SLR codes, not trust',
      text: text(...slpStatus(), 'SW#show license all | begin License Authorizations', 'License Authorizations', '======================', 'Overall status:', '  Active: PID:C9200L-24P-4G,SN:JAE2418A0ST', '      Status: NOT INSTALLED'),
    },
    { name: 'CSLU transport needs no trust code', text: text(...slpStatus({ transport: ['  Type: cslu', '  Cslu address: http://192.0.2.50:8182/cslu/v1/pi'], trust: ['Trust Code Installed: <none>'] })) },
    { name: 'call-home transport', text: text(...techSupport({ transport: 'Callhome' })) },
    { name: 'offline transport', text: text(...slpStatus({ transport: ['  Type: Transport Off'], trust: ['Trust Code Installed: <none>'] })) },
    { name: 'Overall Trust: INSTALLED decides', text: text(...techSupport({ overall: 'INSTALLED (2)', localDevice: 'P:C9500-32C,S:FDO2417A0GH, state[2], Trust Data INSTALLED  TrustId:1187', trustCode: ['Trust Code Installed: May 28 15:06:31 2024 UTC'] })) },
  ],
  invalid: [
    {
      name: 'Smart transport, Trust Code Installed <none>, Overall Trust No ID',
      text: none,
      findings: [
        { ...at(none, 'Trust Code Installed: <none>'), severity: 'warning', message: /Smart Transport is in use/ },
        { ...at(none, 'Trust Code Installed: <none>', 'include Trust\n'), severity: 'warning' },
        { ...at(none, 'No ID'), severity: 'warning' },
      ],
      remedy: ['! exec mode, with a token from the Virtual Account (CSSM > Inventory > General > New Token):', 'license smart trust idtoken <TOKEN> all force'],
    },
    {
      name: 'tech support: NOT INSTALLED and No ID while trust establishment gets NO REPLY',
      text: noReply,
      findings: [
        { line: at(noReply, 'Trust Code Installed: <none>').line, severity: 'warning' },
        { line: at(noReply, 'Local Device:').line, severity: 'warning', message: /\(Ongoing Failure: Overall=3\)/ },
        { line: at(noReply, 'Overall Trust: No ID').line, severity: 'warning' },
      ],
    },
    {
      name: 'the seed\'s `| sec Trust` paste (no transport printed, but establishment was tried)',
      text: seedPaste,
      findings: [{ line: at(seedPaste, 'Local Device:').line, severity: 'warning' }, { line: at(seedPaste, 'Overall Trust').line, severity: 'warning' }],
    },
    {
      name: '%SMART_LIC-3-TRUST_INSTALL_FAILED on a Smart Transport device',
      text: installFailed,
      findings: [{ ...at(installFailed, 'Trust Code Installed: <none>'), severity: 'warning' }, { ...at(installFailed, '%SMART_LIC-3-TRUST_INSTALL_FAILED'), severity: 'warning' }],
    },
    { name: 'transport unknown and nothing tried: info', text: noAttemptUnknownTransport, findings: [{ line: 1, severity: 'info' }] },
  ],
});
