import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { Sequence } from '@/generated/prisma/enums';
import { dateColonne, jourParis } from '@/features/agenda/regles/calendrier-paris';
import { nomReference, referenceSelect } from '@/features/dossiers/queries';
import type { Acteur } from '@/server/acteur';
import { writeAudit } from '@/server/audit';
import { db, type Tx } from '@/server/db';
import {
  canReadCoordonneesPersonne,
  canSearchPersonnes,
  niveauResultatRecherche,
  scopePersonnesRecherche,
  type DossierCible,
} from '@/server/policy';
import { bornesPrefixe, lireTermeRecherche, seuilSimilarite, SEUIL_NOM_AVEC_DATE, type TermeRecherche } from './regles/terme-recherche';

export type ResultatPersonneDto = {
  personneId: number;
  nom: string;
  prenom: string;
  nomNaissance: string | null;
  /** "YYYY-MM-DD" (JSON-safe for the suggestions fetched as you type). */
  dateNaissance: string;
  /** DOSSIER: the foyer is in the acteur's EDS; IDENTITE: elsewhere in the département (policy.niveauResultatRecherche). */
  niveau: 'DOSSIER' | 'IDENTITE';
  eds: string | null;
  /** Whether a TS follows the person: the référent of the foyer's dossier, and the site of their latest rdv with it. */
  referent: { nom: string; site: string | null } | null;
  // Dossier level only (null otherwise):
  foyer: { id: number; reference: string } | null;
  sequence: Sequence | null;
  numeroAllocataire: string | null;
  /** ISO instants. */
  dernierContact: string | null;
  prochainRendezVous: string | null;
  /** Phone and address: EDS staff, and for a protected person its case team only. */
  coordonnees: { telephone: string | null; adresse: string | null; commune: string | null } | null;
  /** A protected person whose coordonnées this acteur may not see (said, so the desk gives nothing out). */
  coordonneesReservees: boolean;
  liens: { dossier: string | null; ficheContact: string | null; rendezVous: string | null };
};

export type RecherchePersonnesDto = {
  terme: string;
  /** Why the term was not searched (an impossible date, a too long phone number), in French. */
  message: string | null;
  /** Null: nothing searched yet. */
  resultats: ResultatPersonneDto[] | null;
};

export const LIMITE_SUGGESTIONS = 8;
export const LIMITE_PAGE = 30;

/** The indexed expression of personne_recherche_trgm_idx, written exactly as in the migration so the index is used. */
const DOC = Prisma.sql`normaliser_nom(p.nom || ' ' || p.prenom || ' ' || coalesce(p.nom_naissance, ''))`;
const TELEPHONE = Prisma.sql`normaliser_telephone(p.telephone)`;
const ALLOCATAIRE = Prisma.sql`p.numero_allocataire`;

/** `colonne` starts with `prefixe`, as a btree range (any collation) plus an exact LIKE check. */
function commencePar(colonne: Prisma.Sql, prefixe: string): Prisma.Sql {
  const { debut, fin } = bornesPrefixe(prefixe);
  return Prisma.sql`(${colonne} >= ${debut} AND ${fin === null ? Prisma.sql`TRUE` : Prisma.sql`${colonne} < ${fin}`} AND ${colonne} LIKE ${`${prefixe}%`})`;
}

type Candidat = { id: number; score: number };

/**
 * Ids of the persons matching the term, best first. No access decision here: every person of the
 * département may be found (the scope is applied on these ids by the caller).
 */
