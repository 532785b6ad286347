// In-process engine throughput: loads the bundled engine, reads one file, lints it `runs` times
// after `warmup` runs, and prints one JSON line (cold first run, median, min, findings).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [enginePath, file, runsArg, warmupArg] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const { lint } = require(enginePath);
const text = readFileSync(file, 'utf8');
const runs = Number(runsArg ?? 10);
const warmup = Number(warmupArg ?? 3);

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
console.log(JSON.stringify({
  chars: text.length, coldMs, medianMs: times[times.length >> 1], minMs: times[0], maxMs: times[times.length - 1],
  findings: first.findings.length, rules: [...new Set(first.findings.map((f) => f.ruleId))],
}));
