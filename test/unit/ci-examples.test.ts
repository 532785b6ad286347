// The pre-commit hook and the CI examples (docs/ci/, README) parse as what they claim to be, and
// every flag and format they pass to the CLI exists (read from the built CLI's --help, so a renamed
// flag breaks this test). The npm package pre-commit installs from holds the CLI bundle.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

/** `--flag` and `--format X` uses in a command line of the CLI. */
function cliUses(text: string): { flags: string[]; formats: string[] } {
  const lines = text.split('\n').filter((l) => /cli\.js|\$CLL|cisco-license-lint --/.test(l));
  return {
    flags: lines.flatMap((l) => [...l.matchAll(/(?<![\w-])(--[a-z][a-z-]*)/g)].map((m) => m[1])),
    formats: lines.flatMap((l) => [...l.matchAll(/--format[ =](\w+)/g)].map((m) => m[1])),
  };
}

describe('pre-commit hook and CI examples', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built' }, () => {
  const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout;
  const knownFlags = new Set([...help.matchAll(/(?<![\w-])(--[a-z][a-z-]*)/g)].map((m) => m[1]));
  const knownFormats = new Set([...help.matchAll(/^ {36}(\w+) {2,}/gm)].map((m) => m[1]));
  const pkg = JSON.parse(read('package.json'));

  it('the help lists the flags and formats the checks below rely on', () => {
    for (const f of ['--format', '--baseline', '--update-baseline', '--fail-on']) assert.ok(knownFlags.has(f), f);
    assert.deepEqual([...knownFormats].sort(), ['github', 'gitlab', 'json', 'junit', 'sarif', 'text']);
  });

  it('.pre-commit-hooks.yaml: a node hook running the package\'s bin on config and capture files', () => {
    const hooks = parse(read('.pre-commit-hooks.yaml'));
    assert.ok(Array.isArray(hooks) && hooks.length === 1);
    const [hook] = hooks;
    assert.equal(hook.id, 'cisco-license-lint');
    assert.equal(hook.language, 'node');
    assert.ok(Object.keys(pkg.bin).includes(hook.entry), `entry ${hook.entry} is a bin of package.json`);
    // pre-commit uses Python's re; (?i) at the start is the only construct JavaScript lacks.
    assert.match(hook.files, /^\(\?i\)/);
    const files = new RegExp(hook.files.slice(4), 'i');
    for (const name of ['sw1.cfg', 'core/R1.CONF', 'nx.nxos', 'c9300-running-config', 'backups/R1_startup_config.txt', 'show-tech.txt', 'x/showtech-2024.log']) assert.match(name, files, name);
    for (const name of ['README.md', 'package.json', 'notes.txt', 'configs/readme.rst']) assert.doesNotMatch(name, files, name);
    for (const f of cliUses(`cisco-license-lint ${(hook.args ?? []).join(' ')}`).flags) assert.ok(knownFlags.has(f), f);
  });

  it('README\'s .pre-commit-config.yaml snippet names that hook', () => {
    const readme = read('README.md');
    const block = /```yaml\n(repos:[\s\S]*?)```/.exec(readme);
    assert.ok(block, 'a .pre-commit-config.yaml example');
    const config = parse(block[1]);
    assert.equal(config.repos[0].hooks[0].id, parse(read('.pre-commit-hooks.yaml'))[0].id);
    assert.match(config.repos[0].repo, new RegExp(pkg.repository.url.replace(/\.git$/, '').replace(/[.]/g, '\\.')));
  });

  it('docs/ci/github-action.yml: a workflow whose steps use real flags and formats', () => {
    const text = read('docs/ci/github-action.yml');
    const wf = parse(text);
    assert.ok(wf.on && wf.jobs.lint.steps.length > 0);
    const runs = wf.jobs.lint.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    const { flags, formats } = cliUses(runs);
    assert.ok(formats.includes('github') && formats.includes('sarif'));
    for (const f of flags) assert.ok(knownFlags.has(f), f);
    for (const f of formats) assert.ok(knownFormats.has(f), f);
  });

  it('docs/ci/gitlab-ci.yml: a job writing the Code Quality report it declares', () => {
    const job = parse(read('docs/ci/gitlab-ci.yml'))['cisco-license-lint'];
    const script = job.script.join('\n');
    const { flags, formats } = cliUses(script);
    assert.deepEqual(formats, ['gitlab']);
    for (const f of flags) assert.ok(knownFlags.has(f), f);
    assert.ok(script.includes(`> ${job.artifacts.reports.codequality}`));
    assert.equal(job.artifacts.when, 'always');
  });

  it('docs/ci/Jenkinsfile and README\'s CI snippets use real flags; the junit step reads what the CLI writes', () => {
    const jenkins = read('docs/ci/Jenkinsfile');
    const readme = read('README.md');
    for (const text of [jenkins, readme]) {
      const { flags, formats } = cliUses(text);
      for (const f of flags) assert.ok(knownFlags.has(f), f);
      for (const f of formats) assert.ok(knownFormats.has(f), f);
    }
    const out = /--format junit[^>]*> (\S+)/.exec(jenkins)?.[1];
    assert.ok(out && jenkins.includes(`junit testResults: '${out}'`));
    // README's YAML snippets parse.
    for (const m of readme.matchAll(/```yaml\n([\s\S]*?)```/g)) assert.doesNotThrow(() => parse(m[1]), m[1]);
  });

  it('npm pack (what pre-commit installs from) holds the bin, and nothing from the sources', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    if (r.error) return; // no npm on PATH
    assert.equal(r.status, 0, r.stderr);
    const files = JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path).sort();
    for (const bin of Object.values(pkg.bin) as string[]) assert.ok(files.includes(bin.replace(/^\.\//, '')), `${bin} in ${files}`);
    // The CLI reads its --locale bundles from l10n/ beside dist/ (issue 18).
    assert.deepEqual(files.filter((f: string) => f.startsWith('l10n/')), ['l10n/bundle.l10n.de.json', 'l10n/bundle.l10n.json', 'l10n/bundle.l10n.nl.json', 'l10n/bundle.l10n.pt-br.json', 'l10n/bundle.l10n.zh-cn.json']);
    assert.deepEqual(files.filter((f: string) => /^(server|client|test|node_modules)\//.test(f) || f.endsWith('.map')), []);
  });
});
