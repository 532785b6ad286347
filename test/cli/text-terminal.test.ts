// Text output on a terminal: grouped by file and coloured (ESLint's stylish); piped output stays the
// plain one-line format byte for byte; NO_COLOR drops the colour, FORCE_COLOR forces it. The TTY
// cases run the CLI under script(1), which gives it a pseudo-terminal.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { terminalStyle } from '../../server/src/cli/formats/stylish';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const BAD = [
  'version 16.12', 'hostname C9300', 'service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http',
  '  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService', 'ip name-server 192.0.2.53', 'ntp server 192.0.2.1', 'end', '',
].join('\n');
const SGR = /\u001b\[\d+m/g;
const hasScript = spawnSync('script', ['--version']).status === 0;

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const e = { ...process.env, ...extra };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'TERM']) if (!(k in extra)) delete e[k];
  return e;
}

function piped(args: string[], cwd: string, extra: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: env(extra) });
}

/** The CLI on a pseudo-terminal: what the terminal received (CR LF line ends made LF). */
function onTerminal(args: string[], cwd: string, extra: Record<string, string> = {}): string {
  const quoted = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', quoted, '/dev/null'], { cwd, encoding: 'utf8', env: env({ TERM: 'xterm', ...extra }) });
  return r.stdout.replace(/\r\n/g, '\n');
}

describe('terminalStyle', () => {
  it('decides grouping and colour from the terminal, NO_COLOR and FORCE_COLOR', () => {
    assert.deepEqual(terminalStyle({}, false), { grouped: false, colour: false });
    assert.deepEqual(terminalStyle({ NO_COLOR: '1' }, false), { grouped: false, colour: false });
    assert.deepEqual(terminalStyle({}, true), { grouped: true, colour: true });
    assert.deepEqual(terminalStyle({ NO_COLOR: '1' }, true), { grouped: true, colour: false });
    assert.deepEqual(terminalStyle({ NO_COLOR: '' }, true), { grouped: true, colour: true }, 'an empty NO_COLOR is unset (no-color.org)');
    assert.deepEqual(terminalStyle({ TERM: 'dumb' }, true), { grouped: false, colour: false });
    assert.deepEqual(terminalStyle({ FORCE_COLOR: '1' }, false), { grouped: true, colour: true });
    assert.deepEqual(terminalStyle({ FORCE_COLOR: '1', NO_COLOR: '1' }, false), { grouped: true, colour: true });
    assert.deepEqual(terminalStyle({ FORCE_COLOR: '0' }, true), { grouped: true, colour: false });
    assert.deepEqual(terminalStyle({ FORCE_COLOR: 'false' }, false), { grouped: false, colour: false });
  });
});

describe('cli: text on a terminal', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built' }, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cll-tty-'));
    writeFileSync(join(dir, 'sw1.cfg'), BAD);
    // An on-prem destination (a warning) whose URL carries a terminal escape sequence.
    writeFileSync(join(dir, 'sw2.cfg'), BAD.replace('tools.cisco.com/its/service/oddce/services/DDCEService', 'ssm.example.com/Transportgateway/services/DeviceRequestHandler?\u001b[2J'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('piped, with or without NO_COLOR: the plain format, no escape sequence of ours', () => {
    const plain = piped(['.'], dir);
    assert.equal(plain.status, 1);
    assert.doesNotMatch(plain.stdout, /\u001b/);
    assert.match(plain.stdout, /^sw1\.cfg:8:28 error Call-home profile .* http-destination\nsw2\.cfg:8:28 warning .* http-destination\nsw2\.cfg:8:50 error .* onprem-url-path-case\n\nFindings by rule:\n {2}http-destination {6}error {4}1 in 1 file\n {2}onprem-url-path-case {2}error {4}1 in 1 file\n {2}http-destination {6}warning {2}1 in 1 file\n\n3 findings \(2 errors, 1 warning, 0 info, 0 hints\) in 2 files\n$/);
    assert.equal(piped(['.'], dir, { NO_COLOR: '1' }).stdout, plain.stdout);
  });

  it('FORCE_COLOR: grouped by file and coloured even when piped; device text still escaped', () => {
    const r = piped(['.'], dir, { FORCE_COLOR: '1' });
    assert.equal(r.status, 1);
    // Every ESC is one of our SGR sequences: the URL's OSC sequence is shown escaped.
    assert.equal((r.stdout.match(/\u001b/g) ?? []).length, (r.stdout.match(SGR) ?? []).length);
    assert.match(r.stdout, /\u001b\[4msw1\.cfg\u001b\[24m/);
    assert.match(r.stdout, /\u001b\[31merror {2}\u001b\[39m/);
    const text = r.stdout.replace(SGR, '');
    assert.match(text, /^\nsw1\.cfg\n {2}8:28 {2}error {4}Call-home profile .* {2}http-destination\n\nsw2\.cfg\n {2}8:28 {2}warning {2}.* {2}http-destination\n {2}8:50 {2}error {4}.* {2}onprem-url-path-case\n\nFindings by rule:\n(?: {2}.*\n){3}\n✖ 3 findings \(2 errors, 1 warning, 0 info, 0 hints\) in 2 files\n$/);
  });

  it('on a terminal: grouped and coloured; NO_COLOR keeps the grouping without colour; TERM=dumb is plain', { skip: hasScript ? false : 'no script(1) here to give the CLI a terminal' }, () => {
    const tty = onTerminal(['.'], dir);
    assert.match(tty, /\u001b\[4msw2\.cfg\u001b\[24m/);
    assert.match(tty, /\u001b\[33mwarning\u001b\[39m/);
    const noColour = onTerminal(['.'], dir, { NO_COLOR: '1' });
    assert.doesNotMatch(noColour, /\u001b/);
    assert.equal(noColour, tty.replace(SGR, ''));
    assert.match(noColour, /^sw2\.cfg\n/m);
    const dumb = onTerminal(['.'], dir, { TERM: 'dumb' });
    assert.equal(dumb, piped(['.'], dir).stdout);
    // --quiet on a terminal: errors only, files without one left out.
    assert.doesNotMatch(onTerminal(['--quiet', '.'], dir, { NO_COLOR: '1' }), /warning {2}/);
  });
});
