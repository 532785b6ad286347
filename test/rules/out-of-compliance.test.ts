import { at, ruleTester, text } from './harness';
import { licenseAll, licenseSummary } from './show-outputs';

const ooc = ['  Status: OUT OF COMPLIANCE on May 13 07:30:16 2024 UTC', '  Last Communication Attempt: SUCCEEDED on May 14 07:30:22 2024 UTC', '  Next Communication Attempt: May 15 07:30:22 2024 UTC', '  Communication Deadline: Aug 12 07:25:01 2024 UTC'];
const all = text(...licenseAll({ host: 'BR-SW-68', authorization: ooc, usage: 'OUT OF COMPLIANCE' }));
const summary = text(...licenseSummary({ host: 'CORE-SW-95', authorization: ['  Status: OUT OF COMPLIANCE on May 03 11:05:52 2024 UTC', '  Last Communication Attempt: SUCCEEDED on May 04 11:06:02 2024 UTC', '  Next Communication Attempt: May 05 11:06:02 2024 UTC'], usage: 'OUT OF COMPLIANCE' }));
const log = text('BR-SW-68#show logging | include SMART_LIC', 'May 13 07:30:16.530: %SMART_LIC-3-OUT_OF_COMPLIANCE: One or more entitlements are out of compliance.');
const version = text('SW#show version | include Smart Licensing', 'Smart Licensing Status: REGISTERED/OUT OF COMPLIANCE');
const usageOnly = text(
  'SW#show license usage', '', 'License Authorization:', '', 'network-advantage (C9300-24 Network Advantage):', '  Description: C9300-24 Network Advantage',
  '  Count: 2', '  Version: 1.0', '  Status: OUT OF COMPLIANCE', '  Export status: NOT RESTRICTED', '',
);

ruleTester('out-of-compliance', {
  valid: [
    { name: 'AUTHORIZED', text: text(...licenseAll()) },
    {
      name: 'OUT_OF_COMPLIANCE then IN_COMPLIANCE is history',
      text: text('SW#show logging | include SMART_LIC', 'May 13 07:30:16.530: %SMART_LIC-3-OUT_OF_COMPLIANCE: One or more entitlements are out of compliance.', 'May 14 07:30:22.118: %SMART_LIC-5-IN_COMPLIANCE: All entitlements and licenses in use on this device are authorized'),
    },
    { name: 'an old OUT_OF_COMPLIANCE log with an AUTHORIZED status', text: text(...licenseAll(), 'ACC-SW-01#show logging', 'Mar 01 07:30:16.530: %SMART_LIC-3-OUT_OF_COMPLIANCE: One or more entitlements are out of compliance.') },
  ],
  invalid: [
    {
      name: 'scenario 8 in show license all: the authorization status line (usage rows are not repeated)',
      text: all,
      findings: [{ ...at(all, 'OUT OF COMPLIANCE on May 13 07:30:16 2024 UTC'), severity: 'warning', message: /has too few licences\. Check count, level, subscriptions/ }],
      remedy: ['! after adding licences to the Virtual Account in CSSM (or re-registering with a token from the right one), exec mode:', 'license smart renew auth'],
    },
    { name: 'show license summary', text: summary, findings: [{ line: at(summary, 'Status: OUT OF COMPLIANCE').line, severity: 'warning' }] },
    { name: '%SMART_LIC-3-OUT_OF_COMPLIANCE', text: log, findings: [{ ...at(log, '%SMART_LIC-3-OUT_OF_COMPLIANCE'), severity: 'warning' }] },
    {
      name: 'the message repeated with no IN_COMPLIANCE after it: one condition, one finding',
      text: text('BR-SW-68#show logging | include SMART_LIC', 'May 13 07:30:16.530: %SMART_LIC-3-OUT_OF_COMPLIANCE: One or more entitlements are out of compliance.', 'May 14 07:30:16.612: %SMART_LIC-3-OUT_OF_COMPLIANCE: One or more entitlements are out of compliance.'),
      findings: [{ line: 1, severity: 'warning', message: /2 times, May 13 07:30:16 to May 14 07:30:16\)/ }],
    },
    { name: 'show version status', text: version, findings: [{ ...at(version, 'REGISTERED/OUT OF COMPLIANCE'), severity: 'warning' }] },
    { name: 'a usage list alone', text: usageOnly, findings: [{ ...at(usageOnly, 'OUT OF COMPLIANCE'), severity: 'warning' }] },
  ],
});
