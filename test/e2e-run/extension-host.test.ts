// The extension-host suite (test/e2e/electron/suite: vscode.languages.getDiagnostics,
// vscode.executeHoverProvider, vscode.executeCodeActionProvider, completion, document symbols) run
// inside code-server's extension host, with this repository loaded as a development extension:
// the same module @vscode/test-electron runs in VS Code desktop, here without a desktop.
// Skips like the code-server suite when code-server or chromium is missing.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { e2eTools } from '../e2e/code-server/tools';
import { runExtensionTests } from '../e2e/code-server/workbench';
import { bundleSuite } from '../e2e/electron/bundle';
import { fixtureWorkspace } from '../e2e/electron/runTest';

const ROOT = join(__dirname, '..', '..');
const MODE = process.env.CISCO_LICENSE_LINT_E2E ?? '';

describe('extension-host suite in code-server', { timeout: 6 * 60_000 }, () => {
  it('passes every check inside the extension host', { timeout: 6 * 60_000 }, async (t) => {
    if (MODE === 'skip') return t.skip('CISCO_LICENSE_LINT_E2E=skip');
    if (!existsSync(join(ROOT, 'dist', 'extension.js'))) return t.skip('dist/ is not built (run npm run build)');
    const tools = e2eTools();
    if ('missing' in tools) {
      if (MODE === 'required') throw new Error(`extension-host suite required, but: ${tools.missing}`);
      process.stderr.write(`# extension-host suite skipped: ${tools.missing}\n`);
      return t.skip(tools.missing);
    }
    const scratch = mkdtempSync(join(tmpdir(), 'cisco-license-lint-exthost-'));
    try {
      const tests = await bundleSuite(join(scratch, 'suite', 'index.js'));
      const { code, log } = await runExtensionTests({
        codeServer: tools.codeServer, chromium: tools.chromium, workspace: fixtureWorkspace(scratch), scratch: join(scratch, 'code-server'),
        extensionDevelopmentPath: ROOT, extensionTestsPath: tests,
      });
      for (const line of log) t.diagnostic(line);
      assert.equal(code, 0, log.join('\n'));
      assert.ok(log.some((l) => /^\d+ of \d+ passed$/.test(l)), `the suite reported its result:\n${log.join('\n')}`);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
