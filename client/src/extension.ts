// The VS Code side: starts the bundled language server and hands it the documents it lints.
// Everything else (rules, fixes, hover) lives in the server so every LSP editor gets it.
import * as path from 'node:path';
import { commands, env, ExtensionContext, window, workspace } from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

const DEFAULT_LANGUAGES = ['cisco-config', 'cisco-show', 'cisco', 'ios', 'network-config', 'plaintext', 'log'];

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const languages = workspace.getConfiguration('ciscoLicenseLint').get<string[]>('languageIds', DEFAULT_LANGUAGES);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/.cisco-license-lint.json') },
  };
  client = new LanguageClient('ciscoLicenseLint', 'Cisco License Lint', serverOptions, clientOptions);

  context.subscriptions.push(
    // A show output cannot be fixed in place: its code action hands the configuration to type.
    commands.registerCommand('cisco-license-lint.copyRemedy', async (remedy: string) => {
      await env.clipboard.writeText(remedy);
      void window.showInformationMessage('Cisco License Lint: the configuration that fixes this is on the clipboard.');
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
