// The CLI on copies of the fixtures: --fix (byte-exact, line endings and BOM kept, untouched files
// left alone), --fix-dry-run (a unified diff, nothing written), directive checks in every format,
// and the settings file (severity, off, ignore, failOn, invalid keys).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'config');

function run(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The fixtures' one `http://tools.cisco.com` destination, fixed, at the byte level. */
function fixedBytes(original: Buffer): Buffer {
  const text = original.toString('latin1');
  assert.equal(text.split('http://tools.cisco.com').length, 2, 'one Cisco http destination in the fixture');
  return Buffer.from(text.replace('http://tools.cisco.com', 'https://tools.cisco.com'), 'latin1');
}

const TAC = 'destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService';
const config = (...extra: string[]) => [
  'version 16.12', 'hostname C9300', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active',
  '  destination transport-method http', ...extra, `  ${TAC}`, 'ip name-server 192.0.2.53', 'ntp server 192.0.2.123', 'end', '',
].join('\n');
const HEALTHY = config().replace('http://', 'https://');

describe('cli: --fix and --fix-dry-run', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built (run npm run build)' }, () => {
  let dir: string;
  const copies = ['crlf-line-endings.cfg', 'utf8-bom.cfg', 'nxos-header-two-space.cfg', 'section-call-home-fragment.cfg'];
  const originals = new Map<string, Buffer>();
  const OLD = new Date('2020-01-02T03:04:05Z');

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-fix-'));
    for (const f of copies) {
      cpSync(join(FIXTURES, f), join(dir, f));
      originals.set(f, readFileSync(join(FIXTURES, f)));
      utimesSync(join(dir, f), OLD, OLD);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--fix-dry-run prints a unified diff with 3 lines of context and writes nothing', () => {
    const r = run(['--fix-dry-run', '.'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^--- a\/crlf-line-endings\.cfg\n\+\+\+ b\/crlf-line-endings\.cfg\n@@ -16,7 \+16,7 @@\n/m);
    assert.match(r.stdout, /^--- a\/utf8-bom\.cfg\n\+\+\+ b\/utf8-bom\.cfg\n@@ -16,7 \+16,7 @@\n/m);
    // CRLF lines keep their \r in the diff, so the patch applies to the CRLF file.
    assert.ok(r.stdout.includes(`-  ${TAC}\r\n+  ${TAC.replace('http://', 'https://')}\r\n`));
    const hunk = r.stdout.slice(r.stdout.indexOf('--- a/utf8-bom.cfg')).split('\n').slice(3, 11);
    assert.deepEqual(hunk.map((l) => l[0]), [' ', ' ', ' ', '-', '+', ' ', ' ', ' ']);
    assert.ok(!r.stdout.includes('nxos-header-two-space.cfg'), 'nothing to fix there: no diff');
    assert.match(r.stderr, /crlf-line-endings\.cfg: would fix 1 problem \(http-destination\)/);
    // Exit status and findings are those left after the fixes: only the section paste's DNS reminder
    // (info: a fragment without the global lines, SPEC §6 dns-not-configured).
    assert.match(r.stdout, /^1 finding \(0 errors, 0 warnings, 1 info, 0 hints\)/m);
    for (const f of copies) {
      assert.deepEqual(readFileSync(join(dir, f)), originals.get(f), `${f} was written`);
      assert.equal(statSync(join(dir, f)).mtimeMs, OLD.getTime(), `${f} was touched`);
    }
  });

  it('--fix-dry-run output is a patch git apply accepts, giving what --fix writes', () => {
    const r = run(['--fix-dry-run', 'crlf-line-endings.cfg', 'utf8-bom.cfg'], dir);
    const patch = join(dir, '..', `${join(dir).split(/[\\/]/).pop()}.patch`);
    writeFileSync(patch, r.stdout);
    try {
      const check = spawnSync('git', ['apply', '--check', '--unsafe-paths', patch], { cwd: dir, encoding: 'utf8' });
      if (check.error) return; // no git on this machine
      assert.equal(check.status, 0, check.stderr);
    } finally {
      rmSync(patch, { force: true });
    }
  });

  it('--fix-dry-run in JSON adds the diff and what would be fixed', () => {
    const r = run(['--fix-dry-run', '--format', 'json', 'utf8-bom.cfg'], dir);
    const file = JSON.parse(r.stdout).files[0];
    assert.equal(file.fixed, 1);
    assert.deepEqual(file.fixedRuleIds, ['http-destination']);
    assert.match(file.diff, /^--- a\/utf8-bom\.cfg\n/);
    assert.deepEqual(file.findings, []);
    assert.deepEqual(readFileSync(join(dir, 'utf8-bom.cfg')), originals.get('utf8-bom.cfg'));
  });

  it('--fix writes byte-exact results (CRLF and UTF-8 BOM kept) and leaves other files alone', () => {
    const r = run(['--fix', '.'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /crlf-line-endings\.cfg: fixed 1 problem \(http-destination\)/);
    assert.match(r.stderr, /utf8-bom\.cfg: fixed 1 problem \(http-destination\)/);
    assert.deepEqual(readFileSync(join(dir, 'crlf-line-endings.cfg')), fixedBytes(originals.get('crlf-line-endings.cfg')!));
    const bom = readFileSync(join(dir, 'utf8-bom.cfg'));
    assert.deepEqual(bom, fixedBytes(originals.get('utf8-bom.cfg')!));
    assert.deepEqual([...bom.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    for (const f of ['nxos-header-two-space.cfg', 'section-call-home-fragment.cfg']) {
      assert.deepEqual(readFileSync(join(dir, f)), originals.get(f), `${f} bytes`);
      assert.equal(statSync(join(dir, f)).mtimeMs, OLD.getTime(), `${f} mtime`);
    }
    // A second run finds nothing to fix and writes nothing.
    utimesSync(join(dir, 'utf8-bom.cfg'), OLD, OLD);
    const again = run(['--fix', '--format', 'json', 'utf8-bom.cfg'], dir);
    assert.equal(JSON.parse(again.stdout).files[0].fixed, 0);
    assert.equal(statSync(join(dir, 'utf8-bom.cfg')).mtimeMs, OLD.getTime());
  });

  it('--fix and --fix-dry-run together are a usage error', () => {
    assert.equal(run(['--fix', '--fix-dry-run', '.'], dir).code, 2);
  });

  it('exit status follows what is left after fixing', () => {
    const onprem = join(dir, 'onprem.cfg');
    writeFileSync(onprem, config().replace('tools.cisco.com', 'ssm.example.com').replace('ntp server', 'no service call-home\nntp server'));
    const r = run(['--fix-dry-run', '--fail-on', 'warning', onprem]);
    assert.equal(r.code, 1, 'the on-prem http destination needs a person: still a warning');
    assert.match(r.stdout, /warning .* http-destination$/m);
  });
});

describe('cli: directive checks', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built (run npm run build)' }, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-dir-'));
    writeFileSync(join(dir, 'typo.cfg'), config('  ! cisco-license-lint-disable-next-line http-destinaton'));
    writeFileSync(join(dir, 'unused.cfg'), HEALTHY.replace('  destination address', '  ! cisco-license-lint-disable-next-line http-destination\n  destination address'));
    writeFileSync(join(dir, 'used.cfg'), config('  ! cisco-license-lint-disable-next-line http-destination'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('an unknown rule id is a warning in text, JSON and SARIF', () => {
    const text = run([join(dir, 'typo.cfg')]);
    assert.match(text.stdout, /typo\.cfg:8:42 warning unknown rule id 'http-destinaton' in cisco-license-lint directive; did you mean 'http-destination'\? invalid-directive$/m);
    assert.equal(text.code, 1, 'the finding it meant to hide is still there');
    const json = JSON.parse(run(['--format', 'json', join(dir, 'typo.cfg')]).stdout);
    const f = json.files[0].findings.find((x: any) => x.ruleId === 'invalid-directive');
    assert.deepEqual(f.range, { start: { line: 7, character: 41 }, end: { line: 7, character: 56 } });
    const sarif = JSON.parse(run(['--format', 'sarif', join(dir, 'typo.cfg')]).stdout);
    const rule = sarif.runs[0].tool.driver.rules.find((x: any) => x.id === 'invalid-directive');
    assert.match(rule.helpUri, /docs\/rules\/invalid-directive\.md$/);
    const result = sarif.runs[0].results.find((x: any) => x.ruleId === 'invalid-directive');
    assert.equal(result.level, 'warning');
    assert.equal(sarif.runs[0].tool.driver.rules[result.ruleIndex].id, 'invalid-directive');
  });

  it('--report-unused-directives reports a directive that suppressed nothing, and --fix removes it', () => {
    assert.equal(run([join(dir, 'unused.cfg')]).stdout.includes('unused-directive'), false);
    const r = run(['--report-unused-directives', '--fail-on', 'warning', join(dir, 'unused.cfg'), join(dir, 'used.cfg')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /unused\.cfg:8:3 warning unused cisco-license-lint-disable-next-line directive: .* unused-directive$/m);
    assert.doesNotMatch(r.stdout, /[/\\]used\.cfg:.*unused-directive/);
    const fixed = run(['--report-unused-directives', '--fix', join(dir, 'unused.cfg')]);
    assert.match(fixed.stderr, /fixed 1 problem \(unused-directive\)/);
    assert.equal(readFileSync(join(dir, 'unused.cfg'), 'utf8'), HEALTHY);
  });

  it('reportUnusedDirectives in the settings file does the same; "off" silences both checks', () => {
    const proj = join(dir, 'proj');
    mkdirSync(proj);
    const text = HEALTHY.replace('  destination address', '  ! cisco-license-lint-disable-next-line http-destination, bogus-rule\n  destination address');
    writeFileSync(join(proj, 'sw.cfg'), text);
    writeFileSync(join(proj, '.cisco-license-lint.json'), JSON.stringify({ reportUnusedDirectives: true }));
    const out = JSON.parse(run(['--format', 'json', join(proj, 'sw.cfg')]).stdout).files[0].findings.map((f: any) => f.ruleId);
    assert.deepEqual(out.sort(), ['invalid-directive', 'unused-directive']);
    writeFileSync(join(proj, '.cisco-license-lint.json'), JSON.stringify({ reportUnusedDirectives: true, rules: { 'invalid-directive': 'off', 'unused-directive': 'off' } }));
    assert.deepEqual(JSON.parse(run(['--format', 'json', join(proj, 'sw.cfg')]).stdout).files[0].findings, []);
  });
});

describe('cli: settings file', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built (run npm run build)' }, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-settings-'));
    mkdirSync(join(dir, 'archive', 'old'), { recursive: true });
    mkdirSync(join(dir, 'site'), { recursive: true });
    writeFileSync(join(dir, 'site', 'sw.cfg'), config());
    writeFileSync(join(dir, 'archive', 'old', 'sw.cfg'), config());
    writeFileSync(join(dir, 'site', 'sw.cfg.bak'), config());
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const settings = (s: object) => writeFileSync(join(dir, '.cisco-license-lint.json'), JSON.stringify(s));
  const json = (args: string[]) => JSON.parse(run(['--format', 'json', ...args], dir).stdout);

  it('changes a severity, found by walking up from the file', () => {
    settings({ rules: { 'http-destination': 'info' } });
    const r = run([join(dir, 'site', 'sw.cfg')]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /info .* http-destination$/m);
  });

  it('ignore globs skip files relative to the settings file; failOn sets the exit status', () => {
    settings({ ignore: ['archive/**', '*.bak'], failOn: 'error' });
    const out = json(['.']);
    assert.deepEqual(out.files.map((f: any) => f.path), [join('site', 'sw.cfg')]);
    settings({ rules: { 'http-destination': 'warning' }, failOn: 'warning' });
    assert.equal(run([join(dir, 'site', 'sw.cfg')]).code, 1);
    settings({ rules: { 'http-destination': 'warning' }, failOn: 'error' });
    assert.equal(run([join(dir, 'site', 'sw.cfg')]).code, 0);
  });

  it('an invalid key is named on stderr, the rest of the file still applies, no crash', () => {
    settings({ rules: { 'http-destination': 'off' }, failon: 'warning', reportUnusedDirectives: 'yes' });
    const r = run([join(dir, 'site', 'sw.cfg')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /unknown key "failon"/);
    assert.match(r.stderr, /"reportUnusedDirectives" must be true or false/);
    assert.doesNotMatch(r.stdout, /http-destination/);
  });
});
