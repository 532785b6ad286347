// Hostile input, round two (issue 12): a filter that would backtrack for ever, ID tokens in diffs and
// outlines, quadratic corners on long lines, many profiles and many directives, and a fix that would
// displace a directive. Growth is checked as a property (twice the input, about twice the time).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { assertLinearTime } from './growth';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const built = existsSync(CLI) ? false : 'dist/cli.js is not built (run npm run build)';

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, maxBuffer: 256 * 1048576, timeout: 60_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

// One scratch folder for the whole file, removed when it ends (it used to leave one folder per call behind).
let scratch: string | undefined;
after(() => { if (scratch) rmSync(scratch, { recursive: true, force: true }); });

function tempFile(name: string, text: string): string {
  scratch ??= mkdtempSync(join(tmpdir(), 'cll-hostile-'));
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
}

describe('a filter pattern is never run as a backtracking RegExp', () => {
  const TWO_LINES = 'Switch#show running-config | include (.|.|.)*Q\nlicense smart url cslu http://10.1.1.1:8182/cslu/v1/pi\n';

  it('the two-line file from the issue lints at once in the engine', () => {
    const r = lint(TWO_LINES);
    // The filter is read, `license smart transport cslu` would not match it, so its absence proves nothing.
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'slp-transport-url-mismatch'), []);
  });

  it('and through the CLI', { skip: built }, () => {
    const r = cli(['--format', 'json', tempFile('filtered.txt', TWO_LINES)]);
    assert.equal(r.signal, null, 'not killed by the timeout');
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
  });

  it('a longer evil pattern costs time in proportion to its length', () => {
    const make = (n: number) => `Switch#show running-config | include ${'(.|.|.)*'.repeat(n)}Q\nlicense smart url cslu http://10.1.1.1:8182/cslu/v1/pi\n`;
    assertLinearTime('evil filter', make, (t) => lint(t), 12);
  });

  it('a filter it can read still decides: include that matches the missing line proves its absence', () => {
    const stale = (filter: string) => lint(`Switch#show running-config | ${filter}\nlicense smart url smart https://smartreceiver.cisco.com/licservice/license\n`)
      .findings.filter((f) => f.ruleId === 'slp-transport-url-mismatch').length;
    assert.equal(stale('include license smart'), 1);
    assert.equal(stale('include _smart_'), 1);
    // A filter that would not print `license smart transport smart`: the line may exist.
    assert.equal(stale('include url'), 0);
    assert.equal(stale('exclude transport'), 0);
    assert.equal(stale('include lic{2}'), 0);
  });
});

const TOKEN = 'ODJhZWU2ZjctMWUxZi00YjY5LWE3NzgtNzQ2NWRhYTFjMTY1LTE2OTk';

describe('ID tokens in diffs', { skip: built }, () => {
  const config = ['service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
    '  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService', `license smart register idtoken ${TOKEN}`, 'end', ''].join('\n');

  it('--fix-dry-run redacts a token on a context line, in text and JSON, and says the diff will not apply', () => {
    const file = tempFile('token.cfg', config);
    const text = cli(['--fix-dry-run', file]);
    assert.ok(text.stdout.includes('+  destination address http https://'), text.stdout);
    assert.ok(!text.stdout.includes(TOKEN) && !text.stderr.includes(TOKEN));
    assert.ok(text.stdout.includes(' license smart register idtoken ODJh…<redacted>'));
    assert.match(text.stderr, /redacts a secret/);
    const json = cli(['--fix-dry-run', '--format', 'json', file]);
    assert.ok(!json.stdout.includes(TOKEN));
    assert.match(JSON.parse(json.stdout).files[0].diff, /<redacted>/);
  });
});

