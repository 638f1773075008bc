import 'server-only';
import { jourParis } from '@/features/agenda/regles/calendrier-paris';
import type { Acteur } from '@/server/acteur';
import { writeAudit } from '@/server/audit';
import { db } from '@/server/db';
import { canReadIndicateurs, canReadIndicateursDepartement, canRecalculerIndicateurs, canUseIndicateurs, scopeEdsIndicateurs } from '@/server/policy';
import type { Parametres } from './moteur/parametres';
import { INDICATEURS, NUMEROS } from './moteur/registre';
import { parametresTableau, unsafeCalculEnCours, unsafeReadDernierIndicateurs } from './precalcul';
import { ANNEES_PROPOSEES, anneeCourante, choixIndicateursSchema, formatExportSchema } from './schemas';
import { ecrireResultat } from './sorties/ecrire';

export type EdsChoixDto = { code: string; nom: string };
export type IndicateurDto = {
  numero: string;
  /** Null when this version of the engine does not define the indicator. */
  libelle: string | null;
  definition: string | null;
  /** The indicator's value as the engine wrote it (indicateurs.md §5); undefined if absent from the stored result. */
  valeur: unknown;
};
export type ResultatTableauDto =
  | { etat: 'absent' }
  | {
      etat: 'calcule';
      calculeLe: Date;
      dureeMs: number;
      du: string;
      au: string;
      annees: number[];
      indicateurs: IndicateurDto[];
      /** The engine's key indicators (indicateurs.md §4) when it provides them. */
      cles: unknown;
    };
export type TableauIndicateursDto = {
  annee: number;
  anneesProposees: number[];
  /** EDS the acteur may choose, by name. */
  eds: EdsChoixDto[];
  peutDepartement: boolean;
  perimetre: { eds: EdsChoixDto | null; rsa: boolean; libelle: string };
  /** The period asked for (the stored result may end earlier: yesterday's year to date). */
  periode: { du: string; au: string };
  enCours: boolean;
  peutRecalculer: boolean;
  resultat: ResultatTableauDto;
};

/** Raw choice, as read from the query string. */
export type ChoixBrut = { annee?: unknown; eds?: unknown; rsa?: unknown };

type Resolu = {
  annee: number;
  anneesProposees: number[];
  eds: EdsChoixDto[];
  peutDepartement: boolean;
  perimetre: { eds: EdsChoixDto | null; edsId: number | null; rsa: boolean; libelle: string };
  p: Parametres;
};

function libellePerimetre(eds: EdsChoixDto | null, rsa: boolean): string {
  if (eds === null) return rsa ? 'Population RSA du département' : 'Département';
  return rsa ? `Population RSA — ${eds.nom}` : eds.nom;
}

/** The scope and period asked for, if the acteur may read them; null otherwise (→ 404). */
async function resoudre(acteur: Acteur, brut: ChoixBrut, now: Date): Promise<Resolu | null> {
  if (!canUseIndicateurs(acteur)) return null;
  const choix = choixIndicateursSchema.safeParse(brut);
  if (!choix.success) return null;
  const courante = anneeCourante(now);
  const annee = choix.data.annee ?? courante;

  const toutes = await db.eds.findMany({ orderBy: [{ nom: 'asc' }, { code: 'asc' }], select: { id: true, code: true, nom: true } });
  const lisibles = new Set(scopeEdsIndicateurs(acteur, toutes.map((e) => e.id)));
  const eds = toutes.filter((e) => lisibles.has(e.id));
  const peutDepartement = canReadIndicateursDepartement(acteur);

  // No EDS asked: the département for the direction, the first of their EDS for a manager.
  const code = choix.data.eds ?? (peutDepartement ? null : (eds[0]?.code ?? null));
  const choisie = code === null ? null : (toutes.find((e) => e.code === code) ?? null);
  if (code !== null && choisie === null) return null;
  const edsId = choisie?.id ?? null;
  if (!canReadIndicateurs(acteur, edsId)) return null;

  const dto = choisie ? { code: choisie.code, nom: choisie.nom } : null;
  const anneesProposees = Array.from({ length: ANNEES_PROPOSEES }, (_, i) => courante - i);
  if (!anneesProposees.includes(annee)) anneesProposees.push(annee);
  anneesProposees.sort((a, b) => b - a);
  return {
    annee,
    anneesProposees,
    eds: eds.map((e) => ({ code: e.code, nom: e.nom })),
    peutDepartement,
    perimetre: { eds: dto, edsId, rsa: choix.data.rsa, libelle: libellePerimetre(dto, choix.data.rsa) },
    p: parametresTableau({ annee, eds: dto?.code ?? null, rsa: choix.data.rsa }, jourParis(now)),
  };
}

