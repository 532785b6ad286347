import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { at, ruleTester, text } from './harness';

const ID = 'call-home-service-disabled';
const ONPREM = 'https://ssm.example.com/Transportgateway/services/DeviceRequestHandler';

interface Opts {
  version?: string;
  service?: string[];
  tac?: string[];
  user?: string[];
  license?: string[];
}

/** A full running-config (header, hostname, interfaces): a missing `service call-home` counts here. */
function full(o: Opts = {}): string {
  return text(
    'Building configuration...', '', 'Current configuration : 4210 bytes', '!',
    ...(o.version === '' ? [] : [`version ${o.version ?? '16.12'}`]),
    'service timestamps log datetime msec', ...(o.service ?? ['no service call-home']), '!', 'hostname ACC-SW-40', '!',
    'call-home', ' contact-email-addr netops@example.com', ' profile "CiscoTAC-1"', ...(o.tac ?? ['  active']),
    '  destination transport-method http',
    ...(o.user ? [' profile "SSM-OnPrem"', ...o.user, '  destination transport-method http', `  destination address http ${ONPREM}`] : []),
    '!', ...(o.license ?? []), '!', 'interface Vlan20', ' ip address 198.51.100.40 255.255.255.0', '!',
    'ip route 0.0.0.0 0.0.0.0 198.51.100.1', 'ntp server 198.51.100.123', '!', 'end',
  );
}

const classicNo = full();
const crlf = classicNo.replace(/\n/g, '\r\n');
const missingLine = full({ service: [] });
const slpCallhome = full({ version: '17.9', license: ['license smart transport callhome'] });
const slpNoBlock = full({ version: '17.9', service: [], license: ['license smart transport callhome'] }).replace(/call-home\n contact[\s\S]*?!\n/, '');
const userProfile = full({ tac: ['  no active'], user: ['  reporting smart-licensing-data'] });
const undecided = full({ version: '17.3' });
const oldWithSmart = full({ version: '16.6', license: ['license smart enable'] });
const fragmentNo = text('version 16.12', 'no service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http');
const changeScript = text('configure terminal', 'no service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', 'end');
const tacShownActive = full({ tac: [] }) + text(
  'ACC-SW-40#show call-home profile all', '', 'Profile Name: CiscoTAC-1', '    Profile status: ACTIVE',
  '    Reporting Data: Smart Call Home, Smart Licensing', '    Transport Method: http', '',
);
const withEvidence = classicNo + text(
  'ACC-SW-40#show license all', 'Smart Licensing Status', '======================', '', 'Smart Licensing is ENABLED', '',
  'Registration:', '  Status: UNREGISTERED - REGISTRATION FAILED', '  Initial Registration: FAILED on Mar 18 21:42:02 2024 UTC',
  '    Failure reason: Communication transport not available.', '',
);

