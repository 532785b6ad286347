// The server's outline, folding and go-to-definition over stdio on a hand-written show-tech that
// holds the running-config (issue 4 item 7), and relatedInformation between the config line and
// the show evidence it explains (scenario 7: Waiting for reply + CRL fetch failure <-> revocation-check crl).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { LspClient, SERVER } from './client';

const URI = 'file:///tmp/cisco-license-lint-test/br-rtr-14-show-tech-license.txt';
const TEXT = [
  'BR-RTR-14#show tech-support license',
  '------------------ show clock ------------------',
  '',
  '10:31:07.215 UTC Wed Jun 19 2024',
  '',
  '------------------ show running-config ------------------',
  '',
  'Building configuration...',
  '',
  'Current configuration : 3318 bytes',
  '!',
  '! Last configuration change at 09:58:41 UTC Wed Jun 19 2024 by netops',
  '!',
  'version 17.6',
  'service timestamps debug datetime msec',
  'service timestamps log datetime msec',
  'service call-home',
  'platform qfp utilization monitor load 80',
  '!',
  'hostname BR-RTR-14',
  '!',
  'vrf definition Mgmt-intf',
  ' !',
  ' address-family ipv4',
  ' exit-address-family',
  '!',
  'no aaa new-model',
  '!',
  'ip name-server vrf Mgmt-intf 192.0.2.53',
  'ip domain lookup vrf Mgmt-intf source-interface GigabitEthernet0',
  'ip domain name branch.example.net',
  '!',
  'license udi pid ISR4331/K9 sn FDO2213A0KQ',
  '!',
  'crypto pki trustpoint SLA-TrustPoint',
  ' enrollment pkcs12',
  ' revocation-check crl',
  '!',
  'crypto pki certificate chain SLA-TrustPoint',
  ' certificate ca 01',
  '  30820321 30820209 A0030201 02020101 300D0609 2A864886 F70D0101 0B050030',
  '  41D8C2E7 06B3FA19 5C4E8D20 77A1B9E3 0F6C2D84 B5E79013 2AC4F6D8 19E0B7A3',
  '  \tquit',
  '!',
  'call-home',
  ' ! If contact email address in call-home is configured as sch-smart-licensing@cisco.com',
  ' ! the email address configured in Cisco Smart License Portal will be used as contact email address to send SCH notifications.',
  ' contact-email-addr sch-smart-licensing@cisco.com',
  ' vrf Mgmt-intf',
  ' source-interface GigabitEthernet0',
  ' profile "CiscoTAC-1"',
  '  active',
  '  destination transport-method http',
  '!',
  'interface GigabitEthernet0/0/0',
  ' description WAN',
  ' ip address 203.0.113.18 255.255.255.252',
  ' negotiation auto',
  '!',
  'interface GigabitEthernet0',
  ' vrf forwarding Mgmt-intf',
  ' ip address 192.0.2.40 255.255.255.0',
  ' negotiation auto',
  '!',
  'ip http client source-interface GigabitEthernet0',
  'ip route vrf Mgmt-intf 0.0.0.0 0.0.0.0 192.0.2.1',
  '!',
  'line con 0',
  ' stopbits 1',
  'line vty 0 4',
  ' transport input ssh',
  '!',
  'ntp server vrf Mgmt-intf 192.0.2.123',
  '!',
  'end',
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
  '  Initial Registration: SUCCEEDED on Mar 11 14:20:05 2024 UTC',
  '  Last Renewal Attempt: None',
  '  Next Renewal Attempt: Sep 07 14:20:05 2024 UTC',
  '  Registration Expires: Mar 11 14:15:04 2025 UTC',
  '',
  'License Authorization:',
  '  Status: AUTHORIZED on Mar 11 14:20:31 2024 UTC',
  '  Last Communication Attempt: PENDING on Jun 19 10:12:40 2024 UTC',
  '    Failure reason: Waiting for reply',
  '  Next Communication Attempt: Jun 19 10:31:40 2024 UTC',
  '  Communication Deadline: Jun 09 14:20:31 2025 UTC',
  '',
  'License Conversion:',
  '  Automatic Conversion Enabled: False',
  '  Status: Not started',
  '',
  'Export Authorization Key:',
  '  Features Authorized:',
  '    <none>',
  '',
  '------------------ show logging ------------------',
  '',
  'Syslog logging: enabled (0 messages dropped, 2 messages rate-limited, 0 flushes, 0 overruns, xml disabled, filtering disabled)',
  '',
  'Log Buffer (64000 bytes):',
  '',
  'Jun 19 10:12:40.118: %PKI-3-CRL_FETCH_FAIL: CRL fetch for trustpoint SLA-TrustPoint failed',
  '                      Reason : Failed to select socket. Timeout : 5 (Connection timed out)',
  '',
].join('\n');
const LINES = TEXT.split('\n');
const lineOf = (needle: string, from = 0) => {
  const i = LINES.findIndex((l, n) => n >= from && l.includes(needle));
  assert.ok(i >= 0, needle);
  return i;
};
const exactLine = (text: string) => {
  const i = LINES.indexOf(text);
  assert.ok(i >= 0, text);
  return i;
};
/** Position `offset` characters into `word` on the line holding `needle`. */
const at = (needle: string, word: string, offset = 1, from = 0) => {
  const line = lineOf(needle, from);
  return { line, character: LINES[line].indexOf(word, LINES[line].indexOf(needle)) + offset };
};

