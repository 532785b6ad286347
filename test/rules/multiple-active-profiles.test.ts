import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { applyEdits } from '../../server/src/fixes';
import { at, ruleTester, text } from './harness';

const TAC = 'https://tools.cisco.com/its/service/oddce/services/DDCEService';
const ONPREM = 'https://ssm.example.com/Transportgateway/services/DeviceRequestHandler';

function cfg(version: string, tac: string[], user: string[], extra: string[] = []) {
  return text(
    `version ${version}`, 'hostname C9500-CORE-1', '!', ...extra, 'service call-home', '!', 'call-home', ' contact-email-addr netops@example.com',
    ' profile "CiscoTAC-1"', ...tac, '  destination transport-method http', ' profile "SSM-ONPREM"', ...user,
    '  destination transport-method http', `  destination address http ${ONPREM}`, '!', 'end',
  );
}

function showProfiles(a: [string, string], b: [string, string]) {
  return text(
    'C9500#show call-home profile all', '',
    'Profile Name: CiscoTAC-1', `    Profile status: ${a[0]}`, '    Profile mode: Full Reporting', `    Reporting Data: ${a[1]}`,
    '    Preferred Message Format: xml', '    Message Size Limit: 3145728 Bytes', '    Transport Method: http', `    HTTP address(es): ${TAC}`, '',
    'Profile Name: SSM-ONPREM', `    Profile status: ${b[0]}`, '    Profile mode: Full Reporting', `    Reporting Data: ${b[1]}`,
    '    Preferred Message Format: xml', '    Message Size Limit: 3145728 Bytes', '    Transport Method: http', `    HTTP address(es): ${ONPREM}`, '',
  );
}

const both = cfg('16.12', ['  active'], ['  reporting smart-licensing-data']);
const bothExplicit = cfg('16.12', ['  active'], ['  active', '  reporting smart-licensing-data']);
const unknownPlusShow = cfg('16.12', [], ['  reporting smart-licensing-data']).replace('end\n', 'end\n') +
  showProfiles(['ACTIVE', 'Smart Call Home, Smart Licensing'], ['ACTIVE', 'Smart Licensing']);
const showTwo = showProfiles(['ACTIVE', 'Smart Call Home, Smart Licensing'], ['ACTIVE', 'Smart Licensing']);
const slpCallhome = cfg('17.9', ['  active'], ['  reporting smart-licensing-data'], ['license smart transport callhome']);

ruleTester('multiple-active-profiles', {
  valid: [
    { name: 'only CiscoTAC-1 active', text: cfg('16.12', ['  active'], ['  no active', '  reporting smart-licensing-data']) },
    { name: 'CiscoTAC-1 inactive, user profile carries licensing', text: cfg('16.12', ['  no active'], ['  reporting smart-licensing-data']) },
    { name: 'second active profile reports Smart Call Home data only', text: cfg('16.12', ['  active'], ['  reporting smart-call-home-data']) },
    { name: 'user profile without any reporting line carries no licensing', text: cfg('16.12', ['  active'], []) },
    { name: 'CiscoTAC-1 activity unknown (neither active nor no active) does not count', text: cfg('16.12', [], ['  reporting smart-licensing-data']) },
    { name: 'SLP device on Smart Transport: call-home carries no licensing', text: cfg('17.9', ['  active'], ['  reporting smart-licensing-data'], ['license smart transport smart']) },
    { name: 'show output: one ACTIVE licensing profile', text: showProfiles(['ACTIVE', 'Smart Call Home, Smart Licensing'], ['INACTIVE', 'Smart Licensing']) },
    { name: 'show output: second ACTIVE profile reports Smart Call Home only', text: showProfiles(['ACTIVE', 'Smart Call Home, Smart Licensing'], ['ACTIVE', 'Smart Call Home']) },
  ],
  invalid: [
    {
      name: 'CiscoTAC-1 active and a user profile reporting licensing data',
      text: both,
      findings: [
        { ...at(both, ' profile "CiscoTAC-1"'), character: 1, severity: 'error', message: /SSM-ONPREM/ },
        { ...at(both, ' profile "SSM-ONPREM"'), character: 1, severity: 'error', message: /CiscoTAC-1/ },
      ],
      output: both.replace(' profile "SSM-ONPREM"\n', ' profile "SSM-ONPREM"\n  no active\n'),
      fixTitle: /Keep "CiscoTAC-1"/,
      safe: false,
    },
    {
      name: 'an explicit active line is replaced, not duplicated',
      text: bothExplicit,
      findings: [
        { ...at(bothExplicit, ' profile "CiscoTAC-1"'), character: 1, severity: 'error' },
        { ...at(bothExplicit, ' profile "SSM-ONPREM"'), character: 1, severity: 'error' },
      ],
      output: bothExplicit.replace(' profile "SSM-ONPREM"\n  active\n', ' profile "SSM-ONPREM"\n  no active\n'),
    },
    {
      name: 'CiscoTAC-1 activity decided by show output in the same text',
      text: unknownPlusShow,
      findings: [
        { ...at(unknownPlusShow, ' profile "CiscoTAC-1"'), character: 1, severity: 'error' },
        { ...at(unknownPlusShow, ' profile "SSM-ONPREM"'), character: 1, severity: 'error' },
        { ...at(unknownPlusShow, 'ACTIVE', 'Profile Name: CiscoTAC-1\n    Profile status: '), severity: 'error' },
        { ...at(unknownPlusShow, 'ACTIVE', 'Profile Name: SSM-ONPREM\n    Profile status: '), severity: 'error' },
      ],
    },
    {
      name: 'show output: two ACTIVE profiles reporting licensing',
      text: showTwo,
      findings: [
        { ...at(showTwo, 'ACTIVE', 'Profile Name: CiscoTAC-1\n    Profile status: '), severity: 'error', message: /SSM-ONPREM/ },
        { ...at(showTwo, 'ACTIVE', 'Profile Name: SSM-ONPREM\n    Profile status: '), severity: 'error', message: /CiscoTAC-1/ },
      ],
      output: null,
      remedy: ['call-home', ' profile "SSM-ONPREM"', '  no active'],
    },
    {
      name: 'SLP with license smart transport callhome still needs one profile',
      text: slpCallhome,
      findings: [
        { ...at(slpCallhome, ' profile "CiscoTAC-1"'), character: 1, severity: 'error' },
        { ...at(slpCallhome, ' profile "SSM-ONPREM"'), character: 1, severity: 'error' },
      ],
    },
  ],
});

