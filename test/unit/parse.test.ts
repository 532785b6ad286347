import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../server/src/model/build';
import { interfaceKey } from '../../server/src/model/interfaceNames';
import { parseConfig, splitWords } from '../../server/src/parse/config';
import { TextLines } from '../../server/src/parse/lines';
import { splitSections } from '../../server/src/parse/sections';

describe('TextLines', () => {
  it('splits LF, CRLF and lone CR and remembers each ending', () => {
    const t = new TextLines('a\r\nb\nc\rd');
    assert.equal(t.count, 4);
    assert.deepEqual([0, 1, 2, 3].map((i) => t.line(i)), ['a', 'b', 'c', 'd']);
    assert.deepEqual([0, 1, 2, 3].map((i) => t.eolOf(i)), ['\r\n', '\n', '\r', '']);
  });
  it('picks the dominant ending for inserted lines', () => {
    assert.equal(new TextLines('a\r\nb\r\nc\n').eol, '\r\n');
    assert.equal(new TextLines('a\nb\n').eol, '\n');
    assert.equal(new TextLines('a\rb\rc').eol, '\r');
  });
  it('counts a BOM as a character of line 0 (positions match the text)', () => {
    const t = new TextLines('\uFEFFversion 17.9\n');
    assert.equal(t.bomLength, 1);
    assert.equal(t.line(0), '\uFEFFversion 17.9');
  });
  it('handles empty text and a trailing newline', () => {
    assert.equal(new TextLines('').count, 1);
    assert.equal(new TextLines('x\n').count, 2);
  });
});

describe('splitWords', () => {
  it('keeps quoted words whole and reports columns', () => {
    const w = splitWords(' profile "CiscoTAC 1" x', 0);
    assert.deepEqual(w.map((x) => [x.text, x.start, x.end]), [['profile', 1, 8], ['"CiscoTAC 1"', 9, 21], ['x', 22, 23]]);
  });
  it('treats tabs as separators', () => {
    assert.deepEqual(splitWords('ip\tname-server  192.0.2.1', 0).map((x) => x.text), ['ip', 'name-server', '192.0.2.1']);
  });
});

describe('config tree', () => {
  const sectionOf = (text: string) => {
    const lines = new TextLines(text);
    return parseConfig(lines, splitSections(lines)[0]);
  };
  it('nests IOS one-space blocks', () => {
    const p = sectionOf('call-home\n contact-email-addr a@b.c\n profile "CiscoTAC-1"\n  active\n  destination transport-method http\n!\nend\n');
    const ch = p.roots[0];
    assert.equal(ch.text, 'call-home');
    assert.deepEqual(ch.children.map((c) => c.text), ['contact-email-addr a@b.c', 'profile "CiscoTAC-1"']);
    assert.deepEqual(ch.children[1].children.map((c) => c.text), ['active', 'destination transport-method http']);
    assert.equal(ch.lastLine, 4);
    assert.equal(p.endLine, 6);
  });
  it('nests NX-OS two-space blocks', () => {
    const p = sectionOf('callhome\n  email-contact a@b.c\n  destination-profile CiscoTAC-1 transport-method http\n  enable\n\nvrf context management\n  ip route 0.0.0.0/0 192.0.2.1\n');
    assert.deepEqual(p.roots.map((r) => r.text), ['callhome', 'vrf context management']);
    assert.equal(p.roots[0].children.length, 3);
    assert.equal(p.roots[1].children[0].text, 'ip route 0.0.0.0/0 192.0.2.1');
  });
  it('keeps banner bodies out of the configuration (^C and other delimiters)', () => {
    const text = [
      'hostname R1', 'banner motd ^C', 'call-home', ' profile "X"', '  destination address http http://tools.cisco.com/x', '^C',
      'banner login #Authorised use only', 'call-home', '#', 'banner exec $one line$', 'service call-home', 'end', '',
    ].join('\n');
    const p = sectionOf(text);
    assert.deepEqual(p.roots.map((r) => r.text), ['hostname R1', 'banner motd ^C', 'banner login #Authorised use only', 'banner exec $one line$', 'service call-home']);
    assert.deepEqual(p.banners.map((b) => [b.startLine, b.endLine]), [[1, 5], [6, 8], [9, 9]]);
  });
  it('an unterminated banner does not swallow the rest of the config', () => {
    const p = sectionOf('banner motd ^C\nWelcome\nservice call-home\n');
    assert.ok(p.roots.some((r) => r.text === 'service call-home'));
  });
  it('collects suppression directives and skips other comments', () => {
    const p = sectionOf('! plain comment\ncall-home\n ! cisco-license-lint-disable-next-line http-destination\n profile "X"\n');
    assert.equal(p.directives.length, 1);
    assert.equal(p.directives[0].line, 2);
    assert.equal(p.directives[0].start, 1);
  });
  it('reads CRLF configs with a BOM and tabs', () => {
    const m = buildModel('\uFEFFversion 16.12\r\nhostname\tSW1\r\ncall-home\r\n profile "CiscoTAC-1"\r\n  active\r\nend\r\n');
    assert.equal(m.version?.text, '16.12');
    assert.equal(m.config.hostname?.value, 'SW1');
    assert.equal(m.config.callHome?.profiles[0].activity, 'active');
  });
});

