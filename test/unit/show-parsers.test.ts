// Parsers of show outputs and logs, one family at a time (dates, clocks, syslog, event log, history
// message, license status, tech support), and the ShowModel they build. Inputs are hand-written.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../server/src/model/build';
import { parseClockLine } from '../../server/src/parse/clock';
import { DAY_MS, epochInText, formatDate, formatSpan, likelyYear, parseDeviceDate, parseDuration } from '../../server/src/parse/dates';
import { parseEventLine } from '../../server/src/parse/eventlog';
import { findSecrets, HistoryReader, SecretRef } from '../../server/src/parse/historyMessage';
import { emptyLicenseFacts, LicenseOutputReader } from '../../server/src/parse/licenseStatus';
import { parseSyslogLine, syslogFacility } from '../../server/src/parse/syslog';
import { readCounters, trustStateOf } from '../../server/src/parse/techSupport';
import { redactSecrets, redactToken, tokensIn } from '../../server/src/secrets';

const iso = (ms: number) => new Date(ms).toISOString();

describe('dates', () => {
  it('reads the forms devices print', () => {
    assert.equal(iso(parseDeviceDate('Status: OUT OF COMPLIANCE on Jul 26 09:24:09 2018 UTC')!.ms), '2018-07-26T09:24:09.000Z');
    assert.equal(iso(parseDeviceDate('2023-01-24T23:19:05')!.ms), '2023-01-24T23:19:05.000Z');
    assert.equal(iso(parseDeviceDate('2025-01-24 13:58:23.900 UTC SAEVT_READY')!.ms), '2025-01-24T13:58:23.900Z');
    assert.equal(iso(parseDeviceDate('Jun 19 2024 10:02:10.331 UTC: %PKI-3-…')!.ms), '2024-06-19T10:02:10.331Z');
    assert.equal(iso(parseDeviceDate('*08:16:02.117 UTC Mon Jan 7 2019')!.ms), '2019-01-07T08:16:02.117Z');
    assert.equal(iso(parseDeviceDate('!Time: Wed Jun 22 16:16:28 2022')!.ms), '2022-06-22T16:16:28.000Z');
    assert.equal(iso(parseDeviceDate('2024 Apr 17 09:31:40 leaf6 %CALLHOME-2-EVENT: x')!.ms), '2024-04-17T09:31:40.000Z');
  });
  it('keeps syslog stamps yearless and infers the year from the text', () => {
    const d = parseDeviceDate('Jan 24 23:19:05.144: %SMART_LIC-6-TRUST_INSTALL_SUCCESS')!;
    assert.equal(d.hasYear, false);
    assert.equal(likelyYear(d.ms, [Date.UTC(2025, 0, 24, 23, 19, 5)]), 2025);
    // A December stamp in a text dated early January belongs to the year before.
    const dec = parseDeviceDate('Dec 31 23:59:01.000: %SYS-5-CONFIG_I')!;
    assert.equal(likelyYear(dec.ms, [Date.UTC(2025, 0, 2)]), 2024);
    assert.equal(likelyYear(d.ms, []), undefined);
  });
  it('reads scenario 3 epoch milliseconds, durations, and formats spans', () => {
    assert.equal(iso(epochInText(`{"timestamp":["The device date '1526135268653' is offset beyond the allowed tolerance limit."]}`)!.ms), '2018-05-12T14:27:48.653Z');
    assert.equal(parseDuration('65 days, 18 hours, 43 minutes, 0 seconds'), 65 * 86400 + 18 * 3600 + 43 * 60);
    assert.equal(formatSpan(9 * DAY_MS + 3 * 3_600_000), '9 days 3 hours');
    assert.equal(formatSpan(-40 * DAY_MS), '40 days');
    assert.equal(formatDate(Date.UTC(2024, 5, 3, 9, 14, 22)), '2024-06-03 09:14:22');
  });
});

