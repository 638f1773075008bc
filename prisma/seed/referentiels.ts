/** The reference lists the migration ships (domaines, types d'action, motifs, dispositifs), read from the database. */
import { type ClasseSortie, type PrismaClient } from '@/generated/prisma/client';

export type Bornes = { min: number; max: number; plafondFoyer12m: number | null };

export type Referentiels = {
  domaines: ReadonlySet<string>;
  typesAction: ReadonlySet<string>;
  motifsContact: ReadonlySet<string>;
  motifsSortie: ReadonlyMap<string, ClasseSortie>;
  dispositifs: ReadonlyMap<string, Bornes>;
};

export async function loadReferentiels(prisma: PrismaClient): Promise<Referentiels> {
  const [domaines, typesAction, motifsContact, motifsSortie, dispositifs] = await Promise.all([
    prisma.domaine.findMany({ where: { actif: true }, select: { code: true } }),
    prisma.typeAction.findMany({ where: { actif: true }, select: { code: true } }),
    prisma.motifContact.findMany({ where: { actif: true }, select: { code: true } }),
    prisma.motifSortie.findMany({ where: { actif: true }, select: { code: true, classe: true } }),
    prisma.dispositif.findMany({ where: { actif: true } }),
  ]);
  const referentiels: Referentiels = {
    domaines: new Set(domaines.map((d) => d.code)),
    typesAction: new Set(typesAction.map((t) => t.code)),
    motifsContact: new Set(motifsContact.map((m) => m.code)),
    motifsSortie: new Map(motifsSortie.map((m) => [m.code, m.classe])),
    dispositifs: new Map(
      dispositifs.map((d) => [
        d.code,
        {
          min: Number(d.montantMin),
          max: Number(d.montantMax),
          plafondFoyer12m: d.plafondFoyer12m === null ? null : Number(d.plafondFoyer12m),
        },
      ]),
    ),
  };
  for (const [name, list] of [
    ['domaine', referentiels.domaines],
    ['type_action', referentiels.typesAction],
    ['motif_contact', referentiels.motifsContact],
    ['motif_sortie', referentiels.motifsSortie],
    ['dispositif', referentiels.dispositifs],
  ] as const) {
    if (list.size === 0) {
      throw new Error(`La liste de référence « ${name} » est vide : appliquez les migrations avant de charger la démonstration.`);
    }
  }
  return referentiels;
}

/** Keeps the weighted codes that exist (and are active) in a reference list. */
export function available<T extends string>(
  entries: readonly (readonly [T, number])[],
  codes: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): (readonly [T, number])[] {
  const kept = entries.filter(([code]) => codes.has(code));
  if (kept.length === 0) throw new Error(`Aucun des codes ${entries.map(([c]) => c).join(', ')} n'est actif.`);
  return kept;
}
