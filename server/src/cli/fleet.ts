// A fleet of files on every core (issue 16: a config-backup repository of 10,000+ files). With many
// files the CLI starts `--jobs N` worker threads (default: the core count) running this same bundle;
// each takes files in small batches, runs lintFile() on them and posts the outcomes back. The main
// thread stays synchronous (run() returns the exit status, as it always has): it sleeps on an
// Atomics counter the workers bump after each batch and collects their messages with
// receiveMessageOnPort. Outcomes are handed on in file order, so the output is the one a single
// thread would print.
//
// worker_threads is in the CLI bundle only: the language server and the extension never load this
// module (test/hostile/no-network.test.ts checks the bundles).
import { availableParallelism } from 'node:os';
import { getLocale, Locale, setLocale } from '../l10n';
import type { MessagePort, Worker } from 'node:worker_threads';
import { FileJob, FileOutcome, lintFile } from './lintFile';

/**
 * node:worker_threads, loaded when a fleet runs: a run of a few files never needs it, and loading it
 * was 3-4 ms of every CLI start.
 */
function workerThreads(): typeof import('node:worker_threads') {
  return require('node:worker_threads') as typeof import('node:worker_threads');
}

/** In a fleet worker's process.argv (Worker's argv option): a worker knows what it is before loading node:worker_threads. */
const WORKER_FLAG = '--cisco-license-lint-fleet-worker';

/** Below this many files a worker's start (loading the bundle, warming the engine) costs more than it saves. */
export const FLEET_MIN_FILES = 32;
/** Files a worker takes at a time: few enough to keep both cores busy to the end, enough to keep messages rare. */
const BATCH = 8;

interface FleetInit {
  clLintFleet: true;
  port: MessagePort;
  signal: SharedArrayBuffer;
  /** The CLI's locale: a worker's notices speak the same language as the main thread. */
  locale: Locale;
}

interface BatchResult {
  first: number;
  outcomes: FileOutcome[];
}

export function defaultJobs(): number {
  return availableParallelism();
}

/** Can this process start workers on itself? Only from the built bundle (tests run the sources). */
export function canRunFleet(): boolean {
  return typeof __filename === 'string' && __filename.endsWith('.js');
}

/**
 * Lints every job on `jobs` worker threads, calling `done` for each outcome in file order.
 * Returns when all are done (true), or false at once when no worker could be started (a sandbox,
 * a resource limit): then nothing was linted and the caller lints on its own thread.
 */
export function lintOnWorkers(all: FileJob[], jobs: number, done: (index: number, outcome: FileOutcome) => void): boolean {
  const count = Math.max(1, Math.min(jobs, Math.ceil(all.length / BATCH)));
  const { MessageChannel, receiveMessageOnPort, Worker } = workerThreads();
  const signal = new SharedArrayBuffer(4);
  const counter = new Int32Array(signal);
  const workers: { worker: Worker; port: MessagePort; busy: boolean }[] = [];
  for (let k = 0; k < count; k++) {
    const { port1, port2 } = new MessageChannel();
    const init: FleetInit = { clLintFleet: true, port: port2, signal, locale: getLocale() };
    let worker: Worker;
    try {
      worker = new Worker(__filename, { workerData: init, transferList: [port2], argv: [WORKER_FLAG] });
    } catch {
      port1.close();
      break;
    }
    worker.unref();
    workers.push({ worker, port: port1, busy: false });
  }
  if (workers.length === 0) return false;
  const outcomes: (FileOutcome | undefined)[] = new Array(all.length);
  let next = 0;
  let handed = 0;
  const send = (w: (typeof workers)[number]) => {
    if (next >= all.length) {
      w.busy = false;
      return;
    }
    const first = next;
    next = Math.min(all.length, next + BATCH);
    w.port.postMessage({ first, jobs: all.slice(first, next) });
    w.busy = true;
  };
  try {
    // Two batches queued per worker: while the main thread takes one batch's outcomes and hands out
    // the next, the worker is already on its second (it sat idle for each round trip, 5% of its time).
    for (const w of workers) send(w);
    for (const w of workers) send(w);
    while (handed < all.length) {
      const seen = Atomics.load(counter, 0);
      let got = false;
      for (const w of workers) {
        for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
          const r = m.message as BatchResult;
          r.outcomes.forEach((o, k) => (outcomes[r.first + k] = o));
          got = true;
          send(w);
        }
      }
      while (handed < all.length && outcomes[handed] !== undefined) {
        done(handed, outcomes[handed]!);
        outcomes[handed] = undefined;
        handed++;
      }
      if (!got && handed < all.length) Atomics.wait(counter, 0, seen, 1000);
    }
  } finally {
    for (const w of workers) {
      w.port.close();
      void w.worker.terminate();
    }
  }
  return true;
}

/** In a fleet worker: serve batches until the main thread lets go. True when this thread is one. */
export function serveFleetWorker(): boolean {
  if (!process.argv.includes(WORKER_FLAG)) return false;
  const { isMainThread, workerData } = workerThreads();
  if (isMainThread || !(workerData as FleetInit | undefined)?.clLintFleet) return false;
  const { port, signal, locale } = workerData as FleetInit;
  setLocale(locale);
  const counter = new Int32Array(signal);
  port.on('message', (batch: { first: number; jobs: FileJob[] }) => {
    const outcomes = batch.jobs.map((job): FileOutcome => {
      try {
        return lintFile(job);
      } catch (e) {
        return { messages: [`cisco-license-lint: ${job.display}: internal error: ${(e as Error)?.stack ?? e}`], failed: true, chars: 0 };
      }
    });
    port.postMessage({ first: batch.first, outcomes } satisfies BatchResult);
    Atomics.add(counter, 0, 1);
    Atomics.notify(counter, 0);
  });
  return true;
}