describe('clock lines', () => {
  it('show clock, with and without the * marker', () => {
    const c = parseClockLine('*23:38:54.683 UTC Fri Jan 24 2025', 4)!;
    assert.deepEqual([c.starred, c.source, c.start, iso(c.ms)], [true, 'show clock', 0, '2025-01-24T23:38:54.683Z']);
    assert.equal(parseClockLine('.05:30:30.132 UTC Fri Oct 22 2021', 0)!.starred, false);
  });
  it('Time source headers, tech support Current time, NX-OS !Time:', () => {
    assert.equal(parseClockLine('Time source is NTP, 15:09:55.102 UTC Wed Nov 10 2021', 0)!.source, 'time source');
    const nts = parseClockLine('No time source, *17:05:54.449 UTC Mon Jul 29 2024', 0)!;
    assert.deepEqual([nts.starred, nts.start], [true, 16]);
    assert.equal(parseClockLine('Current time: Jan 11 13:28:08 2022 UTC', 0)!.source, 'current time');
    assert.equal(parseClockLine('!Time: Wed Jun 22 16:16:28 2022', 0)!.source, 'nx !Time');
  });
  it('rejects what only looks like a clock', () => {
    assert.equal(parseClockLine('**** Event Log ****', 0), undefined);
    assert.equal(parseClockLine('*    1 65    C9300-48P          17.9.4            CAT9K_IOSXE           INSTALL', 0), undefined);
    assert.equal(parseClockLine('  Status: AUTHORIZED on Mar 13 08:09:28 2024 UTC', 0), undefined);
  });
});

describe('syslog', () => {
  it('with a * stamp', () => {
    const r = parseSyslogLine('*Jan 24 23:19:05.144: %SMART_LIC-6-TRUST_INSTALL_SUCCESS: A new licensing trust code was successfully installed on P:C9300-48UN,S:FOC1.', 3)!;
    assert.deepEqual([r.key, r.starred, r.stampStart, r.start], ['SMART_LIC-6-TRUST_INSTALL_SUCCESS', true, 0, 22]);
    assert.match(r.text, /^A new licensing trust code/);
  });
  it('with a sequence number and a time zone', () => {
    const r = parseSyslogLine('000412: Mar 18 21:41:58.730 CST: %CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE: Failed to enable call-home', 0)!;
    assert.deepEqual([r.facility, r.severity, r.mnemonic, r.starred, r.time!.hasYear], ['CALL_HOME', 3, 'CALL_HOME_FAILED_TO_ENABLE', false, false]);
  });
  it('without a space after the colon (as the XE seed prints it), and bare', () => {
    assert.equal(parseSyslogLine('%SMART_LIC-3-COMM_FAILED:Communications failure with the Cisco Smart Software Manager or satellite: x', 0)!.text.startsWith('Communications'), true);
    assert.equal(parseSyslogLine('Load for five secs: 1%/0%; one minute: 0%; five minutes: 0%', 0), undefined);
  });
  it('the facility scan agrees with the parser', () => {
    const s = '*Aug  2 03:59:10.278 IST: %FED_CCK_ERRMSG-4-INCONSISTENCY_FOUND: Switch 1 F0/0: fed: Consistency Checker';
    assert.deepEqual(syslogFacility(s), { facility: 'FED_CCK_ERRMSG', pct: 26, starred: true });
    assert.equal(syslogFacility('50% of 100%'), undefined);
  });
});

describe('event log', () => {
  it('reads the name and key="value" fields', () => {
    const e = parseEventLine('2025-01-24 15:17:46.341 UTC SAEVT_COMM_FAIL error="Connection timed out"', 9)!;
    assert.deepEqual([e.name, e.fields.error, iso(e.time!.ms)], ['SAEVT_COMM_FAIL', 'Connection timed out', '2025-01-24T15:17:46.341Z']);
    const p = parseEventLine('2025-01-24 13:58:27.732 UTC SAEVT_PLATFORM eventSource="INFRA_SL" eventName="INFRA_SL_EVLOG_SYSDATA_FAIL" MSG="Get-SDL: not the active switch"', 0)!;
    assert.equal(p.fields.eventName, 'INFRA_SL_EVLOG_SYSDATA_FAIL');
    assert.equal(p.fields.MSG, 'Get-SDL: not the active switch');
  });
  it('ignores SAEVT_ inside a word', () => {
    assert.equal(parseEventLine('note:XSAEVT_COMM_FAIL', 0), undefined);
  });
});

