/**
 * An uploaded .zip of the exchange format, read in memory as a `Source` of the import
 * (src/features/echange/source.ts). The archive's table of contents is checked before anything is
 * decompressed: a zip, the CSV files at its root or in a single folder, known compression methods, no
 * password, and declared sizes under the limit (zip bombs). Each file is then decompressed only while
 * the import reads it (once to check it, once to write it), step by step (./zip.ts), and decoded as
 * UTF-8 chunk by chunk: memory holds the archive and a few chunks, and the server keeps answering other
 * requests meanwhile.
 */
import { NOMS_FICHIERS, type NomFichier } from '@/features/echange/schemas';
import type { Source } from '@/features/echange/source';
import { ENTREES_MAX, formatTaille, TAILLE_MAX_ARCHIVE, TAILLE_MAX_DECOMPRESSEE } from './limites';
import { decompresserEntree, ErreurArchive, lireRepertoireZip, ZipIllisible, type EntreeZip } from './zip';

export type Limites = { archive: number; decompressee: number; entrees: number };

export const LIMITES: Limites = { archive: TAILLE_MAX_ARCHIVE, decompressee: TAILLE_MAX_DECOMPRESSEE, entrees: ENTREES_MAX };

export type ArchiveLue =
  | {
      ok: true;
      source: Source;
      /** Files of the exchange format found, in import order. */
      fichiers: NomFichier[];
      /** Their decompressed sizes, as declared by the archive. */
      tailles: Record<string, number>;
      /** The folder holding the files ('' at the root). */
      dossier: string;
      /** Entries left aside (not CSV files). */
      avertissements: string[];
    }
  | { ok: false; message: string };

/** Entries shown in a message before "…". */
const EXEMPLES = 3;

const PAS_UNE_ARCHIVE = 'Ce fichier n’est pas une archive ZIP. Compressez le dossier des fichiers CSV au format .zip puis recommencez.';

/** Entries the archiving tools add on their own (macOS resource forks, hidden files): left aside silently. */
function estSysteme(segments: string[]): boolean {
  return segments.some((s) => s === '__MACOSX' || s.startsWith('.'));
}

function exemples(noms: string[]): string {
  const vus = noms.slice(0, EXEMPLES).map((n) => `« ${n} »`);
  return noms.length > EXEMPLES ? `${vus.join(', ')}…` : vus.join(', ');
}

type Entree = EntreeZip & { segments: string[] };

