import { at, ruleTester, text } from './harness';
import { licenseAll, EVAL_AUTHORIZATION, slpStatus } from './show-outputs';

const reason = `{"timestamp":["The device date '1546848895412' is offset beyond the allowed tolerance limit."]}`;
const s3 = text(
  'ACC-SW-63#show clock', '08:16:02.117 UTC Mon Jan 7 2019',
  ...licenseAll({ host: 'ACC-SW-63', registration: ['  Status: REGISTERING - REGISTRATION IN PROGRESS', '  Initial Registration: FAILED on Jan 07 08:14:55 2019 UTC', `    Failure reason: ${reason}`], authorization: EVAL_AUTHORIZATION }),
  'ACC-SW-63#show logging | include PKI',
  'Jan  7 08:14:55.198: %PKI-3-CERTIFICATE_INVALID_NOT_YET_VALID: Certificate chain validation has failed.  The certificate (SN: 3F0B6A1D77C2E945) is not yet valid   Validity period starts on 2023-06-14 19:22:05Z',
);
const nonAuth = text(
  'BR-RTR-98#show version | include Version', 'Cisco IOS XE Software, Version 17.09.04a', 'BR-RTR-98#show logging | include PKI',
  'Jun 12 06:01:55.420: %PKI-2-NON_AUTHORITATIVE_CLOCK: PKI functions can not be initialized until an authoritative time source, like NTP, can be obtained.',
);
const starSlp = text('ACC-SW-96#show clock', '*11:42:09.331 UTC Tue Jun 11 2024', ...slpStatus({ host: 'ACC-SW-96' }));
const starClassic = text('ACC-SW-05#show clock', '*11:42:09.331 UTC Tue Jun 11 2024', ...licenseAll({ host: 'ACC-SW-05' }));
const starLog = text(
  'SW#show logging | include SMART_LIC',
  '*Jun 11 11:30:14.882: %SMART_LIC-6-TRUST_INSTALL_SUCCESS: A new licensing trust code was successfully installed on P:C9300-24UX,S:FOC2418Z0EF.',
  '*Jun 11 11:31:02.101: %SMART_LIC-6-AUTH_RENEW_SUCCESS: Authorization renewal with the Cisco Smart Software Manager (CSSM) : State=authorized',
);
// Logs are a sequence: PKI's clock complaint repeats until the clock is set, and ends there.
const NON_AUTH = '%PKI-2-NON_AUTHORITATIVE_CLOCK: PKI functions can not be initialized until an authoritative time source, like NTP, can be obtained.';
const nonAuthTwice = text('BR-RTR-98#show logging | include PKI', `*Jun 12 06:01:55.420: ${NON_AUTH}`, `*Jun 12 06:02:55.421: ${NON_AUTH}`, `*Jun 12 06:03:55.423: ${NON_AUTH}`);
const clockSet = text(
  'BR-RTR-98#show logging | include PKI|SYS',
  `*Jun 12 06:01:55.420: ${NON_AUTH}`,
  `*Jun 12 06:02:55.421: ${NON_AUTH}`,
  'Jun 12 06:03:10.017: %PKI-6-AUTHORITATIVE_CLOCK: The system clock has been set.',
  'Jun 12 06:03:11.402: %SYS-5-CONFIG_I: Configured from console by console',
);
// The same capture's config has a time source: name it, do not advise adding NTP.
const starWithNtp = text(
  'hostname ACC-SW-05', 'ntp server 192.0.2.123', 'license smart transport smart', 'license smart url default', 'end',
  'ACC-SW-05#show clock', '*11:42:09.331 UTC Tue Jun 11 2024',
);
const starTwice = text(
  'ACC-SW-05#show clock', '*11:42:09.331 UTC Tue Jun 11 2024', ...licenseAll({ host: 'ACC-SW-05' }),
  'ACC-SW-05#show logging | include SYS', '*Jun 11 11:44:02.101: %SYS-5-CONFIG_I: Configured from console by console',
  'ACC-SW-05#show clock', '*11:45:10.902 UTC Tue Jun 11 2024', 'ACC-SW-05#show clock', '*11:52:33.410 UTC Tue Jun 11 2024',
);
const timeSource = text('SW#show license status', 'Load for five secs: 1%/0%; one minute: 3%; five minutes: 2%', 'No time source, *17:05:54.449 UTC Mon Jul 29 2024', '', 'Smart Licensing Using Policy:', '  Status: ENABLED');

