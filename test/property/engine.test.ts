// Property tests of the engine on generated and mutated device text (fast-check, fixed seeds so
// CI is repeatable). `npm run fuzz` runs the same properties for a million cases.
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { deviceText, largeDeviceText } from './arbitraries';
import { checkDocument } from './properties';
import { loadSeeds } from './seeds';

const { seeds, corpusPresent } = loadSeeds();

describe('engine properties', () => {
  it(`hold on every seed as it is (${seeds.length} files${corpusPresent ? ', with ../shared/corpus' : '; ../shared/corpus absent, skipped'})`, () => {
    for (const s of seeds) {
      try {
        checkDocument(s.text);
      } catch (e) {
        (e as Error).message = `${s.name}: ${(e as Error).message}`;
        throw e;
      }
    }
  });

  it('hold on 3,000 generated and mutated texts (seed 7001)', () => {
    fc.assert(fc.property(deviceText(seeds), (c) => checkDocument(c.text)), { seed: 7001, numRuns: 3000 });
  });

  it('stay under 1 s per MiB on 12 texts of 64 KiB to 2 MiB (seed 7002)', () => {
    fc.assert(fc.property(largeDeviceText(seeds, 2), (c) => checkDocument(c.text, { perFix: false })), { seed: 7002, numRuns: 12 });
  });
});
