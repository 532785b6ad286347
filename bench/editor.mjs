// Start-up cost in a real editor (issue 6, item 8), measured in code-server (VS Code 1.100.3's
// workbench and extension host) with the packaged .vsix, driven in Debian's chromium:
//   - extension activation, as VS Code itself reports it (Developer: Show Running Extensions:
//     code loading + activate() call), target < 50 ms;
//   - first diagnostics on a 10k-line config, target < 300 ms after open: from the editor showing
//     the file's text to the error count in the status bar (the document reaches the extension
//     host, goes to the server, is linted, and the diagnostics come back to the workbench), warm
//     (the server already runs); and from the click in the Explorer, warm and cold (cold: the open
//     activates the extension and starts the server);
//   - the same first diagnostics from the server alone over stdio (didOpen -> publishDiagnostics).
// The .vsix is a production build (scripts/package.mjs --staging).
//
//   npm run bench:editor   (node --import tsx bench/editor.mjs [--rounds N] after a build)
//
// Needs code-server and chromium (node scripts/e2e-setup.mjs; apt-get install chromium). Prints a
// Markdown table; nothing is written into the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateConfigLines } from './generate.mjs';
import { LspClient } from './lsp-client.mjs';
import { CodeServerSession } from '../test/e2e/code-server/workbench.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;
const SETTLE_MS = 5000;
const log = (s) => process.stderr.write(`bench/editor: ${s}\n`);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** A 10k-line running-config with one http:// call-home destination: one error to wait for. */
function tenKLines(seed) {
  const text = generateConfigLines(10000, seed).replace('destination address http https://tools.cisco.com/', 'destination address http http://tools.cisco.com/');
  if (!text.includes('destination address http http://tools.cisco.com/its')) throw new Error('generated config lost its call-home destination');
  return text;
}

async function serverFirstDiagnostics(text, rounds) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const client = new LspClient(join(ROOT, 'dist', 'server.js'));
    try {
      await client.initialize();
      const uri = `file:///tmp/bench-editor-${i}.cfg`;
      const t0 = performance.now();
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cisco-config', version: 1, text } });
      await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
      times.push(performance.now() - t0);
    } finally {
      await client.shutdown();
    }
  }
  return times;
}

async function editorRound(tools, vsix, i) {
  const scratch = mkdtempSync(join(tmpdir(), 'cisco-license-lint-bench-editor-'));
  const workspace = join(scratch, 'configs');
  mkdirSync(workspace);
  writeFileSync(join(workspace, 'core-a-running-config.cfg'), tenKLines(7 + i));
  writeFileSync(join(workspace, 'core-b-running-config.cfg'), tenKLines(70 + i));
  const session = await CodeServerSession.start({ codeServer: tools.codeServer, chromium: tools.chromium, vsix, workspace, scratch: join(scratch, 'cs') });
  try {
    const page = session.page;
    const errorsShown = () => page.waitForFunction(() => /[1-9]/.test(document.querySelector('[id="status.problems"]')?.textContent ?? ''), null, { polling: 10, timeout: 60_000 });
    // Let the workbench finish starting (built-in extensions, file watchers) so the cold figure is
    // the extension's start, not the window's.
    await page.waitForTimeout(SETTLE_MS);
    const textShown = () => page.locator('.editor-instance .monaco-editor .view-line').first().waitFor({ timeout: 60_000 });
    const t0 = performance.now();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'core-a-running-config.cfg' }).first().click();
    await errorsShown();
    const cold = performance.now() - t0;

    // Second file: clear the count first (close the first), then open and wait again.
    await page.keyboard.press('Control+w');
    await page.waitForFunction(() => !/[1-9]/.test(document.querySelector('[id="status.problems"]')?.textContent ?? ''), null, { polling: 10, timeout: 30_000 });
    const t1 = performance.now();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'core-b-running-config.cfg' }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: 'core-b-running-config.cfg' }).waitFor({ timeout: 60_000 });
    await textShown();
    const t2 = performance.now();
    await errorsShown();
    const warm = performance.now() - t1;
    const afterOpen = performance.now() - t2;

    await session.runCommand('Developer: Show Running Extensions');
    const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Cisco License Lint' }).first();
    await row.waitFor({ timeout: 15_000 });
    const text = await row.innerText();
    const m = /Activation:\s*(\d+)\s*ms/i.exec(text);
    if (!m) throw new Error(`no activation time in: ${text}`);
    return { cold, warm, afterOpen, activation: Number(m[1]) };
  } finally {
    await session.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

const setup = spawnSync(process.execPath, [join(ROOT, 'scripts', 'e2e-setup.mjs'), '--check'], { encoding: 'utf8' });
const last = setup.stdout.trim().split('\n').pop() ?? '';
const ready = /^ready (\S+) (\S+)$/.exec(last);
if (!ready) {
  console.log(`bench/editor: ${last || 'scripts/e2e-setup.mjs failed'} (run node scripts/e2e-setup.mjs)`);
  process.exit(1);
}
if (!existsSync(join(ROOT, 'dist', 'server.js'))) throw new Error('dist/ is missing: npm run build first');
const tools = { codeServer: ready[1], chromium: ready[2] };
const scratch = mkdtempSync(join(tmpdir(), 'cisco-license-lint-bench-vsix-'));
try {
  const vsix = join(scratch, 'cisco-license-lint.vsix');
  const pack = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--staging', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(pack.stdout + pack.stderr);

  log('server alone: didOpen -> publishDiagnostics on 10k lines');
  const server = await serverFirstDiagnostics(tenKLines(7), 5);
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) {
    log(`editor round ${i + 1} of ${ROUNDS}`);
    rounds.push(await editorRound(tools, vsix, i));
  }
  const act = median(rounds.map((r) => r.activation));
  const cold = median(rounds.map((r) => r.cold));
  const warm = median(rounds.map((r) => r.warm));
  const afterOpen = median(rounds.map((r) => r.afterOpen));
  const srv = median(server);
  const met = (ok) => (ok ? 'met' : '**not met**');
  const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`Editor start-up, code-server 4.100.3 (VS Code 1.100.3) + chromium, ${cpus().length} × ${cpus()[0]?.model.trim()}, median of ${ROUNDS}\n`);
  console.log('| measure | median | runs (ms) | target | |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(`| Extension activation (VS Code's own figure: code loading + activate()) | ${act} ms | ${fmt(rounds.map((r) => r.activation))} | < 50 ms | ${met(act < 50)} |`);
  console.log(`| First diagnostics, 10k-line config, after open (text shown -> error count in status bar), warm | ${afterOpen.toFixed(0)} ms | ${fmt(rounds.map((r) => r.afterOpen))} | < 300 ms | ${met(afterOpen < 300)} |`);
  console.log(`| First diagnostics, 10k-line config, from the click in the Explorer, warm | ${warm.toFixed(0)} ms | ${fmt(rounds.map((r) => r.warm))} | — | |`);
  console.log(`| First diagnostics, 10k-line config, cold (the click activates the extension and starts the server; window settled ${SETTLE_MS / 1000} s) | ${cold.toFixed(0)} ms | ${fmt(rounds.map((r) => r.cold))} | — | |`);
  console.log(`| Server alone over stdio, didOpen -> publishDiagnostics, 10k lines | ${srv.toFixed(0)} ms | ${fmt(server)} | < 300 ms | ${met(srv < 300)} |`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
