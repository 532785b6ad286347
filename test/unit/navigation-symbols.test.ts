import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../server/src/model/build';
import { documentSymbols, OUTLINE_LIMIT, OutlineSymbol, SymbolKind } from '../../server/src/navigation/symbols';
import { Range } from '../../server/src/types';
import { CHANGE_SCRIPT, IOS_XE_RUNNING, lineOf, NXOS_RUNNING } from './navigation-fixtures';

const symbolsOf = (text: string) => documentSymbols(buildModel(text));
const find = (symbols: OutlineSymbol[] | undefined, name: string): OutlineSymbol => {
  const s = symbols?.find((x) => x.name === name);
  assert.ok(s, `no symbol ${name} among ${JSON.stringify(symbols?.map((x) => x.name))}`);
  return s;
};
const textAt = (text: string, r: Range) => {
  assert.equal(r.start.line, r.end.line, 'a name stays on one line');
  return text.split('\n')[r.start.line].slice(r.start.character, r.end.character);
};
const contains = (outer: Range, inner: Range) =>
  (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
  (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));

function checkShape(symbols: OutlineSymbol[], parent?: OutlineSymbol): void {
  for (const s of symbols) {
    assert.ok(contains(s.range, s.selectionRange), `${s.name}: selectionRange inside range`);
    if (parent) assert.ok(contains(parent.range, s.range), `${s.name} inside ${parent.name}`);
    if (s.children) checkShape(s.children, s);
  }
}

describe('outline of an IOS-XE running-config', () => {
  const symbols = symbolsOf(IOS_XE_RUNNING);

  it('lists the licensing blocks at the top, in file order, without a wrapper for a plain config', () => {
    assert.deepEqual(symbols.map((s) => s.name), ['Mgmt-intf', 'LEGACY', 'call-home', 'license smart', 'SLA-TrustPoint', 'interfaces']);
    checkShape(symbols);
  });

  it('call-home holds each profile, with whether it is active', () => {
    const callHome = find(symbols, 'call-home');
    assert.equal(callHome.kind, SymbolKind.Object);
    assert.equal(callHome.range.start.line, lineOf(IOS_XE_RUNNING, 'call-home', lineOf(IOS_XE_RUNNING, 'hostname')));
    assert.equal(callHome.range.end.line, lineOf(IOS_XE_RUNNING, 'destination address http'));
    assert.match(callHome.detail ?? '', /vrf Mgmt-intf/);
    const tac = find(callHome.children, 'CiscoTAC-1');
    assert.match(tac.detail ?? '', /^active/);
    assert.equal(textAt(IOS_XE_RUNNING, tac.selectionRange), '"CiscoTAC-1"');
    const lab = find(callHome.children, 'LAB-OnPrem');
    assert.match(lab.detail ?? '', /^inactive/);
    assert.equal(lab.range.start.line, lineOf(IOS_XE_RUNNING, 'profile "LAB-OnPrem"'));
    assert.equal(lab.range.end.line, lineOf(IOS_XE_RUNNING, 'destination address http'));
  });

  it('a CiscoTAC-1 with neither active nor no active says its activity is not decided', () => {
    const text = 'service call-home\ncall-home\n profile "CiscoTAC-1"\n  destination transport-method http\n';
    const tac = find(find(symbolsOf(text), 'call-home').children, 'CiscoTAC-1');
    assert.match(tac.detail ?? '', /unless a show output says otherwise/);
  });

  it('interfaces under one symbol, with VRF and address', () => {
    const interfaces = find(symbols, 'interfaces');
    assert.equal(interfaces.detail, '4');
    assert.deepEqual(interfaces.children?.map((s) => s.name), ['GigabitEthernet0', 'GigabitEthernet0/0/0', 'GigabitEthernet0/0/1', 'Port-channel1']);
    const mgmt = find(interfaces.children, 'GigabitEthernet0');
    assert.equal(mgmt.kind, SymbolKind.Interface);
    assert.equal(mgmt.detail, 'vrf Mgmt-intf · 192.0.2.10 255.255.255.0');
    assert.equal(textAt(IOS_XE_RUNNING, mgmt.selectionRange), 'GigabitEthernet0');
    assert.equal(mgmt.range.end.line, lineOf(IOS_XE_RUNNING, ' negotiation auto'));
    assert.equal(find(interfaces.children, 'GigabitEthernet0/0/1').detail, 'shutdown');
    assert.equal(find(interfaces.children, 'Port-channel1').detail, 'vrf LEGACY · 10.20.0.1 255.255.255.0');
  });

  it('VRFs in both forms, with the interfaces they hold', () => {
    const mgmt = find(symbols, 'Mgmt-intf');
    assert.equal(mgmt.detail, 'vrf definition · 1 interface');
    assert.equal(mgmt.range.end.line, lineOf(IOS_XE_RUNNING, ' address-family ipv6') + 1);
    assert.equal(textAt(IOS_XE_RUNNING, mgmt.selectionRange), 'Mgmt-intf');
    assert.equal(find(symbols, 'LEGACY').detail, 'ip vrf · 1 interface');
  });

  it('trustpoints with their revocation check', () => {
    const tp = find(symbols, 'SLA-TrustPoint');
    assert.equal(tp.kind, SymbolKind.Key);
    assert.equal(tp.detail, 'revocation-check crl');
    assert.equal(tp.range.end.line, lineOf(IOS_XE_RUNNING, ' hash sha256'));
  });

  it('license smart lines grouped, license udi left out', () => {
    const ls = find(symbols, 'license smart');
    assert.deepEqual(ls.children?.map((s) => s.name), ['url smart https://smartreceiver.cisco.com/licservice/license', 'transport smart', 'vrf Mgmt-intf']);
    assert.equal(textAt(IOS_XE_RUNNING, ls.selectionRange), 'license smart');
    assert.equal(ls.range.start.line, lineOf(IOS_XE_RUNNING, 'license smart url'));
    assert.equal(ls.range.end.line, lineOf(IOS_XE_RUNNING, 'license smart vrf'));
  });
});

