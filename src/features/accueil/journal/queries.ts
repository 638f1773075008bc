import 'server-only';
import { z } from 'zod';
import { debutDemandeOuverte, delaiDepasse, heuresEcoulees, SUITES_DEMANDE } from '@/features/accueil/contacts/regles/delai-reponse';
import { ajouterJours, bornesJour, dateColonne, debutJourParis, jourParis, lundiDeSemaine, parseJour } from '@/features/agenda/regles/calendrier-paris';
import { nomReference, referenceSelect } from '@/features/dossiers/queries';
import { Prisma } from '@/generated/prisma/client';
import type { Acteur } from '@/server/acteur';
import { writeAudit } from '@/server/audit';
import { db } from '@/server/db';
import { canReadJournalAccueil, scopeFoyers } from '@/server/policy';
import { CANAUX, libelle } from '@/ui/libelles';

/** How far back open requests are looked for: older ones are a dossier matter, not the desk's day. */
export const FENETRE_DEMANDES_JOURS = 30;

export type LigneCompteDto = { code: string; libelle: string; personnes: number };
export type ComptesDto = {
  /** Persons received, counted once per person per day (light contacts each count). */
  personnes: number;
  /** Every fiche, before de-duplication. */
  passages: number;
  /** Light contacts (no dossier), included in `personnes`. */
  legers: number;
  parCanal: LigneCompteDto[];
  parMotif: LigneCompteDto[];
  parJour: { jour: string; personnes: number }[];
};
export type DemandeOuverteDto = { foyerId: number; foyer: string; lien: boolean; depuis: Date; heures: number; enRetard: boolean };
export type JournalDto = {
  eds: { id: number; nom: string };
  edsChoix: { id: number; nom: string }[];
  jour: string;
  aujourdhui: string;
  lundi: string;
  dimanche: string;
  duJour: ComptesDto;
  deLaSemaine: ComptesDto;
  demandes: DemandeOuverteDto[];
};

const ligneSchema = z.object({
  jour: z.string(),
  canal: z.enum(['PHYSIQUE', 'TELEPHONE', 'COURRIER_COURRIEL']),
  motif_code: z.string().nullable(),
  leger: z.boolean(),
  personnes: z.number().int(),
  passages: z.number().int(),
});

/**
 * Counts of the contacts received at the EDS's desks in [debut, fin), grouped in SQL (an EDS logs up to 300 000
 * contacts a year). Same rule as regles/comptage-journal.ts: the first contact of each person (else foyer, else
 * the light contact itself) on each Paris day counts, and carries its canal and motif.
 */
export async function unsafeComptesJournal(edsId: number, debut: Date, fin: Date): Promise<z.infer<typeof ligneSchema>[]> {
  const rows = await db.$queryRaw<unknown[]>(Prisma.sql`
    WITH c AS (
      SELECT to_char(date AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS jour, canal::text AS canal, motif_code, foyer_id IS NULL AS leger,
             row_number() OVER (
               PARTITION BY coalesce('p' || personne_id, 'f' || foyer_id, 'c' || id), (date AT TIME ZONE 'Europe/Paris')::date
               ORDER BY date, id
             ) AS rang
      FROM contact
      WHERE eds_id = ${edsId} AND date >= ${debut} AND date < ${fin}
    )
    SELECT jour, canal, motif_code, leger, (count(*) FILTER (WHERE rang = 1))::int AS personnes, count(*)::int AS passages
    FROM c GROUP BY jour, canal, motif_code, leger`);
  return z.array(ligneSchema).parse(rows);
}

function agreger(lignes: z.infer<typeof ligneSchema>[], motifs: Map<string, string>, jours: string[]): ComptesDto {
  const somme = (cle: (l: (typeof lignes)[number]) => string) => {
    const m = new Map<string, number>();
    for (const l of lignes) m.set(cle(l), (m.get(cle(l)) ?? 0) + l.personnes);
    return m;
  };
  const canaux = somme((l) => l.canal);
  const parMotif = somme((l) => l.motif_code ?? '');
  const parJour = somme((l) => l.jour);
  return {
    personnes: lignes.reduce((n, l) => n + l.personnes, 0),
    passages: lignes.reduce((n, l) => n + l.passages, 0),
    legers: lignes.filter((l) => l.leger).reduce((n, l) => n + l.personnes, 0),
    parCanal: (Object.keys(CANAUX) as (keyof typeof CANAUX)[]).map((code) => ({ code, libelle: libelle(CANAUX, code), personnes: canaux.get(code) ?? 0 })),
    parMotif: [...parMotif.entries()]
      .filter(([, n]) => n > 0)
      .map(([code, personnes]) => ({ code, libelle: code === '' ? 'Motif non renseigné' : (motifs.get(code) ?? code), personnes }))
      .sort((a, b) => b.personnes - a.personnes || a.libelle.localeCompare(b.libelle, 'fr')),
    parJour: jours.map((jour) => ({ jour, personnes: parJour.get(jour) ?? 0 })),
  };
}

const demandeSchema = z.object({ foyer_id: z.number().int(), demandes: z.array(z.date()), derniere: z.date().nullable() });

