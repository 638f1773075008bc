/** `npm run docs:indicateurs`: rewrites docs/indicateurs.md from the engine's definitions. */
import { writeFileSync } from 'node:fs';
import { documentationIndicateurs } from '@/features/indicateurs/sorties/documentation';

writeFileSync('docs/indicateurs.md', documentationIndicateurs());
console.log('docs/indicateurs.md régénéré.');
