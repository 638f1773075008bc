/**
 * Rows in PostgreSQL's COPY text format (tab-separated, `\N` for NULL), gathered per table for one
 * batch of foyers, with a running SHA-256 of everything written (the determinism checksums).
 */
import { createHash, type Hash } from 'node:crypto';
import { TABLES, type NomTable } from './tables';

export type Valeur = string | number | boolean | null;

const SPECIAUX = /[\\\t\n\r]/;

function champ(valeur: Valeur): string {
  if (valeur === null) return '\\N';
  if (typeof valeur === 'number') return String(valeur);
  if (typeof valeur === 'boolean') return valeur ? 't' : 'f';
  return SPECIAUX.test(valeur) ? valeur.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : valeur;
}

export class TableCopie {
  readonly nom: NomTable;
  readonly colonnes: readonly string[];
  readonly serial: boolean;
  private lignes: string[] = [];
  private readonly hash: Hash = createHash('sha256');
  /** Rows written since the start (all batches). */
  total = 0;

  constructor(nom: NomTable, colonnes: readonly string[], serial: boolean) {
    this.nom = nom;
    this.colonnes = colonnes;
    this.serial = serial;
  }

  ajouter(valeurs: readonly Valeur[]): void {
    if (valeurs.length !== this.colonnes.length) {
      throw new Error(`${this.nom} : ${valeurs.length} valeurs pour ${this.colonnes.length} colonnes`);
    }
    const champs = new Array<string>(valeurs.length);
    for (let i = 0; i < valeurs.length; i += 1) champs[i] = champ(valeurs[i] ?? null);
    this.lignes.push(champs.join('\t'));
    this.total += 1;
  }

  /** The rows of the current batch as one COPY payload (empty string when none), and forgets them. */
  vider(): string {
    if (this.lignes.length === 0) return '';
    this.lignes.push('');
    const texte = this.lignes.join('\n');
    this.lignes = [];
    this.hash.update(texte);
    return texte;
  }

  empreinte(): string {
    return this.hash.copy().digest('hex');
  }

  sql(freeze: boolean): string {
    return `COPY "${this.nom}" (${this.colonnes.map((c) => `"${c}"`).join(', ')}) FROM STDIN${freeze ? ' WITH (FREEZE)' : ''}`;
  }
}

export type Sortie = Record<NomTable, TableCopie>;

export function nouvelleSortie(): Sortie {
  const sortie = {} as Sortie;
  for (const t of TABLES) sortie[t.nom] = new TableCopie(t.nom, t.colonnes, t.serial);
  return sortie;
}

/** Checksum of the whole dataset: SHA-256 of the tables' checksums in load order. */
export function empreinteGlobale(sortie: Sortie): string {
  const hash = createHash('sha256');
  for (const t of TABLES) hash.update(`${t.nom}:${sortie[t.nom].empreinte()}\n`);
  return hash.digest('hex');
}

// ───────── Dates as COPY text ─────────

const jours = new Map<number, string>();

/** 'YYYY-MM-DD' of a UTC-midnight date (cached: the same days come back all the time). */
export function jour(date: Date | null): string | null {
  if (date === null) return null;
  const t = date.getTime();
  let s = jours.get(t);
  if (s === undefined) {
    s = date.toISOString().slice(0, 10);
    if (jours.size < 200_000) jours.set(t, s);
  }
  return s;
}

export function instant(date: Date): string {
  return date.toISOString();
}

export function euros(valeur: number): string {
  return (Math.round(valeur * 100) / 100).toFixed(2);
}