describe('history message', () => {
  const feed = (lines: string[], filtered = false) => {
    const r = new HistoryReader(filtered);
    lines.forEach((l, i) => r.line(l, i));
    return r.output;
  };
  it('pairs REQUEST and RESPONSE and sees an empty response', () => {
    const out = feed(['Message History (oldest to newest):', 'Usage Reporting:', '', 'REQUEST: Jun 05 09:40:12 2024 UTC', '{"request":"{}"}', '', 'RESPONSE: Jun 05 09:40:12 2024 UTC', '', 'Result Polling:', '  No past history']);
    assert.equal(out.complete, true);
    assert.deepEqual(out.exchanges.map((x) => [x.category, x.requestLine, x.responseLine, x.responseBody]), [['Usage Reporting', 3, 6, false]]);
  });
  it('reads the response status and the trust code import', () => {
    const out = feed(['Message History (oldest to newest):', 'Trust Establishment:', 'REQUEST: Jun 06 14:22:31 2024 UTC', '{"request":"{}"}', 'RESPONSE: Jun 06 14:22:38 2024 UTC',
      '{"response":"{\\"status_code\\":\\"OK\\",\\"status_message\\":\\"OK\\"}"}', 'Import Message History (oldest to newest):', 'Import TRUST CODE:', 'Received on Jun 06 14:22:38 2024 UTC', '  <TRUST_CODE>']);
    assert.equal(out.exchanges[0].statusCode, 'OK');
    assert.deepEqual(out.trustCodeReceivedLines, [8]);
  });
  it('finds ID tokens in escaped JSON and in exec command echoes', () => {
    const found: SecretRef[] = [];
    findSecrets('{"request_data":"{\\\\\\"hostname\\\\\\":\\\\\\"SW\\\\\\",\\\\\\"token\\\\\\":\\\\\\"Yzk0NmE3ZDItMTBlYy00ZjNm%0A\\\\\\",\\\\\\"mode\\\\\\":\\\\\\"PERMANENT\\\\\\"}"}', 0, found);
    findSecrets('Switch#license smart trust idtoken NGFkODgzMGUtZmNkMS00NTRj all force', 1, found);
    findSecrets('license smart register idtoken <TOKEN> force', 2, found);
    assert.deepEqual(found.map((f) => f.token), ['Yzk0NmE3ZDItMTBlYy00ZjNm%0A', 'NGFkODgzMGUtZmNkMS00NTRj']);
  });
});

describe('secrets', () => {
  it('redacts every known token', () => {
    assert.equal(redactToken('NGFkODgzMGUtZmNkMS00NTRj'), 'NGFk…<redacted>');
    assert.equal(redactSecrets('token NGFkODgzMGUtZmNkMS00NTRj twice NGFkODgzMGUtZmNkMS00NTRj', ['NGFkODgzMGUtZmNkMS00NTRj']), 'token NGFk…<redacted> twice NGFk…<redacted>');
    assert.deepEqual(tokensIn('license smart register idtoken ODJhZWU2ZjctMWUx force'), ['ODJhZWU2ZjctMWUx']);
  });
});

