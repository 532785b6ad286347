import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../../server/src/engine';
import { at, ruleTester, text } from './harness';
import { licenseAll } from './show-outputs';

const auth = (attempt: string, reason?: string, status = 'AUTHORIZED on Jan 25 08:02:47 2024 UTC') => [
  `  Status: ${status}`,
  `  Last Communication Attempt: ${attempt}`,
  ...(reason ? [`    Failure reason: ${reason}`] : []),
  '  Next Communication Attempt: Mar 11 14:26:53 2024 UTC',
  '  Communication Deadline: Apr 24 07:58:12 2024 UTC',
];

const s5 = text(...licenseAll({ authorization: auth('FAILED on Mar 11 14:26:23 2024 UTC', 'Fail to send out Call Home HTTP message.') }));
const s7 = text(
  ...licenseAll({ host: 'ACC-SW-67', authorization: auth('PENDING on Jun 18 14:34:51 2024 UTC', 'Waiting for reply') }),
  'ACC-SW-67#show logging | include PKI',
  'Jun 18 14:34:51.207: %PKI-3-CRL_FETCH_FAIL: CRL fetch for trustpoint SLA-TrustPoint failed',
  '                      Reason : Failed to select socket. Timeout : 5 (Connection timed out)',
  'ACC-SW-67#',
);
const s9 = text(
  ...licenseAll({ host: 'CORE-SW-69', authorization: auth('FAILED on Mar 12 09:17:45 2024 EDT', 'Data and signature do not match', 'AUTHORIZED on Mar 12 09:17:45 2024 EDT') }),
  'CORE-SW-69#show logging | include SMART_LIC',
  'Mar 12 09:17:45.552 EDT: %SMART_LIC-3-AUTH_RENEW_FAILED: Authorization renewal with the Cisco Smart Software Manager (CSSM) : Error received from Smart Software Manager: Data and signature do not match for udi PID:C9500-24Y4C,SN:FDO2402Y0AL',
);
const sendError = text(
  'ACC-SW-65#show logging | include SMART_LIC',
  'Mar 11 14:26:23.404: %SMART_LIC-3-AUTH_RENEW_FAILED: Authorization renewal with the Cisco Smart Software Manager or satellite: Communication message send error for udi PID:C9300-48P,SN:FOC2402Y0AE',
);
const failedNoReason = text(...licenseAll({ authorization: auth('FAILED on Mar 11 14:26:23 2024 UTC') }));
const crlOnly = text(
  'ACC-SW-70#show logging | include CRL',
  'Jun 18 14:34:51.207: %PKI-3-CRL_FETCH_FAIL: CRL fetch for trustpoint SLA-TrustPoint failed',
  '                      Reason : Failed to select socket. Timeout : 5 (Connection timed out)',
);
const nx = text(
  'dc1-n9k-leaf6# show license status', '', 'Smart Licensing is ENABLED', '', 'Registration:', '  Status: REGISTERED',
  '  Smart Account: Example Networks Inc.', '  Virtual Account: DC-Fabric', '  Export-Controlled Functionality: Allowed',
  '  Initial Registration: SUCCEEDED on Jan 16 14:02:51 2024 UTC', '  Last Renewal Attempt: None', '  Next Renewal Attempt: Jul 14 14:02:51 2024 UTC',
  '  Registration Expires: Jan 15 14:00:13 2025 UTC', '', 'License Authorization:', '  Status: AUTHORIZED on Mar 18 09:30:12 2024 UTC',
  '  Last Communication Attempt: FAILED on Apr 17 09:31:40 2024 UTC', '    Failure reason: Fail to send out Call Home HTTP message.',
  '  Next Communication Attempt: Apr 18 08:31:40 2024 UTC', '  Communication Deadline: Jun 16 09:27:44 2024 UTC', '', 'dc1-n9k-leaf6#',
);

const RENEW_FAIL = '%SMART_LIC-3-AUTH_RENEW_FAILED: Authorization renewal with the Cisco Smart Software Manager or satellite: Communication message send error for udi PID:C9300-48P,SN:FOC2402Y0AE';
const renewRetries = text('ACC-SW-44#show logging | include SMART_LIC', `Mar 11 14:26:23.404: ${RENEW_FAIL}`, `Mar 11 15:26:23.911: ${RENEW_FAIL}`, `Mar 11 16:26:24.087: ${RENEW_FAIL}`);

