// The section splitter on a hand-built multi-section show-tech, on prompts with odd spacing or
// truncation, `| include` filters, and bare pastes recognised by their first header (SPEC §4).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { TextLines } from '../../server/src/parse/lines';
import { normaliseCommand, Section, splitSections } from '../../server/src/parse/sections';

const split = (lines: string[]) => splitSections(new TextLines(lines.join('\n') + '\n'));
const brief = (s: Section) => `${s.kind}|${s.command}|${s.filtered ? 'filtered' : ''}|${s.headerLine}|${s.startLine}-${s.endLine}`;

const SHOW_TECH = [
  'ACC-SW-91#show tech-support license', // 0
  '', // 1
  '------------------ show clock ------------------', // 2
  '', // 3
  '10:12:44.871 UTC Wed Jun 19 2024', // 4
  '', // 5
  '------------------ show version ------------------', // 6
  'Cisco IOS XE Software, Version 16.12.09', // 7
  'Smart Licensing Status: REGISTERED/AUTHORIZED', // 8
  '------------------ show running-config ------------------', // 9
  'Building configuration...', // 10
  '', // 11
  'Current configuration : 1024 bytes', // 12
  '!', // 13
  'version 16.12', // 14
  'hostname ACC-SW-91', // 15
  'service call-home', // 16
  'call-home', // 17
  ' profile "CiscoTAC-1"', // 18
  '  active', // 19
  '!', // 20
  'crypto pki trustpoint SLA-TrustPoint', // 21
  ' revocation-check crl', // 22
  'end', // 23
  '', // 24
  '------------------ show license all ------------------', // 25
  'Smart Licensing Status', // 26
  '======================', // 27
  'Registration:', // 28
  '  Status: REGISTERED', // 29
  '------------------ show license tech support ------------------', // 30
  'Smart Licensing Tech Support info', // 31
  '------------------ show logging ------------------', // 32
  'Jun 19 10:02:10.331: %PKI-3-CRL_FETCH_FAIL: CRL fetch for trustpoint SLA-TrustPoint failed', // 33
  '------------------ show license eventlog 1 ------------------', // 34
  '**** Event Log ****', // 35
  '2024-06-19 10:02:10.301 UTC SAEVT_COMM_FAIL error="Connection timed out"', // 36
  '------------------ show license history message ------------------', // 37
  'Message History (oldest to newest):', // 38
  '---- show call-home profile all ----', // 39
  'Profile Name: CiscoTAC-1', // 40
  '    Profile status: ACTIVE', // 41
];

describe('show-tech sections', () => {
  it('every banner opens a section that knows its command, kind and range', () => {
    assert.deepEqual(split(SHOW_TECH).map(brief), [
      'show|show tech-support license||0|1-2',
      'show|show clock||2|3-6',
      'show|show version||6|7-9',
      'config|show running-config||9|10-24',
      'show|show license all||25|26-30',
      'show|show license tech support||30|31-32',
      'log|show logging||32|33-34',
      'show|show license eventlog 1||34|35-37',
      'show|show license history message||37|38-39',
      'show|show call-home profile all||39|40-43',
    ]);
  });
  it('a show-tech section after a config that ends with "end" is found again', () => {
    const secs = split(['------------------ show running-config ------------------', 'hostname R1', 'end', '', 'Smart Licensing Status', '======================', '', 'Registration:', '  Status: REGISTERED']);
    assert.deepEqual(secs.map((s) => s.kind), ['config', 'show']);
  });
});

