import 'server-only';
import { dateColonne, jourParis } from '@/features/agenda/regles/calendrier-paris';
import type { Acteur } from '@/server/acteur';
import { writeAudit } from '@/server/audit';
import { db } from '@/server/db';
import { canReadPartenaireListe, orientedTo } from '@/server/policy';
import { pageListe, type PageListe } from '@/ui/pagination';

export type PersonneOrienteeDto = {
  personneId: number;
  nom: string;
  prenom: string;
  dateNaissance: Date;
  orientation: string;
  depuis: Date;
  /** The person's foyer today, whose page the partner may open; null without a current foyer. */
  foyerId: number | null;
};
export type PersonnesOrienteesDto = { structure: string | null; personnes: PersonneOrienteeDto[]; page: PageListe };

/**
 * One page (`page`, as in "?page=2") of the persons oriented today to the partner's structure (RSA), by name.
 * Partners only; null → 404. Without a structure the list is empty. Audited as one row listing the persons shown.
 */
export async function getPersonnesOrientees(acteur: Acteur, page = '', now = new Date()): Promise<PersonnesOrienteesDto | null> {
  if (!canReadPartenaireListe(acteur)) return null;
  if (acteur.structureId === null) return { structure: null, personnes: [], page: pageListe('', 0) };
  const today = dateColonne(jourParis(now));
  const courante = { debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] };
  const liste = pageListe(page, await db.orientationRsaPersonne.count({ where: orientedTo(acteur.structureId, today) }));

  const [structure, orientations] = await Promise.all([
    db.structurePartenaire.findUnique({ where: { id: acteur.structureId }, select: { nom: true } }),
    db.orientationRsaPersonne.findMany({
      where: orientedTo(acteur.structureId, today),
      orderBy: [{ personne: { nom: 'asc' } }, { personne: { prenom: 'asc' } }, { personneId: 'asc' }, { debut: 'desc' }],
      skip: liste.skip,
      take: liste.take,
      select: {
        debut: true,
        orientation: true,
        personne: {
          select: {
            id: true,
            nom: true,
            prenom: true,
            dateNaissance: true,
            appartenances: { where: courante, orderBy: { debut: 'desc' }, take: 1, select: { foyerId: true } },
          },
        },
      },
    }),
  ]);

  const vues = new Set<number>();
  const personnes = orientations.flatMap((o): PersonneOrienteeDto[] => {
    if (vues.has(o.personne.id)) return [];
    vues.add(o.personne.id);
    return [
      {
        personneId: o.personne.id,
        nom: o.personne.nom,
        prenom: o.personne.prenom,
        dateNaissance: o.personne.dateNaissance,
        orientation: o.orientation,
        depuis: o.debut,
        foyerId: o.personne.appartenances[0]?.foyerId ?? null,
      },
    ];
  });

  await db.$transaction((tx) =>
    writeAudit(tx, acteur.id, { action: 'LECTURE', objet: 'PersonnesOrientees', details: { nombre: personnes.length, page: liste.page, personneIds: personnes.map((p) => p.personneId) } }),
  );
  return { structure: structure?.nom ?? null, personnes, page: liste };
}