describe('outline of an NX-OS running-config', () => {
  const symbols = symbolsOf(NXOS_RUNNING);
  it('callhome with its destination profiles, VRF contexts, interfaces', () => {
    checkShape(symbols);
    const callhome = find(symbols, 'callhome');
    assert.equal(callhome.detail, 'enabled · use-vrf management');
    const tac = find(callhome.children, 'CiscoTAC-1');
    assert.equal(tac.detail, 'transport http · 1 http destination');
    assert.equal(tac.range.start.line, lineOf(NXOS_RUNNING, 'destination-profile CiscoTAC-1 transport-method'));
    assert.equal(tac.range.end.line, lineOf(NXOS_RUNNING, 'destination-profile CiscoTAC-1 index 1'));
    assert.equal(textAt(NXOS_RUNNING, tac.selectionRange), 'CiscoTAC-1');
    assert.equal(find(symbols, 'management').detail, 'vrf context · 1 interface');
    assert.equal(find(find(symbols, 'interfaces').children, 'mgmt0').detail, 'vrf management · 192.0.2.31/24');
  });
});

describe('outline of a change script', () => {
  it('never prints an ID token whole', () => {
    const ls = find(symbolsOf(CHANGE_SCRIPT), 'license smart');
    const trust = ls.children?.[1];
    assert.match(trust?.name ?? '', /^trust idtoken NzE2…<redacted> all force$/);
    assert.doesNotMatch(JSON.stringify(symbolsOf(CHANGE_SCRIPT)), /NzE2YjAxMTItZmY0Ny00ZjE3LWI2YTMtOGRmZTI1/);
  });
  it('an interface written with a space keeps its name as typed', () => {
    const interfaces = find(symbolsOf(CHANGE_SCRIPT), 'interfaces');
    assert.equal(find(interfaces.children, 'Port-channel 7').detail, '10.30.0.1 255.255.255.0');
  });
});

