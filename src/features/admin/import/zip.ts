/**
 * Just enough of the ZIP format (PKWARE APPNOTE) to read an uploaded archive held in memory: its
 * table of contents (the central directory, ZIP64 included), then one entry at a time, decompressed
 * by fflate's streaming inflater in small steps. Each step hands the event loop back to the server's
 * other requests, the output may not exceed the size the archive announced (zip bombs), and the CRC-32
 * of the result must match.
 */
import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';

export type EntreeZip = {
  /** Path inside the archive, as stored ('/' separated). */
  nom: string;
  /** 0 = stored, 8 = deflate; anything else is not supported. */
  methode: number;
  chiffree: boolean;
  tailleCompressee: number;
  tailleDecompressee: number;
  crc: number;
  /** Offset of the entry's data (after its local header). */
  debutDonnees: number;
};

/** Not a ZIP archive, or one whose table of contents cannot be read. */
export class ZipIllisible extends Error {}

/** A file of the archive does not decompress as its table of contents announced (damaged or forged archive). French. */
export class ErreurArchive extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ErreurArchive';
  }
}

const FIN_REPERTOIRE = 0x06054b50;
const LOCALISATEUR_ZIP64 = 0x07064b50;
const FIN_REPERTOIRE_ZIP64 = 0x06064b50;
const ENTREE_REPERTOIRE = 0x02014b50;
const ENTETE_LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/**
 * The entries of the archive, in the order of its central directory. Throws ZipIllisible; returns
 * 'trop-d-entrees' as soon as the directory announces more than `maxEntrees` (before reading them).
 */
export function lireRepertoireZip(octets: Uint8Array, maxEntrees: number): EntreeZip[] | 'trop-d-entrees' {
  const vue = new DataView(octets.buffer, octets.byteOffset, octets.byteLength);
  const u16 = (p: number) => {
    if (p < 0 || p + 2 > octets.length) throw new ZipIllisible('lecture hors de l’archive');
    return vue.getUint16(p, true);
  };
  const u32 = (p: number) => {
    if (p < 0 || p + 4 > octets.length) throw new ZipIllisible('lecture hors de l’archive');
    return vue.getUint32(p, true);
  };
  const u64 = (p: number) => {
    if (p < 0 || p + 8 > octets.length) throw new ZipIllisible('lecture hors de l’archive');
    const n = vue.getBigUint64(p, true);
    if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipIllisible('taille hors limites');
    return Number(n);
  };

  // The end of central directory record: the last 22 bytes, or before a comment of up to 65 535 bytes.
  let fin = -1;
  for (let p = octets.length - 22; p >= Math.max(0, octets.length - 22 - MAX16); p -= 1) {
    if (u32(p) === FIN_REPERTOIRE && p + 22 + u16(p + 20) <= octets.length) {
      fin = p;
      break;
    }
  }
  if (fin < 0) throw new ZipIllisible('fin du répertoire introuvable');
  let nombre = u16(fin + 10);
  let debut = u32(fin + 16);
  if (fin >= 20 && u32(fin - 20) === LOCALISATEUR_ZIP64) {
    const fin64 = u64(fin - 12);
    if (u32(fin64) !== FIN_REPERTOIRE_ZIP64) throw new ZipIllisible('répertoire ZIP64 introuvable');
    nombre = u64(fin64 + 32);
    debut = u64(fin64 + 48);
  } else if (nombre === MAX16 || debut === MAX32) {
    throw new ZipIllisible('répertoire ZIP64 introuvable');
  }
  if (nombre > maxEntrees) return 'trop-d-entrees';

  const utf8 = new TextDecoder('utf-8');
  const ancien = new TextDecoder('latin1');
  const entrees: EntreeZip[] = [];
  let p = debut;
  for (let i = 0; i < nombre; i += 1) {
    if (u32(p) !== ENTREE_REPERTOIRE) throw new ZipIllisible('entrée du répertoire attendue');
    const drapeaux = u16(p + 8);
    const methode = u16(p + 10);
    const crc = u32(p + 16);
    let tailleCompressee = u32(p + 20);
    let tailleDecompressee = u32(p + 24);
    const longueurNom = u16(p + 28);
    const longueurExtra = u16(p + 30);
    const longueurCommentaire = u16(p + 32);
    let entete = u32(p + 42);
    const debutNom = p + 46;
    if (debutNom + longueurNom + longueurExtra > octets.length) throw new ZipIllisible('entrée tronquée');
    // Bit 11: UTF-8 name; otherwise the old DOS code page, of which ASCII is all we need.
    const nom = (drapeaux & 0x800 ? utf8 : ancien).decode(octets.subarray(debutNom, debutNom + longueurNom));
    // ZIP64 extra field: the 64-bit values of the fields saturated above, in this order.
    for (let x = debutNom + longueurNom; x + 4 <= debutNom + longueurNom + longueurExtra; x += 4 + u16(x + 2)) {
      if (u16(x) !== 0x0001) continue;
      let v = x + 4;
      if (tailleDecompressee === MAX32) {
        tailleDecompressee = u64(v);
        v += 8;
      }
      if (tailleCompressee === MAX32) {
        tailleCompressee = u64(v);
        v += 8;
      }
      if (entete === MAX32) entete = u64(v);
    }
    if (u32(entete) !== ENTETE_LOCAL) throw new ZipIllisible('en-tête local introuvable');
    const debutDonnees = entete + 30 + u16(entete + 26) + u16(entete + 28);
    if (debutDonnees + tailleCompressee > octets.length) throw new ZipIllisible('données tronquées');
    entrees.push({ nom, methode, chiffree: (drapeaux & 1) === 1, tailleCompressee, tailleDecompressee, crc, debutDonnees });
    p = debutNom + longueurNom + longueurExtra + longueurCommentaire;
  }
  return entrees;
}

