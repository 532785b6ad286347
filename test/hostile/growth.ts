// Time and memory bounds as properties, not wall-clock limits (issue 12): the cost at twice the size
// must stay near twice the cost at the size. A quadratic corner gives 4×, a linear one 2×; the bound
// leaves room for a noisy machine without letting a square through.
import assert from 'node:assert/strict';

function medianMs(run: () => unknown, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/**
 * Asserts that `work(2n)` costs at most `bound` × `work(n)` (2 is linear). `make(n)` builds the
 * input outside the timing; the first call warms the code up.
 */
export function assertLinearTime<T>(label: string, make: (n: number) => T, work: (input: T) => unknown, n: number, bound = 3, repeat = 5): void {
  const small = make(n);
  const large = make(2 * n);
  work(small);
  const a = medianMs(() => work(small), repeat);
  const b = medianMs(() => work(large), repeat);
  // Below a millisecond timer noise outweighs the shape of the curve: callers pick n above that.
  assert.ok(b <= bound * Math.max(a, 1), `${label}: ${a.toFixed(1)} ms at n=${n}, ${b.toFixed(1)} ms at n=${2 * n} (ratio ${(b / a).toFixed(2)}, bound ${bound})`);
}
