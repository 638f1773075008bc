/**
 * A French phone number as people write it at the desk: "06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78",
 * "0612345678", "+33 6 12 34 56 78", "+33 (0)6 12 34 56 78", "0033 6…". Pure; the SQL function
 * normaliser_telephone() (migration accueil) reduces stored numbers to the same 10 digits for the duplicate check.
 */
const SEPARATEURS = /[\s.\-()]/g;

/** The 10 digits "0XXXXXXXXX", or null when the text is not a French phone number. */
export function lireTelephone(saisie: string): string | null {
  let compact = saisie.replace(SEPARATEURS, '');
  if (compact.startsWith('+33')) compact = compact.slice(3);
  else if (compact.startsWith('0033')) compact = compact.slice(4);
  else if (!compact.startsWith('0')) return null;
  // "+33 (0)6…" leaves "06…" after the parentheses are dropped; "+33 6…" leaves "6…".
  const chiffres = compact.startsWith('0') ? compact : `0${compact}`;
  // 0 then 1-9: 00 is the international prefix, not a French number.
  return /^0[1-9]\d{8}$/.test(chiffres) ? chiffres : null;
}

/** "06 12 34 56 78": how a phone number is stored and shown. */
export function formaterTelephone(chiffres: string): string {
  return chiffres.replace(/(\d{2})(?=\d)/g, '$1 ');
}
