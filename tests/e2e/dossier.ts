/**
 * The folder of the end-to-end database and its state (`E2E_DIR`, .e2e by default): with `NEXT_DIST_DIR` and
 * `E2E_PORT`, several end-to-end runs can share one checkout.
 */
export const E2E_DIR = process.env.E2E_DIR || '.e2e';
