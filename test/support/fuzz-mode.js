// Loaded first by `npm run test:fuzz` (test/support/mocharc.fuzz.json): turns the property tests into a
// fuzzing run — a fresh random seed and 20x the runs (test/support/fast-check.ts). Keeps a seed given in
// REDAKSI_FUZZ_SEED, to replay a counterexample.
process.env.REDAKSI_FUZZ = '1';
