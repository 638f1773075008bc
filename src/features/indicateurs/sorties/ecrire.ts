import type { ResultatIndicateurs } from '../moteur/calculer';
import { ecrireCsv } from './csv';
import { ecrireXlsx } from './xlsx';

/** Serializes a result in the requested format (xlsx and csv reproduce the reports' tables). */
export async function ecrireResultat(resultat: ResultatIndicateurs, format: 'json' | 'xlsx' | 'csv'): Promise<string | Buffer> {
  if (format === 'xlsx') return ecrireXlsx(resultat);
  if (format === 'csv') return ecrireCsv(resultat);
  return `${JSON.stringify(resultat, null, 2)}\n`;
}
