import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { Acteur } from '@/server/acteur';
import type { Tx } from '@/server/db';
import { canListDoublonParContact, canReadFoyer, type DossierCible } from '@/server/policy';
import { classerDoublons, type CandidatDoublon, type Echelon } from './regles/doublons';
import { lireTelephone } from './regles/telephone';

/** Namespace of the advisory locks taken while creating a person (first key of pg_advisory_xact_lock). */
const VERROU_CREATION_PERSONNE = 6_002;

/**
 * Serialises the creations of persons born the same day, until the transaction ends: the second of two
 * secrétaires creating the same person at the same second waits, then sees the first's record in the ladder
 * (READ COMMITTED: each statement after the lock reads what was committed). The birth date alone is the key,
 * so that two spellings of the name ("Dupont" / "Dupond") are serialised too.
 */
export async function verrouillerCreationPersonne(tx: Tx, dateNaissance: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${VERROU_CREATION_PERSONNE}::int, hashtext(${dateNaissance}::text))`;
}

export type SaisieIdentite = {
  nom: string;
  nomNaissance?: string;
  dateNaissance: string;
  numeroAllocataire?: string;
  telephone?: string;
  email?: string;
};

export type DoublonDto = {
  personneId: number;
  nom: string;
  prenom: string;
  nomNaissance: string | null;
  /** "YYYY-MM-DD" */
  dateNaissance: string;
  echelon: Echelon;
  /** Null for a protected person (her commune would say where she lives). */
  commune: string | null;
  eds: string | null;
  /** The foyer's page when the acteur may read it; otherwise the desk routes the person to her EDS. */
  foyerId: number | null;
  /** Her current foyer (any EDS), for a fiche contact at this desk. */
  foyerCourantId: number | null;
};

const enCours = (today: Date) => ({ debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] });

/**
 * The likely duplicates of a person about to be created, strongest first (regles/doublons.ts), with what the
 * desk needs to recognise them — name, birth date, commune, EDS — and no social content. Each SQL branch
 * uses its own index; merged records are never proposed.
 */
export async function findDoublons(tx: Tx, acteur: Acteur, saisie: SaisieIdentite, today: Date): Promise<DoublonDto[]> {
  const telephone = saisie.telephone ? lireTelephone(saisie.telephone) : null;
  const email = saisie.email?.trim().toLowerCase() || null;
  const branches = [
    Prisma.sql`SELECT id FROM personne WHERE date_naissance = ${saisie.dateNaissance}::date`,
    ...(saisie.numeroAllocataire ? [Prisma.sql`SELECT id FROM personne WHERE numero_allocataire = ${saisie.numeroAllocataire}`] : []),
    ...(telephone ? [Prisma.sql`SELECT id FROM personne WHERE normaliser_telephone(telephone) = ${telephone}`] : []),
    ...(email ? [Prisma.sql`SELECT id FROM personne WHERE lower(email) = ${email}`] : []),
  ];
  const nomNaissance = saisie.nomNaissance ?? saisie.nom;
  const lignes = await tx.$queryRaw<CandidatDoublon[]>`
    WITH s AS (SELECT normaliser_nom(${saisie.nom}) AS n1, normaliser_nom(${nomNaissance}) AS n2)
    SELECT p.id, p.numero_allocataire AS "numeroAllocataire", to_char(p.date_naissance, 'YYYY-MM-DD') AS "dateNaissance",
           p.telephone, p.email,
           greatest(similarity(s.n1, normaliser_nom(p.nom)), similarity(s.n1, normaliser_nom(coalesce(p.nom_naissance, p.nom))),
                    similarity(s.n2, normaliser_nom(p.nom)), similarity(s.n2, normaliser_nom(coalesce(p.nom_naissance, p.nom))))::float8 AS "similariteNom"
    FROM personne p, s
    WHERE p.fusionnee_dans_id IS NULL AND p.id IN (${Prisma.join(branches, ' UNION ')})
    ORDER BY p.id
    LIMIT 500`;
  const classes = classerDoublons(
    { numeroAllocataire: saisie.numeroAllocataire ?? null, dateNaissance: saisie.dateNaissance, telephone, email },
    lignes,
  ).slice(0, 20);
  if (classes.length === 0) return [];

  const personnes = await tx.personne.findMany({
    where: { id: { in: classes.map((c) => c.id) } },
    select: {
      id: true,
      nom: true,
      prenom: true,
      nomNaissance: true,
      dateNaissance: true,
      protegee: true,
      appartenances: {
        where: enCours(today),
        orderBy: [{ debut: 'desc' }, { id: 'desc' }],
        take: 1,
        select: {
          foyer: {
            select: {
              id: true,
              communeCode: true,
              dossier: { select: { edsId: true, referentId: true, eds: { select: { nom: true } }, equipe: { where: enCours(today), select: { agentId: true } } } },
            },
          },
        },
      },
    },
  });
  const codes = [...new Set(personnes.flatMap((p) => p.appartenances[0]?.foyer.communeCode ?? []))];
  const communes = new Map((await tx.commune.findMany({ where: { code: { in: codes } }, select: { code: true, nom: true } })).map((c) => [c.code, c.nom]));
  const parId = new Map(personnes.map((p) => [p.id, p]));

  return classes.flatMap(({ id, echelon }): DoublonDto[] => {
    const p = parId.get(id);
    if (!p) return [];
    const foyer = p.appartenances[0]?.foyer ?? null;
    const dossier = foyer?.dossier ?? null;
    const cible: DossierCible | null = dossier
      ? { edsId: dossier.edsId, referentId: dossier.referentId, equipeIds: dossier.equipe.map((m) => m.agentId), structureIds: [] }
      : null;
    if (echelon === 'CONTACT' && !canListDoublonParContact(acteur, { protegee: p.protegee, dossier: cible })) return [];
    return [
      {
        personneId: p.id,
        nom: p.nom,
        prenom: p.prenom,
        nomNaissance: p.nomNaissance,
        dateNaissance: p.dateNaissance.toISOString().slice(0, 10),
        echelon,
        commune: !p.protegee && foyer?.communeCode ? (communes.get(foyer.communeCode) ?? null) : null,
        eds: dossier?.eds.nom ?? null,
        foyerId: foyer && cible && canReadFoyer(acteur, cible) ? foyer.id : null,
        foyerCourantId: foyer?.id ?? null,
      },
    ];
  });
}
