// Extension activation, measured outside the editor: require an extension bundle with a stand-in
// `vscode` module (resolved through Module._resolveFilename, as VS Code's own loader would resolve
// it), then call activate() with a fake context. VS Code reports activation as code loading plus the
// activate() call; so does this: `requireMs` (load and compile the bundle) + `activateMs` (from the
// call until its promise resolves). activate() does not wait for the language server, and neither
// does the figure. The stand-in answers every API call with a harmless object, so the real
// LanguageClient runs: it forks the server over node-ipc; `serverMs` is from the call to activate()
// to the server's first IPC message (its answer to initialize), reported apart. Prints one JSON line.
const Module = require('node:module');
const childProcess = require('node:child_process');
const path = require('node:path');

const [root, bundle = path.join(root, 'dist', 'extension.js')] = process.argv.slice(2);

/** Every property is a callable stand-in; `then` is undefined so awaiting one resolves at once. */
function standIn(name) {
  return new Proxy(function () {}, {
    get(_target, prop) {
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'version') return '1.91.0';
      if (prop === 'dispose') return () => {};
      return standIn(`${name}.${String(prop)}`);
    },
    apply: () => standIn(`${name}()`),
    construct: () => standIn(`new ${name}`),
  });
}

// `vscode` resolves to a module id of its own whose exports are the stand-in.
const VSCODE_ID = path.join(__dirname, '__vscode_stand_in__.js');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'vscode') return VSCODE_ID;
  return resolve.call(this, request, ...rest);
};
const stub = new Module(VSCODE_ID);
stub.filename = VSCODE_ID;
stub.loaded = true;
stub.exports = standIn('vscode');
require.cache[VSCODE_ID] = stub;

// Note the server's first IPC message (node-ipc transport: the answer to initialize).
let activateAt = 0;
let serverMs;
const fork = childProcess.fork;
childProcess.fork = function (...args) {
  const child = fork.apply(this, args);
  child.once('message', () => {
    serverMs = performance.now() - activateAt;
  });
  return child;
};

// extension.js loads the language client (dist/languageClient.js) just after activate() returns:
// note how long that deferred load takes, reported apart from activation.
let clientLoadMs;
const load = Module._load;
Module._load = function (request, ...rest) {
  if (!/languageClient\.js$/.test(request)) return load.call(this, request, ...rest);
  const start = performance.now();
  try {
    return load.call(this, request, ...rest);
  } finally {
    clientLoadMs = performance.now() - start;
  }
};

const t0 = performance.now();
const extension = require(bundle);
const t1 = performance.now();
const context = {
  subscriptions: [], extensionPath: root, asAbsolutePath: (p) => path.join(root, p),
  globalState: standIn('globalState'), workspaceState: standIn('workspaceState'),
};
const timer = setTimeout(() => {
  console.log(JSON.stringify({ error: 'activate() did not resolve within 20 s' }));
  process.exit(1);
}, 20000);
activateAt = performance.now();
Promise.resolve(extension.activate(context)).then(
  async () => {
    const t2 = performance.now();
    // Wait (up to 10 s) for the server's answer, then stop it.
    for (let i = 0; i < 200 && serverMs === undefined; i++) await new Promise((r) => setTimeout(r, 50));
    clearTimeout(timer);
    const result = { requireMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0, clientLoadMs: clientLoadMs ?? null, serverMs: serverMs ?? null };
    await Promise.race([extension.deactivate(), new Promise((r) => setTimeout(r, 3000))]);
    console.log(JSON.stringify(result));
    process.exit(0);
  },
  (e) => {
    console.log(JSON.stringify({ error: String(e && e.message) }));
    process.exit(1);
  },
);
