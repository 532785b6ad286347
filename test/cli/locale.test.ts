// Issue 18: the CLI's own lines in the user's language (--locale, else LC_ALL / LC_MESSAGES / LANG).
// Rule ids, severities, paths and commands stay as they are.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { englishLeft } from '../l10n/englishLeft';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const clean: NodeJS.ProcessEnv = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env };
  delete clean.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, env: clean });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli locale', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built (run npm run build)' }, () => {
  it('--locale de: summary, findings by rule and usage errors in German', () => {
    const r = run(['--locale', 'de', '--include-hints', 'examples']);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[lines.length - 1], /^\d+ Befunde \(\d+ Fehler, \d+ Warnungen, \d+ Info, \d+ Hinweise?\) in \d+ Dateien$/);
    assert.ok(lines.includes('Befunde nach Regel:'), r.stdout);
    assert.ok(lines.some((l) => /^  http-destination +error +\d+ in \d+ Datei(en)?$/.test(l)), r.stdout);
    // Finding lines keep their severity word and rule id.
    assert.ok(lines.some((l) => / error .* http-destination$/.test(l)));
    const u = run(['--locale=de', '--fix', '--fix-dry-run', 'x']);
    assert.equal(u.code, 2);
    assert.equal(u.stderr, "cisco-license-lint: --fix und --fix-dry-run schließen einander aus\nHilfe zur Verwendung: 'cisco-license-lint --help'\n");
  });

  it('LANG / LC_ALL choose the language; --locale wins; C is English', () => {
    assert.match(run(['nothing-here.cfg'], { LANG: 'nl_NL.UTF-8' }).stdout, /bevindingen|bestand/);
    assert.match(run(['--no-such'], { LC_ALL: 'pt_BR.UTF-8', LANG: 'de_DE.UTF-8' }).stderr, /opção desconhecida --no-such/);
    assert.match(run(['--no-such'], { LC_ALL: 'C', LANG: 'de_DE.UTF-8' }).stderr, /unknown option --no-such/);
    assert.match(run(['--locale', 'zh-Hans', '--no-such'], { LANG: 'de_DE.UTF-8' }).stderr, /未知选项 --no-such/);
    assert.match(run(['--no-such'], { LANG: 'en_US.UTF-8' }).stderr, /unknown option --no-such/);
  });

  it('pseudo-locale over every example: no English left in findings, remedies or the CLI\'s own lines', () => {
    const r = run(['--locale', 'qps-ploc', '--include-hints', '--fix-dry-run', 'examples']);
    const left: string[] = [];
    // Device output echoed in a message is in the examples themselves: never translated.
    const source = ` ${readdirSync(join(ROOT, 'examples')).map((f) => readFileSync(join(ROOT, 'examples', f), 'utf8')).join(' ').replace(/[^A-Za-z0-9]+/g, ' ')} `;
    for (const l of [...r.stdout.split('\n'), ...r.stderr.split('\n')]) {
      // The unified diff is device text; remedy lines ("    | …") are commands, their "!" comments prose.
      if (/^(diff --git|index |--- |\+\+\+ |@@ |[-+ ](?! {3}\| ))/.test(l)) continue;
      const text = l.replace(/^[^\s:][^:]*:\d+:\d+ (?:error|warning|info|hint) /, '').replace(/^ {4}\| (?!\s*!).*$/, '');
      for (const run of englishLeft(text)) if (!source.includes(` ${run} `)) left.push(`«${run}» in ${l}`);
    }
    assert.deepEqual(left.slice(0, 30), []);
    assert.ok(r.stdout.includes('⟦Ƒíñđíñĝš ƀý ŕúĺé:⟧'), r.stdout);
    assert.ok(r.stderr.includes('⟦ŵóúĺđ ƒíẋ'), r.stderr);
  });

  it('findings, fingerprints and exit codes do not depend on the language: a baseline written in German matches in English', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cll-locale-'));
    try {
      const baseline = join(dir, 'baseline.json');
      const w = run(['--locale', 'de', '--update-baseline', '--baseline', baseline, 'examples/iosxe-classic-http-destination.cfg', 'examples/scenario-5-call-home-http-send-failed.txt']);
      assert.equal(w.code, 0, w.stderr);
      const again = run(['--baseline', baseline, '--format', 'json', 'examples/iosxe-classic-http-destination.cfg', 'examples/scenario-5-call-home-http-send-failed.txt']);
      assert.equal(again.code, 0, again.stderr);
      assert.deepEqual(JSON.parse(again.stdout).files.flatMap((f: { findings: unknown[] }) => f.findings), []);
      const sarif = (locale: string) => JSON.parse(run(['--locale', locale, '--format', 'sarif', 'examples/iosxe-classic-http-destination.cfg']).stdout).runs[0].results;
      const [en, de] = [sarif('en'), sarif('de')];
      assert.deepEqual(de.map((r: { ruleId: string; partialFingerprints: object }) => [r.ruleId, r.partialFingerprints]), en.map((r: { ruleId: string; partialFingerprints: object }) => [r.ruleId, r.partialFingerprints]));
      assert.notEqual(de[0].message.text, en[0].message.text);
      assert.match(de[0].message.text, /sendet über HTTP/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a copy of the program without l10n/ beside it says so and speaks English', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cll-lonely-'));
    try {
      copyFileSync(CLI, join(dir, 'cli.js'));
      const clean: NodeJS.ProcessEnv = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '' };
      const r = spawnSync(process.execPath, [join(dir, 'cli.js'), '--locale', 'de', 'examples/iosxe-no-clock-calendar-valid.cfg'], { encoding: 'utf8', cwd: ROOT, env: clean });
      assert.equal(r.status, 0);
      assert.equal(r.stderr, 'cisco-license-lint: l10n/bundle.l10n.de.json not found beside the program: messages stay in English\n');
      assert.match(r.stdout, /The clock has no NTP\/PTP source/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
