import 'server-only';
import { ajouterJours, debutJourParis, jourParis } from '@/features/agenda/regles/calendrier-paris';
import { secteurDuFoyer } from '@/features/attribution/regles/secteur-du-foyer';
import { loadDossierCible } from '@/features/dossiers/cible';
import { nomReference, referenceSelect } from '@/features/dossiers/queries';
import type { Acteur } from '@/server/acteur';
import { writeAudit } from '@/server/audit';
import { startOfTodayUtc } from '@/server/dates';
import { db } from '@/server/db';
import { canBookRendezVous, canReadAgendaOf } from '@/server/policy';
import { TYPES_SITE, libelle } from '@/ui/libelles';
import { membresDuFoyer, occupationsDuTs, sitesDeLEds, tsDeLEds } from './agenda-ts';
import { debutDemandeDuFoyer } from './demande-ouverte';
import { attenteDemande, type AttenteDemande } from './regles/attente-demande';
import { creneauxLibres, HORIZON_JOURS, joursProposes } from './regles/creneaux-libres';

export type OptionDto = { value: string; label: string };
export type PropositionTs = { id: number; nom: string; raison: 'REFERENT' | 'SECTEUR' };
export type PriseRendezVousDto = {
  foyer: { id: number; nom: string };
  eds: string;
  /** The TS whose free slots are shown: the one asked for, else the proposed one; null when the EDS has none. */
  ts: { id: number; nom: string } | null;
  /** The foyer's référent if a TS of the EDS, else the TS of its secteur; null when neither. */
  proposition: PropositionTs | null;
  tsOptions: OptionDto[];
  /** The address of the TS's agenda for the week of a slot, when the acteur may open it (secrétaires: yes; another TS: no). */
  agendaDuTs: boolean;
  jours: { jour: string; creneaux: string[] }[];
  sites: OptionDto[];
  siteParDefaut: string;
  membres: OptionDto[];
  /** The open request's waiting time (48-hour target), or null when the foyer waits for nothing. */
  attente: (AttenteDemande & { depuis: Date }) | null;
};

/** The TS of the foyer's secteur in its EDS (by commune, or by street in a split commune), if any. */
async function tsDuSecteur(edsId: number, foyer: { communeCode: string | null; adresse: string | null }): Promise<number | null> {
  if (!foyer.communeCode) return null;
  const zones = await db.secteurZone.findMany({
    where: { communeCode: foyer.communeCode, secteur: { edsId } },
    orderBy: { id: 'asc' },
    select: { secteurId: true, communeCode: true, voie: true, iris: true },
  });
  const trouve = secteurDuFoyer(zones, foyer);
  if (!trouve) return null;
  const secteur = await db.secteur.findUnique({ where: { id: trouve.secteurId }, select: { agentId: true } });
  return secteur?.agentId ?? null;
}

/**
 * The booking page of a foyer (/accueil/rendez-vous/nouveau?foyer=…&agent=…): the free slots of a TS of the
 * foyer's EDS for the next three weeks, the places, the members, and the 48-hour target. Null (404) when the
 * acteur may not book for this foyer (canBookRendezVous), when the foyer is unknown, or when `agentId` is not a
 * TS of the foyer's EDS. Audited (the foyer's name and members are personal data).
 */
export async function getPriseRendezVous(acteur: Acteur, options: { foyerId: number; agentId?: number }, now = new Date()): Promise<PriseRendezVousDto | null> {
  const today = startOfTodayUtc(now);
  const dossier = await loadDossierCible(db, options.foyerId, today);
  if (!dossier || !canBookRendezVous(acteur, dossier)) return null;

  const [foyer, eds, tsOptions, sites, membres] = await Promise.all([
    db.foyer.findUniqueOrThrow({ where: { id: options.foyerId }, select: { id: true, communeCode: true, adresse: true, ...referenceSelect } }),
    db.eds.findUniqueOrThrow({ where: { id: dossier.edsId }, select: { nom: true } }),
    tsDeLEds(db, dossier.edsId, today),
    sitesDeLEds(db, dossier.edsId),
    membresDuFoyer(db, options.foyerId, today),
  ]);
  const parId = (id: number | null) => tsOptions.find((t) => t.id === id) ?? null;

  const referent = parId(dossier.referentId);
  const duSecteur = referent ? null : parId(await tsDuSecteur(dossier.edsId, foyer));
  const proposition: PropositionTs | null = referent ? { ...referent, raison: 'REFERENT' } : duSecteur ? { ...duSecteur, raison: 'SECTEUR' } : null;

  if (options.agentId !== undefined && !parId(options.agentId)) return null;
  const ts = options.agentId !== undefined ? parId(options.agentId) : proposition ? { id: proposition.id, nom: proposition.nom } : null;

  const jours = joursProposes(now);
  const finHorizon = debutJourParis(ajouterJours(jourParis(now), HORIZON_JOURS));
  const libres = ts ? creneauxLibres(now, await occupationsDuTs(db, ts.id, now, finHorizon)) : [];
  const depuis = await debutDemandeDuFoyer(db, { id: options.foyerId, referentId: dossier.referentId }, now);

  await db.$transaction((tx) =>
    writeAudit(tx, acteur.id, {
      action: 'LECTURE',
      objet: 'PriseRendezVous',
      objetId: options.foyerId,
      foyerId: options.foyerId,
      details: { agentId: ts?.id ?? null, creneaux: libres.length, membres: membres.length },
    }),
  );

  return {
    foyer: { id: foyer.id, nom: nomReference(foyer) },
    eds: eds.nom,
    ts,
    proposition,
    tsOptions: tsOptions.map((t) => ({ value: String(t.id), label: t.nom })),
    // A secrétaire opens the agendas of her EDS; a TS only their own (canReadAgendaOf).
    agendaDuTs: ts !== null && canReadAgendaOf(acteur, { id: ts.id, edsIds: [dossier.edsId] }),
    jours: jours
      .map((jour) => ({ jour, creneaux: libres.filter((c) => c.jour === jour).map((c) => c.debut.toISOString()) }))
      .filter((j) => j.creneaux.length > 0),
    sites: sites.map((s) => ({ value: String(s.id), label: s.type === 'EDS' ? s.nom : `${s.nom} (${libelle(TYPES_SITE, s.type).toLowerCase()})` })),
    siteParDefaut: sites[0] ? String(sites[0].id) : '',
    membres: membres.map((m) => ({ value: String(m.id), label: m.nom })),
    attente: depuis ? { depuis, ...attenteDemande(depuis, now) } : null,
  };
}
