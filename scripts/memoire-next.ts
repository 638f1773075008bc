/**
 * V8 options of the production server (`npm start`, and the benchmark that measures it): a bounded old space.
 * Without it, V8 lets the heap grow to a large share of the machine's memory under load before collecting —
 * 1.4 GB of RSS under 50 concurrent users in docs/benchmarks.md, under 500 MB with this bound; 320 MB made the
 * collector run without pause once the heap filled (latencies doubled). `SILLAGE_HEAP_MO` changes the bound (MB of old space).
 */
export function optionsNodeProduction(env: Record<string, string | undefined> = process.env): string[] {
  const mo = Number(env.SILLAGE_HEAP_MO ?? '512');
  return [`--max-old-space-size=${Number.isInteger(mo) && mo >= 128 ? mo : 512}`];
}