describe('ID tokens in any case and abbreviation', () => {
  const FORMS = [
    `license smart trust idtoken ${TOKEN} all force`, `LICENSE SMART REGISTER IDTOKEN ${TOKEN}`, `license smart reg idtoken ${TOKEN}`,
    `lic sm reg idtoken ${TOKEN}`, `license smart register idt ${TOKEN}`, `Lic Sm Tr I ${TOKEN} local force`,
  ];

  it('typed at a prompt before a show output: reported, and the outline never shows the token', async () => {
    const { documentSymbols } = await import('../../server/src/navigation/symbols');
    for (const form of FORMS) {
      const r = lint(`Switch#${form}\nSwitch#show license status\nSmart Licensing is ENABLED\n`);
      assert.equal(r.findings.filter((f) => f.ruleId === 'idtoken-in-config').length, 1, form);
      const outline = JSON.stringify(documentSymbols(r.model));
      assert.ok(!outline.includes(TOKEN.slice(0, 12)), `${form}: ${outline.slice(0, 200)}`);
      for (const f of r.findings) assert.ok(!JSON.stringify(f).includes(TOKEN), `${form}: ${f.ruleId}`);
    }
  });

  it('in a change script: reported, and redacted in the outline', async () => {
    const { documentSymbols } = await import('../../server/src/navigation/symbols');
    for (const form of [...FORMS, `do license smart register idtoken ${TOKEN}`]) {
      const r = lint(`hostname R1\n${form}\nend\n`);
      const found = r.findings.filter((f) => f.ruleId === 'idtoken-in-config');
      assert.equal(found.length, 1, form);
      assert.ok(!JSON.stringify(documentSymbols(r.model)).includes(TOKEN.slice(0, 12)), form);
    }
  });

  it('words that only look like the command are not tokens', () => {
    for (const text of ['license smart register idtoken <TOKEN>\n', 'license smart registry idtoken ODJhZWU2ZjctMWUx\n', 'lisence smart register idtoken ODJhZWU2ZjctMWUx\n',
      'license s register idtoken ODJhZWU2ZjctMWUx\n', 'description idea ODJhZWU2ZjctMWUx\n']) {
      assert.deepEqual(lint(`hostname R1\n${text}`).findings.filter((f) => f.ruleId === 'idtoken-in-config'), [], text);
    }
  });
});

describe('per-line work is linear in the line length', () => {
  const SHAPES: Record<string, (n: number) => string> = {
    'show clock with one long token': (n) => `Switch#show clock\n*1:00:00 ${'x'.repeat(n)}\n`,
    'show clock with a long zone and a year': (n) => `Switch#show clock\n*1:00:00 UTC ${'x'.repeat(n)} 2024\n`,
    'banner line': (n) => `banner motd ^C\n${'x'.repeat(n)}\n^C\nend\n`,
    'disable comment naming one long unknown rule': (n) => `! cisco-license-lint-disable-next-line ${'x'.repeat(n)}\ncall-home\n`,
    'log line with a long reason': (n) => `Switch#show logging\n*Mar  1 00:00:00.000: %SMART_LIC-3-COMM_FAILED: ${'x '.repeat(n / 2)}\n`,
  };
  for (const [label, make] of Object.entries(SHAPES)) {
    it(label, () => assertLinearTime(label, make, (t) => lint(t), 1 << 17));
  }
});

describe('many active licensing profiles', () => {
  const profiles = (n: number) => `service call-home\ncall-home\n${Array.from({ length: n }, (_, i) =>
    ` profile "P${i}"\n  active\n  destination transport-method http\n  reporting smart-licensing-data\n`).join('')}end\n`;
  const found = (n: number) => lint(profiles(n)).findings.filter((f) => f.ruleId === 'multiple-active-profiles');

  it('a fix deactivates what a person reviews: up to ten others; beyond that the remedy lists them', () => {
    const few = found(11);
    assert.equal(few.length, 11);
    for (const f of few) {
      assert.equal(f.fixes[0].edits.length, 10);
      assert.ok(f.fixes.length <= 11);
    }
    const many = found(12);
    assert.equal(many.length, 12);
    for (const f of many) {
      assert.deepEqual(f.fixes, []);
      assert.equal(f.remedy?.filter((l) => l === '  no active').length, 10);
      assert.match(f.remedy!.at(-1)!, /and 1 more active profiles/);
    }
  });

  it('the report grows with the profile count, not its square', () => {
    const size = (n: number) => JSON.stringify(lint(profiles(n)).findings).length;
    const ratio = size(4000) / size(2000);
    assert.ok(ratio < 2.2, `JSON of the findings: ${ratio.toFixed(2)}× for twice the profiles`);
    assertLinearTime('active profiles', profiles, (t) => lint(t), 1000);
  });
});