describe('sections', () => {
  it('splits a capture by prompts and show-tech banners', () => {
    const lines = new TextLines([
      'C9300#show running-config', 'Building configuration...', 'hostname C9300', 'end', '',
      'C9300# sh lic all | i Status', 'Status: REGISTERED', '',
      '------------------ show license summary ------------------', 'License Usage:',
      '#show cal l-home profile all', 'Profile Name: CiscoTAC-1',
    ].join('\n'));
    const s = splitSections(lines);
    assert.deepEqual(s.map((x) => [x.kind, x.command, x.filtered, x.headerLine]), [
      ['config', 'show running-config', false, 0],
      ['show', 'show license all', true, 5],
      ['show', 'show license summary', false, 8],
      ['show', 'show call-home profile all', false, 10],
    ]);
    assert.equal(s[0].endLine, 4);
  });
  it('recognises a bare paste by its first header', () => {
    const bare = splitSections(new TextLines('Profile Name: CiscoTAC-1\n    Profile status: ACTIVE\n'));
    assert.equal(bare[0].kind, 'show');
    const cfg = splitSections(new TextLines('!\nversion 17.9\nhostname X\n'));
    assert.equal(cfg[0].kind, 'config');
    const log = splitSections(new TextLines('*Jan 24 23:19:05.144: %SMART_LIC-6-TRUST_INSTALL_SUCCESS: A new licensing trust code was successfully installed\n'));
    assert.equal(log[0].kind, 'log');
  });
  it('after end, a pasted show output is not configuration', () => {
    const s = splitSections(new TextLines('hostname R1\nend\nProfile Name: CiscoTAC-1\n    Profile status: ACTIVE\n'));
    assert.deepEqual(s.map((x) => x.kind), ['config', 'show']);
  });
});

describe('model', () => {
  it('detects NX-OS from its version line and reads callhome', () => {
    const m = buildModel('!Command: show running-config\nversion 9.3(5) Bios:version 05.39\nswitchname N9K\ncallhome\n  destination-profile CiscoTAC-1 index 1 http https://tools.cisco.com/its/service/oddce/services/DDCEService\n  transport http use-vrf management\n  enable\n');
    assert.equal(m.dialect, 'nxos');
    assert.equal(m.mode, 'classic');
    assert.equal(m.config.nxCallhome?.useVrf?.value, 'management');
    assert.ok(m.config.nxCallhome?.enableNode);
    assert.equal(m.config.nxCallhome?.profiles[0].httpDestinations.length, 1);
  });
  it('decides the licensing mode as SPEC §1 says', () => {
    assert.equal(buildModel('version 16.12\n').mode, 'classic');
    assert.equal(buildModel('version 17.9\n').mode, 'slp');
    assert.equal(buildModel('version 17.3\n').mode, 'undecided');
    assert.equal(buildModel('version 17.3\nlicense smart transport smart\n').mode, 'slp');
    assert.equal(buildModel('version 10.2(3)F\nfeature bash\n').mode, 'slp');
  });
  it('CiscoTAC-1 activity: active line, no active, or unknown', () => {
    const m = buildModel('call-home\n profile "CiscoTAC-1"\n  destination transport-method http\n profile "U"\n  reporting smart-licensing-data\n');
    assert.deepEqual(m.config.callHome?.profiles.map((p) => [p.name, p.activity, p.reportsLicensing]), [['CiscoTAC-1', 'unknown', true], ['U', 'active', true]]);
  });
  it('reads interfaces, VRFs, routes and DNS', () => {
    const m = buildModel([
      'interface GigabitEthernet0/0', ' vrf forwarding Mgmt-vrf', ' ip address dhcp', 'ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 192.0.2.1',
      'ip name-server vrf Mgmt-vrf 192.0.2.53', 'ip domain lookup vrf Mgmt-vrf source-interface GigabitEthernet0/0', 'ip host tools.cisco.com 192.0.2.80',
      'ip http client source-interface Gi0/0', '',
    ].join('\n'));
    const intf = m.config.interfaces.get(interfaceKey('Gi0/0'));
    assert.equal(intf?.vrf?.value, 'Mgmt-vrf');
    assert.equal(intf?.dhcp, true);
    assert.deepEqual(m.config.staticRoutes.map((r) => [r.vrf, r.isDefault]), [['Mgmt-vrf', true]]);
    assert.deepEqual(m.config.dns.nameServers.map((n) => [n.vrf, n.addresses]), [['Mgmt-vrf', ['192.0.2.53']]]);
    assert.equal(m.config.dns.lookupSourceInterface?.vrf, 'Mgmt-vrf');
    assert.equal(m.config.dns.hosts[0].name, 'tools.cisco.com');
  });
  it('interface names compare across abbreviations', () => {
    assert.equal(interfaceKey('Gi1/0/1'), interfaceKey('GigabitEthernet1/0/1'));
    assert.equal(interfaceKey('Te1/1/1'), interfaceKey('TenGigabitEthernet1/1/1'));
    assert.equal(interfaceKey('vlan 10'), interfaceKey('Vlan10'));
    assert.equal(interfaceKey('mgmt0'), interfaceKey('mgmt0'));
    assert.notEqual(interfaceKey('Gi1/0/1'), interfaceKey('Te1/0/1'));
  });
  it('scope: fragments are not full configs', () => {
    const frag = buildModel('C9300#show running-config | section call-home\ncall-home\n profile "CiscoTAC-1"\n  active\n');
    assert.equal(frag.scope.isFull, false);
    const full = buildModel('version 16.12\nhostname X\ninterface Vlan1\n no ip address\nend\n');
    assert.equal(full.scope.isFull, true);
  });
});