// Issue 15.7: each profile links to the other(s), and each offers "keep this one" and "keep the other".
describe('multiple-active-profiles: related locations and the choice of profile', () => {
  const findings = lint(both).findings.filter((f) => f.ruleId === 'multiple-active-profiles');
  const tacLine = both.split('\n').indexOf(' profile "CiscoTAC-1"');
  const userLine = both.split('\n').indexOf(' profile "SSM-ONPREM"');

  it('links each profile to the other', () => {
    const [tac, user] = findings;
    const profiles = (f: typeof tac) => f.related?.filter((r) => /also active/.test(r.message)).map((r) => r.range.start.line);
    assert.deepEqual(profiles(tac), [userLine]);
    assert.deepEqual(profiles(user), [tacLine]);
    assert.match(tac.related![0].message, /"SSM-ONPREM" is also active for licensing/);
  });

  it('offers "keep this one" first, then "keep the other", each leaving exactly one active profile', () => {
    for (const f of findings) {
      assert.deepEqual(f.fixes.map((x) => x.title.match(/\(([^)]+)\)/)?.[1]), ['this one', 'the other']);
      assert.ok(f.fixes.every((x) => !x.safe), 'a person picks the profile: never in fix-all');
    }
    const [tac, user] = findings;
    assert.match(tac.fixes[0].title, /^Keep "CiscoTAC-1" for licensing \(this one\)/);
    assert.match(tac.fixes[1].title, /^Keep "SSM-ONPREM" for licensing \(the other\)/);
    assert.equal(applyEdits(both, tac.fixes[1].edits).text, applyEdits(both, user.fixes[0].edits).text);
    assert.equal(applyEdits(both, tac.fixes[1].edits).text, both.replace(' profile "CiscoTAC-1"\n  active\n', ' profile "CiscoTAC-1"\n  no active\n'));
    for (const fix of [...tac.fixes, ...user.fixes]) {
      const after = lint(applyEdits(both, fix.edits).text).findings.filter((f) => f.ruleId === 'multiple-active-profiles');
      assert.deepEqual(after, [], fix.title);
    }
  });

  it('show output: each ACTIVE profile links to the other (no edit: the remedy is copied)', () => {
    const show = lint(showTwo).findings.filter((f) => f.ruleId === 'multiple-active-profiles');
    assert.equal(show.length, 2);
    const profiles = (f: (typeof show)[number]) => f.related?.filter((r) => /also ACTIVE/.test(r.message)).map((r) => r.range.start.line);
    assert.deepEqual(show.map(profiles), [[show[1].range.start.line], [show[0].range.start.line]]);
  });
});
