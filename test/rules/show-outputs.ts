// Hand-written show outputs for the show-output rule tables, laid out as IOS-XE 16.12 / 17.9 and
// NX-OS 9.3 print them (field names, indentation, blank lines). Host names, serials, accounts and
// dates are made up; addresses come from the documentation ranges.
import { text } from './harness';

export const HEALTHY_REGISTRATION = [
  '  Status: REGISTERED',
  '  Smart Account: Example Networks Inc.',
  '  Virtual Account: Campus-Switching',
  '  Export-Controlled Functionality: ALLOWED',
  '  Initial Registration: SUCCEEDED on Nov 20 13:44:05 2023 UTC',
  '  Last Renewal Attempt: None',
  '  Next Renewal Attempt: May 18 13:44:05 2024 UTC',
  '  Registration Expires: Nov 19 13:38:51 2024 UTC',
];

export const HEALTHY_AUTHORIZATION = [
  '  Status: AUTHORIZED on Mar 20 13:45:10 2024 UTC',
  '  Last Communication Attempt: SUCCEEDED on Mar 20 13:45:10 2024 UTC',
  '  Next Communication Attempt: Apr 19 13:45:10 2024 UTC',
  '  Communication Deadline: Jun 18 13:39:44 2024 UTC',
];

export const EVAL_AUTHORIZATION = [
  '  Status: EVAL MODE',
  '  Evaluation Period Remaining: 71 days, 4 hours, 12 minutes, 40 seconds',
];

/** `show license all` of a classic (call-home) IOS-XE switch. */
export function licenseAll(o: { host?: string; registration?: string[]; authorization?: string[]; usage?: string; transport?: string } = {}): string[] {
  const host = o.host ?? 'ACC-SW-01';
  const usage = o.usage ?? (o.authorization === EVAL_AUTHORIZATION ? 'EVAL MODE' : 'AUTHORIZED');
  return [
    `${host}#show license all`,
    'Smart Licensing Status',
    '======================',
    '',
    'Smart Licensing is ENABLED',
    '',
    'Registration:',
    ...(o.registration ?? HEALTHY_REGISTRATION),
    '',
    'License Authorization:',
    ...(o.authorization ?? HEALTHY_AUTHORIZATION),
    '',
    'License Conversion:',
    '  Automatic Conversion Enabled: False',
    '  Status: Not started',
    '',
    'Export Authorization Key:',
    '  Features Authorized:',
    '    <none>',
    '',
    'Utility:',
    '  Status: DISABLED',
    '',
    'Data Privacy:',
    '  Sending Hostname: yes',
    '    Callhome hostname privacy: DISABLED',
    '    Smart Licensing hostname privacy: DISABLED',
    '  Version privacy: DISABLED',
    '',
    'Transport:',
    `  Type: ${o.transport ?? 'Callhome'}`,
    '',
    'License Usage',
    '=============',
    '',
    'network-advantage (C9300-24 Network Advantage):',
    '  Description: C9300-24 Network Advantage',
    '  Count: 1',
    '  Version: 1.0',
    `  Status: ${usage}`,
    '  Export status: NOT RESTRICTED',
    '',
    'Product Information',
    '===================',
    'UDI: PID:C9300-24T,SN:FOC2299X0AA',
    '',
    'Agent Version',
    '=============',
    'Smart Agent for Licensing: 4.11.8_rel/32',
    '',
    'Reservation Info',
    '================',
    'License reservation: DISABLED',
    '',
  ];
}

/** `show license summary` (classic). */
export function licenseSummary(o: { host?: string; registration?: string[]; authorization?: string[]; usage?: string } = {}): string[] {
  const host = o.host ?? 'ACC-SW-01';
  const usage = o.usage ?? 'AUTHORIZED';
  return [
    `${host}#show license summary`,
    'Smart Licensing is ENABLED',
    '',
    'Registration:',
    ...(o.registration ?? ['  Status: REGISTERED', '  Smart Account: Example Networks Inc.', '  Virtual Account: Campus-Switching', '  Export-Controlled Functionality: ALLOWED', '  Last Renewal Attempt: None', '  Next Renewal Attempt: Oct 02 12:31:09 2024 UTC']),
    '',
    'License Authorization:',
    ...(o.authorization ?? ['  Status: AUTHORIZED', '  Last Communication Attempt: SUCCEEDED', '  Next Communication Attempt: May 05 12:31:15 2024 UTC']),
    '',
    'License Usage:',
    '  License                 Entitlement tag               Count Status',
    '  -----------------------------------------------------------------------------',
    `  network-advantage       (C9300-24 Network Advan...)       1 ${usage}`,
    `  dna-advantage           (C9300-24 DNA Advantage)          1 ${usage}`,
    '',
  ];
}

