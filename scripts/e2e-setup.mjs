// Installs what the code-server end-to-end suite needs, outside node_modules, once per machine:
//   node scripts/e2e-setup.mjs [--check]
// code-server (VS Code's workbench and Node extension host, from npm) goes into a cache folder
// (default ~/.cache/cisco-license-lint-e2e/code-server, or $CISCO_LICENSE_LINT_E2E_CACHE) and is
// reused by later runs. Debian's chromium is the browser (apt, by .ci/run when root).
// Facts behind each step: ../shared/notes/real-vscode-offline.md.
//   - code-server 4.100.3 is the last release whose install accepts Node 20;
//   - npm 11 runs its postinstall (which installs the VS Code server's own modules) only when the
//     installing folder's package.json approves it (allowScripts), and the postinstall refuses root
//     unless npm_config_unsafe_perm=true is in its environment;
//   - @vscode/ripgrep downloads rg from GitHub, unreachable here, unless a cached archive is found:
//     one holding Debian's /usr/bin/rg is put where it looks.
// --check prints the state and exits 0 when everything is in place, 1 otherwise (installs nothing).
// Prints one last line: "ready <code-server path> <chromium path>" or "missing: <what and why>".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, copyFileSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP_CACHE = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const INSTALL_TIMEOUT_MS = 8 * 60_000;

export function cacheDir() {
  return process.env.CISCO_LICENSE_LINT_E2E_CACHE || join(homedir(), '.cache', 'cisco-license-lint-e2e');
}

export function codeServerDir() {
  return join(cacheDir(), 'code-server');
}

export function codeServerBin() {
  return join(codeServerDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

/** code-server whose postinstall ran (the VS Code server's modules are there) at the pinned version. */
export function codeServerReady() {
  const dir = join(codeServerDir(), 'node_modules', 'code-server');
  if (!existsSync(join(dir, 'lib', 'vscode', 'node_modules')) || !existsSync(codeServerBin())) return false;
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version === CODE_SERVER_VERSION;
  } catch {
    return false;
  }
}

function which(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim() || undefined;
}

function ripgrepCache() {
  const archive = join(RIPGREP_CACHE, RIPGREP_ARCHIVE);
  if (existsSync(archive)) return true;
  const rg = which('rg');
  if (!rg) return false;
  mkdirSync(RIPGREP_CACHE, { recursive: true });
  const staging = mkdtempSync(join(tmpdir(), 'rg-'));
  copyFileSync(rg, join(staging, 'rg'));
  const r = spawnSync('tar', ['-czf', archive, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
  return r.status === 0;
}

function installCodeServer(log) {
  const dir = codeServerDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name: 'cisco-license-lint-e2e-code-server',
    private: true,
    description: 'code-server for the cisco-license-lint end-to-end suite (scripts/e2e-setup.mjs)',
    allowScripts: { 'code-server': true, argon2: true },
  }, null, 2) + '\n');
  const npm = which('npm');
  if (!npm) return 'npm is not on PATH';
  const started = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${dir} (about a minute, once per machine)…`);
  const r = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: dir,
    env: { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true' },
    encoding: 'utf8',
    timeout: INSTALL_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0 || !codeServerReady()) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    return `npm install code-server@${CODE_SERVER_VERSION} failed${r.error ? ` (${r.error.message})` : ''}:\n${tail}`;
  }
  log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return undefined;
}

/** Makes code-server and chromium available when possible; returns what is missing, or the paths. */
export function ensureE2eTools({ install = true, log = (s) => console.error(s) } = {}) {
  const chromium = findChromium();
  if (!chromium) return { missing: 'chromium is not installed (Debian: apt-get install chromium; .ci/run does it when root)' };
  if (!codeServerReady()) {
    if (!install) return { missing: `code-server ${CODE_SERVER_VERSION} is not installed in ${codeServerDir()} (node scripts/e2e-setup.mjs)` };
    if (!ripgrepCache()) return { missing: 'ripgrep (rg) is not installed, and code-server cannot download it offline (apt-get install ripgrep)' };
    const problem = installCodeServer(log);
    if (problem) return { missing: problem };
  }
  return { codeServer: codeServerBin(), chromium };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = ensureE2eTools({ install: !process.argv.includes('--check') });
  if (r.missing) {
    console.log(`missing: ${r.missing}`);
    process.exit(1);
  }
  console.log(`ready ${r.codeServer} ${r.chromium}`);
}