/**
 * Requests received at the EDS's desks in the window (suite RENDEZ_VOUS or TRANSMIS_REFERENT), per foyer, with the
 * foyer's last answer (a rdv booked for a date after the request, or a contact by its référent). regles/delai-reponse.ts then decides which
 * request is still open and since when.
 */
export async function unsafeDemandesEtReponses(edsId: number, depuis: Date, now: Date): Promise<z.infer<typeof demandeSchema>[]> {
  const rows = await db.$queryRaw<unknown[]>(Prisma.sql`
    WITH demandes AS (
      SELECT foyer_id, date FROM contact
      WHERE eds_id = ${edsId} AND foyer_id IS NOT NULL AND date >= ${depuis} AND date <= ${now}
        AND suite::text IN (${Prisma.join([...SUITES_DEMANDE])})
    )
    SELECT d.foyer_id, array_agg(d.date ORDER BY d.date) AS demandes,
      greatest(
        -- A rdv answers the requests made before it was both booked and due: one recorded afterwards for a past date
        -- (entered late, imported) answers nothing new.
        (SELECT max(least(r.created_at, r.debut)) FROM rendez_vous r WHERE r.foyer_id = d.foyer_id AND r.created_at >= ${depuis} AND r.debut >= ${depuis}),
        (SELECT max(c.date) FROM contact c JOIN dossier ds ON ds.foyer_id = c.foyer_id
          WHERE c.foyer_id = d.foyer_id AND c.agent_id = ds.referent_id AND c.date >= ${depuis})
      ) AS derniere
    FROM demandes d GROUP BY d.foyer_id`);
  return z.array(demandeSchema).parse(rows);
}

/**
 * The journal de l'accueil of one of the acteur's EDS: counts of the day and of the week, and the requests
 * still waiting for an answer (those beyond 48 hours flagged). Null (404) when the acteur may not read it. Audited.
 */
export async function getJournalAccueil(acteur: Acteur, options: { jour?: string; semaine?: string; edsId?: number } = {}, now = new Date()): Promise<JournalDto | null> {
  const edsId = options.edsId ?? acteur.edsIds[0];
  if (edsId === undefined || !canReadJournalAccueil(acteur, edsId)) return null;
  const aujourdhui = jourParis(now);
  const jour = parseJour(options.jour) ?? aujourdhui;
  const lundi = lundiDeSemaine(parseJour(options.semaine) ?? jour);
  const semaine = Array.from({ length: 7 }, (_, i) => ajouterJours(lundi, i));
  const { debut, fin } = bornesJour(jour);
  const depuis = debutJourParis(ajouterJours(aujourdhui, -FENETRE_DEMANDES_JOURS));

  const [lignesJour, lignesSemaine, brutes, motifs] = await Promise.all([
    unsafeComptesJournal(edsId, debut, fin),
    unsafeComptesJournal(edsId, debutJourParis(lundi), debutJourParis(ajouterJours(lundi, 7))),
    unsafeDemandesEtReponses(edsId, depuis, now),
    db.motifContact.findMany({ select: { code: true, libelle: true } }),
  ]);
  const libellesMotifs = new Map(motifs.map((m) => [m.code, m.libelle]));

  const ouvertes = brutes
    .map((b) => ({ foyerId: b.foyer_id, depuis: debutDemandeOuverte(b.demandes, b.derniere) }))
    .filter((d): d is { foyerId: number; depuis: Date } => d.depuis !== null)
    .sort((a, b) => a.depuis.getTime() - b.depuis.getTime());
  const foyerIds = ouvertes.map((d) => d.foyerId);
  // Names only for foyers the acteur may read (a request may concern a foyer of another EDS).
  const foyers = foyerIds.length
    ? await db.foyer.findMany({ where: { AND: [scopeFoyers(acteur, dateColonne(aujourdhui)), { id: { in: foyerIds } }] }, select: { id: true, ...referenceSelect } })
    : [];
  const noms = new Map(foyers.map((f) => [f.id, nomReference(f)]));
  const eds = await db.eds.findMany({ where: { id: { in: acteur.edsIds } }, orderBy: { nom: 'asc' }, select: { id: true, nom: true } });

  await db.$transaction((tx) =>
    writeAudit(tx, acteur.id, { action: 'LECTURE', objet: 'JournalAccueil', objetId: edsId, details: { jour, semaine: lundi, demandes: foyerIds.length, foyerIds } }),
  );

  return {
    eds: eds.find((e) => e.id === edsId) ?? { id: edsId, nom: '' },
    edsChoix: eds,
    jour,
    aujourdhui,
    lundi,
    dimanche: ajouterJours(lundi, 6),
    duJour: agreger(lignesJour, libellesMotifs, [jour]),
    deLaSemaine: agreger(lignesSemaine, libellesMotifs, semaine),
    demandes: ouvertes.map((d) => ({
      foyerId: d.foyerId,
      foyer: noms.get(d.foyerId) ?? `Foyer n° ${d.foyerId} (suivi par un autre EDS)`,
      lien: noms.has(d.foyerId),
      depuis: d.depuis,
      heures: heuresEcoulees(d.depuis, now),
      enRetard: delaiDepasse(d.depuis, now),
    })),
  };
}
