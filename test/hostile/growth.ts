// Time bounds as properties, not wall-clock limits (issue 12): the cost at four times the size must
// stay near four times the cost at the size. A quadratic corner gives 16×, a linear one 4×; the bound
// (8×) leaves room for garbage collection and a busy machine without letting a square through.
import assert from 'node:assert/strict';

/** Median CPU time of `run` (user + system, this process): steadier than wall-clock on a shared machine. */
function medianMs(run: () => unknown, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = process.cpuUsage();
    run();
    const d = process.cpuUsage(t);
    times.push((d.user + d.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/**
 * Asserts that `work(4n)` costs at most `bound` × `work(n)` (4 is linear). `make(n)` builds the
 * input outside the timing; the first call warms the code up.
 */
export function assertLinearTime<T>(label: string, make: (n: number) => T, work: (input: T) => unknown, n: number, bound = 8, repeat = 3): void {
  const small = make(n);
  const large = make(4 * n);
  // Warm up, then repeat the small input enough times to be well above the timer's and the
  // collector's noise (20 ms); the large one runs as many times.
  work(large);
  const once = medianMs(() => work(small), 3);
  const times = Math.min(200, Math.max(1, Math.ceil(20 / Math.max(once, 0.05))));
  const run = (input: T) => () => {
    for (let i = 0; i < times; i++) work(input);
  };
  const a = medianMs(run(small), repeat);
  const b = medianMs(run(large), repeat);
  assert.ok(b <= bound * a, `${label}: ${a.toFixed(1)} ms at n=${n}, ${b.toFixed(1)} ms at n=${4 * n} (${times} runs each; ratio ${(b / a).toFixed(2)}, bound ${bound})`);
}
