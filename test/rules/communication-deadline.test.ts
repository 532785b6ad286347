import { at, ruleTester, text } from './harness';
import { licenseAll, slpStatus } from './show-outputs';

const clock = (s: string) => ['ACC-SW-92#show clock', s];
const auth = (deadline: string, attempt = 'PENDING on Jun 03 09:14:01 2024 UTC') => ['  Status: AUTHORIZED on Mar 14 08:12:40 2024 UTC', `  Last Communication Attempt: ${attempt}`, '  Next Communication Attempt: Jun 03 09:44:01 2024 UTC', `  Communication Deadline: ${deadline}`];
const reg = (expires: string) => ['  Status: REGISTERED', '  Initial Registration: SUCCEEDED on Sep 12 08:40:11 2023 UTC', '  Last Renewal Attempt: None', `  Registration Expires: ${expires}`];

const near = text(...clock('09:14:22.841 UTC Mon Jun 3 2024'), ...licenseAll({ registration: reg('Mar 10 08:35:02 2025 UTC'), authorization: auth('Jun 12 08:07:15 2024 UTC') }));
const passed = text(...clock('07:20:31.004 UTC Mon Apr 15 2024'), ...licenseAll({ registration: reg('Dec 19 08:35:02 2024 UTC'), authorization: auth('Mar 19 08:45:30 2024 UTC', 'SUCCEEDED on Mar 01 08:45:30 2024 UTC') }));
const expires = text(...clock('10:00:00.000 UTC Tue Sep 3 2024'), ...licenseAll({ registration: reg('Sep 10 08:35:02 2024 UTC'), authorization: auth('Nov 30 08:07:15 2024 UTC', 'SUCCEEDED on Sep 01 08:00:00 2024 UTC') }));
const ack = text(...clock('15:02:51.220 UTC Mon Aug 26 2024'), ...slpStatus({ transport: ['  Type: Transport Off'], ack: ['  Last ACK received: Jun 03 10:11:40 2024 UTC', '  Next ACK deadline: Sep 01 10:11:40 2024 UTC'], trust: ['Trust Code Installed: <none>'] }));
const techClock = text('SW#show license tech support | include Current time|deadline', 'Current time: Jun 18 09:22:03 2024 UTC', '  Next ACK deadline: Jun 20 08:20:13 2024 UTC');
const nxTime = text('!Command: show running-config callhome', '!Time: Wed Jun 22 16:16:28 2022', '', 'version 9.3(4) Bios:version 07.67', 'callhome', '  enable', '',
  'switch# show license status', 'Smart Licensing is ENABLED', '', 'License Authorization:', '  Status: AUTHORIZED on Mar 30 16:15:44 2022 UTC', '  Communication Deadline: Jun 28 16:12:55 2022 UTC');

ruleTester('communication-deadline', {
  valid: [
    { name: 'deadline 90 days after the clock', text: text(...clock('13:52:18.604 UTC Wed Mar 20 2024'), ...licenseAll()) },
    { name: 'no clock in the text: silent whatever today is', text: text(...licenseAll({ authorization: auth('Jan 01 00:00:00 2001 UTC') })) },
    { name: 'Next ACK deadline: <none>', text: text(...clock('09:00:00.000 UTC Mon Jun 3 2024'), ...slpStatus({ ack: ['  Last ACK received: Apr 23 15:28:43 2025 IST', '  Next ACK deadline: <none>'] })) },
    { name: 'a deadline 15 days away', text: text(...clock('09:00:00.000 UTC Mon Jun 3 2024'), ...licenseAll({ authorization: auth('Jun 18 09:30:00 2024 UTC') })) },
  ],
  invalid: [
    { name: 'Communication Deadline 8 days after show clock', text: near, findings: [{ ...at(near, 'Jun 12 08:07:15 2024 UTC'), severity: 'warning', message: /8 days 22 hours after the capture's clock \(2024-06-03 09:14:22, show clock\)/ }] },
    { name: 'a deadline already passed', text: passed, findings: [{ ...at(passed, 'Mar 19 08:45:30 2024 UTC'), severity: 'warning', message: /passed 26 days before/ }] },
    { name: 'Registration Expires within 14 days', text: expires, findings: [{ ...at(expires, 'Sep 10 08:35:02 2024 UTC'), severity: 'warning', message: /ID certificate expires/ }], remedy: ['! exec mode, once CSSM is reachable:', 'license smart renew id'] },
    {
      name: 'SLP Next ACK deadline on an offline device',
      text: ack,
      findings: [{ ...at(ack, 'Sep 01 10:11:40 2024 UTC'), severity: 'warning', message: /Next ACK deadline/ }],
      remedy: ['! exec mode: save usage, upload it to CSSM, then import the ACK file', 'license smart save usage all file flash:usage.txt', 'license smart import flash:ack.txt'],
    },
    { name: "tech support's Current time is the clock", text: techClock, findings: [{ ...at(techClock, 'Jun 20 08:20:13 2024 UTC'), severity: 'warning', message: /current time/ }] },
    { name: "NX-OS !Time: is the clock", text: nxTime, findings: [{ ...at(nxTime, 'Jun 28 16:12:55 2022 UTC'), severity: 'warning', message: /nx !Time/ }] },
  ],
});
