import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll, lint } from '../../server/src/engine';
import { at, ruleTester, text } from './harness';

const ID = 'licensing-profile-missing-reporting';
const SCH = 'https://sch-relay.example.com/its/service/oddce/services/DDCEService';

function cfg(version: string | null, tac: string[], user: string[], extra: string[] = [], second?: string[]): string {
  return text(
    ...(version ? [`version ${version}`] : []), 'service call-home', 'hostname ACC-SW-33', '!', ...extra,
    'call-home', ' contact-email-addr netops@example.com', ' profile "CiscoTAC-1"', ...tac, '  destination transport-method http',
    ' profile "NOC-SCH"', ...user, '  destination transport-method http', `  destination address http ${SCH}`,
    ...(second ? [' profile "NOC-2"', ...second, '  destination transport-method http'] : []),
    '!', 'interface Vlan20', ' ip address 198.51.100.33 255.255.255.0', '!', 'end',
  );
}

const NOC = ' profile "NOC-SCH"';
const classic = cfg('16.12', ['  no active'], []);
const crlf = classic.replace(/\n/g, '\r\n');
const negated = cfg('16.12', ['  no active'], ['  no reporting smart-licensing-data']);
// Found by npm run fuzz: the line repeated (a pasted change script). The last one is the one that counts.
const negatedTwice = cfg('16.12', ['  no active'], ['  no reporting smart-licensing-data', '  destination transport-method http', '  no reporting smart-licensing-data']);
const twoUsers = cfg('16.12', ['  no active'], ['  reporting smart-call-home-data'], [], []);
const slpCallhome = cfg('17.9', ['  no active'], [], ['license smart transport callhome']);
const undecided = cfg(null, ['  no active'], []);
const tacShownInactive = cfg('16.12', [], []) + text(
  'ACC-SW-33#show call-home profile all', '', 'Profile Name: CiscoTAC-1', '    Profile status: INACTIVE',
  '    Reporting Data: Smart Call Home, Smart Licensing', '',
  'Profile Name: NOC-SCH', '    Profile status: ACTIVE', '    Reporting Data: Smart Call Home', '',
);
const tabs = text('call-home', '\tprofile "CiscoTAC-1"', '\t\tno active', '\tprofile "NOC-SCH"', '\t\tdestination transport-method http', 'end');
const withLog = classic + text(
  'ACC-SW-33#show logging',
  '000412: Mar 18 21:42:02.118 UTC: %CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE: Failed to enable call-home from Smart Agent for Licensing: The command failed to enable smart call home due to an existing active user profile.',
);

