// fast-check generators of device text: seeds (examples, fixtures, corpus) mutated line by line,
// configurations assembled from the blocks the rules read (so fixes get exercised), show outputs,
// and noise. Shared by test/property/*.test.ts (CI, fixed seeds) and scripts/fuzz.mjs.
import fc from 'fast-check';
import { Seed } from './seeds';

// Lines that sit on the rules' decision points, written by hand (documentation addresses only).
const TRICKY_LINES = [
  'call-home', ' profile "CiscoTAC-1"', ' profile CiscoTAC-1', '  active', '  no active', ' profile "LIC"', '  reporting smart-licensing-data',
  '  reporting all', '  destination transport-method http', '  destination transport-method email',
  '  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService',
  '  destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService',
  '  destination address http http://192.0.2.50/Transportgateway/services/DeviceRequestHandler',
  '  destination address http https://ssm.example.com/Transportgateway/services/DeviceRequestHandler',
  ' vrf Mgmt-vrf', ' source-interface Vlan20', ' http-proxy "proxy.example.com" port 3128', ' contact-email-addr netops@example.com',
  'service call-home', 'no service call-home', 'license smart transport smart', 'license smart transport callhome', 'license smart transport cslu',
  'license smart transport off', 'license smart url smart https://smartreceiver.cisco.com/licservice/license',
  'license smart url cslu http://192.0.2.60:8182/cslu/v1/pi', 'license smart url default', 'license smart vrf Mgmt-vrf',
  'license smart proxy address 192.0.2.80', 'license smart proxy port 8080', 'license smart trust idtoken NjEwZmE1YTgtMjQ1Mi00YWE1 local',
  'ip http client source-interface GigabitEthernet0/0', 'ip http client source-interface Vlan20', 'interface GigabitEthernet0/0',
  ' vrf forwarding Mgmt-vrf', ' ip vrf forwarding Mgmt-vrf', ' ip address 192.0.2.10 255.255.255.0', ' ip address dhcp', ' shutdown',
  'interface Vlan20', ' ip address 198.51.100.2 255.255.255.0', 'vrf definition Mgmt-vrf', ' address-family ipv4', ' exit-address-family',
  'ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.1', 'ip route 0.0.0.0 0.0.0.0 198.51.100.1', 'ip default-gateway 192.0.2.1',
  'router ospf 1', 'ntp server 192.0.2.123', 'ntp server vrf Mgmt-vrf 192.0.2.123', 'clock calendar-valid', 'clock timezone UTC 0 0',
  'ip name-server 198.51.100.53', 'ip name-server vrf Mgmt-vrf 198.51.100.53', 'no ip domain lookup', 'ip domain lookup source-interface Vlan20',
  'crypto pki trustpoint SLA-TrustPoint', ' revocation-check crl', ' revocation-check none', 'version 16.12', 'version 17.3', 'version 17.9',
  'version 9.3(5)', 'version 10.2(3)F', 'hostname SW1', 'switchname N9K-1', 'feature ospf', 'callhome', '  enable',
  '  transport http use-vrf management', '  destination-profile CiscoTAC-1 http http://tools.cisco.com/its/service/oddce/services/DDCEService',
  '  destination-profile CiscoTAC-1 transport-method http', 'vrf context management', '  ip route 0.0.0.0/0 192.0.2.1', 'end', '!', '',
  'banner motd ^C', 'call-home inside a banner http://tools.cisco.com', '^C', 'banner login #', '#',
  '! cisco-license-lint-disable-next-line http-destination', '! cisco-license-lint-disable missing-vrf', '! cisco-license-lint-enable missing-vrf',
  '! cisco-license-lint-disable-file', '! cisco-license-lint-disable-next-line no-such-rule', 'Building configuration...', 'Current configuration : 4242 bytes',
  '!Command: show running-config', '!Time: Thu Apr 11 16:09:12 2024', 'SW1#show running-config', 'SW1#sh run | section call-home', 'SW1#show license all',
  'SW1#show call-home profile all', 'switch# show license status', '------------------ show license all ------------------',
  '------------------ show running-config ------------------', '------------------ show logging ------------------',
  'Profile Name: CiscoTAC-1', '    Profile status: ACTIVE', '    Profile status: INACTIVE', '    Reporting Data: Smart Call Home, Smart Licensing',
  '    Transport Method: http', '    HTTP  address(es): http://tools.cisco.com/its/service/oddce/services/DDCEService',
  'Smart Licensing Status', 'Smart Licensing is ENABLED', 'Smart Licensing Using Policy:', 'Registration:', '  Status: REGISTERED',
  '  Status: UNREGISTERED', 'License Authorization:', '  Status: AUTHORIZED on Jun 03 2024 09:14:22 UTC', '  Status: AUTHORIZATION EXPIRED',
  '  Status: OUT OF COMPLIANCE', '  Status: EVAL MODE', '  Evaluation Period Remaining: 12 days, 3 hours', 'Trust Code Installed: <none>',
  '  Last Communication Attempt: FAILED on Jun 01 2024 08:00:00 UTC', '  Failure reason: Fail to send out Call Home HTTP message.',
  '  Next ACK deadline: Jun 12 2024 08:07:15 UTC', '*08:16:02.117 UTC Mon Jan 7 2019', '10:12:44.871 UTC Wed Jun 19 2024',
  '*Jan 24 23:19:05.144: %SMART_LIC-3-COMM_FAILED: Communications failure with the Cisco Smart License Utility (CSLU) : Unable to resolve server hostname/domain name',
  'Jun 19 10:02:10.331: %SMART_LIC-6-AUTH_RENEW_SUCCESS: Authorization renewal with the Cisco Smart Software Manager (CSSM) : successful',
  'Jun 19 10:02:10.331: %CALL_HOME-3-HTTP_REQUEST_FAILED: Call-Home HTTP request failed (ERR 205, Request Aborted)',
  '   Reason : Failed to select socket', '2024-06-17 10:01:33.412 UTC SAEVT_COMM_FAIL error="Communication message send response error"',
  '\t destination address http http://198.51.100.7/x', ' '.repeat(40) + 'x', 'ip route vrf "A B" 0.0.0.0 0.0.0.0 192.0.2.1', 'interface "Gi 1/0/1"',
  'İP ADDRESS dhcp', ' \u00a0 vrf forwarding Mgmt-vrf', 'call-home\u2028', '\u{1F600} license smart vrf X', 'x'.repeat(300),
];

