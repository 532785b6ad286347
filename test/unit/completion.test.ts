// Completion where the cursor is: the commands each block takes, with hover's documentation, and
// the three seed deployments as snippets whose placeholders come from the device's own VRF,
// interfaces and hosts. A snippet accepted as offered must give a config the linter accepts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { completionsAt, CompletionEntry } from '../../server/src/completion';
import { lint } from '../../server/src/engine';
import { hoverAt } from '../../server/src/hover';
import { buildModel } from '../../server/src/model/build';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const example = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');

/** Completions at the `|` in the text. */
function at(textWithCursor: string): { entries: CompletionEntry[]; text: string; line: number; character: number } {
  const i = textWithCursor.indexOf('|');
  assert.ok(i >= 0, 'the text marks the cursor with |');
  const text = textWithCursor.slice(0, i) + textWithCursor.slice(i + 1);
  const lines = text.slice(0, i).split('\n');
  const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
  return { entries: completionsAt(buildModel(text), position), text, ...position };
}

const labels = (entries: CompletionEntry[]) => entries.map((e) => e.label);

/** The text after accepting an entry as a client without snippets would (placeholders at their defaults). */
function accept(text: string, e: CompletionEntry): string {
  const lines = text.split('\n');
  const line = lines[e.range.start.line];
  lines[e.range.start.line] = line.slice(0, e.range.start.character) + e.text + line.slice(e.range.end.character);
  return lines.join('\n');
}

const SLP = example('healthy-iosxe-slp-smart-transport-vrf.cfg');
const CLASSIC = example('healthy-iosxe-classic-direct-cloud.cfg');
const NXOS = example('healthy-nxos-callhome.cfg');

