// code-server and chromium for the code-server suites, via scripts/e2e-setup.mjs: found in the
// cache folder, or installed there (about a minute, once per machine) when only code-server is
// missing. Chromium is never installed from here (apt needs root; .ci/run does it).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
let cached: { codeServer: string; chromium: string } | { missing: string } | undefined;

export function e2eTools(): { codeServer: string; chromium: string } | { missing: string } {
  if (cached) return cached;
  const setup = join(ROOT, 'scripts', 'e2e-setup.mjs');
  const run = (args: string[], timeout: number) => spawnSync(process.execPath, [setup, ...args], { encoding: 'utf8', timeout });
  let r = run(['--check'], 30_000);
  let last = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  if (last.startsWith('missing:') && !/chromium/.test(last)) {
    process.stderr.write('# code-server end-to-end: installing code-server (once per machine, about a minute)\n');
    r = run([], 9 * 60_000);
    last = (r.stdout ?? '').trim().split('\n').pop() ?? '';
    if (!last.startsWith('ready')) last = `missing: ${last.replace(/^missing: /, '')} ${(r.stderr ?? '').trim().split('\n').slice(-5).join(' | ')}`;
  }
  const m = /^ready (\S+) (\S+)$/.exec(last);
  cached = m ? { codeServer: m[1], chromium: m[2] } : { missing: last.replace(/^missing: /, '') || `scripts/e2e-setup.mjs said nothing (${r.error?.message ?? r.status})` };
  return cached;
}