const REPLACEMENTS: [string, string][] = [
  ['https://', 'http://'], ['http://', 'https://'], ['  active', '  no active'], ['  no active', '  active'], ['Mgmt-vrf', 'management'],
  ['transport smart', 'transport callhome'], ['transport callhome', 'transport smart'], ['ntp server', 'ntp peer'], ['clock calendar-valid', 'clock summer-time CEST'],
  ['CiscoTAC-1', 'CISCOTAC'], ['version 17', 'version 16'], ['version 16', 'version 17'], ['ACTIVE', 'INACTIVE'], ['INACTIVE', 'ACTIVE'],
  ['REGISTERED', 'UNREGISTERED'], ['AUTHORIZED', 'AUTHORIZATION EXPIRED'], ['vrf forwarding', 'ip vrf forwarding'], [' ', '\t'], ['^C', '#'],
  ['tools.cisco.com', '192.0.2.99'], ['Smart Licensing', 'Smart  Licensing'], [': ', ':'],
];

const EOLS = ['\n', '\r\n', '\r'] as const;

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'insert'; at: number; line: string }
  | { kind: 'duplicate'; at: number; count: number }
  | { kind: 'indent'; at: number; indent: string }
  | { kind: 'truncateLine'; at: number; keep: number }
  | { kind: 'swap'; at: number }
  | { kind: 'replace'; pair: number }
  | { kind: 'cut'; fraction: number }
  | { kind: 'noise'; at: number; column: number; text: string }
  // Real captures (issue 13): a paste that lost its indentation, a console capture with NULs across a reload.
  | { kind: 'deindent' }
  | { kind: 'nuls'; at: number; column: number; count: number };

function mutationArb(pool: string[]): fc.Arbitrary<Mutation> {
  const at = fc.nat({ max: 1 << 20 });
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, line: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at, count: fc.integer({ min: 1, max: 8 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('indent' as const), at, indent: fc.constantFrom('', ' ', '  ', '   ', '\t', ' \t', '        ') }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncateLine' as const), at, keep: fc.nat({ max: 120 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap' as const), at }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), pair: fc.nat({ max: REPLACEMENTS.length - 1 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('noise' as const), at, column: fc.nat({ max: 200 }), text: fc.string({ unit: 'binary', maxLength: 8 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('deindent' as const) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('nuls' as const), at, column: fc.nat({ max: 80 }), count: fc.integer({ min: 1, max: 6 }) }) },
  );
}