describe('completion: commands by block', () => {
  it('after "license smart " offers the license smart sub-commands, not the ones already there', () => {
    const { entries } = at(SLP.replace('license smart url default\n', 'license smart |\n'));
    const l = labels(entries);
    assert.ok(l.includes('transport callhome'), l.join(', '));
    assert.ok(l.includes('url default'));
    assert.ok(l.includes('proxy port <port>'));
    assert.ok(!l.includes('transport smart'), 'already configured');
    assert.ok(!l.includes('vrf Mgmt-vrf'), 'already configured');
    assert.ok(!l.some((x) => x.includes('idtoken')), 'an ID token never goes into a file');
    for (const e of entries) assert.equal(e.kind, 'command');
  });

  it('replaces only the word being typed', () => {
    const { entries, line } = at(SLP.replace('license smart url default\n', 'license smart tr|\n'));
    assert.deepEqual(labels(entries).slice(0, 3), ['transport callhome', 'transport cslu', 'transport off']);
    assert.deepEqual(entries[0].range, { start: { line, character: 14 }, end: { line, character: 16 } });
  });

  it('inside call-home: contact, VRF, source interface, proxy, profile', () => {
    const { entries } = at(CLASSIC.replace(' contact-email-addr netops@example.com\n', ' contact-email-addr netops@example.com\n |\n'));
    const l = labels(entries);
    // Issue 15.4: licensing routes in the global table here (ip route 0.0.0.0 0.0.0.0 via Vlan20), so
    // "vrf Mgmt-vrf" would move it into the management VRF and make missing-vrf and DNS rules fire.
    assert.deepEqual(l, ['source-interface Vlan20', 'http-proxy "<proxy-host>" port <port>', 'profile "<profile-name>"']);
  });

  it('offers the call-home VRF only when licensing leaves through it, and first (issue 15.4)', () => {
    const text = example('iosxe-classic-missing-vrf.cfg');
    const { entries } = at(text.replace(/^call-home\n/m, 'call-home\n |\n'));
    const sorted = [...entries].sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.equal(sorted[0].label, 'vrf Mgmt-vrf', sorted.map((e) => e.label).join(', '));
    assert.equal(entries.filter((e) => /^vrf /.test(e.label)).length, 1, 'only the VRF licensing uses');
    // Without any VRF in the config: no VRF command at all, anywhere.
    const noVrf = at(CLASSIC.replace(/^vrf definition Mgmt-vrf\n/m, '').replace(/^ vrf forwarding Mgmt-vrf\n/m, '').replace(' contact-email-addr netops@example.com\n', ' contact-email-addr netops@example.com\n |\n'));
    assert.ok(!labels(noVrf.entries).some((l) => /vrf/.test(l)), labels(noVrf.entries).join(', '));
    const top = at(CLASSIC.replace(/^vrf definition Mgmt-vrf\n/m, '').replace(/^ vrf forwarding Mgmt-vrf\n/m, '').replace('service call-home\n', 'service call-home\n|\n'));
    assert.ok(!labels(top.entries).some((l) => /\bvrf\b/.test(l)), labels(top.entries).join(', '));
    assert.ok(!top.entries.some((e) => /license smart vrf/.test(e.text)), 'the SLP snippet names no VRF either');
  });

  it('inside a call-home profile: activity, reporting, transport, destinations', () => {
    const { entries } = at(CLASSIC.replace('  destination transport-method http\n', '  destination transport-method http\n  |\n'));
    const l = labels(entries);
    assert.ok(l.includes('no active'));
    assert.ok(l.includes('reporting smart-licensing-data'));
    assert.ok(l.includes('destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService'));
    assert.ok(!l.includes('active') && !l.includes('destination transport-method http'), 'already in the profile');
  });

  it('inside NX-OS callhome: the NX-OS commands with the management VRF', () => {
    const { entries } = at(NXOS.replace('  enable\n', '  |\n'));
    const l = labels(entries);
    assert.ok(l.includes('enable'));
    assert.ok(l.includes('transport http proxy enable'));
    assert.ok(!l.includes('transport http use-vrf management'), 'already there');
    const { entries: fresh } = at(NXOS.replace('  transport http use-vrf management\n', '  transport http |\n'));
    assert.ok(labels(fresh).includes('use-vrf management'), labels(fresh).join(', '));
  });

  it('at the top level of an NX-OS config: callhome, never the IOS-XE commands', () => {
    const l = labels(at(NXOS.replace('line console\n', '|\nline console\n')).entries);
    assert.ok(l.includes('callhome direct cloud (NX-OS)'), l.join(', '));
    assert.ok(!l.some((x) => x.startsWith('license smart') || x === 'call-home' || x.startsWith('call-home ')));
  });

  it('documents each command exactly as hover does', () => {
    const { entries } = at(SLP.replace('license smart url default\n', 'license smart |\n'));
    const proxy = entries.find((e) => e.label === 'proxy port <port>')!;
    // With its address: a port alone is a finding, and a flagged line hovers the finding (issue 15.2).
    const hover = hoverAt(lint('license smart proxy address 192.0.2.10\nlicense smart proxy port 3128\n'), { line: 1, character: 3 });
    assert.ok(hover, 'hover on the command');
    assert.ok(hover.includes(proxy.documentation!), `${proxy.documentation}\n---\n${hover}`);
  });

  it('offers the licensing VRF after "license smart vrf ", any VRF where the command allows it', () => {
    const text = SLP.replace('license smart vrf Mgmt-vrf\n', 'license smart vrf |\n').replace('vrf definition Mgmt-vrf\n', 'vrf definition Mgmt-vrf\n!\nvrf definition GUEST\n!\n');
    const { entries } = at(text);
    // Only the VRF that holds the default route: GUEST exists but licensing does not route through it (issue 15.4).
    assert.deepEqual(labels(entries), ['Mgmt-vrf']);
    const top = at(text.replace('license smart vrf |\n', '|\n')).entries.find((e) => e.label === 'license smart vrf Mgmt-vrf')!;
    assert.equal(top.snippet, 'license smart vrf ${1:Mgmt-vrf}');
    // Other VRF commands (name servers, NTP) may name any VRF of the config.
    const ns = at(text.replace('license smart vrf |\n', 'ip name-server vrf |\n')).entries;
    assert.ok(labels(ns).some((l) => l.startsWith('GUEST')), labels(ns).join(', '));
  });

  it('offers nothing in show output, in comments, or in blocks it does not know', () => {
    assert.deepEqual(at(example('show-tech-license-with-running-config.txt').replace('Technology Package License Information:', 'Technology |Package License Information:')).entries, []);
    assert.deepEqual(at(SLP.replace('license smart url default\n', '! license |\n')).entries, []);
    assert.deepEqual(at(SLP.replace(' negotiation auto\n', ' |\n')).entries, []);
  });
});

