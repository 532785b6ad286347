import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../server/src/model/build';
import { Fold, foldingRanges } from '../../server/src/navigation/folding';
import { IOS_XE_RUNNING, lineOf, NXOS_RUNNING } from './navigation-fixtures';

const foldsOf = (text: string, limit?: number) => foldingRanges(buildModel(text), limit);
/** `start-end` for each fold, with its kind when it has one. */
const spans = (folds: Fold[]) => folds.map((f) => `${f.startLine}-${f.endLine}${f.kind ? ` ${f.kind}` : ''}`);

describe('folding an IOS-XE running-config', () => {
  const text = IOS_XE_RUNNING;
  const at = (needle: string, from = 0) => lineOf(text, needle, from);
  const folds = spans(foldsOf(text));

  it('every block with sub-commands, tracked or not, nested ones too', () => {
    const expected = [
      `${at('vrf definition Mgmt-intf')}-${at(' exit-address-family', at(' address-family ipv6'))}`,
      `${at('ip vrf LEGACY')}-${at(' rd 65010:7')}`,
      `${at('call-home', at('hostname'))}-${at('destination address http')}`,
      `${at(' profile "CiscoTAC-1"')}-${at('destination transport-method http')}`,
      `${at(' profile "LAB-OnPrem"')}-${at('destination address http')}`,
      `${at('crypto pki trustpoint')}-${at(' hash sha256')}`,
      `${at('interface GigabitEthernet0', at('\tquit'))}-${at(' negotiation auto')}`,
      `${at('router bgp 65010')}-${at(' exit-address-family', at('router bgp'))}`,
      `${at(' address-family ipv4 vrf LEGACY')}-${at('  redistribute connected')}`,
      `${at('ip access-list extended MGMT-IN')}-${at(' 20 deny')}`,
      `${at('line con 0')}-${at(' stopbits 1')}`,
      `${at('line vty 0 4')}-${at(' transport input ssh')}`,
    ];
    for (const e of expected) assert.ok(folds.includes(e), `${e} in ${folds.join(', ')}`);
  });

  it('a certificate chain folds to its quit line, the hex lines do not fold one into another', () => {
    const chain = at('crypto pki certificate chain');
    const quit = at('\tquit');
    assert.ok(folds.includes(`${chain}-${quit}`));
    assert.ok(folds.includes(`${chain + 1}-${quit}`));
    assert.ok(!folds.some((f) => f.startsWith(`${chain + 2}-`) || f.startsWith(`${chain + 3}-`)));
  });

  it('a banner folds as a region and its body is not read for indentation', () => {
    assert.ok(folds.includes(`${at('banner motd')}-${at('^C', at('banner motd') + 1)} region`));
    assert.ok(!folds.some((f) => f.startsWith(`${at('Authorised access only.')}-`)));
  });

  it('runs of ! comments that hold words, not bare ! separators', () => {
    assert.ok(folds.includes(`${at('Current configuration') + 1}-${at('! NVRAM config') + 1} comment`));
    const callHome = at('call-home', at('hostname'));
    assert.ok(folds.includes(`${callHome + 1}-${callHome + 2} comment`), 'the two ! lines call-home prints');
    assert.ok(!folds.some((f) => f.endsWith('comment') && f.startsWith(`${at('!', at('ip route vrf'))}-`)));
  });

  it('a plain config is not folded as a whole, one-line commands not at all', () => {
    assert.ok(!folds.some((f) => f.startsWith('0-')));
    assert.ok(!folds.some((f) => f.startsWith(`${at('hostname')}-`)));
    assert.ok(!folds.some((f) => f.startsWith(`${at('interface Port-channel1')}-${at('interface Port-channel1')}`)));
  });

  it('in line order, outer before inner', () => {
    const raw = foldsOf(text);
    for (let i = 1; i < raw.length; i++) {
      const a = raw[i - 1];
      const b = raw[i];
      assert.ok(a.startLine < b.startLine || (a.startLine === b.startLine && a.endLine >= b.endLine));
    }
  });
});