function applyMutation(lines: string[], m: Mutation): string[] {
  const n = lines.length;
  const i = n === 0 ? 0 : m.kind === 'replace' || m.kind === 'cut' || m.kind === 'deindent' ? 0 : m.at % n;
  switch (m.kind) {
    case 'delete':
      if (n > 0) lines.splice(i, 1);
      break;
    case 'insert':
      lines.splice(n === 0 ? 0 : m.at % (n + 1), 0, ...m.line.split(/\r\n|\r|\n/));
      break;
    case 'duplicate':
      if (n > 0) lines.splice(i, 0, ...lines.slice(i, i + m.count));
      break;
    case 'indent':
      if (n > 0) lines[i] = m.indent + lines[i].replace(/^[ \t]*/, '');
      break;
    case 'truncateLine':
      if (n > 0) lines[i] = lines[i].slice(0, m.keep);
      break;
    case 'swap':
      if (n > 1) [lines[i], lines[(i + 1) % n]] = [lines[(i + 1) % n], lines[i]];
      break;
    case 'replace': {
      const [from, to] = REPLACEMENTS[m.pair];
      return lines.map((l) => l.split(from).join(to));
    }
    case 'cut': {
      // A capture cut mid-section (and maybe mid-line), as truncated pastes are.
      const text = lines.join('\n');
      return text.slice(0, Math.floor(text.length * m.fraction)).split('\n');
    }
    case 'noise':
      if (n > 0) lines[i] = lines[i].slice(0, m.column) + m.text.replace(/[\r\n]/g, '') + lines[i].slice(m.column);
      break;
    case 'deindent':
      return lines.map((l) => l.replace(/^[ \t]+(?=\S)/, ''));
    case 'nuls':
      if (n > 0) lines[i] = lines[i].slice(0, m.column) + '\0'.repeat(m.count) + lines[i].slice(m.column);
      break;
  }
  return lines;
}

export interface Layout {
  eol: (typeof EOLS)[number] | 'mixed';
  bom: boolean;
  finalEol: boolean;
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  eol: fc.oneof({ weight: 6, arbitrary: fc.constant('\n' as const) }, { weight: 2, arbitrary: fc.constant('\r\n' as const) }, { weight: 1, arbitrary: fc.constant('\r' as const) }, { weight: 1, arbitrary: fc.constant('mixed' as const) }),
  bom: fc.nat({ max: 9 }).map((n) => n === 0),
  finalEol: fc.boolean(),
});

function layOut(lines: string[], layout: Layout, salt: number): string {
  let text = '';
  for (let i = 0; i < lines.length; i++) {
    text += lines[i];
    if (i < lines.length - 1 || layout.finalEol) text += layout.eol === 'mixed' ? EOLS[(i * 7 + salt) % 3] : layout.eol;
  }
  return layout.bom ? '\uFEFF' + text : text;
}

// --- configurations assembled from the blocks the rules read -----------------------------------

const profileName = fc.constantFrom('"CiscoTAC-1"', 'CiscoTAC-1', '"LIC"', 'OPS', '"Site A"');
const url = fc.constantFrom(
  'http://tools.cisco.com/its/service/oddce/services/DDCEService', 'https://tools.cisco.com/its/service/oddce/services/DDCEService',
  'http://192.0.2.50/Transportgateway/services/DeviceRequestHandler', 'https://ssm.example.com/Transportgateway/services/DeviceRequestHandler',
  'https://ssm.example.com/transportgateway/services/devicerequesthandler', 'http://ssm.example.com:8080/', 'tools.cisco.com', 'https://',
);
const vrfName = fc.constantFrom('Mgmt-vrf', 'management', 'MGMT', 'Mgmt-intf');

const iosProfile = fc.record({
  name: profileName,
  activity: fc.constantFrom('  active', '  no active', null),
  reporting: fc.constantFrom('  reporting smart-licensing-data', '  reporting all', '  no reporting smart-licensing-data', null),
  transport: fc.constantFrom('  destination transport-method http', '  destination transport-method email', null),
  urls: fc.array(url, { maxLength: 2 }),
}).map((p) => [` profile ${p.name}`, p.activity, p.reporting, p.transport, ...p.urls.map((u) => `  destination address http ${u}`)].filter((l): l is string => l !== null));

