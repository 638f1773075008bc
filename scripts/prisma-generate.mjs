// `prisma generate` with the WASM generator: the CLI only needs the native schema engine's path to
// exist, and that engine cannot be downloaded here (docs/decisions/001-migrations-wasm.md).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const placeholder = fileURLToPath(new URL('../package.json', import.meta.url));
execFileSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder },
});