/** Compressed bytes pushed to the inflater per step (deflate expands at most about 1 000 times). */
const PAS = 32 * 1024;
/** Decompressed bytes handed over at a time. */
const MORCEAU = 1024 * 1024;

const rendreLaMain = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The decompressed bytes of `e`, chunk by chunk. Throws ErreurArchive (French, naming `libelle`) if
 * the data is damaged, longer or shorter than announced, or fails its CRC-32.
 */
export async function* decompresserEntree(octets: Uint8Array, e: EntreeZip, libelle: string): AsyncGenerator<Uint8Array> {
  const endommage = (cause?: unknown) =>
    new ErreurArchive(`Le fichier « ${libelle} » ne se décompresse pas comme l’archive l’annonce : l’archive est endommagée. Recréez-la puis recommencez.`, { cause });
  const donnees = octets.subarray(e.debutDonnees, e.debutDonnees + e.tailleCompressee);
  let produits = 0;
  let crc = 0;
  let sorties: Uint8Array[] = [];
  const recevoir = (morceau: Uint8Array) => {
    produits += morceau.length;
    if (produits > e.tailleDecompressee) throw endommage();
    crc = crc32(morceau, crc);
    if (morceau.length > 0) sorties.push(morceau);
  };
  const inflateur = e.methode === 8 ? new Inflate((morceau) => recevoir(morceau)) : null;
  for (let debut = 0; ; debut += PAS) {
    const tranche = donnees.subarray(debut, debut + PAS);
    const derniere = debut + PAS >= donnees.length;
    try {
      if (inflateur) inflateur.push(tranche, derniere);
      else recevoir(tranche);
    } catch (error) {
      throw error instanceof ErreurArchive ? error : endommage(error);
    }
    const pretes = sorties;
    sorties = [];
    for (const s of pretes) {
      for (let i = 0; i < s.length; i += MORCEAU) {
        yield s.subarray(i, i + MORCEAU);
        if (i + MORCEAU < s.length) await rendreLaMain();
      }
    }
    await rendreLaMain();
    if (derniere) break;
  }
  if (produits !== e.tailleDecompressee || crc !== e.crc) throw endommage();
}
