import { at, ruleTester, text } from './harness';
import { EVAL_AUTHORIZATION, licenseAll, licenseSummary } from './show-outputs';

const failed = (reason: string, status = 'UNREGISTERED - REGISTRATION FAILED') => [
  `  Status: ${status}`,
  '  Export-Controlled Functionality: Not Allowed',
  '  Initial Registration: FAILED on Apr 08 09:12:37 2024 UTC',
  `    Failure reason: ${reason}`,
  '  Next Registration Attempt: Apr 08 09:29:51 2024 UTC',
];

const s1 = text(...licenseAll({ registration: failed('Product Already Registered'), authorization: EVAL_AUTHORIZATION }));
const s1b = text(...licenseAll({ registration: failed('The product regid.2017-03.com.cisco.C9300 and sudi containing udi Serial Number:FOC2299X0AA,udi Pid:C9300-24T has already been registered.'), authorization: EVAL_AUTHORIZATION }));
const s2 = text(...licenseAll({ registration: failed('Your request could not be processed right now. Please try again', 'REGISTERING - REGISTRATION IN PROGRESS'), authorization: EVAL_AUTHORIZATION }));
const s3 = text(
  'ACC-SW-63#show clock', '*08:16:02.117 UTC Mon Jan 7 2019',
  ...licenseAll({ host: 'ACC-SW-63', registration: failed(`{"timestamp":["The device date '1546848895412' is offset beyond the allowed tolerance limit."]}`, 'REGISTERING - REGISTRATION IN PROGRESS'), authorization: EVAL_AUTHORIZATION }),
);
const s4 = text(
  ...licenseAll({ host: 'ACC-SW-64', registration: failed('Communication transport not available.'), authorization: EVAL_AUTHORIZATION }),
  'ACC-SW-64#show logging | include SMART_LIC',
  '000413: Mar 18 21:42:02.406 CST: %SMART_LIC-3-AGENT_REG_FAILED: Smart Agent for Licensing Registration with the Cisco Smart Software Manager or satellite failed: Communication transport not available.',
  'ACC-SW-64#',
);
const unknownReason = text(...licenseAll({ registration: failed('Invalid response from the licensing back end (code 77)'), authorization: EVAL_AUTHORIZATION }));
const noReason = text(...licenseSummary({ registration: ['  Status: UNREGISTERED - REGISTRATION FAILED', '  Export-Controlled Functionality: Not Allowed'], authorization: ['  Status: EVAL MODE', '  Evaluation Period Remaining: 12 days, 1 hours, 0 minutes, 0 seconds'], usage: 'EVAL MODE' }));
const s6 = text(
  ...licenseAll({ host: 'BLD4-SW-66', registration: ['  Status: UNREGISTERED', '  Smart Account: Example Networks Inc.', '  Export-Controlled Functionality: ALLOWED'], authorization: EVAL_AUTHORIZATION }),
  'BLD4-SW-66#show license eventlog 1',
  '**** Event Log ****',
  '2024-05-20 11:02:43.118 UTC SAEVT_DEREGISTER_STATUS msgStatus="LS_INVALID_DATA" error="Missing Id cert serial number field; Missing signing cert serial number field; Signed data and certificate does not match"',
  'BLD4-SW-66#',
);
const renewalFailed = text(...licenseAll({
  registration: [
    '  Status: REGISTERED', '  Smart Account: Example Networks Inc.', '  Virtual Account: Campus-Switching', '  Export-Controlled Functionality: ALLOWED',
    '  Initial Registration: SUCCEEDED on Nov 20 13:44:05 2023 UTC', '  Last Renewal Attempt: FAILED on May 18 13:44:05 2024 UTC',
    '    Failure reason: Fail to send out Call Home HTTP message.', '  Next Renewal Attempt: May 18 14:44:05 2024 UTC', '  Registration Expires: Nov 19 13:38:51 2024 UTC',
  ],
}));
const nxFailed = text(
  'dc1-n9k-leaf2# show license status', '', 'Smart Licensing is ENABLED', '', 'Registration:',
  '  Status: UNREGISTERED - REGISTRATION FAILED', '  Export-Controlled Functionality: Not Allowed', '  Initial Registration: FAILED on Apr 17 09:31:40 2024 UTC',
  '    Failure reason: Fail to send out Call Home HTTP message.', '  Next Registration Attempt: Apr 17 09:46:40 2024 UTC', '',
  'License Authorization:', '  Status: EVAL MODE', '  Evaluation Period Remaining: 84 days, 3 hours, 1 minutes, 12 seconds', '', 'dc1-n9k-leaf2#',
);

