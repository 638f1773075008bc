/**
 * V8 options of the production server (`npm start`, and the benchmark that measures it): a bounded old space.
 * Without it, V8 lets the heap grow to a large share of the machine's memory under load before collecting —
 * 1.4 GB of RSS under 50 concurrent users in docs/benchmarks.md, against 440 MB with this bound, at the same
 * throughput. `SILLAGE_HEAP_MO` changes the bound (megabytes of old space).
 */
export function optionsNodeProduction(env: Record<string, string | undefined> = process.env): string[] {
  const mo = Number(env.SILLAGE_HEAP_MO ?? '320');
  return [`--max-old-space-size=${Number.isInteger(mo) && mo >= 128 ? mo : 320}`];
}