describe('outline of a show-tech', () => {
  const TECH = [
    'EDGE-RTR-02#show tech-support license',
    '',
    '------------------ show clock ------------------',
    '',
    '10:12:44.871 UTC Wed Jun 19 2024',
    '',
    '------------------ show running-config ------------------',
    '',
    'Building configuration...',
    '',
    'Current configuration : 212 bytes',
    '!',
    'hostname EDGE-RTR-02',
    '!',
    'call-home',
    ' profile "CiscoTAC-1"',
    '  active',
    '!',
    'interface GigabitEthernet0',
    ' vrf forwarding Mgmt-intf',
    '!',
    'end',
    '',
    '------------------ show license status ------------------',
    '',
    'Smart Licensing Using Policy:',
    '  Status: ENABLED',
    '',
    'EDGE-RTR-02#show logging | include SMART_LIC',
    'Jun 19 10:02:10.331: %SMART_LIC-6-AGENT_READY: Smart Agent for Licensing is initialized',
    '',
  ].join('\n');
  const symbols = symbolsOf(TECH);

  it('one symbol per section, named by its command, holding the config blocks of config sections', () => {
    checkShape(symbols);
    assert.deepEqual(symbols.map((s) => s.name), ['show tech-support license', 'show clock', 'show running-config', 'show license status', 'show logging']);
    assert.deepEqual(symbols.map((s) => s.kind), [SymbolKind.Namespace, SymbolKind.Namespace, SymbolKind.Module, SymbolKind.Namespace, SymbolKind.Namespace]);
    const run = find(symbols, 'show running-config');
    assert.equal(run.range.start.line, lineOf(TECH, 'show running-config'));
    assert.equal(run.range.end.line, lineOf(TECH, 'end'));
    assert.deepEqual(run.children?.map((s) => s.name), ['call-home', 'interfaces']);
    const status = find(symbols, 'show license status');
    assert.equal(status.range.end.line, lineOf(TECH, 'Status: ENABLED'), 'trailing blank lines left out');
    assert.equal(textAt(TECH, status.selectionRange), '------------------ show license status ------------------');
    assert.equal(find(symbols, 'show logging').detail, '| include SMART_LIC');
  });

  it('a bare paste is named by its first line; a bare config before it is the running-config', () => {
    const show = 'Smart Licensing Status\n======================\n\nSmart Licensing is ENABLED\n\nRegistration:\n  Status: REGISTERED\n';
    const alone = symbolsOf(show);
    assert.deepEqual(alone.map((x) => x.name), ['Smart Licensing Status']);
    assert.equal(alone[0].detail, 'pasted without its command');
    const both = symbolsOf(`Building configuration...\n\nhostname R1\ncall-home\n profile "CiscoTAC-1"\n  active\nend\n${show}`);
    assert.deepEqual(both.map((x) => x.name), ['running-config', 'Smart Licensing Status']);
    assert.deepEqual(both[0].children?.map((x) => x.name), ['call-home']);
  });
});

describe('outline on a large config', () => {
  const parts = ['hostname BIG', 'vrf definition Mgmt-vrf', ' address-family ipv4', ' exit-address-family', '!'];
  for (let i = 0; i < 20000; i++) {
    parts.push(`interface GigabitEthernet${1 + (i >> 10)}/0/${i & 1023}`, ' switchport access vlan 20', ' switchport mode access', ' spanning-tree portfast', '!');
  }
  parts.push('interface Vlan20', ' ip address 192.0.2.2 255.255.255.0', '!', 'interface GigabitEthernet0/0', ' vrf forwarding Mgmt-vrf', ' ip address 198.51.100.7 255.255.255.0', '!');
  parts.push('call-home', ' profile "CiscoTAC-1"', '  active', 'end');
  const model = buildModel(parts.join('\n'));
  const count = (symbols: OutlineSymbol[]): number => symbols.reduce((n, s) => n + 1 + count(s.children ?? []), 0);

  it('reads the model only: 20,000 interfaces without quadratic work (a coarse bound)', () => {
    const t = performance.now();
    const symbols = documentSymbols(model, Number.POSITIVE_INFINITY);
    const ms = performance.now() - t;
    assert.equal(find(symbols, 'interfaces').children?.length, 20002);
    assert.ok(ms < 3000, `${ms} ms`);
  });

  it('holds at most OUTLINE_LIMIT symbols: ports give way, addressed interfaces and licensing blocks stay', () => {
    const symbols = documentSymbols(model);
    assert.equal(count(symbols), OUTLINE_LIMIT);
    const interfaces = find(symbols, 'interfaces');
    assert.equal(interfaces.detail, `20002, ${OUTLINE_LIMIT - 4} listed (addressed first)`);
    assert.ok(interfaces.children?.some((s) => s.name === 'Vlan20'));
    assert.ok(interfaces.children?.some((s) => s.name === 'GigabitEthernet0/0'));
    assert.equal(interfaces.children?.[0].name, 'GigabitEthernet1/0/0', 'the rest in file order');
    assert.ok(find(find(symbols, 'call-home').children, 'CiscoTAC-1'));
    assert.ok(find(symbols, 'Mgmt-vrf'));
    const small = documentSymbols(model, 10);
    // Four symbols are not interfaces: six interfaces fit, the two addressed ones among them, listed in file order.
    assert.deepEqual(find(small, 'interfaces').children?.map((s) => s.name),
      ['GigabitEthernet1/0/0', 'GigabitEthernet1/0/1', 'GigabitEthernet1/0/2', 'GigabitEthernet1/0/3', 'Vlan20', 'GigabitEthernet0/0']);
  });
});
