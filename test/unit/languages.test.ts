// Issue 15.1: the extension claims only what is surely Cisco. The manifest's extensions, file name
// patterns and firstLine, then the client's content detection and `ciscoLicenseLint.files.associations`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { associatedLanguage, detectCiscoLanguage, globMatcher, languageFor } from '../../client/src/languageDetection';

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const languages: Array<{ id: string; extensions?: string[]; filenamePatterns?: string[]; firstLine?: string }> = manifest.contributes.languages;

/** VS Code's files.associations-style match of a name against the manifest's patterns (no `/` in them). */
function claimedBy(name: string): string | undefined {
  for (const l of languages) {
    if (l.extensions?.some((e) => name.toLowerCase().endsWith(e))) return l.id;
    if (l.filenamePatterns?.some((p) => globMatcher(p).test(name))) return l.id;
  }
  return undefined;
}

function firstLineClaims(line: string): string | undefined {
  return languages.find((l) => l.firstLine && new RegExp(l.firstLine).test(line))?.id;
}

// Text other tools keep in .cfg / .conf / .ini files.
const SETUP_CFG = '[metadata]\nname = example\nversion = 1.0.3\n\n[options]\npackages = find:\ninstall_requires =\n    requests\n';
const HAPROXY_CFG = 'global\n    log /dev/log local0\n    maxconn 4096\n\ndefaults\n    mode http\n    timeout connect 5s\n\nfrontend http_front\n    bind *:80\n    default_backend web\n\nbackend web\n    server web1 10.0.0.11:80 check\n';
const NGINX_CONF = 'user nginx;\nworker_processes auto;\n\nevents {\n    worker_connections 1024;\n}\n\nhttp {\n    server {\n        listen 80;\n        server_name example.com;\n    }\n}\n';
const SSH_CONF = 'Host router1\n    HostName 192.0.2.1\n    User admin\n';
const IOS_CONFIG = 'Building configuration...\n\nCurrent configuration : 4312 bytes\n!\nversion 17.9\nservice timestamps debug datetime msec\nhostname C9300-core\n!\ninterface GigabitEthernet0/0\n vrf forwarding Mgmt-vrf\n!\nend\n';
const BARE_CONFIG = '!\nhostname edge-rtr-2\n!\nip name-server 192.0.2.53\ncall-home\n contact-email-addr noc@example.com\n';
const NXOS_CONFIG = '!Command: show running-config\n!Time: Tue Mar  3 10:12:44 2026\n\nversion 9.3(8) Bios:version 05.45\nhostname N9K-leaf-1\nfeature ssh\ncallhome\n  email-contact noc@example.com\n';
const SHOW_LICENSE = 'C9300-core#show license status\n\nSmart Licensing is ENABLED\n\nRegistration:\n  Status: REGISTERED\n';
const SYSLOG = 'Mar  3 10:12:44.123: %SMART_LIC-3-AGENT_REG_FAILED: Smart Agent for Licensing Registration with the Cisco Smart Software Manager or satellite failed\nMar  3 10:12:44.125: %SMART_LIC-3-COMM_FAILED: Communications failure\n';

describe('languages the manifest claims (issue 15.1)', () => {
  it('leaves .cfg, .conf and .ini to VS Code: setup.cfg, haproxy.cfg, nginx.conf keep their own mode', () => {
    for (const name of ['setup.cfg', 'haproxy.cfg', 'nginx.conf', 'tox.ini', 'sshd.conf', 'switch1.cfg', 'notes.txt']) {
      assert.equal(claimedBy(name), undefined, name);
    }
  });

  it('claims .ios and .nxos, running/startup configs and show-techs by name', () => {
    assert.equal(claimedBy('core.ios'), 'cisco-config');
    assert.equal(claimedBy('leaf.nxos'), 'cisco-config');
    assert.equal(claimedBy('C9300-running-config.cfg'), 'cisco-config');
    assert.equal(claimedBy('edge_startup_config.txt'), 'cisco-config');
    assert.equal(claimedBy('acc-sw-91-show-tech.txt'), 'cisco-show');
    assert.equal(claimedBy('show_license_all.log'), 'cisco-show');
  });

  it('claims by first line only what a device prints there', () => {
    assert.equal(firstLineClaims('Building configuration...'), 'cisco-config');
    assert.equal(firstLineClaims('Current configuration : 4312 bytes'), 'cisco-config');
    assert.equal(firstLineClaims('C9300-core#show license all'), 'cisco-show');
    assert.equal(firstLineClaims('------------------ show license all ------------------'), 'cisco-show');
    for (const text of [SETUP_CFG, HAPROXY_CFG, NGINX_CONF, SSH_CONF, '# comment', '; ini comment', '[section]', 'hostname = web1', 'version 2']) {
      assert.equal(firstLineClaims(text.split('\n')[0]), undefined, JSON.stringify(text.split('\n')[0]));
    }
  });

  it('is activated by, and lints (when sniffed), the Properties mode that .cfg and .conf files get', () => {
    assert.ok(manifest.activationEvents.includes('onLanguage:properties'));
    assert.ok(manifest.contributes.configuration.properties['ciscoLicenseLint.languageIds'].default.includes('properties'));
  });
});

