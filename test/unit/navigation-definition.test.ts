import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../server/src/model/build';
import { definitionAt } from '../../server/src/navigation/definition';
import { CHANGE_SCRIPT, IOS_XE_RUNNING, lineOf, NXOS_RUNNING } from './navigation-fixtures';

/**
 * Go to definition from `word` on the line holding `needle` (cursor `offset` characters into the
 * word); returns the text of the defining line, the name selected there and the origin's text.
 */
function goFrom(text: string, needle: string, word: string, offset = 1, from = 0) {
  const lines = text.split('\n');
  const line = lineOf(text, needle, from);
  const col = lines[line].indexOf(word, lines[line].indexOf(needle));
  assert.ok(col >= 0, `${word} on ${lines[line]}`);
  const link = definitionAt(buildModel(text), { line, character: col + offset });
  if (!link) return null;
  const slice = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
    lines[r.start.line].slice(r.start.character, r.end.character);
  return {
    kind: link.kind,
    target: lines[link.targetRange.start.line].trim(),
    targetLines: [link.targetRange.start.line, link.targetRange.end.line],
    selected: slice(link.targetSelectionRange),
    origin: slice(link.originSelectionRange),
  };
}

describe('go to an interface', () => {
  const T = IOS_XE_RUNNING;
  it('from ip http client source-interface, call-home source-interface, ip domain lookup … source-interface', () => {
    for (const needle of ['ip http client source-interface', ' source-interface GigabitEthernet0', 'ip domain lookup vrf']) {
      const d = goFrom(T, needle, 'GigabitEthernet0');
      assert.equal(d?.kind, 'interface', needle);
      assert.equal(d?.target, 'interface GigabitEthernet0');
      assert.equal(d?.selected, 'GigabitEthernet0');
      assert.equal(d?.origin, 'GigabitEthernet0');
      assert.deepEqual(d?.targetLines, [lineOf(T, 'interface GigabitEthernet0', lineOf(T, '\tquit')), lineOf(T, ' negotiation auto')]);
    }
  });
  it('abbreviated and split names find the interface the device printed', () => {
    assert.equal(goFrom(CHANGE_SCRIPT, ' source-interface gi0/0/0', 'gi0/0/0')?.target, 'interface GigabitEthernet0/0/0');
    assert.equal(goFrom(CHANGE_SCRIPT, 'ip http client source-interface Po7', 'Po7')?.target, 'interface Port-channel 7');
    const split = goFrom(CHANGE_SCRIPT, 'ip domain lookup source-interface', '0/0/0', 0);
    assert.equal(split?.target, 'interface GigabitEthernet0/0/0');
    assert.equal(split?.origin, 'GigabitEthernet 0/0/0', 'both words of the name are the origin');
  });
  it('the cursor at either end of the name counts', () => {
    assert.ok(goFrom(T, 'ip http client source-interface', 'GigabitEthernet0', 0));
    assert.ok(goFrom(T, 'ip http client source-interface', 'GigabitEthernet0', 'GigabitEthernet0'.length));
  });
  it('null on the keyword, on a name that is not defined, on the definition itself', () => {
    assert.equal(goFrom(T, 'ip http client source-interface', 'source-interface'), null);
    assert.equal(goFrom(T, 'ip http client source-interface', 'client'), null);
    assert.equal(goFrom('ip http client source-interface Vlan99\ninterface Vlan20\n ip address 192.0.2.1 255.255.255.0\n', 'source-interface', 'Vlan99'), null);
    assert.equal(goFrom(T, 'interface GigabitEthernet0/0/0', 'GigabitEthernet0/0/0'), null);
  });
});