/** SLP `show license status` (17.9). */
export function slpStatus(o: { host?: string; transport?: string[]; trust?: string[]; ack?: string[] } = {}): string[] {
  const host = o.host ?? 'ACC-SW-80';
  return [
    `${host}#show license status`,
    '',
    'Utility:',
    '  Status: DISABLED',
    '',
    'Smart Licensing Using Policy:',
    '  Status: ENABLED',
    '',
    'Account Information:',
    '  Smart Account: Example Networks Inc. As of Jun 10 09:02:11 2024 UTC',
    '  Virtual Account: Campus-Switching',
    '',
    'Data Privacy:',
    '  Sending Hostname: yes',
    '    Callhome hostname privacy: DISABLED',
    '    Smart Licensing hostname privacy: DISABLED',
    '  Version privacy: DISABLED',
    '',
    'Transport:',
    ...(o.transport ?? ['  Type: Smart', '  URL: https://smartreceiver.cisco.com/licservice/license', '  Proxy:', '    Not Configured', '  VRF:', '    Not Configured']),
    '',
    'Miscellaneous:',
    '  Custom Id: <empty>',
    '',
    'Usage Reporting:',
    ...(o.ack ?? ['  Last ACK received: Jun 10 09:02:11 2024 UTC', '  Next ACK deadline: Sep 08 09:02:11 2024 UTC', '  Reporting push interval: 30  days', '  Next ACK push check: <none>', '  Next report push: Jul 10 08:58:40 2024 UTC', '  Last report push: Jun 10 08:58:40 2024 UTC', '  Last report file write: <none>']),
    '',
    ...(o.trust ?? ['Trust Code Installed: May 30 09:12:44 2024 UTC']),
    '',
  ];
}

/** One `show license tech support` communication block. */
export function commBlock(name: string, attempts: string, lastResponse: string, failureReason = '<none>', lastSuccess = '<none>', lastFailure = '<none>'): string[] {
  return [
    `${name}:`,
    `  Attempts: ${attempts}`,
    `  Last Response: ${lastResponse}`,
    `    Failure Reason: ${failureReason}`,
    `  Last Success Time: ${lastSuccess}`,
    `  Last Failure Time: ${lastFailure}`,
  ];
}

const ZERO = 'Total=0, Success=0, Fail=0  Ongoing Failure: Overall=0 Communication=0';

/** The SLP part of `show license tech support` that the trust and communication rules read. */
export function techSupport(o: { host?: string; transport?: string; trustEstablishment?: string[]; trustCode?: string[]; localDevice?: string; overall?: string; currentTime?: string }): string[] {
  const host = o.host ?? 'ACC-SW-81';
  return [
    `${host}#show license tech support`,
    'Smart Licensing Tech Support info',
    '',
    'Smart Licensing Status',
    '======================',
    '',
    'Smart Licensing is ENABLED',
    '',
    'Smart Licensing Using Policy:',
    '  Status: ENABLED',
    '',
    'Transport:',
    `  Type: ${o.transport ?? 'Smart'}`,
    '  URL: https://smartreceiver.cisco.com/licservice/license',
    '  Proxy:',
    '    Address: <empty>',
    '    Port: <empty>',
    '  Server Identity Check: True',
    '  VRF: <empty>',
    '',
    ...(o.trustCode ?? ['Trust Code Installed: <none>']),
    '',
    'Upcoming Scheduled Jobs',
    '=======================',
    `Current time: ${o.currentTime ?? 'Jun 18 09:22:03 2024 UTC'}`,
    '',
    'Communication Statistics:',
    '=======================',
    'Communication Level Allowed: DIRECT',
    'Overall State: <empty>',
    ...(o.trustEstablishment ?? commBlock('Trust Establishment', ZERO, '<none>')),
    ...commBlock('Trust Acknowledgement', ZERO, '<none>'),
    ...commBlock('Usage Reporting', ZERO, '<none>'),
    ...commBlock('Trust Sync', ZERO, '<none>'),
    '',
    'Other Info',
    '==========',
    'Trusted Store Interface: True',
    `Local Device: ${o.localDevice ?? 'P:C9300-24UX,S:FOC2418Z0CD, state[1], Trust Data NOT INSTALLED  TrustId:733'}`,
    `Overall Trust: ${o.overall ?? 'No ID'}`,
    'Clock sync-ed with NTP: True',
    '',
  ];
}

export { text };
