// Parameters for every fast-check property in the suite. `npm test` runs each property with one fixed seed
// (printed once), so a commit always gives the same result; `npm run test:fuzz` (REDAKSI_FUZZ=1) draws a
// fresh seed per run and runs every property FUZZ_FACTOR times as long, to keep looking for bugs. Either way
// a failure names the counterexample, the seed and the path, and replays with
// REDAKSI_FUZZ_SEED=<seed> (plus REDAKSI_FUZZ=1 for fuzzing's run counts).
import { randomInt } from 'node:crypto';

/** The seed `npm test` uses. Changing it is a reviewed change, like a golden file. */
export const FIXED_SEED = 20250122;
export const FUZZ_FACTOR = 20;

const fuzzing = process.env.REDAKSI_FUZZ === '1';
const seedFromEnv = Number.parseInt(process.env.REDAKSI_FUZZ_SEED ?? '', 10);
const seed = Number.isSafeInteger(seedFromEnv) ? seedFromEnv : fuzzing ? randomInt(0, 0x7fffffff) : FIXED_SEED;
let announced = false;

/** fast-check parameters for a property that runs `numRuns` times under `npm test`. */
export function propertyRuns(numRuns: number): { seed: number; numRuns: number } {
  if (!announced) {
    announced = true;
    process.stdout.write(`  [fast-check] seed ${seed} (${fuzzing ? `fuzzing, ${FUZZ_FACTOR}x runs` : 'fixed'})\n`);
  }
  return { seed, numRuns: fuzzing ? numRuns * FUZZ_FACTOR : numRuns };
}
