import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentationIndicateurs } from '@/features/indicateurs/sorties/documentation';

describe('documentation des indicateurs', () => {
  it('docs/indicateurs.md est à jour (npm run docs:indicateurs)', () => {
    expect(readFileSync('docs/indicateurs.md', 'utf8')).toBe(documentationIndicateurs());
  });
});
