import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../../server/src/engine';
import { at, ruleTester, text } from './harness';

const s5 = text(
  'ACC-SW-65#show logging | include CALL_HOME|SMART_LIC',
  'Mar 11 14:25:53.118: %CALL_HOME-5-SL_MESSAGE_FAILED: Fail to send out Smart Licensing message to: https://tools.cisco.com/its/service/oddce/services/DDCEService (ERR 205 : Request Aborted)',
  'Mar 11 14:25:53.120: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager or satellite: Fail to send out Call Home HTTP message.',
);
const s4 = text(
  'ACC-SW-64#show logging | include CALL_HOME|SMART_LIC',
  '000412: Mar 18 21:41:58.730 CST: %CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE: Failed to enable call-home from Smart Agent for Licensing: The command failed to enable smart call home due to an existing active user profile. If you are using a user profile other than CiscoTAC-1 profile to send data to SCH server in Cisco, enter reporting smart-licensing-data under profile mode to configure that profile for smart licensing. For more details about SCH, check http://www.cisco.com/go/smartcall/',
  '000414: Mar 18 21:42:02.407 CST: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager or satellite: Communication transport not available.',
);
const s4only = text(
  'ACC-SW-64#show logging | include SMART_LIC',
  '000414: Mar 18 21:42:02.407 CST: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager or satellite: Communication transport not available.',
);
const s4ios = text(
  'ACC-SW-64#show call-home',
  'Current call home settings:',
  '    call home feature : disable',
  '    call home message\'s source address: Not yet set up',
  '',
  ...s4only.trimEnd().split('\n'),
);
const cssmOnClassic = text(
  'SW#show license summary', 'Smart Licensing is ENABLED', '', 'Registration:', '  Status: REGISTERED', '', 'License Authorization:', '  Status: AUTHORIZED', '',
  'SW#show logging | include SMART_LIC', 'Mar 12 09:17:45.552 EDT: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager (CSSM) : Fail to send out Call Home HTTP message.',
);

ruleTester('callhome-message-failed', {
  valid: [
    { name: 'SCH registration in progress is information', text: text('SW#show logging', 'Apr  9 15:55:12.090: %CALL_HOME-6-SCH_REGISTRATION_IN_PROGRESS: SCH device registration is in progress. Call-home will poll SCH server for registration result. You can also check SCH registration status with "call-home request registration-info" under EXEC mode.') },
    { name: 'the SLP wording belongs to slp-communication-failure', text: text('SW#show logging', 'Jun 10 16:15:41.902: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager (CSSM) : Unable to resolve server hostname/domain name') },
    {
      name: 'a failure followed by AUTH_RENEW_SUCCESS is history',
      text: text(
        'SW#show logging',
        'Mar 11 14:25:53.118: %CALL_HOME-5-SL_MESSAGE_FAILED: Fail to send out Smart Licensing message to: https://tools.cisco.com/its/service/oddce/services/DDCEService (ERR 205 : Request Aborted)',
        'Mar 11 15:25:53.118: %SMART_LIC-6-AUTH_RENEW_SUCCESS: Authorization renewal with the Cisco Smart Software Manager or satellite. State=authorized for udi PID:C9300-48P,SN:FOC2402Y0AE',
      ),
    },
  ],
  invalid: [
    {
      name: 'scenario 5: SL_MESSAGE_FAILED (ERR 205) and the classic COMM_FAILED',
      text: s5,
      findings: [
        { ...at(s5, '%CALL_HOME-5-SL_MESSAGE_FAILED'), severity: 'error', message: /check DNS/ },
        { ...at(s5, '%SMART_LIC-3-COMM_FAILED'), severity: 'error', message: /"Fail to send out Call Home HTTP message\.": check DNS/ },
      ],
    },
    {
      // The seed's remedy for an existing active user profile is to make that profile report licensing data,
      // not to activate CiscoTAC-1 beside it (only one profile may carry licensing).
      name: 'scenario 4: CALL_HOME_FAILED_TO_ENABLE (existing active user profile) and transport not available',
      text: s4,
      findings: [
        { ...at(s4, '%CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE'), severity: 'error', message: /add "reporting smart-licensing-data" to the active user profile/ },
        { ...at(s4, '%SMART_LIC-3-COMM_FAILED'), severity: 'error', message: /to the active user profile/ },
      ],
      remedy: ['call-home', ' profile "<active-user-profile>"', '  reporting smart-licensing-data'],
    },
    {
      // A SMART_LIC log alone does not say which platform printed it: the advice says what to check on each.
      name: 'scenario 4 without a user profile failure, platform unknown: what to check on IOS-XE and on NX-OS',
      text: s4only,
      findings: [{ ...at(s4only, '%SMART_LIC-3-COMM_FAILED'), severity: 'error', message: /IOS-XE: "service call-home".*NX-OS: "enable" under callhome/ }],
      remedy: ['! IOS-XE:', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  reporting smart-licensing-data', '! NX-OS:', 'callhome', '  enable'],
    },
    {
      name: 'scenario 4 on an IOS-XE capture (show call-home says so): service call-home and an active licensing profile',
      text: s4ios,
      findings: [{ ...at(s4ios, '%SMART_LIC-3-COMM_FAILED'), severity: 'error', message: /check "service call-home"/ }],
      remedy: ['service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  reporting smart-licensing-data'],
    },
    { name: 'the (CSSM) wording on a classic device, mapped by the mode', text: cssmOnClassic, findings: [{ ...at(cssmOnClassic, '%SMART_LIC-3-COMM_FAILED'), severity: 'error', message: /check DNS/ }] },
  ],
});

it('callhome-message-failed: "transport not available" points at no service call-home and the active profile, and back', () => {
  const t = text(
    'SW#show running-config', 'Building configuration...', '', 'version 16.12', 'hostname ACC-SW-64', 'no service call-home', '!', 'call-home',
    ' contact-email-addr netops@example.com', ' profile "NOC-SCH"', '  destination transport-method email', '  destination address email noc@example.com', '!', 'end',
    'SW#show logging | include SMART_LIC',
    '000414: Mar 18 21:42:02.407 CST: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager or satellite: Communication transport not available.',
  );
  const f = lint(t).findings.find((x) => x.ruleId === 'callhome-message-failed')!;
  const lines = (f.related ?? []).map((r) => r.range.start.line);
  assert.ok(lines.includes(at(t, 'no service call-home').line));
  assert.ok(lines.includes(at(t, ' profile "NOC-SCH"').line));
});