describe('go to a VRF', () => {
  const T = IOS_XE_RUNNING;
  const cases: [needle: string, word: string, target: string][] = [
    [' vrf forwarding Mgmt-intf', 'Mgmt-intf', 'vrf definition Mgmt-intf'],
    [' ip vrf forwarding LEGACY', 'LEGACY', 'ip vrf LEGACY'],
    [' vrf Mgmt-intf', 'Mgmt-intf', 'vrf definition Mgmt-intf'],
    ['license smart vrf', 'Mgmt-intf', 'vrf definition Mgmt-intf'],
    ['ip domain lookup vrf', 'Mgmt-intf', 'vrf definition Mgmt-intf'],
    ['ip name-server vrf', 'Mgmt-intf', 'vrf definition Mgmt-intf'],
    ['ip route vrf', 'Mgmt-intf', 'vrf definition Mgmt-intf'],
    ['ntp server vrf', 'Mgmt-intf', 'vrf definition Mgmt-intf'],
    [' address-family ipv4 vrf LEGACY', 'LEGACY', 'ip vrf LEGACY'],
  ];
  for (const [needle, word, target] of cases) {
    it(`from \`${needle.trim()}\``, () => {
      const d = goFrom(T, needle, word);
      assert.equal(d?.kind, 'vrf');
      assert.equal(d?.target, target);
      assert.equal(d?.selected, word);
      assert.equal(d?.origin, word);
    });
  }
  it('NX-OS: vrf member, transport http use-vrf, ip name-server … use-vrf, ntp server … use-vrf', () => {
    for (const needle of ['vrf member management', 'transport http use-vrf', 'ip name-server 192.0.2.54 use-vrf', 'ntp server 192.0.2.123 use-vrf']) {
      const d = goFrom(NXOS_RUNNING, needle, 'management');
      assert.equal(d?.target, 'vrf context management', needle);
      assert.equal(d?.selected, 'management');
      assert.deepEqual(d?.targetLines, [lineOf(NXOS_RUNNING, 'vrf context'), lineOf(NXOS_RUNNING, 'ip route 0.0.0.0/0')]);
    }
  });
  it('null on the definition and on the keywords around a name', () => {
    assert.equal(goFrom(T, 'vrf definition Mgmt-intf', 'Mgmt-intf'), null);
    assert.equal(goFrom(T, 'ip vrf LEGACY', 'LEGACY'), null);
    assert.equal(goFrom(T, ' vrf forwarding Mgmt-intf', 'forwarding'), null);
    assert.equal(goFrom(T, 'access-class MGMT-IN in vrf-also', 'vrf-also'), null);
  });
});

describe('go to a trustpoint', () => {
  const T = IOS_XE_RUNNING;
  it('from crypto pki certificate chain and a secure-trustpoint reference', () => {
    for (const needle of ['crypto pki certificate chain', 'ip http client secure-trustpoint']) {
      const d = goFrom(T, needle, 'SLA-TrustPoint');
      assert.equal(d?.kind, 'trustpoint');
      assert.equal(d?.target, 'crypto pki trustpoint SLA-TrustPoint');
      assert.equal(d?.selected, 'SLA-TrustPoint');
      assert.deepEqual(d?.targetLines, [lineOf(T, 'crypto pki trustpoint'), lineOf(T, ' hash sha256')]);
    }
  });
  it('from the exec commands of a change script', () => {
    const script = [
      'crypto pki trustpoint LAB-CA',
      ' enrollment terminal',
      ' revocation-check none',
      'crypto pki authenticate LAB-CA',
      'crypto pki enroll LAB-CA',
      'crypto ikev2 profile IKEV2-PROF',
      ' pki trustpoint LAB-CA',
      '',
    ].join('\n');
    for (const needle of ['crypto pki authenticate', 'crypto pki enroll', ' pki trustpoint']) {
      const d = goFrom(script, needle, 'LAB-CA', 1, lineOf(script, 'crypto pki trustpoint') + 1);
      assert.equal(d?.target, 'crypto pki trustpoint LAB-CA', needle);
    }
    assert.equal(goFrom(script, 'crypto pki trustpoint LAB-CA', 'LAB-CA'), null, 'the definition itself');
    assert.equal(goFrom(script, ' revocation-check none', 'none'), null);
  });
});

describe('go to definition inside a show-tech', () => {
  it('resolves within the running-config section and ignores show output', () => {
    const tech = [
      '------------------ show running-config ------------------',
      '',
      'Building configuration...',
      '',
      'vrf definition Mgmt-vrf',
      ' address-family ipv4',
      ' exit-address-family',
      '!',
      'license smart vrf Mgmt-vrf',
      'end',
      '',
      '------------------ show license status ------------------',
      '',
      'Transport:',
      '  Type: Smart',
      '  VRF:',
      '    Mgmt-vrf',
      '',
    ].join('\n');
    assert.equal(goFrom(tech, 'license smart vrf', 'Mgmt-vrf')?.target, 'vrf definition Mgmt-vrf');
    assert.equal(goFrom(tech, '    Mgmt-vrf', 'Mgmt-vrf', 1, lineOf(tech, 'VRF:')), null);
  });
});