ruleTester('registration-failed', {
  valid: [
    { name: 'REGISTERED / AUTHORIZED', text: text(...licenseAll()) },
    { name: 'plain UNREGISTERED with EVAL MODE is not a failure', text: text(...licenseSummary({ registration: ['  Status: UNREGISTERED', '  Export-Controlled Functionality: Not Allowed'], authorization: ['  Status: EVAL MODE', '  Evaluation Period Remaining: 62 days, 7 hours, 18 minutes, 2 seconds'], usage: 'EVAL MODE' })) },
    { name: 'REGISTERING - REGISTRATION IN PROGRESS without a failed attempt is in flight', text: text(...licenseSummary({ registration: ['  Status: REGISTERING - REGISTRATION IN PROGRESS', '  Export-Controlled Functionality: Not Allowed'], authorization: EVAL_AUTHORIZATION, usage: 'EVAL MODE' })) },
    {
      name: 'AGENT_REG_FAILED followed by AGENT_REG_SUCCESS is history',
      text: text(
        'ACC-SW-02#show logging | include SMART_LIC',
        'Apr  8 09:12:37.804: %SMART_LIC-3-AGENT_REG_FAILED: Smart Agent for Licensing Registration with the Cisco Smart Software Manager or satellite failed: Product Already Registered',
        'Apr  8 09:20:11.112: %SMART_LIC-6-AGENT_REG_SUCCESS: Smart Agent for Licensing Registration with the Cisco Smart Software Manager or satellite for udi PID:C9300-24T,SN:FOC2299X0AB',
      ),
    },
    {
      name: 'an old AGENT_REG_FAILED in a text whose show output says REGISTERED',
      text: text(...licenseAll(), 'ACC-SW-01#show logging | include SMART_LIC', 'Nov 20 13:40:01.004: %SMART_LIC-3-AGENT_REG_FAILED: Smart Agent for Licensing Registration with the Cisco Smart Software Manager or satellite failed: Communication transport not available.'),
    },
    {
      name: 'disable … enable around a pasted show output',
      text: text('! cisco-license-lint-disable registration-failed', ...licenseAll({ registration: failed('Product Already Registered'), authorization: EVAL_AUTHORIZATION }), '! cisco-license-lint-enable registration-failed'),
    },
    { name: 'show version REGISTERED/AUTHORIZED', text: text('SW#show version | include Smart', 'Smart Licensing Status: REGISTERED/AUTHORIZED') },
    {
      name: 'LS_INVALID_DATA on a device that is registered again',
      text: text(...licenseAll(), 'ACC-SW-01#show license eventlog 1', '2024-05-20 11:02:43.118 UTC SAEVT_DEREGISTER_STATUS msgStatus="LS_INVALID_DATA" error="Missing Id cert serial number field"'),
    },
  ],
  invalid: [
    {
      name: 'scenario 1: Product Already Registered (on the reason line, with the force remedy)',
      text: s1,
      findings: [{ ...at(s1, 'Product Already Registered'), severity: 'error', message: /register again with.*force/ }],
      remedy: ['! CSSM already knows this device: register again with force (exec mode)', 'license smart register idtoken <TOKEN> force'],
    },
    { name: 'scenario 1 variant: has already been registered', text: s1b, findings: [{ line: at(s1b, 'Failure reason').line, severity: 'error', message: /register again with/ }] },
    { name: 'scenario 2: REGISTERING with Initial Registration FAILED', text: s2, findings: [{ line: at(s2, 'Your request could not').line, character: at(s2, 'Your request could not').character, severity: 'error', message: /new token/ }] },
    { name: 'scenario 3: device date beyond tolerance', text: s3, findings: [{ line: at(s3, 'Failure reason').line, severity: 'error', message: /set the time by NTP/ }] },
    {
      name: 'scenario 4: transport not available, in show license all and in the log',
      text: s4,
      findings: [
        { ...at(s4, 'Communication transport not available.'), severity: 'error', message: /service call-home/ },
        { ...at(s4, '%SMART_LIC-3-AGENT_REG_FAILED'), severity: 'error', message: /service call-home/ },
      ],
    },
    { name: 'an unknown reason is quoted', text: unknownReason, findings: [{ line: at(unknownReason, 'Failure reason').line, severity: 'error', message: /"Invalid response from the licensing back end \(c….*no known cause/ }] },
    { name: 'REGISTRATION FAILED without a reason line sits on the status', text: noReason, findings: [{ ...at(noReason, 'UNREGISTERED - REGISTRATION FAILED'), severity: 'error' }] },
    {
      name: 'scenario 6: LS_INVALID_DATA after a registration, device back on evaluation',
      text: s6,
      findings: [{ ...at(s6, 'LS_INVALID_DATA'), severity: 'error', message: /did not verify/ }],
    },
    { name: 'ID certificate renewal failing on a registered device is a warning', text: renewalFailed, findings: [{ line: at(renewalFailed, 'Failure reason').line, severity: 'warning', message: /renewal failed.*check DNS/ }] },
    {
      name: 'ID certificate renewal failing in the log: a warning',
      text: text('SW#show logging | include SMART_LIC', 'May 18 13:44:05.120: %SMART_LIC-3-ID_CERT_RENEW_FAILED: ID certificate renewal failed with Cisco Smart Software Manager (CSSM) : Fail to send out Call Home HTTP message.'),
      findings: [{ line: 1, character: 21, severity: 'warning', message: /renewal failed.*did not get out|renewal failed/ }],
    },
    { name: 'NX-OS show license status', text: nxFailed, findings: [{ line: at(nxFailed, 'Failure reason').line, severity: 'error', message: /check DNS/ }] },
  ],
});
