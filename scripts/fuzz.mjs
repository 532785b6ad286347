// `npm run fuzz`: the engine's property tests (test/property/properties.ts) on a million generated
// and mutated device texts, spread over one worker per CPU. Prints the case count, the time, and
// every distinct counterexample with the seed and path that replay it.
//
//   npm run fuzz -- [--runs N] [--seed S] [--workers W] [--chunk C]
//   npm run fuzz -- --replay SEED:PATH [--large]
//
// Chunk k runs C cases with seed S + k, so any report line replays on its own. One chunk in 50
// holds large texts (64 KiB to 3 MiB) for the 1 s per MiB property.
import * as esbuild from 'esbuild';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const runs = Number(opt('runs', 1_000_000));
const baseSeed = Number(opt('seed', Date.now() % 1_000_000_000));
const workers = Number(opt('workers', availableParallelism()));
const chunk = Number(opt('chunk', 2000));
const replay = opt('replay', null);

const bundle = join(ROOT, '.bench', 'fuzz-worker.cjs');
await esbuild.build({
  entryPoints: [join(ROOT, 'test', 'property', 'fuzzWorker.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', logLevel: 'warning', loader: { '.md': 'text' }, packages: 'external',
  // Seeds are found relative to the repository, as in the tests.
  define: { __dirname: JSON.stringify(join(ROOT, 'test', 'property')) },
});

if (replay) {
  const [seed, ...path] = replay.split(':');
  const { createRequire } = await import('node:module');
  const { runChunk } = createRequire(import.meta.url)(bundle);
  const r = runChunk({ seed: Number(seed), numRuns: 1, large: args.includes('--large'), path: path.join(':') });
  console.log(r.failed ? `fails: ${r.error}\n${r.counterexample}` : 'passes');
  process.exit(r.failed ? 1 : 0);
}

const chunks = [];
for (let k = 0, left = runs; left > 0; k++) {
  const large = k % 50 === 49;
  const n = large ? Math.min(20, left) : Math.min(chunk, left);
  chunks.push({ seed: baseSeed + k, numRuns: n, large });
  left -= n;
}

console.log(`fuzz: ${runs.toLocaleString('en')} cases in ${chunks.length} chunks, base seed ${baseSeed}, ${workers} worker(s)`);
const started = performance.now();
let done = 0;
let next = 0;
let lastReport = started;
const failures = new Map();

await new Promise((resolve, reject) => {
  let alive = 0;
  for (let w = 0; w < Math.min(workers, chunks.length); w++) {
    const worker = new Worker(bundle, { workerData: { fuzzWorker: true }, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
    let current = null;
    alive++;
    const feed = () => {
      current = next < chunks.length ? chunks[next++] : null;
      worker.postMessage(current);
    };
    worker.on('message', (m) => {
      if (m !== 'ready') {
        done += m.numRuns;
        if (m.failed) {
          const kind = m.error.replace(/[:{].*$/s, '').trim();
          if (!failures.has(kind)) {
            failures.set(kind, m);
            console.log(`\nCOUNTEREXAMPLE (seed ${m.seed}, path ${m.path}${m.large ? ', large' : ''}): ${m.error}\n  ${m.counterexample}\n  replay: npm run fuzz -- --replay ${m.seed}:${m.path}${m.large ? ' --large' : ''}`);
          }
        }
        const now = performance.now();
        if (now - lastReport > 30000) {
          lastReport = now;
          const rate = done / ((now - started) / 1000);
          console.log(`fuzz: ${done.toLocaleString('en')} cases, ${rate.toFixed(0)}/s, ~${((runs - done) / rate / 60).toFixed(0)} min left, ${failures.size} distinct failure(s)`);
        }
      }
      feed();
    });
    worker.on('error', (e) => reject(new Error(`worker failed on chunk ${JSON.stringify(current)}: ${e.message}`)));
    worker.on('exit', () => {
      if (--alive === 0) resolve();
    });
  }
});

const secs = (performance.now() - started) / 1000;
console.log(`\nfuzz: ${done.toLocaleString('en')} cases in ${(secs / 60).toFixed(1)} min (${(done / secs).toFixed(0)}/s), base seed ${baseSeed}: ${failures.size ? `${failures.size} distinct failure(s)` : 'no counterexample'}`);
process.exit(failures.size ? 1 : 0);
