import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { at, ruleTester, text } from './harness';

const ID = 'no-active-licensing-profile';
const ONPREM = 'https://ssm-onprem.example.com/Transportgateway/services/DeviceRequestHandler';

function cfg(version: string | null, tac: string[], user: string[] | null, extra: string[] = []): string {
  return text(
    ...(version ? [`version ${version}`] : []), 'service call-home', 'hostname ACC-SW-34', '!', ...extra,
    'call-home', ' contact-email-addr netops@example.com', ' profile "CiscoTAC-1"', ...tac, '  destination transport-method http',
    ...(user ? [' profile "SSM-OnPrem"', ...user, '  destination transport-method http', `  destination address http ${ONPREM}`] : []),
    '!', 'interface Vlan20', ' ip address 198.51.100.34 255.255.255.0', '!', 'end',
  );
}

const OFF = ['  no active'];
/** The `call-home` line (after the hostname's `!`; `service call-home` comes earlier). */
const block = (t: string) => at(t, 'call-home', '!');
const OFF_REPORTING = ['  no active', '  reporting smart-licensing-data'];
const classic = cfg('16.12', OFF, OFF_REPORTING);
const crlf = classic.replace(/\n/g, '\r\n');
const tacOnly = cfg('16.12', OFF, null);
const slpCallhome = cfg('17.9', OFF, OFF_REPORTING, ['license smart transport callhome']);
const undecided = cfg('17.3', OFF, OFF_REPORTING);
const fragment = text('ACC-SW-34#show running-config | section call-home', 'call-home', ' profile "CiscoTAC-1"', '  no active', ' profile "SSM-OnPrem"', '  no active');
const tacShownInactive = cfg('16.12', [], OFF_REPORTING) + text(
  'ACC-SW-34#show call-home profile all', '', 'Profile Name: CiscoTAC-1', '    Profile status: INACTIVE',
  '    Reporting Data: Smart Call Home, Smart Licensing', '',
);
// With its prompt: a short config with no header above show output would be sniffed as show text.
const withEvidence = text('ACC-SW-34#show running-config') + classic + text(
  'ACC-SW-34#show license all', 'Smart Licensing Status', '======================', '', 'Smart Licensing is ENABLED', '',
  'Registration:', '  Status: UNREGISTERED - REGISTRATION FAILED', '  Initial Registration: FAILED on May 08 09:20:11 2024 UTC',
  '    Failure reason: Communication transport not available.', '',
);

ruleTester(ID, {
  valid: [
    { name: 'CiscoTAC-1 active', text: cfg('16.12', ['  active'], OFF_REPORTING) },
    { name: 'on-prem profile active (no no active line)', text: cfg('16.12', OFF, ['  reporting smart-licensing-data']) },
    { name: 'CiscoTAC-1 activity unknown: the rule does not guess', text: cfg('16.12', [], OFF_REPORTING) },
    {
      name: 'CiscoTAC-1 decided ACTIVE by show output',
      text: cfg('16.12', [], OFF_REPORTING) + text('ACC-SW-34#show call-home profile all', '', 'Profile Name: CiscoTAC-1', '    Profile status: ACTIVE', ''),
    },
    { name: 'an active user profile without reporting (licensing-profile-missing-reporting says it)', text: cfg('16.12', OFF, []) },
    { name: 'SLP Smart Transport: inactive call-home profiles are normal', text: cfg('17.9', OFF, OFF_REPORTING, ['license smart transport smart']) },
    { name: 'SLP CSLU', text: cfg('17.9', OFF, OFF_REPORTING, ['license smart transport cslu']) },
    { name: 'SLP transport off', text: cfg('17.9', OFF, OFF_REPORTING, ['license smart transport off']) },
    { name: 'SLP with no transport line', text: cfg('17.9', OFF, OFF_REPORTING) },
    { name: 'IOS 15.x with no Smart Licensing configured', text: cfg('15.2', OFF, OFF_REPORTING) },
    { name: 'fragment without CiscoTAC-1: its activity is unknown', text: text('call-home', ' profile "SSM-OnPrem"', '  no active') },
    { name: 'call-home block without profiles', text: text('version 16.12', 'call-home', ' contact-email-addr netops@example.com') },
    {
      name: 'NX-OS',
      text: text('!Command: show running-config', 'version 9.3(5) Bios:version 05.39', 'hostname N9K-1', 'callhome', '  email-contact netops@example.com',
        '  destination-profile CiscoTAC-1 transport-method http', '  transport http use-vrf management'),
    },
  ],
  invalid: [
    {
      name: 'classic 16.12: every profile no active, CiscoTAC-1 included',
      text: classic,
      findings: [{ ...block(classic), character: 0, endCharacter: 9, severity: 'error', message: /Every call-home profile is inactive, so licensing has no destination and registration fails\. Make one active \("CiscoTAC-1" or "SSM-OnPrem"\)/ }],
      output: null,
    },
    {
      name: 'CRLF',
      text: crlf,
      findings: [{ ...block(crlf), character: 0, endCharacter: 9, severity: 'error' }],
      output: null,
    },
    {
      name: 'only CiscoTAC-1, switched off',
      text: tacOnly,
      findings: [{ ...block(tacOnly), severity: 'error', message: /Make one active \("CiscoTAC-1"\)/ }],
    },
    {
      name: 'SLP with license smart transport callhome',
      text: slpCallhome,
      findings: [{ ...block(slpCallhome), severity: 'error' }],
    },
    {
      name: 'undecided mode (version 17.3 alone): info',
      text: undecided,
      findings: [{ ...block(undecided), severity: 'info', message: /Mode undecided/ }],
    },
    {
      name: 'fragment (| section call-home) without a version: info',
      text: fragment,
      findings: [{ line: 1, character: 0, severity: 'info' }],
    },
    {
      name: 'CiscoTAC-1 decided INACTIVE by show output in the same text',
      text: tacShownInactive,
      findings: [{ ...block(tacShownInactive), severity: 'error' }],
    },
    {
      name: 'show license all in the same text confirms it',
      text: withEvidence,
      findings: [{ ...block(withEvidence), severity: 'error', message: /Confirmed on line \d+\./ }],
    },
  ],
});

describe(`${ID}: related information`, () => {
  it('points at the no active lines of the profiles that report licensing, and at the show evidence', () => {
    const f = lint(withEvidence).findings.find((x) => x.ruleId === ID)!;
    const lines = (f.related ?? []).map((r) => r.range.start.line);
    assert.ok(lines.includes(at(withEvidence, 'Communication transport not available.').line));
    assert.ok(lines.includes(at(withEvidence, '  no active', ' profile "CiscoTAC-1"').line));
    assert.ok(lines.includes(at(withEvidence, '  no active', ' profile "SSM-OnPrem"').line));
  });
});