describe('license status reader', () => {
  const read = (lines: string[], filtered = false) => {
    const facts = emptyLicenseFacts();
    const r = new LicenseOutputReader(facts, filtered);
    lines.forEach((l, i) => r.line(l, i));
    r.end();
    return facts;
  };
  it('reads states as whole word groups with their dates', () => {
    const f = read(['Registration:', '  Status: UNREGISTERED - REGISTRATION FAILED', '  Initial Registration: FAILED on Oct 22 14:25:31 2018 EST', '    Failure reason: Product Already Registered',
      '', 'License Authorization:', '  Status: OUT OF COMPLIANCE on Jul 26 09:24:09 2018 UTC', '  Last Communication Attempt: PENDING on Aug 02 14:34:51 2018 UTC', '    Failure reason: Waiting for reply', '  Communication Deadline: Oct 25 09:21:39 2018 UTC']);
    assert.equal(f.registrations[0].status!.state, 'UNREGISTERED - REGISTRATION FAILED');
    assert.equal(f.registrations[0].initialRegistration!.result, 'FAILED');
    assert.deepEqual(f.registrations[0].failureReasons.map((r) => r.value), ['Product Already Registered']);
    assert.equal(f.authorizations[0].status!.state, 'OUT OF COMPLIANCE');
    assert.equal(iso(f.authorizations[0].status!.time!.ms), '2018-07-26T09:24:09.000Z');
    assert.equal(f.authorizations[0].lastCommunication!.result, 'PENDING');
    assert.deepEqual(f.authorizations[0].failureReasons.map((r) => r.value), ['Waiting for reply']);
    assert.deepEqual(f.deadlines.map((d) => [d.kind, d.line]), [['communication', 9]]);
  });
  it('reads the seed\'s joined "Registration: Status: …" line', () => {
    const f = read(['Registration: Status: UNREGISTERED - REGISTRATION FAILED', 'Export-Controlled Functionality: Not Allowed', 'Initial Registration: FAILED on Mar 09 21:42:02 2019 CST', 'Failure reason: Communication transport not available.']);
    assert.equal(f.registrations[0].status!.state, 'UNREGISTERED - REGISTRATION FAILED');
    assert.equal(f.registrations[0].failureReasons[0].value, 'Communication transport not available.');
  });
  it('trust code: date, <none>, empty with members, and a filtered empty header', () => {
    assert.equal(read(['Trust Code Installed: Jan 24 23:19:05 2025 UTC']).trustCodes[0].kind, 'date');
    assert.equal(read(['Trust Code Installed: <none>']).trustCodes[0].kind, 'none');
    const members = read(['Trust Code Installed:', '  Active: PID:C9300-24UX,SN:FOC1', '    INSTALLED on Oct 14 11:37:52 2021 UTC', '', '  Standby: PID:C9300-24U,SN:FOC2', '    INSTALLED on Oct 14 11:37:52 2021 UTC', 'License Usage', '=============']).trustCodes[0];
    assert.deepEqual([members.kind, members.members], ['empty', [2, 5]]);
    assert.equal(read(['Trust Code Installed:'], true).trustCodes[0].filtered, true);
  });
  it('transport, usage rows and entries, authorization codes are not usage', () => {
    const f = read(['Transport:', '  Type: Smart', '  URL: https://smartreceiver.cisco.com/licservice/license', '', 'License Usage:', '  License                 Entitlement tag               Count Status',
      '  -----------------------------------------------------------------------------', '  network-advantage       (C9300-24 Network Advan...)       1 OUT OF COMPLIANCE', '',
      'License Authorizations', '======================', 'Overall status:', '  Active: PID:C9300-24UX,SN:FOC1', '      Status: NOT INSTALLED']);
    assert.deepEqual(f.transports.map((t) => t.value), ['Smart']);
    assert.deepEqual(f.usage.map((u) => [u.name, u.status.value]), [['network-advantage', 'OUT OF COMPLIANCE']]);
  });
  it('tech support: communication blocks, counters across wrapped lines, trust lines', () => {
    const f = read(['Trust Establishment:', '  Attempts: Total=1,', ' Success=1', ', Fail=0  Ongoing Failure: Overall=0 Communication=0', '  Last Response: OK on Jan 24 23:19:05 2025 UTC',
      'Usage Reporting:', '  Attempts: Total=2, Success=0, Fail=2  Ongoing Failure: Overall=2 Communication=0', '  Last Response: INVALID STATUS CODE on Aug 30 23:12:38 2023 PDT',
      '    Failure Reason: {"product_instance_identifier":["The identity for the instance is not valid."]}',
      'Local Device: P:C9300-48UN,S:FOC1, state[2], Trust Data INSTALLED  TrustId:612', 'Overall Trust: INSTALLED (2)']);
    assert.deepEqual(f.commBlocks.map((b) => [b.name, b.total, b.success, b.fail, b.ongoingOverall]), [['Trust Establishment', 1, 1, 0, 0], ['Usage Reporting', 2, 0, 2, 2]]);
    assert.match(f.commBlocks[1].failureReason!.value, /identity for the instance/);
    assert.deepEqual(f.trustLines.map((t) => [t.label, t.state]), [['Local Device', 'installed'], ['Overall Trust', 'installed']]);
  });
  it('show version status line', () => {
    const f = read(['Smart Licensing Status: UNREGISTERED/EVAL EXPIRED']);
    assert.deepEqual([f.versionStatus[0].registration, f.versionStatus[0].authorization], ['UNREGISTERED', 'EVAL EXPIRED']);
    assert.deepEqual(read(['Smart Licensing Status: Smart Licensing Using Policy']).versionStatus, []);
  });
  it('trust states', () => {
    assert.equal(trustStateOf('No ID'), 'not-installed');
    assert.equal(trustStateOf('P:C9300,S:X, state[1], NOT INSTALLED TrustId:605'), 'not-installed');
    assert.equal(trustStateOf('No Trust Data'), 'not-installed');
    assert.equal(trustStateOf('INSTALLED (2)'), 'installed');
    const b = { name: 'x', headerLine: 0 } as Parameters<typeof readCounters>[0];
    readCounters(b, 'Attempts: Total=12, Success=9, Fail=3  Ongoing Failure: Overall=3 Communication=3', 4);
    assert.deepEqual([b.total, b.fail, b.ongoingOverall, b.ongoingCommunication, b.ongoingLine], [12, 3, 3, 3, 4]);
  });
});