describe('prompts', () => {
  it('a long session reads each prompt alike, whether its command was typed before or not', () => {
    // Commands typed again are looked up (session logs repeat a few); a log whose commands hardly
    // repeat stops looking. Either way each section gets its own command's reading.
    const typed = (k: number) => (k % 3 === 0 ? `sh lic  STAT` : k % 3 === 1 ? `show interfaces Gi1/0/${k}` : `sh run | i lic`);
    const unique = (k: number) => `show interfaces GigabitEthernet1/0/${k}${k % 7 === 0 ? ' | i CRC' : ''}`;
    for (const command of [typed, unique]) {
      const lines: string[] = [];
      for (let k = 0; k < 1500; k++) lines.push(`SW1#${command(k)}`, 'output');
      const secs = split(lines);
      assert.equal(secs.length, 1500);
      secs.forEach((s, k) => assert.deepEqual([s.kind, s.command, s.filtered], [
        (s.command.startsWith('show running') ? 'config' : 'show'), normaliseCommand(command(k)).command, normaliseCommand(command(k)).filtered,
      ], `prompt ${k}`));
    }
    assert.deepEqual([split(['SW1#sh lic  STAT', 'x'])[0].command, split(['SW1#sh run | i lic', 'x'])[0].kind], ['show license status', 'config']);
  });
  it('odd spacing, abbreviations, filters', () => {
    const secs = split([
      'FX-SW-08# sh lic  summ', 'Smart Licensing is ENABLED',
      'FX-SW-08#show   call-home  prof all', 'Profile Name: CiscoTAC-1',
      '#show cal l-home profile all', 'Profile Name: CiscoTAC-1',
      'switch# show run callhome', '!Command: show running-config callhome', 'callhome', '  enable',
      'Switch#show license history message | i REQUEST', '  REQUEST: Jan 24 23:18:59 2025 UTC',
      'Switch#show logging | include SMART_LIC', 'Jun 17 03:10:44.512: %SMART_LIC-3-COMM_FAILED: x',
      'Switch#show license tech support | sec Trust', 'Trust Establishment:',
    ]);
    assert.deepEqual(secs.map((s) => [s.kind, s.command, s.filtered]), [
      ['show', 'show license summary', false],
      ['show', 'show call-home profile all', false],
      ['show', 'show call-home profile all', false],
      ['config', 'show running-config callhome', false],
      ['show', 'show license history message', true],
      ['log', 'show logging', true],
      ['show', 'show license tech support', true],
    ]);
  });
  it('normalises the commands people type', () => {
    assert.equal(normaliseCommand('sh lic tech sup').command, 'show license tech support');
    assert.equal(normaliseCommand('show tech-support license').command, 'show tech-support license');
    assert.equal(normaliseCommand('sh tech').command, 'show tech-support');
    assert.deepEqual(normaliseCommand('show license status | include Trust'), { command: 'show license status', filtered: true });
    // A word that names a property of every object is a word (the table was an object literal once).
    assert.equal(normaliseCommand('show constructor').command, 'show constructor');
    assert.equal(normaliseCommand('sh __proto__ toString').command, 'show __proto__ tostring');
  });

  it('normalises as the expression it replaced did, on every mix of abbreviations, cases and split keywords (seed 1620)', () => {
    // The earlier form, kept here as the reference (object table aside), with the keywords sections.ts rejoins.
    const KEYWORDS = ['call-home', 'callhome', 'license', 'running-config', 'startup-config', 'profile', 'summary', 'status', 'tech-support',
      'eventlog', 'history', 'message', 'logging', 'usage', 'clock', 'version', 'all', 'support'];
    const reference = (raw: string) => {
      const bar = raw.indexOf('|');
      const words = (bar >= 0 ? raw.slice(0, bar) : raw).trim().split(/\s+/).filter(Boolean);
      const expand = new Map(Object.entries({
        sh: 'show', sho: 'show', run: 'running-config', 'running-conf': 'running-config', start: 'startup-config',
        lic: 'license', licen: 'license', stat: 'status', summ: 'summary', tech: 'tech-support', 'tech-sup': 'tech-support',
        log: 'logging', clo: 'clock', cal: 'call-home', 'call-h': 'call-home', ver: 'version', prof: 'profile',
      }));
      const joined: string[] = [];
      for (let i = 0; i < words.length; i++) {
        const merged = i + 1 < words.length ? (words[i] + words[i + 1]).toLowerCase() : '';
        if (merged && KEYWORDS.includes(merged)) {
          joined.push(merged);
          i++;
        } else joined.push(words[i]);
      }
      return joined.map((w, i) => {
        const lower = w.toLowerCase();
        if (lower === 'tech' && /^sup/i.test(joined[i + 1] ?? '')) return 'tech';
        if (/^sup/.test(lower) && joined[i - 1]?.toLowerCase() === 'tech') return 'support';
        return expand.get(lower) ?? lower;
      }).join(' ');
    };
    const word = fc.constantFrom('sh', 'SH', 'show', 'lic', 'License', 'tech', 'TECH', 'sup', 'Support', 'suPPort', 'tech-sup', 'run', 'Run', 'cal', 'l-home',
      'call-h', 'ome', 'prof', 'all', 'stat', 'us', 'summ', 'ary', 'log', 'ging', 'clo', 'ck', 'ver', 'sion', 'history', 'mess', 'age', 'interfaces', 'Gi1/0/1', 'eventlog',
      // Lower case that is not ASCII's: a Kelvin sign (to `k`), a dotted capital I (two characters), a word-final sigma.
      'CLOC\u212a', 'L\u0130C', '\u03a3\u0391\u03a3', 'Gi\u00c9', 'interfaces', 'gigabitethernet1/0/2', 'te', 'ch', 'l', 'icense', 'sum', 'mary', 'supp', 'ort');
    // JavaScript's \s beyond ASCII too (no-break, ideographic and line-separator spaces), as split(/\s+/) read them.
    // Single spaces and no padding as well: most commands are already normal and take the short way.
    fc.assert(fc.property(fc.array(word, { maxLength: 7 }), fc.constantFrom(' ', ' ', ' ', '  ', '\t', ' \t ', '\u00a0', '\u3000', ' \u2028', '\ufeff'), fc.boolean(), fc.constantFrom('', ' '), (words, gap, filter, pad) => {
      const raw = `${pad}${words.join(gap)}${filter ? ' | include x' : ''}${pad}`;
      assert.equal(normaliseCommand(raw).command, reference(raw), JSON.stringify(raw));
      assert.equal(normaliseCommand(raw).filtered, filter);
    }), { seed: 1620, numRuns: 4000 });
  });
  it('a config line is never a prompt', () => {
    assert.deepEqual(split(['hostname R1', 'banner motd ^C', 'R1#show license all', '^C', 'end']).map((s) => s.kind), ['config']);
  });
});

describe('bare pastes', () => {
  for (const [first, kind] of [
    ['Smart Licensing Status', 'show'], ['Smart Licensing is ENABLED', 'show'], ['Registration:', 'show'], ['License Authorization:', 'show'],
    ['Trust Code Installed: <none>', 'show'], ['Profile Name: CiscoTAC-1', 'show'], ['Current call home settings:', 'show'],
    ['Cisco IOS XE Software, Version 17.09.04a', 'show'], ['*Jan 24 15:17:46.341: %SMART_LIC-3-COMM_FAILED: Communications failure', 'log'],
    ['2025-01-24 15:17:46.341 UTC SAEVT_COMM_FAIL error="Connection timed out"', 'log'], ['Building configuration...', 'config'],
  ] as const) {
    it(`recognised by its first header: ${first}`, () => {
      const secs = split([first]);
      assert.equal(secs[0].kind, kind);
      assert.equal(secs[0].headerLine, -1);
      assert.equal(secs[0].startLine, 0);
    });
  }
});
