/**
 * The street of an address, normalized so that the desk's spelling and the responsable's zone match:
 * upper case, no accents, punctuation and hyphens as spaces, house number, postcode and town dropped,
 * common abbreviations written out ("av." → AVENUE, "r." → RUE, "St" → SAINT).
 * "12 bis, av. Jean-Jaurès, 99101 Valbourg" and "AVENUE JEAN JAURES" give the same street.
 */

/** Street types; their abbreviations are only read as such in first position ("R" of "R. Pasteur"). */
const TYPES: Readonly<Record<string, string>> = {
  RUE: 'RUE', R: 'RUE',
  AVENUE: 'AVENUE', AV: 'AVENUE', AVE: 'AVENUE', AVN: 'AVENUE',
  BOULEVARD: 'BOULEVARD', BD: 'BOULEVARD', BLD: 'BOULEVARD', BOUL: 'BOULEVARD',
  PLACE: 'PLACE', PL: 'PLACE',
  IMPASSE: 'IMPASSE', IMP: 'IMPASSE',
  ALLEE: 'ALLEE', ALL: 'ALLEE',
  CHEMIN: 'CHEMIN', CH: 'CHEMIN', CHE: 'CHEMIN', CHEM: 'CHEMIN',
  ROUTE: 'ROUTE', RTE: 'ROUTE',
  SQUARE: 'SQUARE', SQ: 'SQUARE',
  RESIDENCE: 'RESIDENCE', RES: 'RESIDENCE', RESID: 'RESIDENCE',
  FAUBOURG: 'FAUBOURG', FG: 'FAUBOURG', FBG: 'FAUBOURG',
  QUAI: 'QUAI', COURS: 'COURS', CRS: 'COURS',
  PROMENADE: 'PROMENADE', PROM: 'PROMENADE',
  CITE: 'CITE', PASSAGE: 'PASSAGE', SENTIER: 'SENTIER', LOTISSEMENT: 'LOTISSEMENT',
  HAMEAU: 'HAMEAU', HAM: 'HAMEAU', ESPLANADE: 'ESPLANADE', PARVIS: 'PARVIS', RUELLE: 'RUELLE', VILLA: 'VILLA', MAIL: 'MAIL',
  CLOS: 'CLOS', QUARTIER: 'QUARTIER',
};

/** Titles inside a street name, written out wherever they are ("av. du Gal Leclerc" → GENERAL). */
const TITRES: Readonly<Record<string, string>> = {
  ST: 'SAINT', STE: 'SAINTE', GAL: 'GENERAL', GEN: 'GENERAL', MAL: 'MARECHAL', PDT: 'PRESIDENT',
  PRES: 'PRESIDENT', DR: 'DOCTEUR', PROF: 'PROFESSEUR', CDT: 'COMMANDANT', LT: 'LIEUTENANT', NTRE: 'NOTRE',
};

/** "12", "12B", "12BIS", "BIS", "TER", "QUATER": a house number and its suffix. */
const NUMERO = /^(\d+[A-Z]?|\d+(BIS|TER|QUATER)|BIS|TER|QUATER)$/;
const CODE_POSTAL = /^\d{5}$/;

/** Upper case, no accents, ligatures written out, anything but letters and digits as one space. */
function majusculesSansAccents(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/Œ/g, 'OE')
    .replace(/Æ/g, 'AE')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/** A type word opens the street only when a name follows it ("Grande Rue" keeps its first word). */
const ouvreVoie = (mots: readonly string[], i: number) => TYPES[mots[i] ?? ''] !== undefined && i < mots.length - 1;
const apresNumero = (mots: readonly string[], i: number) => i > 0 && NUMERO.test(mots[i - 1] ?? '');

/** A comma-separated part of the address, as words; a part that starts with a postcode (the town) is dropped. */
function parties(adresse: string): string[][] {
  const brutes = adresse
    .split(/[,;\n]/)
    .map((p) => majusculesSansAccents(p).split(' ').filter(Boolean))
    .filter((mots) => mots.length > 0);
  const utiles: string[][] = [];
  for (const mots of brutes) {
    const cp = mots.findIndex((m) => CODE_POSTAL.test(m));
    const avantCp = cp === -1 ? mots : mots.slice(0, cp);
    if (avantCp.length === 0) continue;
    // "12, rue de la Paix": a part holding only the house number belongs to the next one.
    const precedente = utiles[utiles.length - 1];
    if (precedente && precedente.every((m) => NUMERO.test(m))) precedente.push(...avantCp);
    else utiles.push(avantCp);
  }
  return utiles;
}

/** Where the street starts in a part: its type word after a house number, else any type word, else -1. */
function debutVoie(mots: readonly string[]): number {
  const numerote = mots.findIndex((_, i) => ouvreVoie(mots, i) && apresNumero(mots, i));
  return numerote !== -1 ? numerote : mots.findIndex((_, i) => ouvreVoie(mots, i));
}

/**
 * The normalized street of an address, or null when none can be read (empty, only a number or a town).
 * Also used on the responsable's zone input, so both sides go through the same function (it is idempotent).
 */
export function extraireVoie(adresse: string | null | undefined): string | null {
  if (!adresse) return null;
  const candidates = parties(adresse);
  // The part holding "<number> <type> …" is the street; else the first with a type word; else the first part.
  const choisie =
    candidates.find((mots) => mots.some((_, i) => ouvreVoie(mots, i) && apresNumero(mots, i))) ??
    candidates.find((mots) => mots.some((_, i) => ouvreVoie(mots, i))) ??
    candidates[0];
  if (!choisie) return null;
  const debut = debutVoie(choisie);
  let mots = debut === -1 ? [...choisie] : choisie.slice(debut);
  if (debut === -1) {
    while (mots.length > 0 && NUMERO.test(mots[0] ?? '')) mots = mots.slice(1);
  }
  if (mots.length === 0 || mots.every((m) => /^\d+$/.test(m))) return null;
  return mots.map((m, i) => (i === 0 && debut !== -1 ? (TYPES[m] ?? m) : (TITRES[m] ?? m))).join(' ');
}
