// Pastes that lost their indentation (issue 13, point 2): the licensing-relevant submodes are read by
// their grammar, so the tree is the same whichever way the text was indented, while ranges and fixes
// point at the lines as written.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyFixes } from '../../server/src/fixes';
import { lint } from '../../server/src/engine';
import { buildModel } from '../../server/src/model/build';
import { ConfigNode, leadingWords } from '../../server/src/parse/config';
import { interfaceCommand, PLAIN_INTERFACE_COMMANDS } from '../../server/src/parse/inferIndent';

const DIR = join(__dirname, '..', 'precision');
const deindent = (text: string) => text.replace(/^[ \t]+(?=\S)/gm, '');

/** The blocks read by grammar when flat; other blocks (NX-OS `vdc`, `line vty`) stay top-level lines then. */
const READ_BY_GRAMMAR = /^(?:call-home$|callhome$|crypto pki trustpoint |vrf (?:definition|context) |interface )/;

/** Each command with its depth in the tree, for the blocks the model reads. */
function tree(text: string, all = true): string[] {
  const out: string[] = [];
  const walk = (n: ConfigNode, depth: number) => {
    out.push(`${depth} ${n.text}`);
    for (const c of n.children) walk(c, depth + 1);
  };
  for (const p of buildModel(text).config.parsed) for (const r of p.roots) if (all || READ_BY_GRAMMAR.test(r.text)) walk(r, 0);
  return out;
}

