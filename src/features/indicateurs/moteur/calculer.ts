import type { PrismaClient } from '@/generated/prisma/client';
import { calculerIndicateursCles } from '../definitions/cles';
import { withContexte } from './contexte';
import { anneesDe, type Parametres } from './parametres';
import { INDICATEURS, NUMEROS } from './registre';
import { indisponible } from './valeurs';

export type ResultatIndicateurs = {
  du: string;
  au: string;
  perimetre: { eds: string | null; ts: number | null; rsa: boolean };
  annees: number[];
  calcule_le: string;
  indicateurs: Record<string, unknown>;
  /** The key indicators (indicateurs.md §4); absent when only some indicators were asked for. */
  cles?: unknown;
};

/**
 * All 55 indicators and the key indicators for the parameters, in one read-only snapshot (indicateurs.md §5);
 * with `seulement`, those indicators only.
 * `unsafe`: no authorization — for the CLI and for queries that checked the acteur's rights first.
 */
export async function unsafeComputeIndicateurs(prisma: PrismaClient, p: Parametres, seulement?: readonly string[]): Promise<ResultatIndicateurs> {
  const { indicateurs, cles } = await withContexte(prisma, p, async (ctx) => {
    const out: Record<string, unknown> = {};
    for (const numero of NUMEROS) {
      if (seulement && !seulement.includes(numero)) continue;
      const def = INDICATEURS.find((i) => i.numero === numero);
      out[numero] = def ? await def.calculer(ctx) : indisponible("Cet indicateur n'est pas encore calculé par cette version.");
    }
    return { indicateurs: out, cles: seulement ? undefined : await calculerIndicateursCles(ctx, out) };
  });
  return {
    du: p.du,
    au: p.au,
    perimetre: { eds: p.eds, ts: p.ts, rsa: p.rsa },
    annees: anneesDe(p),
    calcule_le: new Date().toISOString(),
    indicateurs,
    ...(cles === undefined ? {} : { cles }),
  };
}