describe('completion: seed deployment snippets', () => {
  function snippet(text: string, label: string): { entry: CompletionEntry; text: string } {
    const r = at(text);
    const entry = r.entries.find((e) => e.kind === 'snippet' && e.label === label);
    assert.ok(entry, `${label} in ${labels(r.entries).join(', ')}`);
    return { entry, text: r.text };
  }

  it('SLP Smart Transport: VRF and interface from the model, and the result lints clean', () => {
    const stripped = SLP.replace('license smart url default\nlicense smart transport smart\nlicense smart vrf Mgmt-vrf\n', '|\n')
      .replace('ip http client source-interface GigabitEthernet0/0\n', '');
    const { entry, text } = snippet(stripped, 'license smart Smart Transport in a VRF (SLP)');
    // The SLP article's DNS step follows, in the VRF forms: lookup on, its source interface in the VRF, the name server there.
    assert.equal(entry.snippet, 'license smart transport smart\nlicense smart url default\nlicense smart vrf ${1:Mgmt-vrf}\nip http client source-interface ${2:GigabitEthernet0/0}\n' +
      'ip domain lookup\nip domain lookup vrf $1 source-interface $2\nip name-server vrf $1 ${3:192.0.2.53}\n$0');
    const after = accept(text, entry);
    assert.deepEqual(lint(after).findings.map((f) => f.ruleId), lint(SLP).findings.map((f) => f.ruleId));
  });

  it('direct cloud over call-home with a global default route: no VRF line, and the result lints as clean as the seed config', () => {
    const stripped = CLASSIC.replace('service call-home\n', '').replace(/call-home\n( .*\n)+/, '|\n');
    const { entry, text } = snippet(stripped, 'call-home direct cloud (classic Smart Licensing)');
    assert.match(entry.snippet, /^service call-home\ncall-home\n contact-email-addr \$\{1:<email>\}\n profile "CiscoTAC-1"\n/);
    assert.match(entry.snippet, /ip http client source-interface \$\{2:Vlan20\}\n\$0$/, 'the addressed interface in the global table');
    const after = accept(text, entry);
    // Tabbing out leaves the <email> placeholder, and the linter says so (issue 15.5); typed, it is clean.
    const left = lint(after).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(left.map((f) => [f.ruleId, after.split('\n')[f.range.start.line].trim()]), [['placeholder-in-config', 'contact-email-addr <email>']]);
    const typed = after.replace('contact-email-addr <email>', 'contact-email-addr netops@example.com');
    assert.deepEqual(lint(typed).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.ruleId), []);
  });

  it('direct cloud over call-home with the route in Mgmt-vrf: vrf under call-home and an interface in it', () => {
    const { entry, text } = snippet(SLP.replace(/license smart .*\n/g, '').replace('ip http client source-interface GigabitEthernet0/0\n', '').replace('ip routing\n', '|\nip routing\n'),
      'call-home direct cloud (classic Smart Licensing)');
    assert.match(entry.snippet, /\n vrf \$\{2:Mgmt-vrf\}\n/);
    assert.match(entry.snippet, /ip http client source-interface \$\{3:GigabitEthernet0\/0\}\n/);
    const after = accept(text, entry).replace('version 17.9', 'version 16.12');
    assert.deepEqual(lint(after).findings.filter((f) => f.ruleId === 'missing-vrf' || f.ruleId === 'http-destination').map((f) => f.ruleId), []);
  });

  it('SSM On-Prem: host from the existing on-prem URL, one licensing profile active', () => {
    const onprem = example('healthy-iosxe-onprem.cfg');
    const { entry, text } = snippet(onprem.replace('ip routing\n', '|\nip routing\n'), 'call-home SSM On-Prem');
    assert.match(entry.snippet, /destination address http https:\/\/\$\{\d:ssm-onprem\.example\.com\}\/Transportgateway\/services\/DeviceRequestHandler/);
    assert.match(entry.snippet, / contact-email-addr \$\{1:netops@example\.com\}/);
    const fresh = accept(text, entry).replace(/call-home\n( .*\n)+/, '');
    assert.deepEqual(lint(fresh).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.ruleId), []);
  });

  it('escapes what snippet syntax would read as its own', () => {
    const text = SLP.replace('license smart vrf Mgmt-vrf\n', '|\n').replace(/Mgmt-vrf/g, 'MG$T}');
    const e = at(text).entries.find((x) => x.label === 'license smart vrf MG$T}')!;
    assert.equal(e.snippet, 'license smart vrf ${1:MG\\$T\\}}');
  });
});