describe('flat pastes read by grammar', () => {
  it('every .cfg precision fixture gives the same tree de-indented', () => {
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.cfg'))) {
      const text = readFileSync(join(DIR, f), 'utf8');
      assert.deepEqual(tree(deindent(text), false), tree(text, false), f);
    }
  });

  it('call-home -> profile -> profile commands, and the block ends at a line of another mode', () => {
    const flat = ['call-home', 'contact-email-addr sch-smart-licensing@cisco.com', 'vrf Mgmt-vrf', 'profile "CiscoTAC-1"', 'active',
      'destination transport-method http', 'no destination transport-method email', 'profile "LIC"', 'no active',
      'http secure server-identity-check', 'license smart transport callhome', 'vrf definition Mgmt-vrf', 'address-family ipv4',
      'exit-address-family', 'ip route 0.0.0.0 0.0.0.0 192.0.2.1', ''].join('\n');
    assert.deepEqual(tree(flat), [
      '0 call-home', '1 contact-email-addr sch-smart-licensing@cisco.com', '1 vrf Mgmt-vrf', '1 profile "CiscoTAC-1"', '2 active',
      '2 destination transport-method http', '2 no destination transport-method email', '1 profile "LIC"', '2 no active',
      '1 http secure server-identity-check', '0 license smart transport callhome', '0 vrf definition Mgmt-vrf', '1 address-family ipv4',
      '1 exit-address-family', '0 ip route 0.0.0.0 0.0.0.0 192.0.2.1',
    ]);
  });

  it('interface commands vs the global commands that share a first word', () => {
    const flat = ['interface Vlan10', 'ip vrf forwarding Mgmt', 'ip address 192.0.2.5 255.255.255.0', 'no ip redirects', 'no shutdown',
      'ip route 0.0.0.0 0.0.0.0 192.0.2.1', 'interface mgmt0', 'vrf member management', 'ip address 192.0.2.6/24', 'no ip domain-lookup',
      'ip http client source-interface Vlan10', 'interface GigabitEthernet1', 'no mop enabled', 'clock rate 64000', 'vrf forwarding Mgmt',
      'clock timezone UTC 0 0', ''].join('\n');
    assert.deepEqual(tree(flat), [
      '0 interface Vlan10', '1 ip vrf forwarding Mgmt', '1 ip address 192.0.2.5 255.255.255.0', '1 no ip redirects', '1 no shutdown',
      '0 ip route 0.0.0.0 0.0.0.0 192.0.2.1', '0 interface mgmt0', '1 vrf member management', '1 ip address 192.0.2.6/24',
      '0 no ip domain-lookup', '0 ip http client source-interface Vlan10', '0 interface GigabitEthernet1', '1 no mop enabled',
      '1 clock rate 64000', '1 vrf forwarding Mgmt', '0 clock timezone UTC 0 0',
    ]);
  });

  it('NX-OS callhome with a blank line between commands (the seed\'s listing), and vrf context', () => {
    const flat = ['callhome', '', 'email-contact sch-smart-licensing@cisco.com', '', 'destination-profile CiscoTAC-1 transport-method http', '',
      'enable', '', 'vrf context management', 'ip name-server 192.0.2.53', 'ip route 0.0.0.0/0 192.0.2.1', '', 'feature lacp', ''].join('\n');
    assert.deepEqual(tree(flat), [
      '0 callhome', '1 email-contact sch-smart-licensing@cisco.com', '1 destination-profile CiscoTAC-1 transport-method http', '1 enable',
      '0 vrf context management', '1 ip name-server 192.0.2.53', '1 ip route 0.0.0.0/0 192.0.2.1', '0 feature lacp',
    ]);
  });

  it('comments do not end a flat block, a global command does; an indented block is read by its indentation', () => {
    assert.deepEqual(tree('vrf definition Mgmt\n!\naddress-family ipv4\nexit-address-family\n!\nip nat inside source list 1 interface Gi1 overload\n'),
      ['0 vrf definition Mgmt', '1 address-family ipv4', '1 exit-address-family', '0 ip nat inside source list 1 interface Gi1 overload']);
    assert.deepEqual(tree('call-home\n profile "A"\n  active\nprofile "B"\n'), ['0 call-home', '1 profile "A"', '2 active', '0 profile "B"']);
    // NX-OS prints an empty `vrf context`; in an indented config the global `ip route` after it stays global.
    assert.deepEqual(tree('vrf context management\n  ip route 0.0.0.0/0 192.0.2.1\nvrf context blue\nip route 0.0.0.0/0 198.51.100.1\n'),
      ['0 vrf context management', '1 ip route 0.0.0.0/0 192.0.2.1', '0 vrf context blue', '0 ip route 0.0.0.0/0 198.51.100.1']);
  });

  it('a fix inserts at the indentation the block uses, even 0, and touches only its own line', () => {
    const flat = ['hostname R1', 'ip name-server 192.0.2.53', 'service call-home', 'call-home', 'contact-email-addr a@example.com',
      'profile "LIC"', 'active', 'destination transport-method http', 'destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService',
      'profile "CiscoTAC-1"', 'no active', 'ntp server 192.0.2.123', ''].join('\n');
    const f = lint(flat).findings.find((x) => x.ruleId === 'licensing-profile-missing-reporting');
    assert.ok(f, 'the flat profile is read');
    assert.equal(f.range.start.line, 5);
    const fixed = applyFixes(flat, [{ edits: f.fixes[0].edits }]).text;
    assert.deepEqual(fixed.split('\n').filter((l) => !flat.split('\n').includes(l)), ['reporting smart-licensing-data']);
  });

  it('an indented stray line inside a flat block (pasted output) stands under it and does not end the block', () => {
    const text = ['version 9.3(5)', 'callhome', 'email-contact noc@example.com', 'destination-profile CiscoTAC-1 transport-method http',
      '  Automatic Conversion Enabled: False', 'destination-profile CiscoTAC-1 http https://tools.cisco.com/its/service/oddce/services/DDCEService', 'enable', ''].join('\n');
    assert.deepEqual(tree(text).filter((l) => !l.startsWith('0 version')), [
      '0 callhome', '1 email-contact noc@example.com', '1 destination-profile CiscoTAC-1 transport-method http',
      '2 Automatic Conversion Enabled: False', '1 destination-profile CiscoTAC-1 http https://tools.cisco.com/its/service/oddce/services/DDCEService', '1 enable',
    ]);
    assert.deepEqual(lint(text).findings.filter((f) => f.ruleId === 'nxos-callhome-not-enabled'), []);
  });

  it('a fix into an empty profile of a flat block inserts at column 0, where the grammar reads it into the profile (fuzz seed 4254)', () => {
    const flat = ['version 16.12', 'service call-home', 'call-home', 'contact-email-addr netops@example.com', 'profile "CiscoTAC-1"', 'no active',
      'destination transport-method http', 'profile "SSM-OnPrem"', 'ip name-server 8.8.8.8', ''].join('\n');
    const f = lint(flat).findings.find((x) => x.ruleId === 'licensing-profile-missing-reporting');
    assert.ok(f, 'the empty active profile is reported');
    const fixed = applyFixes(flat, [{ edits: f.fixes[0].edits }]).text;
    assert.ok(fixed.includes('profile "SSM-OnPrem"\nreporting smart-licensing-data\n'), fixed);
    assert.deepEqual(lint(fixed).findings.filter((x) => x.ruleId === 'licensing-profile-missing-reporting'), []);
  });
  it('a sub-command told by its first word alone is one whatever follows it, in any case (the flat interface shortcut)', () => {
    const tails = [[], ['x'], ['route'], ['mode', 'access'], ['vlan', '10'], ['definition', 'V'], ['portfast', 'default'], ['trust'], ['a', 'b', 'c']];
    for (const word of PLAIN_INTERFACE_COMMANDS) for (const tail of tails) assert.equal(interfaceCommand([word, ...tail]), true, `${word} ${tail.join(' ')}`);
    // Through the grammar pass: each line's depth inside a flat interface block is what the grammar says of
    // its words, whether the shortcut or the words answered (upper case, a Kelvin sign lower-casing to k).
    const lines = [...PLAIN_INTERFACE_COMMANDS].flatMap((w) => [`${w} 1`, `${w.toUpperCase()} x`, `${w}`]);
    lines.push('\u212aeepalive 10', 'no shutdown', 'NO SHUTDOWN', 'no  shutdown', 'no no shutdown', 'no', 'no description', 'no\tmtu', 'no ip address', 'no hostname', 'ip address 10.0.0.1 255.255.255.0', 'ip route 0.0.0.0 0.0.0.0 10.0.0.2', 'vrf forwarding A', 'description\tx', '"description" x', 'descriptionx', 'hostname R1');
    for (const line of lines) {
      const text = `interface GigabitEthernet1\n${line}\nmtu 1500\n`;
      const root = buildModel(text).config.parsed[0].roots[0];
      const inside = interfaceCommand(leadingWords(line, 6).map((x) => x.toLowerCase()));
      assert.equal(root.children.some((c) => c.line === 1), inside, line);
    }
  });
  it('the next interface of a flat paste opens its own block; one followed by an indented line is read by its indentation', () => {
    const shape = (text: string) => buildModel(text).config.parsed[0].roots.map((r) => `${r.line}:${r.children.map((c) => c.line).join(',')}`);
    assert.deepEqual(shape('interface A\nmtu 1\ninterface B\nmtu 2\ninterface C\nno shutdown\n'), ['0:1', '2:3', '4:5']);
    // Upper case as the same text indented reads it.
    assert.deepEqual(shape('interface A\nmtu 1\nINTERFACE B\nNO SHUTDOWN\nInterface C\nmtu 2\n'), shape('interface A\n mtu 1\nINTERFACE B\n NO SHUTDOWN\nInterface C\n mtu 2\n'));
    assert.deepEqual(shape('interface A\nmtu 1\ninterface B\n mtu 2\nmtu 3\n'), ['0:1', '2:3', '4:']);
    assert.deepEqual(shape('interface A\nmtu 1\ninterface\nmtu 2\n'), ['0:1', '2:', '3:']);
  });
});
