import { at, ruleTester, text } from './harness';
import { commBlock, slpStatus, techSupport } from './show-outputs';

const dnsLog = text(
  ...slpStatus({ host: 'ACC-SW-84' }),
  'ACC-SW-84#show logging | include SMART_LIC',
  'Jun 10 16:15:41.902: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager (CSSM) : Unable to resolve server hostname/domain name',
);
const timeout = text('SW#show logging | include SMART_LIC', '*Jan 24 15:17:46.341: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager (CSSM) : Connection timed out');
const cslu = text('FX-SW-17#show logging | include SMART_LIC', 'Jun 17 03:10:44.512: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart License Utility (CSLU) : Unable to resolve server hostname/domain name');
const repeatedEvents = text(
  'SW#show license eventlog 0', '**** Event Log ****',
  '2025-03-04 15:48:02.117 UTC SAEVT_COMM_FAIL error="Connection timed out"',
  '2025-03-04 15:49:03.480 UTC SAEVT_COMM_FAIL error="Connection timed out"',
  '2025-03-05 09:01:33.002 UTC SAEVT_COMM_FAIL error="Connection timed out"',
);
const events = text(
  'ACC-SW-84#show license eventlog 2', '**** Event Log ****',
  '2024-06-10 16:15:40.009 UTC SAEVT_UTILITY_REPORT_START',
  '2024-06-10 16:15:41.901 UTC SAEVT_COMM_FAIL error="Unable to resolve server hostname/domain name"',
);
const noReply = text(...techSupport({
  trustEstablishment: commBlock('Trust Establishment', 'Total=3, Success=0, Fail=3  Ongoing Failure: Overall=3 Communication=3', 'NO REPLY on Jun 18 09:21:41 2024 UTC', '<none>', '<none>', 'Jun 18 09:21:41 2024 UTC'),
}));
const rejected = text(...techSupport({
  overall: 'INSTALLED (2)', localDevice: 'P:C9300-24UX,S:FOC2418Z0CD, state[2], Trust Data INSTALLED  TrustId:733', trustCode: ['Trust Code Installed: May 02 10:18:52 2024 UTC'],
  trustEstablishment: [
    ...commBlock('Trust Establishment', 'Total=1, Success=1, Fail=0  Ongoing Failure: Overall=0 Communication=0', 'OK on May 02 10:18:52 2024 UTC'),
    ...commBlock('Result Polling', 'Total=3, Success=1, Fail=2  Ongoing Failure: Overall=2 Communication=0', 'INVALID STATUS CODE on Jun 17 22:12:38 2024 UTC',
      '{"product_instance_identifier":["The identity for the instance 3d1f0c4e-1111-4c2a-9e2b-5a7b9c0d1e2f is not valid.Please re-register the instance."]}'),
  ],
}));
const history = text(
  'FX-SW-11#show license history message', '', 'Message History (oldest to newest):', '====================================================',
  'Trust Establishment:', '  No past history', 'Usage Reporting:', '', 'REQUEST: Jun 05 09:40:12 2024 UTC',
  '{"request":"{\\"header\\":{\\"request_type\\":\\"POLICY_USAGE\\",\\"nonce\\":\\"5520381946172230718\\"}}"}', '',
  'RESPONSE: Jun 05 09:40:12 2024 UTC', '', '', 'Result Polling:', '  No past history', 'FX-SW-11#',
);