const FULL_CAPABILITIES = {
  workspace: { configuration: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    definition: { linkSupport: true },
    foldingRange: { rangeLimit: 5000 },
  },
};

describe('navigation over LSP', { skip: existsSync(SERVER) ? false : 'dist/server.js is not built (run node scripts/build.mjs)' }, () => {
  let client: LspClient;
  let diagnostics: any[] = [];
  let capabilities: any;
  before(async () => {
    client = new LspClient();
    capabilities = (await client.initialize(FULL_CAPABILITIES)).capabilities;
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'cisco-show', version: 1, text: TEXT } });
    diagnostics = (await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === URI)).diagnostics;
  });
  after(() => client.kill());

  it('declares outline, folding and definition', () => {
    assert.ok(capabilities.documentSymbolProvider);
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.equal(capabilities.definitionProvider, true);
  });

  it('outline: the sections by command, the config blocks inside the running-config', async () => {
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.deepEqual(symbols.map((s: any) => s.name), ['show tech-support license', 'show clock', 'show running-config', 'show license all', 'show logging']);
    const run = symbols.find((s: any) => s.name === 'show running-config');
    assert.equal(run.kind, 2, 'Module');
    assert.equal(run.range.start.line, lineOf('show running-config'));
    assert.equal(run.range.end.line, exactLine('end'));
    assert.deepEqual(run.children.map((s: any) => s.name), ['Mgmt-intf', 'SLA-TrustPoint', 'call-home', 'interfaces']);
    const callHome = run.children.find((s: any) => s.name === 'call-home');
    assert.equal(callHome.range.start.line, exactLine('call-home'));
    assert.deepEqual(callHome.selectionRange, { start: { line: callHome.range.start.line, character: 0 }, end: { line: callHome.range.start.line, character: 9 } });
    assert.deepEqual(callHome.children.map((s: any) => [s.name, s.detail]), [['CiscoTAC-1', 'active · transport http']]);
    const interfaces = run.children.find((s: any) => s.name === 'interfaces');
    assert.deepEqual(interfaces.children.map((s: any) => [s.name, s.detail, s.kind]), [
      ['GigabitEthernet0/0/0', '203.0.113.18 255.255.255.252', 11],
      ['GigabitEthernet0', 'vrf Mgmt-intf · 192.0.2.40 255.255.255.0', 11],
    ]);
    const tp = run.children.find((s: any) => s.name === 'SLA-TrustPoint');
    assert.equal(tp.detail, 'revocation-check crl');
    assert.equal(symbols.find((s: any) => s.name === 'show license all').kind, 3, 'Namespace');
  });

  it('folding: sections, config blocks, the banner-free certificate chain, show blocks', async () => {
    const folds = await client.request('textDocument/foldingRange', { textDocument: { uri: URI } });
    const has = (start: number, end: number, kind?: string) =>
      assert.ok(folds.some((f: any) => f.startLine === start && f.endLine === end && f.kind === kind), `${start}-${end} ${kind ?? ''} in ${JSON.stringify(folds)}`);
    has(lineOf('show running-config'), exactLine('end'));
    has(lineOf('show license all'), lineOf('<none>'));
    has(lineOf('show logging'), lineOf('Reason : Failed to select socket'));
    has(exactLine('call-home'), lineOf('destination transport-method http'));
    has(lineOf(' profile "CiscoTAC-1"'), lineOf('destination transport-method http'));
    has(lineOf('crypto pki certificate chain'), lineOf('\tquit'));
    has(lineOf('line vty 0 4'), lineOf(' transport input ssh'));
    has(lineOf('License Authorization:'), lineOf('Communication Deadline'));
    has(lineOf(' ! If contact email'), lineOf(' ! the email address'), 'comment');
  });

  it('definition: interface, VRF and trustpoint names go to their blocks', async () => {
    const go = (p: { line: number; character: number }) => client.request('textDocument/definition', { textDocument: { uri: URI }, position: p });
    const [intf] = await go(at('ip http client source-interface', 'GigabitEthernet0'));
    const intfLine = exactLine('interface GigabitEthernet0');
    assert.equal(intf.targetUri, URI);
    assert.equal(intf.targetRange.start.line, intfLine);
    assert.equal(intf.targetRange.end.line, intfLine + 3);
    assert.deepEqual(intf.targetSelectionRange, { start: { line: intfLine, character: 10 }, end: { line: intfLine, character: 26 } });
    const origin = at('ip http client source-interface', 'GigabitEthernet0', 0);
    assert.deepEqual(intf.originSelectionRange, { start: origin, end: { line: origin.line, character: origin.character + 16 } });

    const [fromCallHome] = await go(at(' source-interface GigabitEthernet0', 'GigabitEthernet0'));
    assert.equal(fromCallHome.targetRange.start.line, intfLine);
    const vrfLine = lineOf('vrf definition Mgmt-intf');
    for (const p of [at(' vrf forwarding Mgmt-intf', 'Mgmt-intf'), at(' vrf Mgmt-intf', 'Mgmt-intf'), at('ip name-server vrf', 'Mgmt-intf'), at('ip route vrf', 'Mgmt-intf'), at('ntp server vrf', 'Mgmt-intf')]) {
      const [vrf] = await go(p);
      assert.equal(vrf?.targetSelectionRange.start.line, vrfLine, JSON.stringify(p));
    }
    const [tp] = await go(at('crypto pki certificate chain', 'SLA-TrustPoint'));
    assert.equal(tp.targetRange.start.line, lineOf('crypto pki trustpoint SLA-TrustPoint'));
    assert.equal(tp.targetRange.end.line, lineOf(' revocation-check crl'));

    assert.equal(await go(at('ip http client source-interface', 'client')), null, 'not on a name');
    assert.equal(await go(at('Status: REGISTERED', 'REGISTERED')), null, 'not in show output');
  });

  it('relatedInformation links the config line and the show evidence', (t) => {
    if (!diagnostics.some((d) => d.relatedInformation?.length)) {
      t.skip('no finding carries related locations yet');
      return;
    }
    const cfgLine = lineOf(' revocation-check crl');
    const waitLine = lineOf('Failure reason: Waiting for reply');
    const cfg = diagnostics.find((d) => d.code === 'sla-trustpoint-crl');
    assert.equal(cfg?.range.start.line, cfgLine);
    const targets = (d: any) => d.relatedInformation.map((r: any) => [r.location.uri, r.location.range.start.line]);
    assert.ok(targets(cfg).some(([uri, line]: [string, number]) => uri === URI && line === waitLine));
    const waiting = diagnostics.find((d) => d.range.start.line === waitLine);
    assert.ok(targets(waiting).some(([uri, line]: [string, number]) => uri === URI && line === cfgLine));
  });
});

describe('navigation over LSP for a client without hierarchical symbols or location links', { skip: existsSync(SERVER) ? false : 'dist/server.js is not built' }, () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    await client.initialize({ textDocument: { foldingRange: { rangeLimit: 4 } } });
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'cisco-show', version: 1, text: TEXT } });
  });
  after(() => client.kill());

  it('flat symbols name their container; definitions are plain locations; folding honours the range limit', async () => {
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
    const tac = symbols.find((s: any) => s.name === 'CiscoTAC-1');
    assert.equal(tac.containerName, 'call-home');
    assert.equal(tac.location.uri, URI);
    const def = await client.request('textDocument/definition', { textDocument: { uri: URI }, position: at('ip http client source-interface', 'GigabitEthernet0') });
    assert.equal(def.uri, URI);
    assert.equal(def.range.start.line, exactLine('interface GigabitEthernet0'));
    const folds = await client.request('textDocument/foldingRange', { textDocument: { uri: URI } });
    assert.equal(folds.length, 4);
    assert.deepEqual(folds.map((f: any) => f.startLine), [lineOf('show clock'), lineOf('show running-config'), lineOf('show license all'), lineOf('show logging')]);
  });
});