/**
 * The precomputed indicators of one year and scope for the /indicateurs page: the direction reads the
 * département (and its RSA population) and every EDS; EDS and territory managers read their EDS; others
 * get null (404), as does a scope out of their reach. Aggregates only: no personal data, so no audit row.
 */
export async function getTableauIndicateurs(acteur: Acteur, brut: ChoixBrut = {}, now = new Date()): Promise<TableauIndicateursDto | null> {
  const r = await resoudre(acteur, brut, now);
  if (!r) return null;
  const [stocke, enCours] = await Promise.all([unsafeReadDernierIndicateurs(db, r.p), unsafeCalculEnCours(db, r.p)]);
  const { edsId, ...perimetre } = r.perimetre;
  const resultat: ResultatTableauDto = stocke
    ? {
        etat: 'calcule',
        calculeLe: stocke.calculeLe,
        dureeMs: stocke.dureeMs,
        du: stocke.parametres.du,
        au: stocke.parametres.au,
        annees: stocke.resultat.annees,
        indicateurs: NUMEROS.map((numero) => {
          const def = INDICATEURS.find((i) => i.numero === numero);
          return { numero, libelle: def?.libelle ?? null, definition: def?.definition ?? null, valeur: stocke.resultat.indicateurs[numero] };
        }),
        cles: (stocke.resultat as { cles?: unknown }).cles,
      }
    : { etat: 'absent' };
  return {
    annee: r.annee,
    anneesProposees: r.anneesProposees,
    eds: r.eds,
    peutDepartement: r.peutDepartement,
    perimetre,
    periode: { du: r.p.du, au: r.p.au },
    enCours,
    peutRecalculer: canRecalculerIndicateurs(acteur, edsId),
    resultat,
  };
}

const TYPES_MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export type ExportIndicateursDto = { nomFichier: string; typeMime: string; contenu: Uint8Array<ArrayBuffer> };

/**
 * The stored indicators of one year and scope as an xlsx or csv file, under the same rule as the page;
 * null (→ 404) when not allowed, not computed yet, or for an unknown format. Audited (EXPORT).
 */
export async function getExportIndicateurs(acteur: Acteur, brut: ChoixBrut, format: unknown, now = new Date()): Promise<ExportIndicateursDto | null> {
  const f = formatExportSchema.safeParse(format);
  if (!f.success) return null;
  const r = await resoudre(acteur, brut, now);
  if (!r) return null;
  const stocke = await unsafeReadDernierIndicateurs(db, r.p);
  if (!stocke) return null;
  const sortie = await ecrireResultat(stocke.resultat, f.data);
  const contenu = typeof sortie === 'string' ? new TextEncoder().encode(sortie) : new Uint8Array(sortie);
  await db.$transaction((tx) =>
    writeAudit(tx, acteur.id, {
      action: 'EXPORT',
      objet: 'Indicateurs',
      objetId: stocke.id,
      details: { format: f.data, parametres: stocke.parametres, calculeLe: stocke.calculeLe.toISOString() },
    }),
  );
  const perimetre = `${stocke.parametres.eds === null ? 'departement' : stocke.parametres.eds.replace(/[^A-Za-z0-9_-]+/g, '_')}${stocke.parametres.rsa ? '-rsa' : ''}`;
  return {
    nomFichier: `indicateurs-${perimetre}-${stocke.parametres.du}-${stocke.parametres.au}.${f.data}`,
    typeMime: TYPES_MIME[f.data],
    contenu,
  };
}
