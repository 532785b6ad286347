// In-process engine throughput: loads the bundled engine, reads one file, lints it once cold (the
// first lint in a fresh process: module already loaded, code not yet optimised), then warms up and
// measures the same way for every size, so a small file is not measured on colder code than a
// large one: warm-up until at least `warmup` runs AND WARM_BYTES of text have been linted, then at
// least `runs` runs AND MEASURE_BYTES of text, each timed alone. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const MiB = 1048576;
const WARM_BYTES = 200 * MiB;
const MEASURE_BYTES = 100 * MiB;
const [enginePath, file, runsArg, warmupArg] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const { lint } = require(enginePath);
const text = readFileSync(file, 'utf8');
const runs = Math.max(Number(runsArg ?? 10), Math.ceil(MEASURE_BYTES / text.length));
const warmup = Math.max(Number(warmupArg ?? 5), Math.ceil(WARM_BYTES / text.length));

let t0 = performance.now();
const first = lint(text);
const coldMs = performance.now() - t0;
for (let i = 1; i < warmup; i++) lint(text);
const times = [];
for (let i = 0; i < runs; i++) {
  t0 = performance.now();
  lint(text);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
console.log(JSON.stringify({
  chars: text.length, coldMs, warmup, runs, medianMs: at(0.5), p25Ms: at(0.25), p75Ms: at(0.75), minMs: times[0], maxMs: times[times.length - 1],
  findings: first.findings.length, rules: [...new Set(first.findings.map((f) => f.ruleId))],
}));
