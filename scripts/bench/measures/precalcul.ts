/**
 * (d) The same indicators read from the precomputed store (src/features/indicateurs/precalcul.ts), when that
 * module exists: computed and stored once with `unsafeRefreshIndicateurs`, then read with `unsafeReadIndicateurs`.
 */
import type * as Precalcul from '@/features/indicateurs/precalcul';
import { chronometrer, fr, mediane, type ContexteBench, type Figure, type Mesure } from '../types';
import { parametresAnnee } from './indicateurs';

const LECTURES = 5;

type ModulePrecalcul = typeof Precalcul;

async function charger(): Promise<ModulePrecalcul | string> {
  try {
    const charge = (await import('@/features/indicateurs/precalcul')) as Partial<ModulePrecalcul>;
    if (typeof charge.unsafeRefreshIndicateurs !== 'function' || typeof charge.unsafeReadIndicateurs !== 'function') {
      return 'src/features/indicateurs/precalcul.ts n’exporte pas unsafeRefreshIndicateurs et unsafeReadIndicateurs';
    }
    return charge as ModulePrecalcul;
  } catch (error) {
    return `src/features/indicateurs/precalcul.ts absent ou illisible (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

async function mesurer(ctx: ContexteBench, precalculs: ModulePrecalcul, eds: string | null, cle: string, libelle: string, cibles: boolean): Promise<Figure[]> {
  const p = parametresAnnee(ctx, eds);
  const calcul = await chronometrer(() => precalculs.unsafeRefreshIndicateurs(ctx.prisma, p));
  ctx.journal(`précalcul ${libelle} : ${fr(calcul.ms / 1000, 2)} s (${calcul.resultat.etat})`);
  const lectures: number[] = [];
  for (let i = 0; i < LECTURES; i += 1) {
    const lu = await chronometrer(() => precalculs.unsafeReadIndicateurs(ctx.prisma, p));
    if (lu.resultat === null) {
      return [{ cle: `${cle}-lecture`, libelle: `Lecture des 55 indicateurs précalculés, ${libelle}`, valeur: null, unite: 'ms', note: 'aucun résultat stocké après le précalcul' }];
    }
    lectures.push(lu.ms);
  }
  ctx.journal(`lecture précalculée ${libelle} : ${fr(mediane(lectures), 1)} ms`);
  const taille = await ctx.sql.query<{ ko: string }>('SELECT (octet_length(resultat::text) / 1024.0)::text AS ko FROM indicateur_resultat WHERE cle = $1', [
    precalculs.cleIndicateurs(p),
  ]);
  return [
    {
      cle: `${cle}-lecture`,
      libelle: `Lecture des 55 indicateurs précalculés, ${libelle}`,
      valeur: mediane(lectures),
      unite: 'ms',
      cible: cibles ? { seuil: 100, sens: '<', libelle: '< 100 ms' } : undefined,
      note: `première lecture ${fr(lectures[0] ?? 0, 1)} ms, médiane de ${LECTURES} ; résultat de ${fr(Number(taille.rows[0]?.ko ?? 0))} Ko ; précalcul (calcul et écriture) ${fr(calcul.ms / 1000, 2)} s`,
    },
  ];
}

export const precalcul: Mesure = {
  id: 'precalcul',
  titre: 'Indicateurs précalculés',
  methode:
    "Si src/features/indicateurs/precalcul.ts existe : `unsafeRefreshIndicateurs` calcule et stocke le résultat (table indicateur_resultat), puis `unsafeReadIndicateurs` le relit " +
    `(médiane de ${LECTURES} lectures, client Prisma de l'application). Sinon, la mesure est notée « non mesuré ».`,
  async executer(ctx) {
    const precalculs = await charger();
    if (typeof precalculs === 'string') {
      return [{ cle: 'precalcul-departement-lecture', libelle: 'Lecture des 55 indicateurs précalculés, département', valeur: null, unite: 'ms', cible: { seuil: 100, sens: '<', libelle: '< 100 ms' }, note: precalculs }];
    }
    return [
      ...(await mesurer(ctx, precalculs, null, 'precalcul-departement', 'département', true)),
      ...(await mesurer(ctx, precalculs, ctx.eds, 'precalcul-eds', `EDS ${ctx.eds}`, false)),
    ];
  },
};
