/** The measures, in the order they run (a later one may read the figures of an earlier one). */
import { type Mesure } from '../types';
import { indicateurs } from './indicateurs';
import { pages } from './pages';
import { precalcul } from './precalcul';
import { scanRdv } from './scan-rdv';

export const MESURES: readonly Mesure[] = [scanRdv, indicateurs, precalcul, pages];
