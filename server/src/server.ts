// Language server entry: `node dist/server.js --stdio` (any LSP editor) or node-ipc (the VS Code
// client). vscode-languageserver picks the transport from the command line.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/startServer';

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
connection.listen();
