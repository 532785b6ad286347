// TextMate grammars: structure checks, the vscode-tmgrammar-test assertion files under
// test/grammar/{config,show}, the vscode-tmgrammar-snap snapshots under test/grammar/snap, and a
// guard that no regex backtracks badly (users open 50 MB show-techs).
//
// Update snapshots after an intended grammar change:
//   UPDATE_GRAMMAR_SNAPSHOTS=1 node --import tsx --test test/grammar/grammar.test.ts
// then review and commit the .snap diffs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const HERE = __dirname;
const SYNTAXES = join(ROOT, 'syntaxes');
const TOOL_DIR = join(ROOT, 'node_modules', 'vscode-tmgrammar-test');
const UPDATE = process.env.UPDATE_GRAMMAR_SNAPSHOTS === '1';

// The two CLIs node_modules/.bin links to, run with this node so it works the same on every OS.
const toolPackage = JSON.parse(readFileSync(join(TOOL_DIR, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const UNIT_CLI = join(TOOL_DIR, toolPackage.bin['vscode-tmgrammar-test']);
const SNAP_CLI = join(TOOL_DIR, toolPackage.bin['vscode-tmgrammar-snap']);

function run(cli: string, args: string[]): { status: number | null; output: string } {
  const res = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}`;
  if (res.error) return { status: null, output: `${output}\n${res.error.message}` };
  return { status: res.status, output };
}

function filesIn(dir: string, suffix: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => relative(ROOT, join(dir, f)));
}

type Json = Record<string, unknown>;
const readJson = (p: string): Json => JSON.parse(readFileSync(p, 'utf8')) as Json;

interface Rule {
  include?: string;
  match?: string;
  begin?: string;
  end?: string;
  patterns?: Rule[];
  captures?: Record<string, Rule>;
  beginCaptures?: Record<string, Rule>;
  endCaptures?: Record<string, Rule>;
}

function* walk(rule: Rule): Generator<Rule> {
  yield rule;
  for (const p of rule.patterns ?? []) yield* walk(p);
  for (const caps of [rule.captures, rule.beginCaptures, rule.endCaptures]) {
    for (const c of Object.values(caps ?? {})) yield* walk(c);
  }
}

function allRules(grammar: Json): Rule[] {
  const roots: Rule[] = [{ patterns: grammar.patterns as Rule[] }, ...Object.values((grammar.repository ?? {}) as Record<string, Rule>)];
  return roots.flatMap((r) => [...walk(r)]);
}

describe('grammar files', () => {
  const pkg = readJson(join(ROOT, 'package.json')) as { contributes: { grammars: Json[]; languages: Json[] } };
  const grammars = {
    'source.cisco-config': readJson(join(SYNTAXES, 'cisco-config.tmLanguage.json')),
    'source.cisco-show': readJson(join(SYNTAXES, 'cisco-show.tmLanguage.json')),
  };

  it('match the scope names package.json contributes', () => {
    for (const g of pkg.contributes.grammars) {
      const file = readJson(join(ROOT, String(g.path)));
      assert.equal(file.scopeName, g.scopeName, String(g.path));
    }
    const show = pkg.contributes.grammars.find((g) => g.scopeName === 'source.cisco-show');
    assert.deepEqual(show?.embeddedLanguages, { 'meta.embedded.block.cisco-config': 'cisco-config' });
  });

  it('resolve every include', () => {
    for (const [scope, grammar] of Object.entries(grammars)) {
      const repo = (grammar.repository ?? {}) as Record<string, Rule>;
      for (const rule of allRules(grammar)) {
        const inc = rule.include;
        if (!inc || inc === '$self' || inc === '$base') continue;
        const [target, name] = inc.startsWith('#') ? [scope, inc.slice(1)] : inc.split('#');
        const targetRepo = (grammars[target as keyof typeof grammars]?.repository ?? null) as Record<string, Rule> | null;
        assert.ok(target in grammars, `${scope}: include of unknown grammar ${inc}`);
        if (name) assert.ok((target === scope ? repo : targetRepo)?.[name], `${scope}: include ${inc} has no repository entry`);
      }
    }
  });

  it('compile every regex with Oniguruma', async () => {
    const onig = toolRequire('vscode-oniguruma') as typeof import('vscode-oniguruma');
    await loadOniguruma(onig);
    for (const [scope, grammar] of Object.entries(grammars)) {
      for (const rule of allRules(grammar)) {
        for (const source of [rule.match, rule.begin, rule.end]) {
          // end patterns may refer back to begin captures (\3): vscode-textmate substitutes them first
          if (source === undefined || (source === rule.end && /\\[1-9]/.test(source))) continue;
          assert.doesNotThrow(() => new onig.OnigScanner([source]).dispose(), `${scope}: ${source}`);
        }
      }
    }
  });

  it('language configuration parses, uses ! comments and valid regexes', () => {
    const conf = readJson(join(SYNTAXES, 'language-configuration.json')) as {
      comments: { lineComment: string };
      wordPattern: string;
      folding: { offSide: boolean; markers: { start: string; end: string } };
      indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
    };
    assert.equal(conf.comments.lineComment, '!');
    assert.equal(conf.folding.offSide, true);
    for (const source of [conf.wordPattern, conf.folding.markers.start, conf.folding.markers.end, conf.indentationRules.increaseIndentPattern, conf.indentationRules.decreaseIndentPattern]) {
      assert.doesNotThrow(() => new RegExp(source), source);
    }
    assert.match('! #region call-home', new RegExp(conf.folding.markers.start));
    assert.match('! #endregion', new RegExp(conf.folding.markers.end));
    for (const lang of pkg.contributes.languages) assert.equal(lang.configuration, './syntaxes/language-configuration.json');
  });
});

describe('grammar assertions (vscode-tmgrammar-test)', () => {
  const cases = [...filesIn(join(HERE, 'config'), '.test'), ...filesIn(join(HERE, 'show'), '.test')];

  it('has test cases for both grammars', () => {
    assert.ok(cases.some((f) => f.includes('/config/')) && cases.some((f) => f.includes('/show/')), cases.join(', '));
  });

  it('every assertion holds', () => {
    const { status, output } = run(UNIT_CLI, ['--compact', ...cases]);
    assert.equal(status, 0, output);
    for (const c of cases) assert.match(output, new RegExp(`${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} run successfuly`), output);
  });

  it('fails when an assertion does not hold (the harness is not vacuous)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'grammar-test-'));
    try {
      const file = join(dir, 'wrong.cfg.test');
      writeFileSync(file, ['! SYNTAX TEST "source.cisco-config" "deliberately wrong"', 'service call-home', '!<------- comment.line.exclamation.cisco-config', ''].join('\n'));
      const { status, output } = run(UNIT_CLI, ['--compact', file]);
      assert.notEqual(status, 0, output);
      assert.match(output, /Missing required scopes/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('grammar snapshots (vscode-tmgrammar-snap)', () => {
  const sets = [
    { fixtures: filesIn(join(HERE, 'snap', 'config'), '.cfg'), args: ['--scope', 'source.cisco-config'] },
    { fixtures: filesIn(join(HERE, 'snap', 'show'), '.txt'), args: ['--scope', 'source.cisco-show'] },
  ];

  it('every fixture has a committed snapshot', () => {
    for (const { fixtures } of sets) {
      assert.ok(fixtures.length > 0);
      if (UPDATE) continue;
      for (const f of fixtures) assert.ok(existsSync(join(ROOT, `${f}.snap`)), `${f}.snap is missing: run with UPDATE_GRAMMAR_SNAPSHOTS=1 and commit it`);
    }
  });

  for (const { fixtures, args } of sets) {
    it(`tokens match the snapshots: ${fixtures.map((f) => f.split('/').pop()).join(', ')}`, () => {
      const { status, output } = run(SNAP_CLI, [...(UPDATE ? ['--updateSnapshot'] : []), ...args, ...fixtures]);
      assert.equal(status, 0, output);
      if (!UPDATE) assert.doesNotMatch(output, /Generating snapshot/, output);
    });
  }
});

// --- linear-time guard ------------------------------------------------------------------------

const toolRequire = createRequire(join(TOOL_DIR, 'package.json'));

async function loadOniguruma(onig: typeof import('vscode-oniguruma')): Promise<void> {
  const wasm = readFileSync(join(toolRequire.resolve('vscode-oniguruma'), '..', 'onig.wasm'));
  try {
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  } catch (e) {
    if (!/already|once/i.test(String(e))) throw e;
  }
}

async function loadGrammars(): Promise<{ tm: typeof import('vscode-textmate'); config: import('vscode-textmate').IGrammar; show: import('vscode-textmate').IGrammar }> {
  const tm = toolRequire('vscode-textmate') as typeof import('vscode-textmate');
  const onig = toolRequire('vscode-oniguruma') as typeof import('vscode-oniguruma');
  await loadOniguruma(onig);
  const paths: Record<string, string> = {
    'source.cisco-config': join(SYNTAXES, 'cisco-config.tmLanguage.json'),
    'source.cisco-show': join(SYNTAXES, 'cisco-show.tmLanguage.json'),
  };
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async (scope: string) => (paths[scope] ? tm.parseRawGrammar(readFileSync(paths[scope], 'utf8'), paths[scope]) : null),
  });
  const config = await registry.loadGrammar('source.cisco-config');
  const show = await registry.loadGrammar('source.cisco-show');
  assert.ok(config && show);
  return { tm, config, show };
}

describe('grammar performance', () => {
  // Long lines built to make a backtracking regex explode; each must tokenize in linear time.
  const hostile: Record<string, string> = {
    'dashes and spaces': `------ ${'- '.repeat(6000)}-----`,
    'spaces after a label': `Status${' '.repeat(12000)}x`,
    'colons': ':'.repeat(12000),
    'hex and colons': 'a:'.repeat(6000),
    'label-like words, no colon': `A${' b'.repeat(6000)}`,
    'dotted digits': '1.'.repeat(6000),
    'syslog-like tags': '%A-'.repeat(4000),
    'unclosed key="value"': `SAEVT_X ${'a="'.repeat(4000)}`,
    'prompt-like host': `${'a-'.repeat(6000)}>`,
    'interface-like': 'Gi1/'.repeat(3000),
    'long URL': `http://${'a'.repeat(12000)}`,
    'dates': 'Jan 1 '.repeat(2500),
    'IPv6-like': '1:2:3:4:5:6:7:'.repeat(900),
    'states': 'UNREGISTERED - '.repeat(1200),
    'directive ids': `! cisco-license-lint-disable-next-line ${'a-'.repeat(6000)}`,
    'show-tech banner without end': `------ show ${'x '.repeat(6000)}-----`,
  };

  it('tokenizes hostile 12 kB lines quickly in both grammars', async () => {
    const { tm, config, show } = await loadGrammars();
    for (const [name, grammar] of [['config', config], ['show', show]] as const) {
      for (const [what, line] of Object.entries(hostile)) {
        const t0 = performance.now();
        grammar.tokenizeLine(line, tm.INITIAL);
        const ms = performance.now() - t0;
        assert.ok(ms < 1500, `${name} grammar, ${what}: ${ms.toFixed(0)} ms`);
      }
    }
  });

  it('tokenizes a 4 MB show-tech in seconds', async () => {
    const { tm, show } = await loadGrammars();
    const sample = readdirSync(join(HERE, 'snap', 'show'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(HERE, 'snap', 'show', f), 'utf8'))
      .join('\n');
    const lines = sample.split(/\r?\n/);
    let stack = tm.INITIAL;
    let bytes = 0;
    const t0 = performance.now();
    while (bytes < 4_000_000) {
      for (const line of lines) {
        stack = show.tokenizeLine2(line, stack).ruleStack;
        bytes += line.length + 1;
      }
    }
    const ms = performance.now() - t0;
    assert.ok(ms < 30_000, `4 MB took ${ms.toFixed(0)} ms`);
  });
});
