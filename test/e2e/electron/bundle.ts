// Bundles the extension-host test module (suite/index.ts) into one CommonJS file, `vscode`
// external, for --extensionTestsPath: VS Code's extension host loads JavaScript only.
import * as esbuild from 'esbuild';
import { join } from 'node:path';

export async function bundleSuite(outfile: string): Promise<string> {
  await esbuild.build({
    entryPoints: [join(__dirname, 'suite', 'index.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'],
    outfile, logLevel: 'warning',
  });
  return outfile;
}