describe('many directives', () => {
  const TAC = 'destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService';
  const SHAPES: Record<string, (n: number) => string> = {
    'stacked disable-next-line comments': (n) => `${'! cisco-license-lint-disable-next-line http-destination\n'.repeat(n)}call-home\n profile "CiscoTAC-1"\n  active\n  ${TAC}\n`,
    'one disable-next-line per finding': (n) => `call-home\n profile "CiscoTAC-1"\n  active\n${'  ! cisco-license-lint-disable-next-line http-destination\n  ' + TAC + '\n'.repeat(1)}`.repeat(1) +
      Array.from({ length: n }, () => `  ! cisco-license-lint-disable-next-line http-destination\n  ${TAC}\n`).join(''),
    'disable/enable pairs': (n) => `call-home\n profile "CiscoTAC-1"\n  active\n${Array.from({ length: n }, () => `  ! cisco-license-lint-disable http-destination\n  ${TAC}\n  ! cisco-license-lint-enable http-destination\n`).join('')}`,
  };
  for (const [label, make] of Object.entries(SHAPES)) {
    it(label, () => assertLinearTime(label, make, (t) => lint(t, { reportUnusedDirectives: true }), 5_000));
  }

  it('stacked comments still all apply to the first line below them', () => {
    const text = `call-home\n profile "CiscoTAC-1"\n  active\n  ! cisco-license-lint-disable-next-line missing-vrf\n  ! cisco-license-lint-disable-next-line http-destination\n  ${TAC}\n`;
    assert.deepEqual(lint(text, { reportUnusedDirectives: true }).findings.filter((f) => f.ruleId === 'http-destination' || f.ruleId === 'unused-directive').map((f) => f.ruleId), ['unused-directive']);
  });
});

describe('a fix never displaces a directive', () => {
  const config = ['Building configuration...', '', 'Current configuration : 4210 bytes', '!', 'version 16.12', 'service timestamps log datetime msec', '!',
    'hostname ACC-SW-40', '!', '! cisco-license-lint-disable-next-line dns-not-configured', '! cisco-license-lint-disable-next-line missing-vrf', 'call-home',
    ' contact-email-addr netops@example.com', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http', '!', 'interface Vlan20',
    ' ip address 198.51.100.40 255.255.255.0', '!', 'ip route 0.0.0.0 0.0.0.0 198.51.100.1', 'ntp server 198.51.100.123', '!', 'end', ''].join('\n');

  it('an insertion under a stack of disable-next-line comments goes above them; the silenced finding stays silenced after --fix', async () => {
    const { fixAll } = await import('../../server/src/engine');
    const before = lint(config).findings.map((f) => f.ruleId);
    assert.deepEqual(before, ['call-home-service-disabled']);
    const fixed = fixAll(config).text;
    assert.deepEqual(fixed.split('\n').slice(8, 13), ['!', 'service call-home', '! cisco-license-lint-disable-next-line dns-not-configured', '! cisco-license-lint-disable-next-line missing-vrf', 'call-home']);
    assert.deepEqual(lint(fixed, { reportUnusedDirectives: true }).findings.map((f) => f.ruleId), ['unused-directive']);
  });
});