ruleTester('slp-communication-failure', {
  valid: [
    {
      name: 'COMM_FAIL followed by COMM_RESTORED is history',
      text: text('SW#show license eventlog 1', '**** Event Log ****', '2024-06-12 07:41:48.552 UTC SAEVT_COMM_FAIL error="Connection timed out"', '2024-06-12 08:03:10.117 UTC SAEVT_COMM_RESTORED', ...slpStatus()),
    },
    {
      name: 'boot noise: INIT_CRYPTO false then true, SYSDATA_FAIL on a stack member',
      text: text(
        'SW#show license eventlog 0', '**** Event Log ****',
        '2024-06-13 05:12:40.336 UTC SAEVT_INIT_CRYPTO success="False" error="Crypto Initialization has not been completed"',
        '2024-06-13 05:12:45.018 UTC SAEVT_PLATFORM eventSource="INFRA_SL" eventName="INFRA_SL_EVLOG_SYSDATA_FAIL" MSG="Get-SDL: not the active switch"',
        '2024-06-13 05:13:32.591 UTC SAEVT_INIT_CRYPTO success="True"', '2024-06-13 05:13:32.594 UTC SAEVT_COMM_RESTORED', ...slpStatus(),
      ),
    },
    { name: 'Fail=N counts history: Ongoing Failure Overall=0', text: text(...techSupport({ trustEstablishment: commBlock('Trust Establishment', 'Total=4, Success=3, Fail=1  Ongoing Failure: Overall=0 Communication=0', 'OK on Jun 18 09:21:41 2024 UTC'), overall: 'INSTALLED (2)', localDevice: 'P:C9300-24UX,S:FOC2418Z0CD, state[2], Trust Data INSTALLED  TrustId:733' })) },
    { name: 'filtered history: REQUEST lines alone prove nothing', text: text('FX-SW-10#show license history message | include REQUEST', '  REQUEST: Jun 03 08:12:40 2024 UTC', '  REQUEST: Jun 03 08:14:02 2024 UTC') },
    { name: '"No past history" on a new device', text: text('SW#show license history message', '', 'Message History (oldest to newest):', '====================================================', 'Trust Establishment:', '  No past history', 'Usage Reporting:', '  No past history') },
    {
      name: 'the classic wording is callhome-message-failed, not this rule',
      text: text('SW#show logging', 'Mar 11 14:25:53.120: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager or satellite: Fail to send out Call Home HTTP message.'),
    },
    {
      name: 'a suppression comment typed into the pasted log',
      text: text('SW#show logging', '! cisco-license-lint-disable-next-line slp-communication-failure -- known DNS outage, ticket 4711', 'Jun 10 16:15:41.902: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager (CSSM) : Connection timed out'),
    },
    {
      name: 'Hello messages to a CSLU that does not answer, and OK_TRY_AGAIN, are not faults',
      text: text(...techSupport({
        transport: 'cslu', overall: 'No ID',
        trustEstablishment: [
          ...commBlock('Hello Message', 'Total=30, Success=0, Fail=30  Ongoing Failure: Overall=30 Communication=30', 'NO REPLY on Jun 18 09:17:55 2024 UTC'),
          ...commBlock('Trust Sync', 'Total=2, Success=1, Fail=1  Ongoing Failure: Overall=1 Communication=0', 'OK_TRY_AGAIN on Jun 18 08:45:47 2024 UTC', 'Server error occurred: LS_LICENGINE_FAIL_TO_CONNECT'),
        ],
      })),
    },
    {
      name: 'COMM_FAILED then a later AUTH_RENEW_SUCCESS',
      text: text('SW#show logging', 'Jun 10 16:15:41.902: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart Software Manager (CSSM) : Connection timed out', 'Jun 10 18:15:41.902: %SMART_LIC-6-AUTH_RENEW_SUCCESS: Authorization renewal with the Cisco Smart Software Manager (CSSM) : State=authorized'),
    },
  ],
  invalid: [
    {
      name: 'COMM_FAILED (CSSM) : Unable to resolve → DNS',
      text: dnsLog,
      findings: [{ ...at(dnsLog, '%SMART_LIC-3-COMM_FAILED'), severity: 'error', message: /CSSM failed: "Unable to resolve server hostname\/domain name".*ip name-server/ }],
      remedy: ['ip domain lookup', 'ip domain lookup source-interface <interface>', 'ip name-server <dns-server>'],
    },
    { name: 'COMM_FAILED (CSSM) : Connection timed out → firewall/proxy', text: timeout, findings: [{ ...at(timeout, '%SMART_LIC-3-COMM_FAILED'), severity: 'error', message: /firewall or proxy/ }] },
    { name: 'the CSLU wording', text: cslu, findings: [{ ...at(cslu, '%SMART_LIC-3-COMM_FAILED'), severity: 'error', message: /CSLU failed/ }] },
    {
      name: 'the CSLU wording points at the CSLU URL and transport, never at smartreceiver DNS',
      text: cslu,
      findings: [{ ...at(cslu, '%SMART_LIC-3-COMM_FAILED'), severity: 'error', message: /^(?!.*(?:smartreceiver|Smart Transport)).*license smart url cslu/ }],
      remedy: ['license smart transport cslu', 'license smart url cslu http://<cslu-host>:8182/cslu/v1/pi'],
    },
    {
      name: 'event-log failures with no restore: one finding with the count and span',
      text: repeatedEvents,
      findings: [{ line: 2, severity: 'error', message: /SAEVT_COMM_FAIL 3 times, 2025-03-04 15:48:02 to 2025-03-05 09:01:33, never restored/ }],
    },
    { name: 'SAEVT_COMM_FAIL not followed by SAEVT_COMM_RESTORED', text: events, findings: [{ line: at(events, 'SAEVT_COMM_FAIL').line, character: at(events, 'SAEVT_COMM_FAIL').character, severity: 'error', message: /never restored/ }] },
    { name: 'Trust Establishment NO REPLY with Ongoing Failure > 0', text: noReply, findings: [{ ...at(noReply, 'NO REPLY on Jun 18 09:21:41 2024 UTC'), severity: 'error', message: /3 ongoing failures/ }] },
    {
      name: 'another exchange failing now with a reason CSSM gives (quoted; no seed scenario)',
      text: rejected,
      findings: [{ line: at(rejected, 'The identity for the instance').line, severity: 'error', message: /Result Polling is failing now.*trust idtoken/ }],
      remedy: ['! exec mode, with a token from the Virtual Account:', 'license smart trust idtoken <TOKEN> all force'],
    },
    { name: 'unfiltered history: a RESPONSE with no JSON', text: history, findings: [{ ...at(history, 'RESPONSE: Jun 05 09:40:12 2024 UTC'), severity: 'error', message: /Usage Reporting request got no response/ }] },
  ],
});
