/**
 * (b) and (c): the 55 indicators computed by the engine from the base tables (nothing precomputed) for the
 * last full year, for the département and for one EDS, and the same divided by one scan of rendez_vous.
 */
import { unsafeComputeIndicateurs, type ResultatIndicateurs } from '@/features/indicateurs/moteur/calculer';
import { type Parametres } from '@/features/indicateurs/moteur/parametres';
import { chronometrer, fr, type ContexteBench, type Figure, type Mesure } from '../types';

/** Indicators the engine reports as not yet computed by this version (their definition is still missing). */
function nonImplementes(resultat: ResultatIndicateurs): number {
  return Object.values(resultat.indicateurs).filter(
    (v) => typeof v === 'object' && v !== null && 'raison' in v && typeof v.raison === 'string' && v.raison.includes("n'est pas encore calculé"),
  ).length;
}

export function parametresAnnee(ctx: ContexteBench, eds: string | null): Parametres {
  return { du: `${ctx.annee}-01-01`, au: `${ctx.annee}-12-31`, eds, ts: null, rsa: false };
}

async function mesurer(ctx: ContexteBench, eds: string | null, cle: string, libelle: string, cibles: boolean): Promise<Figure[]> {
  const p = parametresAnnee(ctx, eds);
  const froid = await chronometrer(() => unsafeComputeIndicateurs(ctx.prisma, p));
  ctx.journal(`${libelle} : ${fr(froid.ms / 1000, 2)} s à froid`);
  const chaud = await chronometrer(() => unsafeComputeIndicateurs(ctx.prisma, p));
  ctx.journal(`${libelle} : ${fr(chaud.ms / 1000, 2)} s au second calcul`);
  const absents = nonImplementes(froid.resultat);
  const note = `${55 - absents} indicateurs calculés sur 55${absents > 0 ? ` (${absents} pas encore implémentés par le moteur à la date de la mesure)` : ''} ; second calcul : ${fr(chaud.ms / 1000, 2)} s`;
  const scan = ctx.figures.get('scan-rdv')?.valeur ?? null;
  return [
    {
      cle: `${cle}-froid`,
      libelle: `55 indicateurs, ${libelle}, année ${ctx.annee}, à froid`,
      valeur: froid.ms,
      unite: 'ms',
      cible: cibles ? { seuil: 2000, sens: '<', libelle: '< 2 s' } : undefined,
      note,
    },
    {
      cle: `${cle}-ratio`,
      libelle: `Même calcul ÷ un parcours séquentiel de rendez_vous`,
      valeur: scan === null || scan === 0 ? null : froid.ms / scan,
      unite: '×',
      cible: cibles ? { seuil: 10, sens: '<=', libelle: '≤ 10×' } : undefined,
      note: scan === null ? 'parcours séquentiel non mesuré' : undefined,
    },
  ];
}

export const indicateurs: Mesure = {
  id: 'indicateurs',
  titre: "Moteur d'indicateurs : calcul à froid",
  methode:
    "`unsafeComputeIndicateurs` (src/features/indicateurs/moteur/calculer.ts) pour l'année civile complète précédant la date de référence des données, " +
    "d'abord pour le département, puis pour l'EDS qui a le plus de dossiers. « À froid » : calculé depuis les tables, sans résultat précalculé, premier calcul de ces paramètres dans l'exécution " +
    '(les pages de données peuvent être dans le cache de PostgreSQL ou du système après le parcours étalon). Le second calcul est indiqué pour mémoire. ' +
    "Les cibles de l'issue 4 portent sur le département ; l'EDS est donnée pour information.",
  async executer(ctx) {
    return [
      ...(await mesurer(ctx, null, 'indicateurs-departement', 'département', true)),
      ...(await mesurer(ctx, ctx.eds, 'indicateurs-eds', `EDS ${ctx.eds}`, false)),
    ];
  },
};