describe('--fix on a file that is not UTF-8 (issue 20.1)', { skip: built }, () => {
  const latin1 = (s: string) => Buffer.from(s, 'latin1');
  const head = latin1('banner motd ^C\nAcc\xe8s r\xe9serv\xe9 \x96 Z\xfcrich\n^C\nservice call-home\ncall-home\n profile "CiscoTAC-1"\n  active\n  destination transport-method http\n');
  const url = (tail: string) => latin1(`  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService${tail}\nend\n`);

  it('writes the original bytes of every line the fix leaves, and only the fixed line changes', async () => {
    const { readFileSync } = await import('node:fs');
    const file = tempFile('latin1.cfg', '');
    writeFileSync(file, Buffer.concat([head, url('')]));
    const r = cli(['--fix', file]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const after = readFileSync(file);
    assert.deepEqual(after, Buffer.concat([head, latin1('  destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService\nend\n')]));
    assert.equal(after.indexOf(Buffer.from([0xef, 0xbf, 0xbd])), -1, 'no byte became U+FFFD');
  });

  it('refuses, with the way out, a fix that would rewrite a line holding such bytes; the file is untouched', async () => {
    const { readFileSync } = await import('node:fs');
    const file = tempFile('latin1-url.cfg', '');
    const bytes = Buffer.concat([head, url('\xe9')]);
    writeFileSync(file, bytes);
    const r = cli(['--fix', file]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot fix: line 9 holds bytes that are not UTF-8.*convert the file to UTF-8/);
    assert.deepEqual(readFileSync(file), bytes);
    const dry = cli(['--fix-dry-run', file]);
    assert.match(dry.stderr, /cannot fix: line 9/);
    assert.ok(!dry.stdout.includes('+++'), 'no diff for a fix that will not be made');
  });

  it('a UTF-8 file with a real U+FFFD is written as before', async () => {
    const { readFileSync } = await import('node:fs');
    const file = tempFile('utf8.cfg', `banner motd ^C\nZ\u00fcrich \uFFFD\n^C\nservice call-home\ncall-home\n profile "CiscoTAC-1"\n  active\n  destination transport-method http\n  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService\nend\n`);
    cli(['--fix', file]);
    assert.match(readFileSync(file, 'utf8'), /Z\u00fcrich \uFFFD\n[\s\S]*https:\/\/tools/);
  });
});

describe('URLs with a user and password (issue 20.3)', () => {
  const PASSWORD = 'Pr0xy-S3cret';
  const config = (url: string) => `service call-home\ncall-home\n profile "LIC"\n  active\n  reporting smart-licensing-data\n  destination transport-method http\n  destination address http ${url}\nend\n`;

  it('the host is read after the userinfo, the fix keeps the userinfo whole, no output shows the password', async () => {
    const { fixAll } = await import('../../server/src/engine');
    const { documentSymbols } = await import('../../server/src/navigation/symbols');
    const text = config(`http://user:${PASSWORD}@tools.cisco.com/its/service/oddce/services/DDCEService`);
    const r = lint(text);
    const http = r.findings.find((f) => f.ruleId === 'http-destination')!;
    assert.match(http.message, /\(tools\.cisco\.com\)/);
    const dns = r.findings.find((f) => f.ruleId === 'dns-not-configured');
    assert.ok(!dns || (/tools\.cisco\.com/.test(dns.message) && !/\buser\b/.test(dns.message)), dns?.message);
    for (const f of r.findings) assert.ok(!JSON.stringify({ m: f.message, r: f.related, x: f.remedy, t: f.fixes.map((x) => x.title) }).includes(PASSWORD), f.ruleId);
    assert.ok(!JSON.stringify(documentSymbols(r.model)).includes(PASSWORD));
    assert.match(fixAll(text).text, new RegExp(`destination address http https://user:${PASSWORD}@tools\\.cisco\\.com/its/`));
  });

  it('an @ in the password: the userinfo runs to the last @ of the authority', async () => {
    const { fixAll } = await import('../../server/src/engine');
    const text = config('http://svc:p@ss@tools.cisco.com/its/service/oddce/services/DDCEService');
    const http = lint(text).findings.find((f) => f.ruleId === 'http-destination')!;
    assert.match(http.message, /\(tools\.cisco\.com\)/);
    assert.ok(fixAll(text).text.includes('https://svc:p@ss@tools.cisco.com/its/'));
  });

  it('--fix-dry-run and every CLI format leave the password out', { skip: built }, () => {
    const file = tempFile('userinfo.cfg', config(`http://user:${PASSWORD}@tools.cisco.com/its/service/oddce/services/DDCEService`));
    for (const args of [[], ['--format', 'json'], ['--format', 'sarif'], ['--fix-dry-run'], ['--fix-dry-run', '--format', 'json']]) {
      const r = cli([...args, file]);
      // A fix is an edit to apply (JSON newText, SARIF insertedContent): its text is the URL as the file
      // has it, password included; everything a person reads leaves it out.
      const json = args.includes('json') || args.includes('sarif');
      const shown = json ? JSON.stringify(JSON.parse(r.stdout), (k, v) => (k === 'newText' || k === 'insertedContent' ? undefined : v)) : r.stdout;
      assert.ok(!shown.includes(PASSWORD) && !r.stderr.includes(PASSWORD), args.join(' '));
    }
  });
});