describe('content detection (issue 15.1)', () => {
  it('recognises device configs, NX-OS configs, show outputs and syslog', () => {
    assert.equal(detectCiscoLanguage(IOS_CONFIG), 'cisco-config');
    assert.equal(detectCiscoLanguage(BARE_CONFIG), 'cisco-config');
    assert.equal(detectCiscoLanguage(NXOS_CONFIG), 'cisco-config');
    assert.equal(detectCiscoLanguage(SHOW_LICENSE), 'cisco-show');
    assert.equal(detectCiscoLanguage(SYSLOG), 'cisco-show');
  });

  it('leaves INI-like and other text alone, even with one Cisco-looking line', () => {
    for (const text of [SETUP_CFG, HAPROXY_CFG, NGINX_CONF, SSH_CONF, '', 'hostname web1\n', 'version 1.2\nname = x\n', 'end\n']) {
      assert.equal(detectCiscoLanguage(text), undefined, JSON.stringify(text.slice(0, 40)));
    }
  });

  it('switches only Properties and plain-text documents, and only when detection is on', () => {
    const on = { detect: true };
    assert.equal(languageFor({ path: '/c/switch1.cfg', languageId: 'properties', text: () => IOS_CONFIG }, on), 'cisco-config');
    assert.equal(languageFor({ path: '/c/cap.txt', languageId: 'plaintext', text: () => SHOW_LICENSE }, on), 'cisco-show');
    assert.equal(languageFor({ path: '/c/switch1.cfg', languageId: 'properties', text: () => IOS_CONFIG }, { detect: false }), undefined);
    assert.equal(languageFor({ path: '/c/setup.cfg', languageId: 'properties', text: () => SETUP_CFG }, on), undefined);
    // A mode the user or another extension chose is left alone.
    assert.equal(languageFor({ path: '/c/a.yaml', languageId: 'yaml', text: () => IOS_CONFIG }, on), undefined);
    assert.equal(languageFor({ path: '/c/r.ios', languageId: 'cisco-config', text: () => IOS_CONFIG }, on), undefined);
  });
});

describe('ciscoLicenseLint.files.associations (issue 15.1)', () => {
  it('matches names without / and whole paths with /, the last entry winning', () => {
    const a = { '*.cfg': 'cisco-config', '**/captures/*.txt': 'cisco-show', 'lab-?.conf': 'cisco-config', '*.{sh,show}': 'cisco-show' };
    assert.equal(associatedLanguage('/home/u/net/core1.cfg', a), 'cisco-config');
    assert.equal(associatedLanguage('/home/u/net/captures/c1.txt', a), 'cisco-show');
    assert.equal(associatedLanguage('/home/u/net/c1.txt', a), undefined);
    assert.equal(associatedLanguage('/x/lab-1.conf', a), 'cisco-config');
    assert.equal(associatedLanguage('/x/lab-12.conf', a), undefined);
    assert.equal(associatedLanguage('/x/a.show', a), 'cisco-show');
    assert.equal(associatedLanguage('C:\\net\\captures\\c2.txt', a), 'cisco-show');
    assert.equal(associatedLanguage('/x/a.cfg', { '*.cfg': 'cisco-config', 'a.cfg': 'cisco-show' }), 'cisco-show');
  });

  it('ignores values that are not a Cisco language and odd patterns without throwing', () => {
    assert.equal(associatedLanguage('/x/a.cfg', { '*.cfg': 'ini' }), undefined);
    assert.equal(associatedLanguage('/x/a.cfg', { '*.cfg': 42 }), undefined);
    assert.equal(associatedLanguage('/x/a.cfg', undefined), undefined);
    for (const g of ['[', '(', '{a,b', '\\', '**', '']) assert.doesNotThrow(() => associatedLanguage('/x/a.cfg', { [g]: 'cisco-config' }), g);
  });

  it('wins over content: an associated file switches whatever it holds, even with detection off', () => {
    assert.equal(languageFor({ path: '/c/setup.cfg', languageId: 'properties', text: () => SETUP_CFG }, { associations: { 'setup.cfg': 'cisco-config' }, detect: false }), 'cisco-config');
  });
});
