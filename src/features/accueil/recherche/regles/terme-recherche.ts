/**
 * Reads what was typed in the accueil search box (one box for everything, as at the desk): a birth date
 * (jj/mm/aaaa, optionally with a name), a phone number, a numéro allocataire, or names. Pure: the query
 * then matches each kind with its own index (date btree, phone / allocataire btree ranges, name trigrams).
 */
export type TermeRecherche =
  /** Nothing to search yet (fewer than 2 letters, a date or number being typed). */
  | { type: 'incomplet' }
  | { type: 'invalide'; message: string }
  /** `date` as "YYYY-MM-DD"; `nom` the rest of the term when it holds letters. */
  | { type: 'date'; date: string; nom: string | null }
  /** Digit prefixes: phone normalized as normaliser_telephone does (+33 → 0), numéro allocataire as typed. */
  | { type: 'numero'; telephone: string | null; allocataire: string | null }
  | { type: 'nom'; nom: string };

export const LONGUEUR_MAX_TERME = 100;
/** A phone prefix shorter than this matches thousands of numbers. */
export const CHIFFRES_MIN_TELEPHONE = 6;
/** Numéros allocataire (CAF: 7 digits; other schemes a few more) searched from 4 digits. */
const ALLOCATAIRE = /^\d{4,13}$/;

const DATE = /(?:^|\s)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?=\s|$)/;
/** "12", "12/0", "12/03/19": a date being typed, not yet a number to search. */
const DATE_EN_COURS = /^\d{1,2}[/.-](\d{1,2}([/.-]\d{0,3})?)?$/;
const SEPARATEURS_NUMERO = /[\s.\-()]/g;

/** The text normaliser_nom() compares (lower case, no accents, words separated by one space). */
export function normaliserNom(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function lettres(texte: string): number {
  return normaliserNom(texte).replace(/[^a-z]/g, '').length;
}

/** "YYYY-MM-DD" of a real calendar day, or null ("31/02/1980"). */
function jourCalendaire(j: number, m: number, a: number): string | null {
  const d = new Date(Date.UTC(a, m - 1, j));
  if (d.getUTCFullYear() !== a || d.getUTCMonth() !== m - 1 || d.getUTCDate() !== j) return null;
  return d.toISOString().slice(0, 10);
}

/** `aujourdhui`: the Paris day "YYYY-MM-DD", so that a birth date in the future is refused. */
export function lireTermeRecherche(saisie: string, aujourdhui: string): TermeRecherche {
  const terme = saisie.trim().slice(0, LONGUEUR_MAX_TERME);
  if (terme === '') return { type: 'incomplet' };

  const date = DATE.exec(terme);
  if (date) {
    const jour = jourCalendaire(Number(date[1]), Number(date[2]), Number(date[3]));
    if (jour === null || jour < '1900-01-01') {
      return { type: 'invalide', message: 'Date de naissance invalide : écrivez-la jj/mm/aaaa, par exemple 05/03/1980.' };
    }
    if (jour > aujourdhui) return { type: 'invalide', message: 'Une date de naissance ne peut pas être dans le futur.' };
    const reste = (terme.slice(0, date.index) + ' ' + terme.slice(date.index + date[0].length)).replace(/\d/g, ' ').trim();
    return { type: 'date', date: jour, nom: lettres(reste) >= 2 ? reste : null };
  }
  if (DATE_EN_COURS.test(terme)) return { type: 'incomplet' };

  const compact = terme.replace(SEPARATEURS_NUMERO, '');
  if (/^\+?\d+$/.test(compact)) return lireNumero(compact);

  if (lettres(terme) < 2) return { type: 'incomplet' };
  return { type: 'nom', nom: terme.replace(/\d/g, ' ').trim() };
}

/** Digits only (a leading + allowed): a phone when it starts with 0 or +, a numéro allocataire otherwise — or both. */
function lireNumero(compact: string): TermeRecherche {
  const telephone = compact.replace(/^(\+33|0033)/, '0');
  const estTelephone = telephone.startsWith('0') || telephone.startsWith('+');
  if (estTelephone && telephone.startsWith('0') && telephone.length > 10) {
    return { type: 'invalide', message: 'Un numéro de téléphone français a 10 chiffres, par exemple 06 12 34 56 78.' };
  }
  const tel = estTelephone && telephone.length >= CHIFFRES_MIN_TELEPHONE ? telephone : null;
  const allocataire = ALLOCATAIRE.test(compact) ? compact : null;
  if (tel === null && allocataire === null) return { type: 'incomplet' };
  return { type: 'numero', telephone: tel, allocataire };
}

/**
 * The word_similarity threshold of a name search. Up to 3 letters ("Li", "Roy") the name must be a whole
 * word: "mar" would otherwise match every Martin, Marie and Marc of the département (20,000 rows on the
 * Val-de-Marne-scale data, 370 ms), while as a whole word it answers in a millisecond. Longer names
 * tolerate one wrong letter ("Dupond" finds "Dupont": 0.71; "Marten" finds "Martin": 0.57).
 */
export function seuilSimilarite(nom: string): number {
  return normaliserNom(nom).replace(/ /g, '').length <= 3 ? 1 : 0.5;
}

/** With a birth date the name only confirms: a looser threshold, checked row by row on a handful of persons. */
export const SEUIL_NOM_AVEC_DATE = 0.3;

/** The [debut, fin) range of the strings starting with a digit prefix ("0619" → ["0619", "062")), fin null past "999…". */
export function bornesPrefixe(prefixe: string): { debut: string; fin: string | null } {
  const sansNeuf = prefixe.replace(/9+$/, '');
  if (!/\d$/.test(sansNeuf)) return { debut: prefixe, fin: null };
  const dernier = Number(sansNeuf.slice(-1));
  return { debut: prefixe, fin: sansNeuf.slice(0, -1) + String(dernier + 1) };
}
