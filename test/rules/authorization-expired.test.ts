import { at, ruleTester, text } from './harness';
import { licenseAll } from './show-outputs';

const expired = text(...licenseAll({
  host: 'CORE-SW-94',
  authorization: [
    '  Status: AUTHORIZATION EXPIRED on Mar 19 08:45:30 2024 UTC', '  Last Communication Attempt: FAILED on Apr 15 07:12:44 2024 UTC',
    '    Failure reason: Fail to send out Call Home HTTP message.', '  Next Communication Attempt: Apr 15 08:12:44 2024 UTC', '  Communication Deadline: Mar 19 08:45:30 2024 UTC',
  ],
}));
const version = text('SW#show version | include Smart', 'Smart Licensing Status: REGISTERED/AUTHORIZATION EXPIRED');

ruleTester('authorization-expired', {
  valid: [
    { name: 'AUTHORIZED', text: text(...licenseAll()) },
    { name: 'OUT OF COMPLIANCE is another state', text: text(...licenseAll({ authorization: ['  Status: OUT OF COMPLIANCE on May 13 07:30:16 2024 UTC', '  Last Communication Attempt: SUCCEEDED on May 14 07:30:22 2024 UTC'] })) },
  ],
  invalid: [
    {
      name: 'AUTHORIZATION EXPIRED in show license all names the failing renewals',
      text: expired,
      findings: [{ ...at(expired, 'AUTHORIZATION EXPIRED on Mar 19 08:45:30 2024 UTC'), severity: 'error', message: /no contact with CSSM for 90 days \("Fail to send out Call Home HTTP message"\)/ }],
    },
    {
      name: 'the log says so',
      text: text('SW#show logging | include SMART_LIC', 'Mar 19 08:45:30.010: %SMART_LIC-3-AUTH_EXPIRED: Authorization expired'),
      findings: [{ line: 1, character: 21, severity: 'error' }],
    },
    { name: 'show version status', text: version, findings: [{ ...at(version, 'REGISTERED/AUTHORIZATION EXPIRED'), severity: 'error' }] },
  ],
});