async function matchCandidats(tx: Tx, terme: Exclude<TermeRecherche, { type: 'incomplet' | 'invalide' }>, limite: number): Promise<Candidat[]> {
  switch (terme.type) {
    case 'nom':
      // The `<%` operator reads its threshold from this setting: local to the transaction.
      await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(seuilSimilarite(terme.nom))}, true)`;
      // The term is normalized once (an InitPlan), not once per candidate row as a parameter inside the function would be.
      return tx.$queryRaw<Candidat[]>`
        SELECT p.id, word_similarity((SELECT normaliser_nom(${terme.nom})), ${DOC})::float8 AS score
        FROM personne p
        WHERE (SELECT normaliser_nom(${terme.nom})) <% ${DOC}
        ORDER BY score DESC, p.nom, p.prenom, p.id
        LIMIT ${limite}`;
    case 'date': {
      // A handful of persons share a birth date: the name, if any, is checked row by row.
      const score = terme.nom === null ? Prisma.sql`1` : Prisma.sql`word_similarity((SELECT normaliser_nom(${terme.nom})), ${DOC})`;
      return tx.$queryRaw<Candidat[]>`
        SELECT p.id, ${score}::float8 AS score
        FROM personne p
        WHERE p.date_naissance = ${terme.date}::date
          AND ${terme.nom === null ? Prisma.sql`TRUE` : Prisma.sql`${score} >= ${SEUIL_NOM_AVEC_DATE}`}
        ORDER BY score DESC, p.nom, p.prenom, p.id
        LIMIT ${limite}`;
    }
    case 'numero': {
      const conditions = [
        ...(terme.telephone === null ? [] : [commencePar(TELEPHONE, terme.telephone)]),
        ...(terme.allocataire === null ? [] : [commencePar(ALLOCATAIRE, terme.allocataire)]),
      ];
      return tx.$queryRaw<Candidat[]>`
        SELECT p.id, 1::float8 AS score
        FROM personne p
        WHERE ${Prisma.join(conditions, ' OR ')}
        ORDER BY p.nom, p.prenom, p.id
        LIMIT ${limite}`;
    }
  }
}

function enCours(today: Date) {
  return { debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] };
}

function personneSelect(today: Date, now: Date) {
  return {
    id: true,
    nom: true,
    prenom: true,
    nomNaissance: true,
    dateNaissance: true,
    telephone: true,
    numeroAllocataire: true,
    protegee: true,
    appartenances: {
      where: enCours(today),
      orderBy: [{ debut: 'desc' }, { id: 'desc' }],
      take: 1,
      select: {
        foyer: {
          select: {
            id: true,
            adresse: true,
            communeCode: true,
            ...referenceSelect,
            dossier: {
              select: {
                edsId: true,
                referentId: true,
                sequenceDeclaree: true,
                eds: { select: { nom: true } },
                referent: { select: { nom: true, prenom: true } },
                equipe: { where: enCours(today), select: { agentId: true } },
              },
            },
            contacts: { orderBy: { date: 'desc' }, take: 1, select: { date: true } },
            rendezVous: { where: { debut: { gte: now }, statut: 'PROGRAMME' }, orderBy: { debut: 'asc' }, take: 1, select: { debut: true } },
          },
        },
      },
    },
  } satisfies Prisma.PersonneSelect;
}

/** Site of each référent's latest rdv with the foyer, when rdv carry one ("foyerId:agentId" → site). */
async function sitesReferents(tx: Tx, paires: { foyerId: number; agentId: number }[]): Promise<Map<string, string>> {
  if (paires.length === 0) return new Map();
  const rdv = await tx.rendezVous.findMany({
    where: { OR: paires.map((p) => ({ foyerId: p.foyerId, agentId: p.agentId })), siteId: { not: null } },
    orderBy: { debut: 'desc' },
    select: { foyerId: true, agentId: true, site: { select: { nom: true } } },
  });
  const sites = new Map<string, string>();
  for (const r of rdv) {
    const cle = `${r.foyerId}:${r.agentId}`;
    if (r.site && !sites.has(cle)) sites.set(cle, r.site.nom);
  }
  return sites;
}

/**
 * The accueil search (one box: names, birth date, phone, numéro allocataire), across the département for
 * the desk roles; each result shows what policy allows (dossier level in the acteur's EDS, identity
 * elsewhere; coordonnées of a protected person to its case team only). Null when the role may not search
 * (the caller answers 404). Every search that ran is audited with its term and the ids it listed.
 */
export async function searchPersonnes(
  acteur: Acteur,
  saisie: string,
  { limite = LIMITE_PAGE, now = new Date() }: { limite?: number; now?: Date } = {},
): Promise<RecherchePersonnesDto | null> {
  if (!canSearchPersonnes(acteur)) return null;
  const jour = jourParis(now);
  const today = dateColonne(jour);
  const terme = saisie.trim().slice(0, 100);
  const lu = lireTermeRecherche(terme, jour);
  if (lu.type === 'incomplet') return { terme, message: null, resultats: null };
  if (lu.type === 'invalide') return { terme, message: lu.message, resultats: null };

  return db.$transaction(async (tx) => {
    // A few more candidates than shown: merged records and phone-matched protected persons drop out below.
    const candidats = await matchCandidats(tx, lu, limite + 10);
    const rang = new Map(candidats.map((c, i) => [c.id, i]));
    const personnes =
      candidats.length === 0
        ? []
        : await tx.personne.findMany({
            where: { AND: [scopePersonnesRecherche(acteur, today, { parTelephone: lu.type === 'numero' && lu.telephone !== null }), { id: { in: [...rang.keys()] } }] },
            select: personneSelect(today, now),
          });
    personnes.sort((a, b) => (rang.get(a.id) ?? 0) - (rang.get(b.id) ?? 0));
    const retenues = personnes.slice(0, limite);

    const paires = retenues.flatMap((p) => {
      const f = p.appartenances[0]?.foyer;
      return f?.dossier?.referentId ? [{ foyerId: f.id, agentId: f.dossier.referentId }] : [];
    });
    const codes = [...new Set(retenues.flatMap((p) => p.appartenances[0]?.foyer.communeCode ?? []))];
    // One connection in a transaction: these reads run one after the other.
    const sites = await sitesReferents(tx, paires);
    const communes = codes.length ? await tx.commune.findMany({ where: { code: { in: codes } }, select: { code: true, nom: true } }) : [];
    const nomsCommunes = new Map(communes.map((c) => [c.code, c.nom]));

    const resultats = retenues.map((p): ResultatPersonneDto => {
      const foyer = p.appartenances[0]?.foyer ?? null;
      const dossier = foyer?.dossier ?? null;
      // Partners never search (canSearchPersonnes), so their structures are not loaded.
      const cible: DossierCible | null = dossier
        ? { edsId: dossier.edsId, referentId: dossier.referentId, equipeIds: dossier.equipe.map((m) => m.agentId), structureIds: [] }
        : null;
      const niveau = niveauResultatRecherche(acteur, cible) ?? 'IDENTITE';
      const complet = niveau === 'DOSSIER' && foyer !== null && dossier !== null;
      const coordonnees = canReadCoordonneesPersonne(acteur, { protegee: p.protegee, dossier: cible });
      return {
        personneId: p.id,
        nom: p.nom,
        prenom: p.prenom,
        nomNaissance: p.nomNaissance,
        dateNaissance: p.dateNaissance.toISOString().slice(0, 10),
        niveau,
        eds: dossier?.eds.nom ?? null,
        referent:
          dossier?.referent && foyer
            ? { nom: `${dossier.referent.prenom} ${dossier.referent.nom}`, site: sites.get(`${foyer.id}:${dossier.referentId}`) ?? null }
            : null,
        foyer: complet ? { id: foyer.id, reference: nomReference(foyer) } : null,
        sequence: complet ? dossier.sequenceDeclaree : null,
        numeroAllocataire: complet ? p.numeroAllocataire : null,
        dernierContact: complet ? (foyer.contacts[0]?.date.toISOString() ?? null) : null,
        prochainRendezVous: complet ? (foyer.rendezVous[0]?.debut.toISOString() ?? null) : null,
        coordonnees:
          coordonnees && foyer
            ? { telephone: p.telephone, adresse: foyer.adresse, commune: foyer.communeCode ? (nomsCommunes.get(foyer.communeCode) ?? null) : null }
            : null,
        coordonneesReservees: complet && p.protegee && !coordonnees,
        liens: {
          dossier: complet ? `/foyers/${foyer.id}` : null,
          // A person of another EDS may be received at this desk: the fiche reaches their référent.
          ficheContact: foyer ? `/accueil/contacts/nouveau?foyer=${foyer.id}&personne=${p.id}` : null,
          rendezVous: complet ? `/accueil/rendez-vous/nouveau?foyer=${foyer.id}` : null,
        },
      };
    });

    await writeAudit(tx, acteur.id, {
      action: 'LECTURE',
      objet: 'RecherchePersonnes',
      details: {
        terme,
        type: lu.type,
        nombre: resultats.length,
        personneIds: resultats.map((r) => r.personneId),
        // Every foyer a result names, in a link at least.
        foyerIds: retenues.flatMap((p) => p.appartenances[0]?.foyer.id ?? []),
      },
    });
    return { terme, message: null, resultats };
  });
}