ruleTester('clock-offset', {
  valid: [
    {
      name: 'a later "show clock" without the "*": the clock became authoritative',
      text: text('SW#show clock', '*11:42:09.331 UTC Tue Jun 11 2024', 'SW#show clock', '11:58:40.017 UTC Tue Jun 11 2024'),
    },
    { name: '%PKI-6-AUTHORITATIVE_CLOCK after the complaints and the * stamps: history', text: clockSet },
    {
      name: '* stamps until the clock is set, plain stamps after: history',
      text: text('SW#show logging', '*Mar  4 15:36:40.113: %SYS-5-RESTART: System restarted --', '*Mar  4 15:36:41.007: %SMART_LIC-6-AGENT_READY: Smart Agent for Licensing is initialized', 'Mar  4 15:37:22.904: %NTP-5-PEERSYNC: NTP synced to peer 192.0.2.123'),
    },
    { name: 'an authoritative clock', text: text('SW#show clock', '11:42:09.331 UTC Tue Jun 11 2024', ...licenseAll()) },
    { name: 'a "." clock (NTP peer lost) is still authoritative', text: text('SW#show clock', '.11:42:09.331 UTC Tue Jun 11 2024') },
    { name: 'the event log banner is not a clock', text: text('SW#show license eventlog 0', '**** Event Log ****', '2024-06-13 05:12:40.311 UTC SAEVT_INIT_START version="5.7.27_rel/62"') },
    {
      name: "show version's active-switch marker and banner art are not clocks",
      text: text('SW#show version', 'Switch Ports Model              SW Version        SW Image              Mode', '------ ----- -----              ----------        ----------            ----', '*    1 65    C9300-48P          17.9.4            CAT9K_IOSXE           INSTALL'),
    },
  ],
  invalid: [
    {
      name: 'scenario 3: the reason shows both dates; the PKI not-yet-valid log too',
      text: s3,
      findings: [
        { line: at(s3, 'Failure reason').line, severity: 'error', message: /CSSM saw 2019-01-07 08:14:55, the capture's own time: the clock is wrong/ },
        { ...at(s3, '%PKI-3-CERTIFICATE_INVALID_NOT_YET_VALID'), severity: 'error', message: /not yet valid/ },
      ],
    },
    { name: '%PKI-2-NON_AUTHORITATIVE_CLOCK is a warning', text: nonAuth, findings: [{ ...at(nonAuth, '%PKI-2-NON_AUTHORITATIVE_CLOCK'), severity: 'warning' }] },
    { name: '* clock on SLP: hint', text: starSlp, findings: [{ ...at(starSlp, '*11:42:09.331 UTC Tue Jun 11 2024'), severity: 'hint' }] },
    { name: '* clock on classic: info', text: starClassic, findings: [{ ...at(starClassic, '*11:42:09.331 UTC Tue Jun 11 2024'), severity: 'info' }] },
    { name: '* log stamps: one finding per log, on the first stamp', text: starLog, findings: [{ ...at(starLog, '*Jun 11 11:30:14.882'), severity: 'hint' }] },
    {
      name: 'the complaint repeated with no clock set after it: one finding, the others related',
      text: nonAuthTwice,
      findings: [{ ...at(nonAuthTwice, '%PKI-2-NON_AUTHORITATIVE_CLOCK'), severity: 'warning', message: /3 times, 06:01:55 to 06:03:55, never set/ }],
    },
    {
      name: 'the config in the same text has an NTP server: the message names it and does not advise adding one',
      text: starWithNtp,
      findings: [{ ...at(starWithNtp, '*11:42:09.331 UTC Tue Jun 11 2024'), severity: 'hint', message: /^(?!.*(?:no NTP|Configure NTP|configure NTP)).*"ntp server 192\.0\.2\.123": check that it synchronises/ }],
    },
    {
      name: 'three "*" clock readings and "*" log stamps: one finding, on the first reading',
      text: starTwice,
      findings: [{ ...at(starTwice, '*11:42:09.331 UTC Tue Jun 11 2024'), severity: 'info', message: /\(and 2 later readings\)/ }],
    },
    { name: '"No time source, *…" header', text: timeSource, findings: [{ ...at(timeSource, '*17:05:54.449 UTC Mon Jul 29 2024'), severity: 'hint' }] },
  ],
});
