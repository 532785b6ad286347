// The extension-host suite in VS Code desktop through @vscode/test-electron, as the lsp-sample
// runs its client tests. test-electron downloads VS Code from Microsoft's update service, which is
// unreachable here, so it only runs against an installed VS Code: VSCODE_EXECUTABLE (the Electron
// binary, e.g. /usr/share/code/code) or `code` on PATH (its launcher script is followed to the
// binary beside it). The same suite also runs in code-server's extension host
// (test/e2e-run/extension-host.test.ts), which needs no desktop.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleSuite } from './bundle';

const ROOT = join(__dirname, '..', '..', '..');

/** The VS Code desktop executable, or why there is none. */
export function findVsCodeExecutable(): { executable: string } | { missing: string } {
  const explicit = process.env.VSCODE_EXECUTABLE;
  if (explicit) return existsSync(explicit) ? { executable: explicit } : { missing: `VSCODE_EXECUTABLE=${explicit} does not exist` };
  const which = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim();
  if (!which) return { missing: 'no VS Code desktop (set VSCODE_EXECUTABLE or put `code` on PATH); @vscode/test-electron cannot download it offline' };
  // Linux packages: <install>/bin/code is a launcher for <install>/code; macOS: .../Contents/Resources/app/bin/code.
  const launcher = realpathSync(which);
  const install = dirname(dirname(launcher));
  const candidates = [join(install, 'code'), join(install, 'code-insiders'), join(install, '..', '..', 'MacOS', 'Electron')];
  const executable = candidates.find((c) => existsSync(c) && c !== launcher);
  return executable ? { executable } : { missing: `\`code\` is ${launcher}, but no Electron binary was found beside it (set VSCODE_EXECUTABLE)` };
}

/** Fixture workspace: the two files the suite opens, copied from examples/. */
export function fixtureWorkspace(parent: string): string {
  const workspace = join(parent, 'network-configs');
  mkdirSync(workspace, { recursive: true });
  copyFileSync(join(ROOT, 'examples', 'iosxe-classic-http-destination.cfg'), join(workspace, 'acc-sw-11-running-config.cfg'));
  copyFileSync(join(ROOT, 'examples', 'show-tech-license-with-running-config.txt'), join(workspace, 'acc-sw-91-show-tech.txt'));
  return workspace;
}

export async function runInVsCodeDesktop(executable: string): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'cisco-license-lint-electron-'));
  try {
    const tests = await bundleSuite(join(scratch, 'suite', 'index.js'));
    const workspace = fixtureWorkspace(scratch);
    return await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: tests,
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${join(scratch, 'user-data')}`, '--disable-workspace-trust',
        '--skip-welcome', '--skip-release-notes', '--disable-gpu'],
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// node --import tsx test/e2e/electron/runTest.ts
if (require.main === module) {
  const found = findVsCodeExecutable();
  if ('missing' in found) {
    console.log(`electron suite skipped: ${found.missing}`);
  } else {
    runInVsCodeDesktop(found.executable).then((code) => process.exit(code), (e) => {
      console.error(e);
      process.exit(1);
    });
  }
}
