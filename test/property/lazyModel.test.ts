// The model reads interface blocks and top-level commands on demand (model/interfaceTable.ts,
// parse/config.ts ParsedConfig). These properties build every text both ways — lazily, as lint()
// does, and eagerly, every block read up front as the model once did — and require the same
// findings and the same answers to every question the rules ask of the interfaces. Fixed seeds.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { buildModel } from '../../server/src/model/build';
import { interfaceKey } from '../../server/src/model/interfaceNames';
import { DeviceModel, Interface } from '../../server/src/model/types';
import { deviceText } from './arbitraries';
import { loadSeeds } from './seeds';

const { seeds } = loadSeeds();

// Interface names as devices print them, as people type them, with spaces, quotes and XR's CPU names.
const NAMES = [
  'GigabitEthernet0/0', 'Gi0/0', 'gig 0/0', 'GigabitEthernet 0/0', 'GigabitEthernet0/0.10', 'GigabitEthernet0/0.100', 'Gi0/0.100',
  'TenGigabitEthernet0/1/0.1230', 'Te0/1/0.1230', 'Vlan20', 'vlan 20', 'Vlan200', 'Vlan2', 'Loopback0', 'Port-channel 10', 'Po10',
  'mgmt0', 'Ethernet1/1', 'Eth1/1', 'Ethernet1/10', 'MgmtEth0/RP0/CPU0/0', 'MgmtEth0/RP0/C PU0/0', 'Gi0/0/0.\u00e9', '"Gi 1/0/1"', '10',
  'Serial0/0/0:1', 'nve1', 'Dialer1', 'İP0', 'Port-1', 'port- 1',
];
const VRFS = ['Mgmt-vrf', 'Mgmt-intf', 'management', 'CUST-1', 'CUST-10', 'A', 'Mgmt-vrf2'];
const BODY = [
  ' description uplink dhcp relay', ' description in vrf Mgmt-vrf', ' ip address dhcp', ' ip address 192.0.2.10 255.255.255.0',
  ' ipv6 address autoconfig', ' ipv6 address dhcp', ' ipv6 address 2001:db8::1/64', ' shutdown', ' no shutdown', ' switchport mode access',
  '  vrf member management', ' ip address 198.51.100.2 255.255.255.0 secondary', ' encapsulation dot1Q 100', ' ipv4 address 192.0.2.1 255.255.255.0',
];

const interfaceBlock = fc.record({
  name: fc.constantFrom(...NAMES),
  vrf: fc.option(fc.tuple(fc.constantFrom(' vrf forwarding ', ' ip vrf forwarding ', '  vrf member ', ' vrf forwarding "'), fc.constantFrom(...VRFS))),
  body: fc.array(fc.constantFrom(...BODY), { maxLength: 4 }),
  flat: fc.boolean(),
}).map((b) => {
  const lines = [`interface ${b.name}`];
  if (b.vrf) lines.push(b.vrf[0].endsWith('"') ? `${b.vrf[0]}${b.vrf[1]}"` : b.vrf[0] + b.vrf[1]);
  lines.push(...b.body);
  return (b.flat ? lines.map((l) => l.trimStart()) : lines).concat('!');
});

const LICENSING = [
  'version 17.9', 'version 17.3', 'version 9.3(5)', 'hostname PE1', 'service call-home', 'call-home', ' contact-email-addr noc@example.com',
  ' vrf Mgmt-vrf', ' source-interface Gi0/0', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
  '  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService', 'license smart transport smart',
  'license smart transport callhome', 'license smart vrf Mgmt-vrf', 'license smart vrf CUST-1', 'ip http client source-interface GigabitEthernet0/0',
  'ip http client source-interface Vlan20', 'ip http client source-interface Po10', 'ip http client source-interface MgmtEth0/RP0/CPU0/0',
  'ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.1', 'ip route 0.0.0.0 0.0.0.0 198.51.100.1', 'ip name-server 198.51.100.53',
  'ip name-server vrf Mgmt-vrf 198.51.100.53', 'ip domain lookup source-interface Vlan20', 'no ip domain lookup', 'ntp server 192.0.2.123',
  'crypto pki trustpoint SLA-TrustPoint', ' revocation-check crl', 'vrf definition Mgmt-vrf', ' address-family ipv4', 'callhome',
  '  destination-profile CiscoTAC-1 http http://tools.cisco.com/its/service/oddce/services/DDCEService', '  transport http use-vrf management',
  'vrf context management', '  ip route 0.0.0.0/0 192.0.2.1', 'ip prefix-list PL seq 5 permit 10.0.0.0/8', 'router bgp 65000', ' neighbor 192.0.2.9 remote-as 65001',
  'Building configuration...', 'SW1#show running-config', 'end', '!',
];