/** Reads the table of contents of `octets`; returns the source of the exchange files, or why the archive is refused (French). */
export function lireArchive(octets: Uint8Array, limites: Limites = LIMITES): ArchiveLue {
  if (octets.length > limites.archive) {
    return { ok: false, message: `L’archive pèse ${formatTaille(octets.length)} : la taille maximale est de ${formatTaille(limites.archive)}.` };
  }
  // Local file header or end of an empty archive.
  if (octets.length < 22 || octets[0] !== 0x50 || octets[1] !== 0x4b || !((octets[2] === 3 && octets[3] === 4) || (octets[2] === 5 && octets[3] === 6))) {
    return { ok: false, message: PAS_UNE_ARCHIVE };
  }

  let entrees: Entree[];
  try {
    const repertoire = lireRepertoireZip(octets, limites.entrees);
    if (repertoire === 'trop-d-entrees') {
      return { ok: false, message: `L’archive contient plus de ${limites.entrees} fichiers et dossiers : seuls les ${NOMS_FICHIERS.length} fichiers du format d’échange sont attendus.` };
    }
    entrees = repertoire.map((e) => ({ ...e, segments: e.nom.replaceAll('\\', '/').split('/') }));
  } catch (error) {
    if (!(error instanceof ZipIllisible)) throw error;
    return { ok: false, message: 'Cette archive ZIP est illisible (fichier incomplet ou endommagé ?). Recréez-la puis recommencez.' };
  }

  const avertissements: string[] = [];
  const profonds: string[] = [];
  const invalides: string[] = [];
  /** CSV files per folder ('' = root). */
  const csvParDossier = new Map<string, Entree[]>();
  for (const e of entrees) {
    // Folder entries end with '/'.
    const estDossier = e.segments.length > 1 && e.segments.at(-1) === '';
    const segments = [...e.segments];
    while (segments.length > 0 && segments.at(-1) === '') segments.pop();
    if (segments.length === 0 || segments.some((s) => s === '' || s === '..')) {
      invalides.push(e.nom);
      continue;
    }
    if (estSysteme(segments)) continue;
    if (estDossier) {
      if (segments.length > 1) profonds.push(e.nom);
      continue;
    }
    if (segments.length > 2) {
      profonds.push(e.nom);
      continue;
    }
    const nom = segments.at(-1) ?? '';
    if (!nom.toLowerCase().endsWith('.csv')) {
      avertissements.push(`fichier « ${e.nom} » ignoré : seuls les fichiers .csv sont lus`);
      continue;
    }
    const dossier = segments.length === 2 ? (segments[0] ?? '') : '';
    const liste = csvParDossier.get(dossier) ?? [];
    liste.push(e);
    csvParDossier.set(dossier, liste);
  }

  if (invalides.length > 0) {
    return { ok: false, message: `L’archive contient des chemins non valides (${exemples(invalides)}) : recréez-la à partir du dossier des fichiers CSV.` };
  }
  if (profonds.length > 0) {
    return {
      ok: false,
      message: `L’archive contient des sous-dossiers (${exemples(profonds)}) : placez les fichiers CSV à la racine de l’archive ou dans un seul dossier.`,
    };
  }
  if (csvParDossier.size === 0) {
    return { ok: false, message: `L’archive ne contient aucun fichier CSV. Fichiers attendus : ${NOMS_FICHIERS.join(', ')}.` };
  }
  if (csvParDossier.size > 1) {
    const lieux = [...csvParDossier.keys()].sort().map((d) => (d === '' ? 'la racine' : `le dossier « ${d} »`));
    return { ok: false, message: `Les fichiers CSV sont répartis entre ${lieux.join(', ')} : placez-les tous à la racine de l’archive ou dans un seul dossier.` };
  }
  const [dossier, csv] = [...csvParDossier.entries()][0] ?? ['', []];

  const parNom = new Map<string, Entree>();
  for (const e of csv) {
    const nom = e.segments.at(-1) ?? '';
    if (parNom.has(nom)) return { ok: false, message: `Le fichier « ${nom} » figure deux fois dans l’archive.` };
    parNom.set(nom, e);
  }
  const fichiers = NOMS_FICHIERS.filter((n) => parNom.has(n));
  if (fichiers.length === 0) {
    return {
      ok: false,
      message: `L’archive ne contient aucun des fichiers du format d’échange (trouvés : ${exemples([...parNom.keys()].sort())} ; attendus : ${NOMS_FICHIERS.join(', ')}).`,
    };
  }

  const tailles: Record<string, number> = {};
  let total = 0;
  for (const nom of fichiers) {
    const e = parNom.get(nom);
    if (!e) continue;
    if (e.chiffree) return { ok: false, message: 'L’archive est protégée par un mot de passe : recréez-la sans mot de passe.' };
    if (e.methode !== 0 && e.methode !== 8) {
      return { ok: false, message: `Le fichier « ${nom} » est compressé avec une méthode non prise en charge : recréez l’archive avec la compression standard (Deflate).` };
    }
    tailles[nom] = e.tailleDecompressee;
    total += e.tailleDecompressee;
  }
  if (total > limites.decompressee) {
    return {
      ok: false,
      message: `Une fois décompressés, les fichiers pèseraient ${formatTaille(total)} : la limite est de ${formatTaille(limites.decompressee)}. Importez les données en plusieurs archives.`,
    };
  }

  const source: Source = {
    description: dossier === '' ? 'archive' : dossier,
    async noms() {
      return [...parNom.keys()].sort();
    },
    async taille(nom) {
      return parNom.get(nom)?.tailleDecompressee ?? 0;
    },
    async *lire(nom) {
      const e = parNom.get(nom);
      if (!e) throw new ErreurArchive(`Le fichier « ${nom} » est absent de l’archive.`);
      // UTF-8 decoding keeps a character split between two chunks whole, drops a leading BOM, and turns
      // invalid bytes into U+FFFD, which the import reports as "fichier non encodé en UTF-8".
      const decodeur = new TextDecoder('utf-8');
      for await (const morceau of decompresserEntree(octets, e, nom)) {
        const texte = decodeur.decode(morceau, { stream: true });
        if (texte !== '') yield texte;
      }
      const reste = decodeur.decode();
      if (reste !== '') yield reste;
    },
  };

  return { ok: true, source, fichiers, tailles, dossier, avertissements };
}
