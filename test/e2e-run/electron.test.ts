// The extension-host suite (test/e2e/electron/suite) in VS Code desktop through
// @vscode/test-electron, when a VS Code executable exists; otherwise one line says why and it skips.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findVsCodeExecutable, runInVsCodeDesktop } from '../e2e/electron/runTest';

const found = findVsCodeExecutable();
const built = existsSync(join(__dirname, '..', '..', 'dist', 'extension.js'));
const skip = 'missing' in found ? found.missing : !built ? 'dist/ is not built (run npm run build)' : false;
if (skip) process.stderr.write(`# electron suite skipped: ${skip}\n`);

describe('VS Code desktop (@vscode/test-electron)', { skip }, () => {
  it('runs the extension-host suite', { timeout: 5 * 60_000 }, async () => {
    assert.ok('executable' in found);
    assert.equal(await runInVsCodeDesktop(found.executable), 0);
  });
});