describe('completion and hover: DNS, NTP and trustpoint lines per platform (issue 14.6, 14.8)', () => {
  it('NX-OS top level: the NX-OS DNS and NTP forms with the management VRF, none of the IOS-XE ones', () => {
    const { entries } = at(NXOS.replace('ip domain-lookup\n', '|\n').replace('ntp server 192.0.2.123 use-vrf management\n', ''));
    const l = labels(entries);
    assert.ok(l.includes('ip domain-lookup'), l.join(', '));
    assert.ok(l.includes('ip name-server 192.0.2.53 use-vrf management'), l.join(', '));
    assert.ok(l.includes('ntp server <ntp-server> use-vrf management'), l.join(', '));
    assert.ok(!l.some((x) => /^ip domain lookup|^ip name-server vrf|^ntp server vrf|^ip http client/.test(x)), l.join(', '));
  });

  it('IOS-XE top level: ip domain lookup [vrf] source-interface, ip name-server [vrf], ip host, ip domain name, ntp server [vrf]', () => {
    const { entries } = at(SLP.replace('ip domain name campus.example.com\n', '|\n'));
    const l = labels(entries);
    const text = SLP.replace('ip domain name campus.example.com\n', '|\n').replace(/^ip name-server vrf .*\n/m, '').replace(/^ntp server .*\n/m, '');
    const l2 = labels(at(text).entries);
    for (const want of ['ip domain lookup', 'ip domain lookup source-interface GigabitEthernet0/0', 'ip name-server vrf Mgmt-vrf <dns-server>', 'ip domain name <domain>', 'ip host <host> <address>', 'ntp server vrf Mgmt-vrf <ntp-server>']) {
      assert.ok(l2.includes(want), `${want} in ${l2.join(', ')}`);
    }
    for (const want of ['ip domain lookup', 'ip domain name <domain>', 'ip host <host> <address>']) {
      assert.ok(l.includes(want), `${want} in ${l.join(', ')}`);
    }
    assert.ok(!l.some((x) => /use-vrf|ip domain-lookup/.test(x)), l.join(', '));
  });

  it('inside NX-OS vrf context: ip name-server and the default route', () => {
    const { entries } = at(NXOS.replace('  ip name-server 192.0.2.53\n', '  |\n'));
    assert.deepEqual(labels(entries), ['ip name-server <dns-server>', 'ip route 0.0.0.0/0 <address>']);
    const route = at(NXOS.replace('  ip route 0.0.0.0/0 192.0.2.1\n', '  |\n')).entries;
    assert.deepEqual(labels(route), ['ip route 0.0.0.0/0 <address>']);
    assert.match(route[0].documentation!, /vrf context management/);
  });

  it('inside a trustpoint: revocation-check none (scenario 7 fix)', () => {
    const { entries } = at('crypto pki trustpoint SLA-TrustPoint\n enrollment pkcs12\n |\n');
    const e = entries.find((x) => x.label === 'revocation-check none')!;
    assert.ok(e, labels(entries).join(', '));
    assert.match(e.documentation!, /SLA-TrustPoint/);
  });

  it('NX-OS "ip route 0.0.0.0/0" inside vrf context gets the NX-OS route hover, not the IOS one', () => {
    const r = lint(NXOS);
    const line = NXOS.split('\n').indexOf('  ip route 0.0.0.0/0 192.0.2.1');
    const hover = hoverAt(r, { line, character: 4 })!;
    assert.match(hover, /NX-OS/);
    assert.match(hover, /transport http use-vrf management/);
    assert.doesNotMatch(hover, /ip route vrf Mgmt-vrf 0\.0\.0\.0 0\.0\.0\.0/);
    const ntp = hoverAt(r, { line: NXOS.split('\n').indexOf('ntp server 192.0.2.123 use-vrf management'), character: 2 })!;
    assert.match(ntp, /use-vrf management/);
    assert.doesNotMatch(ntp, /ntp server vrf Mgmt-vrf/);
  });
});
