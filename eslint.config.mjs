import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', '.data/**', '.e2e/**', '.e2e-*/**', 'src/generated/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    // CLIs and jobs use unsafe… data functions; the app never imports scripts.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/scripts/**'], message: "L'application n'importe pas les scripts." }] }],
    },
  },
  {
    // Routes are thin: they call a feature's query and never reach the database themselves.
    files: ['src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/server/db', '@/generated/prisma/*', '**/generated/prisma/*'], message: "Une route appelle une lecture de src/features/<domaine>/queries.ts, jamais Prisma." },
            { group: ['**/mutations'], message: 'Une route passe par les actions serveur (actions.ts).' },
            { group: ['**/scripts/**'], message: "L'application n'importe pas les scripts." },
          ],
        },
      ],
    },
  },
]);
