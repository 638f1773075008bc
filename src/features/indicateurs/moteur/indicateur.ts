import type { Contexte } from './contexte';

/** One indicator of the Cour's list: its number (Lot numbering), French label and definition, and its SQL computation. */
export type Indicateur = {
  numero: string;
  libelle: string;
  /** The exact rule, in French, shown next to the figure and in docs/indicateurs.md. */
  definition: string;
  calculer: (ctx: Contexte) => Promise<unknown>;
};