export const iosConfig = fc.record({
  version: fc.constantFrom('version 16.12', 'version 17.3', 'version 17.9', 'version 15.2', null),
  hostname: fc.constantFrom('hostname SW1', null),
  service: fc.constantFrom('service call-home', 'no service call-home', null),
  callHome: fc.option(fc.record({
    vrf: fc.option(vrfName.map((v) => ` vrf ${v}`), { nil: null }),
    source: fc.constantFrom(' source-interface Vlan20', ' source-interface GigabitEthernet0/0', null),
    proxy: fc.constantFrom(' http-proxy "proxy.example.com" port 3128', null),
    profiles: fc.array(iosProfile, { maxLength: 3 }),
  }), { nil: null }),
  license: fc.array(fc.constantFrom(
    'license smart transport smart', 'license smart transport callhome', 'license smart transport cslu', 'license smart transport off',
    'license smart url smart https://smartreceiver.cisco.com/licservice/license', 'license smart url cslu http://192.0.2.60:8182/cslu/v1/pi',
    'license smart vrf Mgmt-vrf', 'license smart vrf management', 'license smart proxy address 192.0.2.80', 'license smart proxy port 8080',
  ), { maxLength: 4 }),
  interfaces: fc.array(fc.record({
    name: fc.constantFrom('GigabitEthernet0/0', 'Vlan20', 'Gi1/0/1', 'Loopback0'),
    vrf: fc.option(vrfName, { nil: null }),
    addr: fc.constantFrom(' ip address 192.0.2.10 255.255.255.0', ' ip address dhcp', null),
    shut: fc.boolean(),
  }), { maxLength: 3 }),
  httpClient: fc.constantFrom('ip http client source-interface GigabitEthernet0/0', 'ip http client source-interface Vlan20', null),
  routes: fc.array(fc.constantFrom('ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.1', 'ip route 0.0.0.0 0.0.0.0 198.51.100.1', 'ip route 10.0.0.0 255.0.0.0 198.51.100.1', 'ip default-gateway 192.0.2.1', 'router ospf 1'), { maxLength: 2 }),
  clock: fc.array(fc.constantFrom('ntp server 192.0.2.123', 'clock calendar-valid', 'clock timezone UTC 0 0', 'ntp server vrf Mgmt-vrf 192.0.2.123'), { maxLength: 2 }),
  dns: fc.array(fc.constantFrom('ip name-server 198.51.100.53', 'ip name-server vrf Mgmt-vrf 198.51.100.53', 'no ip domain lookup', 'ip domain lookup source-interface Vlan20'), { maxLength: 2 }),
  trustpoint: fc.constantFrom<string[]>(['crypto pki trustpoint SLA-TrustPoint', ' revocation-check crl'], ['crypto pki trustpoint SLA-TrustPoint', ' revocation-check none'], []),
  end: fc.boolean(),
  header: fc.constantFrom<string[]>([], ['Building configuration...', '', 'Current configuration : 4242 bytes'], ['SW1#show running-config', 'Building configuration...']),
}).map((c) => {
  const out: string[] = [...c.header, '!'];
  if (c.version) out.push(c.version);
  if (c.service) out.push(c.service);
  if (c.hostname) out.push(c.hostname, '!');
  for (const i of c.interfaces) {
    out.push(`interface ${i.name}`);
    if (i.vrf) out.push(` vrf forwarding ${i.vrf}`);
    if (i.addr) out.push(i.addr);
    if (i.shut) out.push(' shutdown');
    out.push('!');
  }
  if (c.callHome) {
    out.push('call-home', ' contact-email-addr netops@example.com');
    if (c.callHome.vrf) out.push(c.callHome.vrf);
    if (c.callHome.source) out.push(c.callHome.source);
    if (c.callHome.proxy) out.push(c.callHome.proxy);
    for (const p of c.callHome.profiles) out.push(...p);
    out.push('!');
  }
  out.push(...c.license, ...c.dns, ...c.trustpoint);
  if (c.httpClient) out.push(c.httpClient);
  out.push(...c.routes, ...c.clock);
  if (c.end) out.push('end');
  return out;
});

export const nxConfig = fc.record({
  version: fc.constantFrom('version 9.3(5)', 'version 10.2(3)F', 'version 10.4(1)', null),
  useVrf: fc.constantFrom('  transport http use-vrf management', '  transport http use-vrf default', null),
  dest: fc.array(fc.constantFrom(
    '  destination-profile CiscoTAC-1 http http://tools.cisco.com/its/service/oddce/services/DDCEService',
    '  destination-profile CiscoTAC-1 http https://tools.cisco.com/its/service/oddce/services/DDCEService',
    '  destination-profile CiscoTAC-1 transport-method http', '  destination-profile full_txt email-addr ops@example.com',
  ), { maxLength: 3 }),
  enable: fc.boolean(),
  route: fc.constantFrom<string[]>(['vrf context management', '  ip route 0.0.0.0/0 192.0.2.1'], ['ip route 0.0.0.0/0 198.51.100.1'], []),
}).map((c) => {
  const out = ['!Command: show running-config', '!Time: Thu Apr 11 16:09:12 2024', ''];
  if (c.version) out.push(c.version);
  out.push('switchname N9K-1', 'feature ospf', '', 'callhome', '  email-contact ops@example.com');
  if (c.useVrf) out.push(c.useVrf);
  out.push(...c.dest);
  if (c.enable) out.push('  enable');
  out.push('', ...c.route, '', 'interface mgmt0', '  vrf member management', '  ip address 192.0.2.5/24');
  return out;
});

