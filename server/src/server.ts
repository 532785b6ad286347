// Language server entry: `node dist/server.js --stdio` (any LSP editor) or node-ipc (the VS Code
// client). vscode-languageserver picks the transport from the command line.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { messageGuard } from './lsp/messageGuard';
import { startServer } from './lsp/startServer';

const guard = messageGuard();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: guard.strategy });
guard.register(connection);
startServer(connection);
connection.listen();
