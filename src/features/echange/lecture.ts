/**
 * Reads one file of the exchange format: checks its header, then yields each row with its physical
 * line, its raw values and, when the row is valid, the values its schema produced. Both passes of the
 * import use it: the validation pass reports the problems, the write pass reads again the valid rows.
 */
import { readCsv } from './csv';
import type { Erreurs } from './erreurs';
import { COLONNES, SCHEMAS, type Ligne, type LigneBrute, type NomFichier } from './schemas';
import type { Source } from './source';

export type LigneLue<N extends NomFichier> = {
  ligne: number;
  brute: LigneBrute;
  /** null when the row has an error (already reported). */
  valeurs: Ligne<N> | null;
};

export type FichierOuvert<N extends NomFichier> = {
  /** Columns of the header (normalised: trimmed, lower case). */
  colonnes: ReadonlySet<string>;
  lignes: AsyncGenerator<LigneLue<N>>;
};

const REMPLACEMENT = '\uFFFD';

async function* compterOctets(chunks: AsyncIterable<string>, onOctets?: (octets: number) => void): AsyncGenerator<string> {
  for await (const chunk of chunks) {
    onOctets?.(Buffer.byteLength(chunk, 'utf8'));
    yield chunk;
  }
}

/**
 * Opens a file and checks its header. Returns null when the header is unusable (empty file, unknown
 * or missing columns: reported in `erreurs`), in which case none of its rows is read.
 */
export async function ouvrirFichier<N extends NomFichier>(
  source: Source,
  nom: N,
  options: { erreurs?: Erreurs; onOctets?: (octets: number) => void } = {},
): Promise<FichierOuvert<N> | null> {
  const { erreurs } = options;
  const signaler = (ligne: number, colonne: string | null, raison: string) => erreurs?.add({ fichier: nom, ligne, colonne, raison });
  const records = readCsv(compterOctets(source.lire(nom), options.onOctets));
  const first = await records.next();
  if (first.done) {
    signaler(1, null, 'fichier vide : la première ligne doit être l’en-tête (noms des colonnes)');
    return null;
  }
  const header = first.value;
  const attendues = COLONNES[nom];
  const connues = new Map(attendues.map((c) => [c.nom, c]));
  const noms = header.champs.map((c) => c.trim().toLowerCase());
  let valide = true;
  for (const e of header.erreurs) {
    signaler(header.ligne, null, e);
    valide = false;
  }
  const vues = new Set<string>();
  for (const [i, n] of noms.entries()) {
    if (n === '') {
      signaler(1, null, `colonne n° ${i + 1} sans nom dans l’en-tête`);
      valide = false;
    } else if (!connues.has(n)) {
      signaler(1, n, `colonne inconnue (colonnes attendues : ${attendues.map((c) => c.nom).join(', ')})`);
      valide = false;
    } else if (vues.has(n)) {
      signaler(1, n, 'colonne en double dans l’en-tête');
      valide = false;
    }
    vues.add(n);
  }
  for (const c of attendues) {
    if (c.requise && !vues.has(c.nom)) {
      signaler(1, c.nom, 'colonne obligatoire absente de l’en-tête');
      valide = false;
    }
  }
  if (!valide) {
    await records.return(undefined);
    return null;
  }
  return { colonnes: vues, lignes: lignes(nom, noms, records, signaler) };
}

async function* lignes<N extends NomFichier>(
  nom: N,
  noms: string[],
  records: AsyncGenerator<{ ligne: number; champs: string[]; erreurs: string[] }>,
  signaler: (ligne: number, colonne: string | null, raison: string) => void,
): AsyncGenerator<LigneLue<N>> {
  const schema = SCHEMAS[nom];
  for await (const record of records) {
    const brute: LigneBrute = {};
    for (const [i, n] of noms.entries()) {
      const v = record.champs[i]?.trim();
      if (v) brute[n] = v;
    }
    let ok = true;
    for (const e of record.erreurs) {
      signaler(record.ligne, null, e);
      ok = false;
    }
    if (record.champs.length !== noms.length) {
      signaler(record.ligne, null, `la ligne a ${record.champs.length} champ(s) alors que l’en-tête a ${noms.length} colonnes`);
      ok = false;
    }
    if (!ok) {
      yield { ligne: record.ligne, brute, valeurs: null };
      continue;
    }
    for (const [n, v] of Object.entries(brute)) {
      if (v?.includes(REMPLACEMENT)) {
        signaler(record.ligne, n, 'caractère illisible : le fichier doit être encodé en UTF-8');
        ok = false;
      }
    }
    const parsed = schema.safeParse(brute);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const colonne = issue.path[0];
        signaler(record.ligne, typeof colonne === 'string' ? colonne : null, issue.message);
      }
      ok = false;
    }
    yield { ligne: record.ligne, brute, valeurs: ok && parsed.success ? (parsed.data as Ligne<N>) : null };
  }
}
