// Extension activation, measured outside the editor: require dist/extension.js with a stand-in
// `vscode` module, then call activate() with a fake context. The stand-in answers every API call
// with a harmless object, so the real LanguageClient runs: it forks dist/server.js over node-ipc
// and completes the initialize handshake before activate() resolves. Prints one JSON line.
const Module = require('node:module');
const path = require('node:path');

const root = process.argv[2];

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

const vscode = standIn('vscode');
const load = Module._load;
Module._load = function (request) {
  if (request === 'vscode') return vscode;
  return load.apply(this, arguments);
};

const t0 = performance.now();
const extension = require(path.join(root, 'dist', 'extension.js'));
const t1 = performance.now();
const context = {
  subscriptions: [], extensionPath: root, asAbsolutePath: (p) => path.join(root, p),
  globalState: standIn('globalState'), workspaceState: standIn('workspaceState'),
};
const timer = setTimeout(() => {
  console.log(JSON.stringify({ error: 'activate() did not resolve within 20 s' }));
  process.exit(1);
}, 20000);
extension.activate(context).then(
  async () => {
    const t2 = performance.now();
    clearTimeout(timer);
    const result = { requireMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0 };
    await Promise.race([extension.deactivate(), new Promise((r) => setTimeout(r, 3000))]);
    console.log(JSON.stringify(result));
    process.exit(0);
  },
  (e) => {
    console.log(JSON.stringify({ error: String(e && e.message) }));
    process.exit(1);
  },
);