ruleTester(ID, {
  valid: [
    { name: 'classic, service call-home on', text: full({ service: ['service call-home'] }) },
    { name: 'SLP Smart Transport with no service call-home (DISA STIG hardening)', text: full({ version: '17.9', license: ['license smart transport smart', 'license smart url default'] }) },
    { name: 'SLP CSLU with no service call-home', text: full({ version: '17.9', license: ['license smart transport cslu'] }) },
    { name: 'SLP transport off with no service call-home', text: full({ version: '17.9', license: ['license smart transport off'] }) },
    { name: 'SLP with no transport line (CSLU by default)', text: full({ version: '17.9' }) },
    { name: 'SLP 17.3 decided by a license smart line, transport smart', text: full({ version: '17.3', license: ['license smart transport smart'] }) },
    { name: 'CiscoTAC-1 activity unknown: call-home may carry no licensing', text: full({ tac: [] }) },
    { name: 'every profile inactive (no-active-licensing-profile says it)', text: full({ tac: ['  no active'], user: ['  no active', '  reporting smart-licensing-data'] }) },
    { name: 'active user profile reports Smart Call Home only, CiscoTAC-1 off', text: full({ tac: ['  no active'], user: ['  reporting smart-call-home-data'] }) },
    { name: 'IOS 15.x: Smart Licensing optional and not configured, call-home off for hardening', text: full({ version: '15.2' }) },
    { name: 'IOS-XE 16.6 without any license smart line', text: full({ version: '16.6' }) },
    {
      name: 'fragment (| section call-home) without the service line says nothing',
      text: text('ACC-SW-40#show running-config | section call-home', 'call-home', ' contact-email-addr netops@example.com', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http'),
    },
    { name: 'bare call-home block without global lines', text: text('call-home', ' profile "CiscoTAC-1"', '  active') },
    { name: 'change script turning call-home back on after switching it off', text: text('no service call-home', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active') },
    {
      name: 'NX-OS: no such command (callhome has enable)',
      text: text('!Command: show running-config', 'version 9.3(5) Bios:version 05.39', 'hostname N9K-1', 'interface mgmt0', '  vrf member management',
        'callhome', '  email-contact netops@example.com', '  destination-profile CiscoTAC-1 transport-method http',
        '  destination-profile CiscoTAC-1 index 1 http https://tools.cisco.com/its/service/oddce/services/DDCEService', '  transport http use-vrf management'),
    },
    {
      name: 'IOS-XR: call-home switched on inside its block (service active)',
      text: text('Building configuration...', '!! IOS XR Configuration 7.8.1', 'hostname r1', 'call-home', ' service active', ' contact smart-licensing',
        ' profile CiscoTAC-1', '  active', '  destination transport-method http', '!', 'interface MgmtEth0/RP0/CPU0/0', ' ipv4 address dhcp', '!', 'end'),
    },
    { name: 'no call-home block at all (no licensing over call-home)', text: full().replace(/call-home\n contact[\s\S]*?!\n/, '') },
  ],
  invalid: [
    {
      name: 'classic 16.12: no service call-home with an active CiscoTAC-1',
      text: classicNo,
      findings: [{ ...at(classicNo, 'no service call-home'), severity: 'error', message: /"no service call-home" turns call-home off, but it carries Smart Licensing: registration fails \(transport not available\)\. Add "service call-home"\./ }],
      output: classicNo.replace('no service call-home', 'service call-home'),
      safe: true,
      fixTitle: /service call-home/,
    },
    {
      name: 'CRLF: the fix keeps the line endings',
      text: crlf,
      findings: [{ ...at(crlf, 'no service call-home'), severity: 'error' }],
      output: crlf.replace('no service call-home', 'service call-home'),
    },
    {
      name: 'full running-config without any service call-home line: insert it before the call-home block',
      text: missingLine,
      findings: [{ ...at(missingLine, 'call-home\n'), character: 0, endCharacter: 9, severity: 'error', message: /Call-home is off \(no "service call-home"\)/ }],
      output: missingLine.replace('!\ncall-home\n', '!\nservice call-home\ncall-home\n'),
      safe: true,
    },
    {
      name: 'SLP 17.9 still on license smart transport callhome',
      text: slpCallhome,
      findings: [{ ...at(slpCallhome, 'no service call-home'), severity: 'error' }],
    },
    {
      name: 'SLP callhome transport without a call-home block: insert before the transport line',
      text: slpNoBlock,
      findings: [{ ...at(slpNoBlock, 'license smart transport callhome'), severity: 'error' }],
      output: slpNoBlock.replace('license smart transport callhome', 'service call-home\nlicense smart transport callhome'),
    },
    {
      name: 'user profile carries licensing, CiscoTAC-1 off',
      text: userProfile,
      findings: [{ ...at(userProfile, 'no service call-home'), severity: 'error' }],
    },
    {
      name: 'undecided mode (version 17.3, no other evidence): info',
      text: undecided,
      findings: [{ ...at(undecided, 'no service call-home'), severity: 'info', message: /Mode undecided: fine on SLP/ }],
    },
    {
      name: 'IOS-XE 16.6 with license smart enable: licensing meant over call-home',
      text: oldWithSmart,
      findings: [{ ...at(oldWithSmart, 'no service call-home'), severity: 'error' }],
    },
    {
      name: 'fragment: an explicit no service call-home is judged in any text',
      text: fragmentNo,
      findings: [{ ...at(fragmentNo, 'no service call-home'), severity: 'error' }],
      output: fragmentNo.replace('no service call-home', 'service call-home'),
    },
    {
      name: 'change script without a version: mode undecided, info',
      text: changeScript,
      findings: [{ ...at(changeScript, 'no service call-home'), severity: 'info' }],
    },
    {
      name: 'CiscoTAC-1 activity decided ACTIVE by a show output in the same text',
      text: tacShownActive,
      findings: [{ ...at(tacShownActive, 'no service call-home'), severity: 'error' }],
    },
    {
      name: 'show license all in the same text confirms it',
      text: withEvidence,
      findings: [{ ...at(withEvidence, 'no service call-home'), severity: 'error', message: /Confirmed on line \d+\./ }],
    },
  ],
});

describe(`${ID}: show evidence`, () => {
  it('links the failure reason as related information', () => {
    const f = lint(withEvidence).findings.find((x) => x.ruleId === ID)!;
    const reason = at(withEvidence, 'Communication transport not available.');
    assert.ok(f.related?.some((r) => r.range.start.line === reason.line && r.range.start.character === reason.character), JSON.stringify(f.related));
  });

  it('links "call home feature : disable" of show call-home', () => {
    const t = classicNo + text('ACC-SW-40#show call-home', 'Current call home settings:', '    call home feature : disable', '    call home message\'s from address: Not yet set up');
    const f = lint(t).findings.find((x) => x.ruleId === ID)!;
    assert.ok(f.related?.some((r) => r.message.includes('disabled')), JSON.stringify(f.related));
  });

  it('has no related information without show evidence', () => {
    const f = lint(classicNo).findings.find((x) => x.ruleId === ID)!;
    assert.equal(f.related, undefined);
  });
});
