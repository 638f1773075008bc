/** Errors of an import, printed `fichier:ligne: colonne: raison` (French), the header being line 1. */

export type ErreurEchange = {
  fichier: string;
  ligne: number;
  /** The column at fault; null when the whole row or file is (wrong number of fields, empty file). */
  colonne: string | null;
  raison: string;
};

export const LIMITE_ERREURS = 200;

/** `fichier:ligne: colonne: raison`; without the column when no single column is at fault; without the line (0) for the folder itself. */
export function formatErreur(e: ErreurEchange): string {
  const ou = e.ligne > 0 ? `${e.fichier}:${e.ligne}` : e.fichier;
  return e.colonne === null ? `${ou}: ${e.raison}` : `${ou}: ${e.colonne}: ${e.raison}`;
}

/** Keeps the first `limite` errors in reading order and counts them all. */
export class Erreurs {
  readonly premieres: ErreurEchange[] = [];
  total = 0;

  constructor(private readonly limite = LIMITE_ERREURS) {}

  add(e: ErreurEchange) {
    this.total += 1;
    if (this.premieres.length < this.limite) this.premieres.push(e);
  }
}

/** "1 erreur", "3 erreurs". */
export function compterErreurs(n: number): string {
  return `${new Intl.NumberFormat('fr-FR').format(n)} erreur${n > 1 ? 's' : ''}`;
}