ruleTester('authorization-failed', {
  valid: [
    {
      name: 'CRL fetch failure next to SLA-TrustPoint "revocation-check crl": left to sla-trustpoint-crl (one rule per root cause)',
      text: text(
        'ACC-SW-70#show running-config | section crypto pki trustpoint SLA-TrustPoint', 'crypto pki trustpoint SLA-TrustPoint', ' enrollment pkcs12', ' revocation-check crl',
        'ACC-SW-70#show logging | include CRL', 'Jun 18 14:34:51.207: %PKI-3-CRL_FETCH_FAIL: CRL fetch for trustpoint SLA-TrustPoint failed',
      ),
    },
    { name: 'AUTHORIZED, last communication SUCCEEDED', text: text(...licenseAll()) },
    { name: 'PENDING without a failure reason is a request in flight', text: text(...licenseAll({ authorization: auth('PENDING on Jun 03 09:14:01 2024 UTC') })) },
    {
      name: 'AUTH_RENEW_FAILED followed by AUTH_RENEW_SUCCESS is history',
      text: text(
        'SW#show logging | include SMART_LIC',
        'Mar 11 14:26:23.404: %SMART_LIC-3-AUTH_RENEW_FAILED: Authorization renewal with the Cisco Smart Software Manager or satellite: Communication message send error for udi PID:C9300-48P,SN:FOC2402Y0AE',
        'Mar 12 02:26:30.118: %SMART_LIC-6-AUTH_RENEW_SUCCESS: Authorization renewal with the Cisco Smart Software Manager or satellite. State=authorized for udi PID:C9300-48P,SN:FOC2402Y0AE',
      ),
    },
    {
      name: 'an old renewal failure before a later SUCCEEDED communication in the same text',
      text: text(...licenseAll(), 'ACC-SW-01#show logging | include SMART_LIC', 'Mar 19 09:00:00.001: %SMART_LIC-3-AUTH_RENEW_FAILED: Authorization renewal with the Cisco Smart Software Manager or satellite: Communication message send error for udi PID:C9300-24T,SN:FOC2299X0AA'),
    },
    { name: 'CRL fetch failure for another trustpoint', text: text('R1#show logging', 'Jun 18 14:34:51.207: %PKI-3-CRL_FETCH_FAIL: CRL fetch for trustpoint VPN-CA failed') },
  ],
  invalid: [
    {
      name: 'renewal retried and failing each time: one finding on the first, the retries related',
      text: renewRetries,
      findings: [{ ...at(renewRetries, '%SMART_LIC-3-AUTH_RENEW_FAILED'), severity: 'error', message: /failed 3 times, 14:26:23 to 16:26:24, never restored/ }],
    },
    {
      name: 'scenario 5: FAILED + Fail to send out Call Home HTTP message',
      text: s5,
      findings: [{ ...at(s5, 'Fail to send out Call Home HTTP message.'), severity: 'error', message: /check DNS.*ip http client source-interface/ }],
    },
    {
      name: 'scenario 7: PENDING + Waiting for reply, CRL fetch failure in the log',
      text: s7,
      findings: [
        { ...at(s7, 'Waiting for reply'), severity: 'error', message: /revocation-check none.*Confirmed on line/ },
        { ...at(s7, '%PKI-3-CRL_FETCH_FAIL'), severity: 'error', message: /CRL fetch for SLA-TrustPoint failed/ },
      ],
      remedy: ['crypto pki trustpoint SLA-TrustPoint', ' revocation-check none'],
    },
    {
      name: 'scenario 9: Data and signature do not match, in show license all and the log',
      text: s9,
      findings: [
        { ...at(s9, 'Data and signature do not match'), severity: 'error', message: /signature.*deregister/ },
        { ...at(s9, '%SMART_LIC-3-AUTH_RENEW_FAILED'), severity: 'error', message: /deregister/ },
      ],
      remedy: ['! exec mode, with a new token from CSSM:', 'license smart deregister', 'license smart register idtoken <NEW-TOKEN> force'],
    },
    { name: 'AUTH_RENEW_FAILED: Communication message send error is scenario 5', text: sendError, findings: [{ ...at(sendError, '%SMART_LIC-3-AUTH_RENEW_FAILED'), severity: 'error', message: /check DNS/ }] },
    { name: 'FAILED without a reason line sits on the attempt', text: failedNoReason, findings: [{ ...at(failedNoReason, 'FAILED on Mar 11 14:26:23 2024 UTC'), severity: 'error' }] },
    { name: 'a CRL fetch failure alone is a warning (cause before symptom)', text: crlOnly, findings: [{ ...at(crlOnly, '%PKI-3-CRL_FETCH_FAIL'), severity: 'warning', message: /CRL fetch for SLA-TrustPoint failed/ }] },
    { name: 'NX-OS show license status (NX known problem 1 = scenario 5)', text: nx, findings: [{ ...at(nx, 'Fail to send out Call Home HTTP message.'), severity: 'error', message: /check DNS/ }] },
  ],
});

it('authorization-failed: scenario 5 in a show-tech points at the profile destination, VRF and DNS lines', () => {
  const t = text(
    'SW#show tech-support license',
    '------------------ show running-config ------------------',
    'Building configuration...', '', 'Current configuration : 2200 bytes', '!', 'version 16.12', 'hostname ACC-SW-65', '!',
    'vrf definition Mgmt-vrf', ' address-family ipv4', ' exit-address-family', '!',
    'service call-home', '!', 'call-home', ' contact-email-addr netops@example.com', ' vrf Mgmt-vrf', ' profile "CiscoTAC-1"', '  active',
    '  destination transport-method http', '  destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService', '!',
    'ip name-server vrf Mgmt-vrf 198.51.100.53', 'ip http client source-interface GigabitEthernet0/0', '!',
    'interface GigabitEthernet0/0', ' vrf forwarding Mgmt-vrf', ' ip address 198.51.100.65 255.255.255.0', '!', 'end', '',
    '------------------ show license all ------------------',
    ...licenseAll({ authorization: auth('FAILED on Mar 11 14:26:23 2024 UTC', 'Fail to send out Call Home HTTP message.') }).slice(1),
  );
  const f = lint(t).findings.find((x) => x.ruleId === 'authorization-failed')!;
  const lines = (f.related ?? []).map((r) => r.range.start.line);
  for (const needle of ['  destination address http https', ' vrf Mgmt-vrf', 'ip name-server vrf', 'ip http client source-interface']) {
    assert.ok(lines.includes(at(t, needle).line), `related should include ${needle.trim()}`);
  }
  assert.deepEqual(f.remedy?.slice(0, 5), ['ip domain lookup', 'ip name-server vrf Mgmt-vrf <dns-server>', 'ip http client source-interface GigabitEthernet0/0', 'call-home', ' vrf Mgmt-vrf']);
});
