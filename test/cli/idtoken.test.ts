// idtoken-in-config through the built CLI (SPEC §6, §7): the finding is reported in every format, and
// the ID token itself appears nowhere in what the CLI prints — not in the message, not in a fix, not
// in SARIF's rule help — for a change script, a history-message capture and a pasted exec command.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

// Made-up stand-ins shaped like real tokens.
const CONFIG_TOKEN = 'Q0xJLXRlc3Qtb25seS1ub3QtYS1yZWFsLXRva2VuLTAwMDM%0AZmFrZS1jbGk%3D%0A';
const ECHO_TOKEN = 'Q0xJLWVjaG8tdGVzdC1vbmx5LXRva2VuLTAwMDQtZmFrZQ%3D%3D%0A';

/** Every token the inputs hold, read from the inputs themselves so the test cannot drift from them. */
function tokensOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/idtoken\s+([^\s<]\S{7,})/g)) out.add(m[1]);
  for (const m of text.matchAll(/token\\*"\s*:\s*\\*"([^"\\]{8,})/g)) out.add(m[1]);
  return [...out];
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr, stdout: r.stdout };
}

describe('cli: idtoken-in-config never prints the token', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built (run npm run build)' }, () => {
  let dir = '';
  const files: string[] = [];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-idtoken-'));
    const config = join(dir, 'register.cfg');
    writeFileSync(config, ['! registration script', 'configure terminal', 'service call-home', 'end', `license smart register idtoken ${CONFIG_TOKEN} force`, ''].join('\r\n'));
    const echo = join(dir, 'session.txt');
    writeFileSync(echo, [`ACC-SW-71#license smart trust idtoken ${ECHO_TOKEN} all force`, 'ACC-SW-71#show license status', 'Smart Licensing Using Policy:', '  Status: ENABLED', ''].join('\n'));
    files.push(join(ROOT, 'examples', 'iosxe-idtoken-in-change-script.cfg'), join(ROOT, 'test', 'fixtures', 'show', 'history-message-trust-token.txt'), config, echo);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the inputs do hold tokens', () => {
    for (const f of files) assert.ok(tokensOf(readFileSync(f, 'utf8')).length > 0, f);
  });

  for (const format of ['text', 'json', 'sarif', 'gitlab', 'junit', 'github']) {
    it(`--format ${format}`, () => {
      for (const file of files) {
        const r = run(['--format', format, file]);
        assert.equal(r.code, 0, r.out); // a warning does not fail the run by default
        assert.match(r.stdout, /idtoken-in-config/, file);
        assert.match(r.stdout, format === 'junit' ? /[A-Za-z0-9]{4}…&lt;redacted&gt;/ : /[A-Za-z0-9]{4}…<redacted>/, `${file}: the redacted form is shown`);
        for (const token of tokensOf(readFileSync(file, 'utf8'))) {
          assert.ok(!r.out.includes(token), `${file}: ${format} printed the token`);
          assert.ok(!r.out.includes(token.slice(0, 12)), `${file}: ${format} printed a long prefix of the token`);
        }
        if (format === 'json') {
          const findings = JSON.parse(r.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'idtoken-in-config');
          assert.ok(findings.length > 0 && findings.every((f: { severity: string; fixes: unknown[] }) => f.severity === 'warning' && f.fixes.length === 0));
        }
        if (format === 'sarif') {
          const results = JSON.parse(r.stdout).runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'idtoken-in-config');
          assert.ok(results.length > 0 && results.every((x: { level: string }) => x.level === 'warning'));
        }
      }
    });
  }

  it('a baseline records the findings without the token', () => {
    const baseline = join(dir, 'baseline.json');
    const r = run(['--baseline', baseline, '--update-baseline', ...files]);
    assert.equal(r.code, 0, r.out);
    const text = readFileSync(baseline, 'utf8');
    assert.ok(JSON.parse(text).findings.some((f: { ruleId: string }) => f.ruleId === 'idtoken-in-config'));
    for (const file of files) {
      for (const token of tokensOf(readFileSync(file, 'utf8'))) assert.ok(!text.includes(token.slice(0, 12)), `${file}: the baseline holds the token`);
    }
    assert.equal(run(['--baseline', baseline, '--fail-on', 'warning', ...files]).code, 0, 'every finding recorded');
  });

  it('--fail-on warning fails the run, and --fix leaves the file alone (no fix removes the line)', () => {
    const file = join(dir, 'register.cfg');
    const before = readFileSync(file, 'utf8');
    assert.equal(run(['--fail-on', 'warning', file]).code, 1);
    const r = run(['--fix', file]);
    assert.ok(!r.out.includes(CONFIG_TOKEN));
    assert.equal(readFileSync(file, 'utf8'), before);
  });
});
