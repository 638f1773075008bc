import { describe, expect, it } from 'vitest';
import { optionsNodeProduction } from './memoire-next';

describe('optionsNodeProduction', () => {
  it('borne le tas à 512 Mo par défaut, ou à SILLAGE_HEAP_MO', () => {
    expect(optionsNodeProduction({})).toEqual(['--max-old-space-size=512']);
    expect(optionsNodeProduction({ SILLAGE_HEAP_MO: '768' })).toEqual(['--max-old-space-size=768']);
  });

  it('une valeur illisible ou trop petite garde 512', () => {
    for (const v of ['abc', '64', '2.5', '']) expect(optionsNodeProduction({ SILLAGE_HEAP_MO: v })).toEqual(['--max-old-space-size=512']);
  });
});