const showOutput = fc.record({
  prompt: fc.constantFrom('SW1#show call-home profile all', 'SW1#sh cal l-home profile all', '------------------ show call-home profile all ------------------', ''),
  profiles: fc.array(fc.record({
    name: fc.constantFrom('CiscoTAC-1', 'LIC', 'OPS'),
    status: fc.constantFrom('ACTIVE', 'INACTIVE'),
    data: fc.constantFrom('Smart Call Home, Smart Licensing', 'Smart Call Home', 'Smart Licensing'),
    urls: fc.array(url, { maxLength: 2 }),
  }), { maxLength: 3 }),
  license: fc.array(fc.constantFrom(...TRICKY_LINES.filter((l) => /Status|Smart Licensing|Registration|Authorization|deadline|Trust|%|SAEVT|UTC/.test(l))), { maxLength: 6 }),
}).map((s) => {
  const out = s.prompt ? [s.prompt, ''] : [];
  for (const p of s.profiles) {
    out.push(`Profile Name: ${p.name}`, `    Profile status: ${p.status}`, `    Reporting Data: ${p.data}`, '    Transport Method: http');
    if (p.urls.length) out.push(`    HTTP  address(es): ${p.urls.join(', ')}`);
    out.push('');
  }
  return [...out, ...s.license];
});

export interface DeviceTextCase {
  origin: string;
  text: string;
}

/** Device text: mutated seeds, assembled configs and show outputs (themselves mutated), and noise. */
export function deviceText(seeds: Seed[]): fc.Arbitrary<DeviceTextCase> {
  const pool = [...TRICKY_LINES];
  for (const s of seeds) for (const l of s.text.split(/\r\n|\r|\n/).slice(0, 400)) if (l.length < 200) pool.push(l);
  const mutations = fc.array(mutationArb(pool), { maxLength: 12 });
  const seedLines = seeds.length
    ? fc.nat({ max: seeds.length - 1 }).map((i) => ({ origin: seeds[i].name, lines: seeds[i].text.split(/\r\n|\r|\n/) }))
    : fc.constant({ origin: 'empty', lines: [''] });
  const source = fc.oneof(
    { weight: 5, arbitrary: seedLines },
    { weight: 4, arbitrary: iosConfig.map((lines) => ({ origin: 'generated IOS config', lines })) },
    { weight: 2, arbitrary: nxConfig.map((lines) => ({ origin: 'generated NX-OS config', lines })) },
    { weight: 2, arbitrary: showOutput.map((lines) => ({ origin: 'generated show output', lines })) },
    { weight: 1, arbitrary: fc.tuple(iosConfig, showOutput).map(([c, s]) => ({ origin: 'generated config + show output', lines: [...s, 'SW1#show running-config', ...c] })) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...pool), { maxLength: 40 }).map((lines) => ({ origin: 'line soup', lines })) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }).map((t) => ({ origin: 'random text', lines: t.split('\n') })) },
  );
  return fc.tuple(source, mutations, layoutArb, fc.nat({ max: 1000 })).map(([src, ms, layout, salt]) => {
    let lines = [...src.lines];
    for (const m of ms) lines = applyMutation(lines, m);
    return { origin: `${src.origin}${ms.length ? ` + ${ms.length} mutation(s)` : ''}`, text: layOut(lines, layout, salt) };
  });
}

/** A few hundred KiB to a few MiB: seeds and assembled configs repeated, for the time-per-MiB property. */
export function largeDeviceText(seeds: Seed[], maxMiB: number): fc.Arbitrary<DeviceTextCase> {
  return fc.tuple(deviceText(seeds), fc.integer({ min: 64 * 1024, max: Math.floor(maxMiB * 1048576) })).map(([c, target]) => {
    if (c.text.length === 0) return { origin: `${c.origin}, empty`, text: '' };
    const parts: string[] = [];
    let size = 0;
    while (size < target) {
      parts.push(c.text);
      size += c.text.length + 1;
    }
    return { origin: `${c.origin}, repeated to ${(size / 1048576).toFixed(2)} MiB`, text: parts.join('\n') };
  });
}
