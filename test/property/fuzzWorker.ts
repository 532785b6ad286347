// One worker of `npm run fuzz` (scripts/fuzz.mjs bundles this file): runs chunks of property
// cases, each chunk with its own seed, and reports counts and the first counterexample per chunk.
import fc from 'fast-check';
import { parentPort, workerData } from 'node:worker_threads';
import { deviceText, largeDeviceText } from './arbitraries';
import { checkDocument } from './properties';
import { loadSeeds } from './seeds';

export interface ChunkRequest {
  seed: number;
  numRuns: number;
  large: boolean;
  /** Replay one case: `seed:path` from a report. */
  path?: string;
}

export interface ChunkResult {
  seed: number;
  numRuns: number;
  large: boolean;
  failed: boolean;
  path?: string;
  error?: string;
  counterexample?: string;
}

const { seeds } = loadSeeds();
const normal = fc.property(deviceText(seeds), (c) => checkDocument(c.text));
const large = fc.property(largeDeviceText(seeds, 3), (c) => checkDocument(c.text, { perFix: false }));

export function runChunk(req: ChunkRequest): ChunkResult {
  const details = fc.check(req.large ? large : normal, { seed: req.seed, numRuns: req.numRuns, ...(req.path ? { path: req.path } : {}) });
  const result: ChunkResult = { seed: req.seed, numRuns: details.numRuns, large: req.large, failed: details.failed };
  if (details.failed) {
    result.path = details.counterexamplePath ?? undefined;
    const e = details.errorInstance as Error | undefined;
    result.error = e?.message ?? String(details.errorInstance);
    const ce = details.counterexample?.[0] as { origin: string; text: string } | undefined;
    result.counterexample = ce ? JSON.stringify(ce.text.length > 4000 ? { origin: ce.origin, text: ce.text.slice(0, 4000) + '…(cut)' } : ce) : undefined;
  }
  return result;
}

if (parentPort && workerData?.fuzzWorker) {
  const port = parentPort;
  port.on('message', (req: ChunkRequest | null) => {
    if (req === null) process.exit(0);
    port.postMessage(runChunk(req));
  });
  port.postMessage('ready');
}