describe('folding an NX-OS running-config', () => {
  it('two-space blocks, the header comments', () => {
    const folds = spans(foldsOf(NXOS_RUNNING));
    const at = (needle: string) => lineOf(NXOS_RUNNING, needle);
    assert.ok(folds.includes(`0-${at('!Time:')} comment`));
    assert.ok(folds.includes(`${at('callhome')}-${at('  enable')}`));
    assert.ok(folds.includes(`${at('vrf context management')}-${at('ip route 0.0.0.0/0')}`));
    assert.ok(folds.includes(`${at('interface mgmt0')}-${at('192.0.2.31/24')}`));
  });
});

describe('folding a show-tech', () => {
  const TECH = [
    'EDGE-RTR-02#show tech-support license',
    '',
    '------------------ show license all ------------------',
    '',
    'Smart Licensing Status',
    '======================',
    '',
    'Smart Licensing is ENABLED',
    '',
    'Registration:',
    '  Status: REGISTERED',
    '  Smart Account: Example Networks',
    '  Virtual Account: Branch-Routers',
    '  Export-Controlled Functionality: ALLOWED',
    '',
    'License Authorization:',
    '  Status: AUTHORIZED on May 14 09:13:02 2024 UTC',
    '  Last Communication Attempt: FAILED on Jun 19 10:02:10 2024 UTC',
    '    Failure reason: Waiting for reply',
    '  Next Communication Attempt: Jun 19 10:21:10 2024 UTC',
    '',
    '------------------ show running-config ------------------',
    '',
    'Building configuration...',
    '',
    '!',
    'call-home',
    ' profile "CiscoTAC-1"',
    '  active',
    'end',
    '',
    '------------------ show logging ------------------',
    '',
    'Jun 19 10:02:10.331: %PKI-3-CRL_FETCH_FAIL: CRL fetch for trustpoint SLA-TrustPoint failed',
    '                      Reason : Failed to select socket. Timeout : 5 (Connection timed out)',
    '',
  ].join('\n');
  const at = (needle: string) => lineOf(TECH, needle);
  const folds = spans(foldsOf(TECH));

  it('each section from its banner to its last line', () => {
    assert.ok(folds.includes(`${at('show license all')}-${at('Next Communication Attempt')}`));
    assert.ok(folds.includes(`${at('show running-config')}-${at('end')}`));
    assert.ok(folds.includes(`${at('show logging')}-${at('Reason : Failed to select socket')}`));
  });

  it('indented blocks of show output and the config blocks inside the capture', () => {
    assert.ok(folds.includes(`${at('Registration:')}-${at('Export-Controlled')}`));
    assert.ok(folds.includes(`${at('License Authorization:')}-${at('Next Communication Attempt')}`));
    assert.ok(folds.includes(`${at('Last Communication Attempt')}-${at('Failure reason')}`));
    assert.ok(folds.includes(`${at('call-home')}-${at('  active')}`));
    assert.ok(folds.includes(`${at('%PKI-3-CRL_FETCH_FAIL')}-${at('Reason : Failed to select socket')}`), 'a syslog message and its continuation');
  });

  it('keeps the outermost ranges when the editor takes only so many', () => {
    const limited = foldsOf(TECH, 3);
    assert.equal(limited.length, 3);
    assert.deepEqual(limited.map((f) => f.startLine), [at('show license all'), at('show running-config'), at('show logging')]);
  });
});

describe('folding a large config', () => {
  it('one pass over the lines: 20,000 interfaces without quadratic work (a coarse bound)', () => {
    const parts = ['hostname BIG'];
    for (let i = 0; i < 20000; i++) parts.push(`interface GigabitEthernet${1 + (i >> 10)}/0/${i & 1023}`, ' switchport mode access', ' spanning-tree portfast', '!');
    parts.push('end');
    const model = buildModel(parts.join('\n'));
    const t = performance.now();
    const folds = foldingRanges(model);
    const ms = performance.now() - t;
    assert.equal(folds.length, 20000);
    assert.ok(ms < 3000, `${ms} ms`);
  });
});