ruleTester(ID, {
  valid: [
    { name: 'CiscoTAC-1 active', text: cfg('16.12', ['  active'], []) },
    { name: 'CiscoTAC-1 activity unknown (neither active nor no active)', text: cfg('16.12', [], []) },
    { name: 'the active user profile reports licensing data', text: cfg('16.12', ['  no active'], ['  reporting smart-licensing-data']) },
    { name: 'the active user profile reports all', text: cfg('16.12', ['  no active'], ['  reporting all']) },
    { name: 'one of two active user profiles reports licensing data', text: cfg('16.12', ['  no active'], [], [], ['  reporting smart-licensing-data']) },
    { name: 'no user profile active (no-active-licensing-profile says it)', text: cfg('16.12', ['  no active'], ['  no active']) },
    { name: 'SLP on Smart Transport: a Smart-Call-Home-only profile is fine', text: cfg('17.9', ['  no active'], [], ['license smart transport smart']) },
    { name: 'SLP with no transport line (CSLU)', text: cfg('17.9', ['  no active'], []) },
    { name: 'IOS 15.x with call-home for Smart Call Home alone', text: cfg('15.2', ['  no active'], []) },
    { name: 'CiscoTAC-1 not in the text (fragment of the user profile only)', text: text('call-home', ' profile "NOC-SCH"', '  destination transport-method http') },
    {
      name: 'CiscoTAC-1 decided ACTIVE by show output',
      text: cfg('16.12', [], []) + text('ACC-SW-33#show call-home profile all', '', 'Profile Name: CiscoTAC-1', '    Profile status: ACTIVE', '    Reporting Data: Smart Call Home, Smart Licensing', ''),
    },
    {
      name: 'NX-OS',
      text: text('!Command: show running-config', 'version 9.3(5) Bios:version 05.39', 'hostname N9K-1', 'callhome', '  email-contact netops@example.com',
        '  destination-profile CiscoTAC-1 transport-method http', '  destination-profile NOC-SCH transport-method http', '  enable'),
    },
  ],
  invalid: [
    {
      name: 'classic 16.12: CiscoTAC-1 off, NOC-SCH active without reporting (scenario 4)',
      text: classic,
      findings: [{ ...at(classic, NOC), character: 1, severity: 'error', message: /"NOC-SCH" is active without licensing data and CiscoTAC-1 is off, so licensing refuses call-home: add "reporting smart-licensing-data"/ }],
      output: classic.replace(`${NOC}\n`, `${NOC}\n  reporting smart-licensing-data\n`),
      safe: false,
      fixTitle: /Add "reporting smart-licensing-data" to profile "NOC-SCH"/,
    },
    {
      name: 'CRLF: the inserted line ends in CRLF',
      text: crlf,
      findings: [{ ...at(crlf, NOC), character: 1, severity: 'error' }],
      output: crlf.replace(`${NOC}\r\n`, `${NOC}\r\n  reporting smart-licensing-data\r\n`),
    },
    {
      name: 'no reporting smart-licensing-data is replaced, not contradicted',
      text: negated,
      findings: [{ ...at(negated, NOC), character: 1, severity: 'error' }],
      output: negated.replace('  no reporting smart-licensing-data', '  reporting smart-licensing-data'),
    },
    {
      name: 'two "no reporting smart-licensing-data" lines: the fix replaces the last, which wins',
      text: negatedTwice,
      findings: [{ ...at(negatedTwice, NOC), character: 1, severity: 'error' }],
      output: negatedTwice.replace('http\n  no reporting smart-licensing-data', 'http\n  reporting smart-licensing-data'),
    },
    {
      name: 'two active user profiles, neither reports licensing: one finding and one fix each',
      text: twoUsers,
      findings: [
        { ...at(twoUsers, NOC), character: 1, severity: 'error', message: /is active without licensing data/ },
        { ...at(twoUsers, ' profile "NOC-2"'), character: 1, severity: 'error' },
      ],
    },
    {
      name: 'SLP with license smart transport callhome',
      text: slpCallhome,
      findings: [{ ...at(slpCallhome, NOC), character: 1, severity: 'error' }],
    },
    {
      name: 'undecided mode (no version line): info',
      text: undecided,
      findings: [{ ...at(undecided, NOC), character: 1, severity: 'info', message: /Mode undecided/ }],
    },
    {
      name: 'CiscoTAC-1 decided INACTIVE by show output in the same text',
      text: tacShownInactive,
      findings: [{ ...at(tacShownInactive, NOC), character: 1, severity: 'error' }],
    },
    {
      name: 'tab-indented change script: the fix copies the tabs',
      text: tabs,
      findings: [{ line: 3, character: 1, severity: 'info' }],
      output: tabs.replace('\tprofile "NOC-SCH"\n', '\tprofile "NOC-SCH"\n\t\treporting smart-licensing-data\n'),
    },
    {
      name: 'the log in the same text confirms it',
      text: withLog,
      findings: [{ ...at(withLog, NOC), character: 1, severity: 'error', message: /Confirmed on line \d+\./ }],
    },
  ],
});

describe(`${ID}: fix policy and evidence`, () => {
  it('fix-all leaves the profile alone (which profile carries licensing is a decision)', () => {
    assert.equal(fixAll(classic).text, classic);
  });

  it('links the CALL_HOME_FAILED_TO_ENABLE log line', () => {
    const f = lint(withLog).findings.find((x) => x.ruleId === ID)!;
    const log = at(withLog, '%CALL_HOME-3-CALL_HOME_FAILED_TO_ENABLE');
    assert.ok(f.related?.some((r) => r.range.start.line === log.line), JSON.stringify(f.related));
  });
});
