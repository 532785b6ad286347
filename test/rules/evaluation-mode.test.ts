import { at, ruleTester, text } from './harness';
import { EVAL_AUTHORIZATION, licenseAll, licenseSummary } from './show-outputs';

const unregistered = ['  Status: UNREGISTERED', '  Export-Controlled Functionality: Not Allowed'];
const summary = text(...licenseSummary({ host: 'ACC-SW-93', registration: unregistered, authorization: ['  Status: EVAL MODE', '  Evaluation Period Remaining: 62 days, 7 hours, 18 minutes, 2 seconds'], usage: 'EVAL MODE' }));
const soon = text(...licenseSummary({ registration: unregistered, authorization: ['  Status: EVAL MODE', '  Evaluation Period Remaining: 9 days, 2 hours, 0 minutes, 11 seconds'], usage: 'EVAL MODE' }));
const expired = text(...licenseSummary({ registration: unregistered, authorization: ['  Status: EVAL EXPIRED'], usage: 'EVAL EXPIRED' }));
const version = text('FX-CORE-18#show version | include Smart Licensing', 'Smart Licensing Status: UNREGISTERED/EVAL EXPIRED');
const versionEval = text('SW#show version | include Smart Licensing', 'Smart Licensing Status: UNREGISTERED/EVAL MODE');
const failedReg = text(...licenseAll({ registration: ['  Status: UNREGISTERED - REGISTRATION FAILED', '  Initial Registration: FAILED on Apr 08 09:12:37 2024 UTC', '    Failure reason: Product Already Registered'], authorization: EVAL_AUTHORIZATION }));

ruleTester('evaluation-mode', {
  valid: [
    { name: 'registered and authorized', text: text(...licenseAll()) },
    { name: 'REGISTERED/EVAL EXPIRED: the unused evaluation of a registered device ended', text: text('SW#show version | include Smart Licensing', 'Smart Licensing Status: REGISTERED/EVAL EXPIRED') },
    { name: 'UNREGISTERED/No Licenses in Use', text: text('R1#show version | include Smart Licensing', 'Smart Licensing Status: UNREGISTERED/No Licenses in Use') },
    { name: 'IOS-XR prints the same mnemonic, but is not a platform this linter covers', text: text('RP/0/RP0/CPU0:ios#show logging', 'RP/0/RP0/CPU0:Jan 25 15:23:20.317 UTC: smartlicserver[301]: %SMART_LIC-3-EVAL_EXPIRED : Evaluation period expired') },
    { name: 'an SLP device', text: text('SW#show version | include Smart Licensing', 'Smart Licensing Status: Smart Licensing Using Policy') },
  ],
  invalid: [
    { name: 'UNREGISTERED + EVAL MODE, 62 days left: info on the status', text: summary, findings: [{ ...at(summary, 'EVAL MODE'), severity: 'info', message: /62 days/ }] },
    { name: 'less than 14 days left: warning on the remaining time', text: soon, findings: [{ ...at(soon, '9 days, 2 hours, 0 minutes, 11 seconds'), severity: 'warning' }] },
    { name: 'EVAL EXPIRED on an unregistered device', text: expired, findings: [{ ...at(expired, 'EVAL EXPIRED'), severity: 'warning' }] },
    { name: 'show version UNREGISTERED/EVAL EXPIRED', text: version, findings: [{ ...at(version, 'UNREGISTERED/EVAL EXPIRED'), severity: 'warning' }] },
    { name: 'show version UNREGISTERED/EVAL MODE', text: versionEval, findings: [{ ...at(versionEval, 'UNREGISTERED/EVAL MODE'), severity: 'info' }] },
    {
      name: '%SMART_LIC-3-EVAL_EXPIRED on an unregistered device',
      text: text('SW#show logging | include SMART_LIC', 'Feb  2 10:01:44.210: %SMART_LIC-3-EVAL_EXPIRED: Evaluation period expired'),
      findings: [{ line: 1, character: 21, severity: 'warning' }],
    },
    { name: 'a failed registration still runs on evaluation', text: failedReg, findings: [{ line: at(failedReg, 'Status: EVAL MODE').line, severity: 'info' }] },
  ],
});
