/**
 * `BENCH_SMOKE=1`: every bench end to end at a tiny size, in seconds (ops/test/bench-smoke.test.ts runs it in
 * `npm test`). The figures mean nothing then; what the smoke proves is that each bench's setup still produces
 * what it measures (rows seeded, events delivered, answers checked), since each bench throws when it does not.
 */
export const SMOKE = process.env.BENCH_SMOKE === '1';

/** The full bench's size, or the smoke's. */
export const sized = (full: number, smoke: number): number => (SMOKE ? smoke : full);
