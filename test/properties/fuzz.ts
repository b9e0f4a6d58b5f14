/**
 * `npm run fuzz`: every property at ten times its `npm test` size (100,000 cases or more in all),
 * with the count and time per property. Exits 1 on the first counterexample, which it prints.
 */
import { PROPERTIES } from './properties';

const SCALE = Number(process.env.FUZZ_SCALE ?? 10);

async function main(): Promise<void> {
  if (!Number.isFinite(SCALE) || SCALE <= 0) throw new Error(`FUZZ_SCALE must be a positive number, not ${process.env.FUZZ_SCALE}`);
  let total = 0;
  const started = Date.now();
  for (const { name, runs, check } of PROPERTIES) {
    const cases = Math.round(runs * SCALE);
    const t0 = Date.now();
    await check(cases);
    total += cases;
    console.log(`${String(cases).padStart(7)} cases  ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${name}`);
  }
  console.log(`${String(total).padStart(7)} cases  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  in all, no counterexample`);
}

main().catch((error) => {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
});