/** A config of interface blocks (duplicates, spellings, flat pastes) among licensing lines. */
const interfaceConfig = fc.tuple(
  fc.array(fc.oneof(interfaceBlock, fc.constantFrom(...LICENSING).map((l) => [l])), { maxLength: 40 }),
  fc.constantFrom('\n', '\r\n'),
).map(([parts, eol]) => parts.flat().join(eol));

/** What the rules can learn of the interfaces, without object identity. */
function interfaceAnswers(model: DeviceModel) {
  const t = model.config.interfaces;
  const show = (i: Interface | undefined) => (i ? `${i.name}@${i.node.line} vrf=${i.vrf?.value} dhcp=${i.dhcp} shut=${i.shutdown} addr=${i.addresses.length}` : 'none');
  return {
    empty: t.isEmpty,
    get: NAMES.map((n) => show(t.get(interfaceKey(n)))),
    dhcp: t.withDhcp().map(show),
    vrf: VRFS.map((v) => t.inVrf(v).map(show)),
    rp: t.onRouteProcessor().map(show),
    // Asked last: reads every block.
    all: [...t.values()].map(show),
    size: t.size,
  };
}

function sameBothWays(text: string): void {
  const lazy = lint(text);
  const eager = lint(text, { eagerModel: true });
  assert.deepEqual(JSON.parse(JSON.stringify(lazy.findings)), JSON.parse(JSON.stringify(eager.findings)));
  const a = buildModel(text);
  const b = buildModel(text, { eager: true });
  assert.deepEqual(interfaceAnswers(a), interfaceAnswers(b));
  assert.deepEqual({ scope: a.scope, mode: a.mode, dialect: a.dialect, iosXr: a.iosXr, version: a.version?.text },
    { scope: b.scope, mode: b.mode, dialect: b.dialect, iosXr: b.iosXr, version: b.version?.text });
  assert.deepEqual(a.config.roots.map((r) => [r.line, r.lastLine, r.text]), b.config.roots.map((r) => [r.line, r.lastLine, r.text]));
}

describe('lazy and eager models', () => {
  it('give the same findings and interface answers on 1,500 generated interface configs (seed 1601)', () => {
    fc.assert(fc.property(interfaceConfig, (text) => sameBothWays(text)), { seed: 1601, numRuns: 1500 });
  });

  it('give the same findings on 1,500 generated and mutated device texts (seed 1602)', () => {
    fc.assert(fc.property(deviceText(seeds), (c) => sameBothWays(c.text)), { seed: 1602, numRuns: 1500 });
  });

  it('give the same findings on every seed', () => {
    for (const s of seeds) sameBothWays(s.text);
  });
});

describe('ParsedConfig.rootsHolding', () => {
  /** The blocks whose text holds `s`, found the slow way: every root a node, its block sliced. */
  const naive = (text: string, s: string) => buildModel(text).config.parsed.map((p) => p.roots.flatMap((root, i) =>
    text.slice(p.lines.starts[root.line], p.lines.ends[root.lastLine]).includes(s) ? [i] : []));
  const found = (text: string, s: string) => buildModel(text).config.parsed.map((p) => p.rootsHolding(s));
  const sprinkled = fc.tuple(fc.oneof(interfaceConfig, deviceText(seeds).map((c) => c.text)), fc.array(fc.nat(), { maxLength: 6 }))
    .map(([text, at]) => at.reduce((t, k) => (t.length ? `${t.slice(0, k % t.length)}<${t.slice(k % t.length)}` : '<'), text));

  it('names the blocks a slice of each would show holding "<" (1,000 generated texts, seed 1603)', () => {
    fc.assert(fc.property(sprinkled, (text) => assert.deepEqual(found(text, '<'), naive(text, '<'))), { seed: 1603, numRuns: 1000 });
  });

  it('on every seed, for "<" and a word', () => {
    for (const s of seeds) for (const needle of ['<', 'vrf', '\n']) assert.deepEqual(found(s.text, needle), naive(s.text, needle), needle);
  });
});