describe('ShowModel', () => {
  it('picks the capture clock: show clock first, then headers, then the latest log stamp', () => {
    const withClock = buildModel('SW#show clock\n10:00:00.000 UTC Mon Jun 3 2024\nSW#show logging\nJun  5 10:00:00.000: %SMART_LIC-6-AUTH_RENEW_SUCCESS: ok\n');
    assert.deepEqual([withClock.show.clock!.source, iso(withClock.show.clock!.ms)], ['show clock', '2024-06-03T10:00:00.000Z']);
    const logOnly = buildModel('SW#show license status\nLicense Authorization:\n  Status: AUTHORIZED on Jun 01 08:00:00 2024 UTC\nSW#show logging\nJun  5 10:00:00.000: %LINK-3-UPDOWN: Interface Gi1/0/1, changed state to up\n');
    assert.deepEqual([logOnly.show.clock!.source, iso(logOnly.show.clock!.ms)], ['latest syslog', '2024-06-05T10:00:00.000Z']);
    assert.equal(buildModel('SW#show license summary\nRegistration:\n  Status: REGISTERED\n').show.clock, undefined);
  });
  it('feeds show evidence into the licensing mode', () => {
    assert.equal(buildModel('SW#show license status\nSmart Licensing Using Policy:\n  Status: ENABLED\n').mode, 'slp');
    assert.equal(buildModel('SW#show license summary\nSmart Licensing is ENABLED\n\nRegistration:\n  Status: REGISTERED\n').mode, 'classic');
    assert.equal(buildModel('SW#show version\nCisco IOS XE Software, Version 17.03.02\n').mode, 'slp');
    assert.equal(buildModel('SW#show version\nCisco IOS XE Software, Version 17.03.01a\n').mode, 'classic');
    assert.equal(buildModel('SW#show logging\n*Jan 24 23:19:05.144: %SMART_LIC-6-TRUST_INSTALL_SUCCESS: A new licensing trust code was successfully installed on P:C9300,S:X.\n').mode, 'slp');
  });
  it('keeps only licensing facilities as records, with log summaries for the rest', () => {
    const m = buildModel('SW#show logging\n*Jun  2 03:59:10.278: %LINK-3-UPDOWN: Interface Gi1/0/1, changed state to up\nJun  2 04:00:00.000: %PKI-3-CRL_FETCH_FAIL: CRL fetch for trustpoint SLA-TrustPoint failed\n                      Reason : Failed to select socket.\n');
    assert.deepEqual(m.show.syslog.map((r) => [r.key, r.line, r.endLine]), [['PKI-3-CRL_FETCH_FAIL', 2, 3]]);
    assert.match(m.show.syslog[0].text, /Reason : Failed to select socket\./);
    assert.deepEqual(m.show.logs.map((l) => [l.messages, l.firstStarredLine, l.lastLine]), [[2, 1, 2]]);
  });
  it('records ID tokens printed in show text, and the factory reset', () => {
    const m = buildModel('Switch#license smart trust idtoken NGFkODgzMGUtZmNkMS00NTRj all force\n%Warning: reload required after "license smart factory reset" command\n');
    assert.deepEqual(m.show.secrets.map((s) => s.token), ['NGFkODgzMGUtZmNkMS00NTRj']);
    assert.equal(m.show.factoryResetLine, 1);
  });
});
