// Preloaded (node --require) into the CLI and the language server by no-network.test.ts: every way
// Node offers to open a socket, resolve a name, start a process or a worker, or compile code from a
// string is replaced by a function that records the attempt in $CLL_GUARD_LOG and throws. The
// stdio transport is untouched: process.stdin/stdout are handed their file descriptors, they never
// connect. Code generation from strings (eval, new Function) is refused by node's own
// --disallow-code-generation-from-strings, which the tests pass along with this file.
'use strict';
const { appendFileSync } = require('node:fs');

const log = process.env.CLL_GUARD_LOG;
// Which processes ran guarded: the test checks the guard was in effect, not merely asked for.
const { isMainThread } = require('node:worker_threads');
if (log) appendFileSync(`${log}.loaded`, `${process.pid}${isMainThread ? '' : ' (worker thread)'} ${process.argv.slice(1).join(' ')}\n`);

function refuse(what) {
  return function refused() {
    const stack = new Error().stack.split('\n').slice(2, 6).join(' | ');
    if (log) appendFileSync(log, JSON.stringify({ what, pid: process.pid, stack }) + '\n');
    throw new Error(`guard: ${what} refused (no network and no processes from workspace content)`);
  };
}

const savedWorker = require('node:worker_threads').Worker;

function patch(moduleName, names) {
  const mod = require(moduleName);
  for (const name of names) {
    if (typeof mod[name] !== 'function') continue;
    Object.defineProperty(mod, name, { value: refuse(`${moduleName}.${name}`), writable: true, configurable: true, enumerable: true });
  }
}

const net = require('node:net');
for (const name of ['connect']) net.Socket.prototype[name] = refuse(`net.Socket.prototype.${name}`);
net.Server.prototype.listen = refuse('net.Server.prototype.listen');
patch('node:net', ['connect', 'createConnection']);
patch('node:tls', ['connect']);
patch('node:http', ['request', 'get']);
patch('node:https', ['request', 'get']);
patch('node:http2', ['connect']);
patch('node:dgram', ['createSocket']);
patch('node:dns', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveSrv', 'resolveTxt', 'reverse']);
patch('node:dns/promises', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']);
patch('node:child_process', ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']);
patch('node:worker_threads', ['Worker']);
// One exception, narrow: the CLI lints a fleet of files on worker threads running its own bundle
// (server/src/cli/fleet.ts): a Worker on the very script this process was started with, never
// code from a string or another file.
{
  const workerThreads = require('node:worker_threads');
  const refused = workerThreads.Worker;
  Object.defineProperty(workerThreads, 'Worker', {
    value: function Worker(filename, options) {
      if (typeof filename === 'string' && filename === process.argv[1] && !(options && options.eval)) return new savedWorker(filename, options);
      return refused.call(this, filename, options);
    },
    writable: true, configurable: true, enumerable: true,
  });
}
patch('node:vm', ['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction', 'Script', 'SourceTextModule']);
if (typeof globalThis.fetch === 'function') globalThis.fetch = refuse('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = refuse('WebSocket');
