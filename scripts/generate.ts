/**
 * `npm run generate -- --echelle val-de-marne [--facteur N] [--graine S] [--reset] [--reference AAAA-MM-JJ]
 *   [--sans-index]`: applies pending migrations, then loads a deterministic synthetic département (five years
 * of history up to the reference date, today by default) into DATABASE_URL or the embedded database.
 * Refuses a database that holds data unless --reset (the reference lists are kept).
 */
import { parseArgs } from 'node:util';
import { startOfUtcDay } from '../prisma/seed/calendar';
import { withDatabase } from './db/connect';
import { describeDatabaseError } from './db/errors';
import { applyMigrations } from './db/schema-engine';
import { appliquerFacteur, ECHELLES } from './generate/echelles';
import { BaseNonVide, genererDepartement, type Progression, type ResumeGeneration } from './generate/generer';
import { LIBELLES, TABLES } from './generate/tables';

const USAGE =
  'Usage : npm run generate -- --echelle val-de-marne|mini [--facteur N] [--graine N] [--reset] [--reference AAAA-MM-JJ] [--sans-index]';

class UsageError extends Error {}

function lireOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        echelle: { type: 'string', default: 'val-de-marne' },
        facteur: { type: 'string' },
        graine: { type: 'string' },
        reset: { type: 'boolean', default: false },
        reference: { type: 'string' },
        'sans-index': { type: 'boolean', default: false },
        lot: { type: 'string' },
      },
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values } = parsed;
  const entier = (texte: string | undefined, nom: string, defaut: number) => {
    if (texte === undefined) return defaut;
    if (!/^\d+$/.test(texte) || Number(texte) < 1) throw new UsageError(`--${nom} attend un nombre entier positif (reçu : ${texte}).`);
    return Number(texte);
  };
  const echelle = ECHELLES[values.echelle];
  if (!echelle) throw new UsageError(`Échelle inconnue : ${values.echelle} (attendu : ${Object.keys(ECHELLES).join(', ')}).`);
  let reference = startOfUtcDay(new Date());
  if (values.reference !== undefined) {
    reference = new Date(`${values.reference}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.reference) || Number.isNaN(reference.getTime())) {
      throw new UsageError(`--reference attend une date AAAA-MM-JJ (reçu : ${values.reference}).`);
    }
  }
  return {
    echelle: appliquerFacteur(echelle, entier(values.facteur, 'facteur', 1)),
    graine: entier(values.graine, 'graine', 1729),
    reset: values.reset,
    reference,
    sansIndex: values['sans-index'],
    lot: entier(values.lot, 'lot', 2_000),
  };
}

const nombre = (n: number) => n.toLocaleString('fr-FR');
const pourcent = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1).replace('.', ',')} %`);

function afficherProgression(p: Progression) {
  if (!process.stderr.isTTY) return;
  const part = Math.floor((100 * p.foyers) / p.total);
  process.stderr.write(`\r  ${nombre(p.foyers)} / ${nombre(p.total)} foyers (${part} %) — ${nombre(p.lignes)} lignes — ${p.secondes.toFixed(0)} s   `);
  if (p.foyers >= p.total) process.stderr.write('\n');
}

function afficherResume(r: ResumeGeneration) {
  const s = r.secondes;
  console.log(
    `Département synthétique « ${r.echelle} » chargé en ${s.total.toFixed(1).replace('.', ',')} s ` +
      `(génération et COPY ${s.chargement.toFixed(1).replace('.', ',')} s, index ${s.index.toFixed(1).replace('.', ',')} s, ANALYZE ${s.analyse.toFixed(1).replace('.', ',')} s) ; ` +
      `graine ${r.graine}, historique du ${r.debutFenetre} au ${r.reference}.`,
  );
  const largeur = Math.max(...TABLES.map((t) => LIBELLES[t.nom].length));
  for (const t of TABLES) console.log(`  ${LIBELLES[t.nom].padEnd(largeur)}  ${nombre(r.comptes[t.nom]).padStart(11)}`);
  const st = r.stats;
  let honores = 0;
  let nonHonores = 0;
  let annules = 0;
  for (const c of st.rdvParAnnee.values()) {
    honores += c.HONORE ?? 0;
    nonHonores += c.NON_HONORE ?? 0;
    annules += c.ANNULE ?? 0;
  }
  const tous = honores + nonHonores + annules;
  const modes = (type: string) => {
    const n = (m: string) => st.modes[`${type}:${m}`] ?? 0;
    const total = n('PRESENTIEL') + n('TELEPHONE') + n('DOMICILE');
    return `présentiel ${pourcent(n('PRESENTIEL'), total)}, téléphone ${pourcent(n('TELEPHONE'), total)}, domicile ${pourcent(n('DOMICILE'), total)}`;
  };
  const ecarts = st.ecartsResume();
  const pas = st.pasParNature;
  const pasAcc = pas.accompagnement.pas + pas.intensif.pas;
  console.log('Distributions générées :');
  console.log(`  Agents en poste à la date de référence : ${Object.entries(r.enPoste).map(([role, n]) => `${role} ${n}`).join(', ')}`);
  console.log(`  Personnes par foyer : ${(st.personnes / Math.max(1, st.foyers)).toFixed(2).replace('.', ',')}`);
  console.log(`  Rendez-vous TS passés : ${nombre(honores)} honorés, ${pourcent(nonHonores, tous)} non honorés, ${pourcent(annules, tous)} annulés`);
  console.log(`  Modes (information) : ${modes('information')} ; (accompagnement) : ${modes('accompagnement')}`);
  console.log(
    `  Écart entre rendez-vous honorés d'accompagnement : médiane ${ecarts.mediane} j, moyenne ${ecarts.moyenne.toFixed(1).replace('.', ',')} j ; ` +
      `périodes générées comme accompagnement : ${pourcent(pasAcc, pasAcc + pas.information.pas)}`,
  );
  const annees = [...st.contactsParAnnee.keys()].sort();
  console.log(`  Fiches contact par an : ${annees.map((a) => `${a} ${nombre(st.contactsParAnnee.get(a) ?? 0)}`).join(', ')}`);
  const aides = [...st.aidesParAnnee.entries()].sort(([a], [b]) => a - b);
  console.log(
    `  Aides par an : ${aides.map(([a, v]) => `${a} ${nombre(v.nombre)}`).join(', ')} ; montant moyen ${(st.montantTotal / Math.max(1, st.aides)).toFixed(0)} €`,
  );
  const copies = Object.entries(r.tempsCopie).sort(([, a], [, b]) => b - a);
  console.log(
    `  Temps de COPY (PostgreSQL) : ${copies.slice(0, 6).map(([t, sec]) => `${t} ${sec.toFixed(1).replace('.', ',')} s`).join(', ')} ; ` +
      `total ${copies.reduce((a, [, sec]) => a + sec, 0).toFixed(1).replace('.', ',')} s`,
  );
  console.log(`Empreinte des données : ${r.empreinte.slice(0, 16)}`);
}

let options: ReturnType<typeof lireOptions>;
try {
  options = lireOptions();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

try {
  const resume = await withDatabase(async (url) => {
    const appliquees = await applyMigrations(url);
    if (appliquees.length) console.log(`Migrations appliquées : ${appliquees.join(', ')}`);
    if (process.stderr.isTTY) process.stderr.write(`Génération « ${options.echelle.nom} » (${nombre(options.echelle.foyers)} foyers)…\n`);
    return genererDepartement({ url, ...options, progression: afficherProgression });
  });
  afficherResume(resume);
} catch (error) {
  if (process.stderr.isTTY) process.stderr.write('\n');
  if (error instanceof BaseNonVide) {
    console.error(error.message);
    process.exit(1);
  }
  console.error(describeDatabaseError(error));
  process.exit(1);
}
