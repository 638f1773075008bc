import 'server-only';
import { bornesJour, jourParis } from '@/features/agenda/regles/calendrier-paris';
import { loadDossierCible } from '@/features/dossiers/cible';
import { nomReference, referenceSelect } from '@/features/dossiers/queries';
import type { Acteur } from '@/server/acteur';
import { writeAudit } from '@/server/audit';
import { startOfTodayUtc } from '@/server/dates';
import { db } from '@/server/db';
import { canReadContactsFoyer, canReadFoyer, canReadNoteAccueil, canReadUrgencesDuJour, canUseFicheContact, scopeContactsRecus, scopeFoyers } from '@/server/policy';
import { valeurLocaleParis } from './regles/date-contact';

export type OptionDto = { value: string; label: string };
export type GuichetDto = {
  sites: OptionDto[];
  /** The secrétaire's EDS main site (type EDS), else the first site. */
  siteParDefaut: string;
  motifs: OptionDto[];
  /** Default of the date field: now, Paris wall time. */
  maintenant: string;
};
export type FicheContactFormulaireDto = GuichetDto & {
  foyer: { id: number; libelle: string; eds: string; autreEds: boolean };
  /** Current members to pick who came (only when the acteur reads the foyer). */
  membres: OptionDto[];
  personneId: string;
  /** Suggestions for the partner field (active partner structures); free text stays allowed. */
  partenaires: string[];
};
export type ContactLegerFormulaireDto = GuichetDto & { communes: OptionDto[] };

/** Sites of the acteur's EDS and the active motifs: what every accueil form offers. */
async function loadGuichet(acteur: Acteur, now: Date): Promise<GuichetDto> {
  const [sites, motifs] = await Promise.all([
    db.site.findMany({
      where: { edsId: { in: acteur.edsIds }, actif: true },
      orderBy: [{ type: 'asc' }, { nom: 'asc' }],
      select: { id: true, nom: true, type: true, edsId: true },
    }),
    db.motifContact.findMany({ where: { actif: true }, orderBy: [{ ordre: 'asc' }, { libelle: 'asc' }], select: { code: true, libelle: true } }),
  ]);
  const principal = sites.find((s) => s.type === 'EDS' && s.edsId === acteur.edsIds[0]) ?? sites[0];
  return {
    sites: sites.map((s) => ({ value: String(s.id), label: s.nom })),
    siteParDefaut: principal ? String(principal.id) : '',
    motifs: motifs.map((m) => ({ value: m.code, label: m.libelle })),
    maintenant: valeurLocaleParis(now),
  };
}

/**
 * The fiche contact form for a foyer. Null (404) for roles that do not log contacts, or a foyer without dossier.
 * A foyer of another EDS may receive a contact at this desk (policy canCreateContact), but then its members are
 * not listed and no name is shown: the acteur sees only its number and EDS. Audited.
 */
export async function getFicheContactFormulaire(acteur: Acteur, foyerId: number, personneId: number | null, now = new Date()): Promise<FicheContactFormulaireDto | null> {
  if (!canUseFicheContact(acteur)) return null;
  const today = startOfTodayUtc(now);
  const cible = await loadDossierCible(db, foyerId, today);
  if (!cible) return null;
  const lisible = canReadFoyer(acteur, cible);

  const [guichet, foyer, partenaires] = await Promise.all([
    loadGuichet(acteur, now),
    db.foyer.findUniqueOrThrow({
      where: { id: foyerId },
      select: {
        id: true,
        dossier: { select: { eds: { select: { nom: true } } } },
        appartenances: {
          where: { debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] },
          orderBy: [{ role: 'asc' }, { debut: 'asc' }],
          select: { role: true, personne: { select: { id: true, nom: true, prenom: true } } },
        },
      },
    }),
    db.structurePartenaire.findMany({ where: { actif: true }, orderBy: { nom: 'asc' }, select: { nom: true } }),
  ]);
  const membres = lisible ? foyer.appartenances.map((a) => ({ value: String(a.personne.id), label: `${a.personne.nom.toUpperCase()} ${a.personne.prenom}` })) : [];
  const reference = foyer.appartenances.filter((a) => a.role === 'REFERENCE');

  await db.$transaction((tx) =>
    writeAudit(tx, acteur.id, { action: 'LECTURE', objet: 'FicheContactFormulaire', objetId: foyerId, foyerId, details: { membres: membres.length } }),
  );

  return {
    ...guichet,
    foyer: {
      id: foyer.id,
      libelle: lisible ? nomReference({ id: foyer.id, appartenances: reference }) : `Foyer n° ${foyer.id}`,
      eds: foyer.dossier?.eds.nom ?? '',
      autreEds: !lisible,
    },
    membres,
    personneId: personneId !== null && membres.some((m) => m.value === String(personneId)) ? String(personneId) : '',
    partenaires: partenaires.map((p) => p.nom),
  };
}

/** The light contact form: the desk's sites and motifs, and the communes of the département. Null (404) for other roles. */
export async function getContactLegerFormulaire(acteur: Acteur, now = new Date()): Promise<ContactLegerFormulaireDto | null> {
  if (!canUseFicheContact(acteur)) return null;
  const [guichet, communes] = await Promise.all([
    loadGuichet(acteur, now),
    db.commune.findMany({ orderBy: { nom: 'asc' }, select: { code: true, nom: true } }),
  ]);
  return { ...guichet, communes: communes.map((c) => ({ value: c.code, label: c.nom })) };
}

export type ContactFoyerDto = {
  id: number;
  date: Date;
  canal: string;
  motif: string | null;
  suite: string | null;
  partenaire: string | null;
  urgence: boolean;
  site: string | null;
  agent: string | null;
  /** Undefined when the acteur may not read pre-evaluation notes. */
  noteAccueil?: string | null;
};
export type ContactsFoyerDto = { contacts: ContactFoyerDto[]; notesVisibles: boolean };

const CONTACT_SELECT = {
  id: true,
  date: true,
  canal: true,
  motif: true,
  suite: true,
  partenaire: true,
  urgence: true,
  edsId: true,
  motifRef: { select: { libelle: true } },
  site: { select: { nom: true } },
  agent: { select: { nom: true, prenom: true } },
} as const;

/**
 * The foyer's recent fiches contact for its dossier page, with their pre-evaluation notes for those who may read
 * them (canReadNoteAccueil: the TS and managers, never the secrétaires or partners). Null when out of scope. Audited.
 */
export async function getContactsFoyer(acteur: Acteur, foyerId: number, limit = 10): Promise<ContactsFoyerDto | null> {
  const cible = await loadDossierCible(db, foyerId, startOfTodayUtc());
  if (!cible || !canReadContactsFoyer(acteur, cible)) return null;
  const contacts = await db.contact.findMany({
    where: { foyerId },
    orderBy: [{ date: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { ...CONTACT_SELECT, noteAccueil: true },
  });
  const dtos = contacts.map((c) => {
    const note = canReadNoteAccueil(acteur, { dossier: cible, deskEdsId: c.edsId });
    return { ...toDto(c), ...(note ? { noteAccueil: c.noteAccueil } : {}) };
  });
  const notesLues = dtos.filter((c) => c.noteAccueil !== undefined && c.noteAccueil !== null).length;
  await db.$transaction((tx) =>
    writeAudit(tx, acteur.id, { action: 'LECTURE', objet: 'ContactsFoyer', objetId: foyerId, foyerId, details: { contacts: dtos.length, notesLues } }),
  );
  return { contacts: dtos, notesVisibles: dtos.some((c) => c.noteAccueil !== undefined) };
}

function toDto(c: {
  id: number;
  date: Date;
  canal: string;
  motif: string | null;
  suite: string | null;
  partenaire: string | null;
  urgence: boolean;
  motifRef: { libelle: string } | null;
  site: { nom: string } | null;
  agent: { nom: string; prenom: string } | null;
}): ContactFoyerDto {
  return {
    id: c.id,
    date: c.date,
    canal: c.canal,
    motif: c.motifRef?.libelle ?? c.motif,
    suite: c.suite,
    partenaire: c.partenaire,
    urgence: c.urgence,
    site: c.site?.nom ?? null,
    agent: c.agent ? `${c.agent.prenom} ${c.agent.nom}` : null,
  };
}

export type UrgenceDto = ContactFoyerDto & { foyerId: number | null; foyer: string; lien: boolean };

/**
 * "Urgences du jour" for a TS (permanence accueil-urgence: violences, hébergement, enfance): today's urgent
 * contacts received at the desks of the TS's EDS, most recent first, with their notes. Null for other roles. Audited.
 */
export async function getUrgencesDuJour(acteur: Acteur, now = new Date()): Promise<UrgenceDto[] | null> {
  if (!canReadUrgencesDuJour(acteur)) return null;
  const { debut, fin } = bornesJour(jourParis(now));
  const today = startOfTodayUtc(now);
  const contacts = await db.contact.findMany({
    where: { AND: [scopeContactsRecus(acteur), { urgence: true, date: { gte: debut, lt: fin } }] },
    orderBy: [{ date: 'desc' }, { id: 'desc' }],
    take: 50,
    select: { ...CONTACT_SELECT, noteAccueil: true, foyerId: true, foyer: { select: { id: true, ...referenceSelect } } },
  });
  // The person came to this EDS's desk: the TS of the day sees who, and opens the dossier when it is in scope.
  const foyerIds = [...new Set(contacts.flatMap((c) => (c.foyerId === null ? [] : [c.foyerId])))];
  const enScope = new Set(
    foyerIds.length === 0 ? [] : (await db.foyer.findMany({ where: { AND: [scopeFoyers(acteur, today), { id: { in: foyerIds } }] }, select: { id: true } })).map((f) => f.id),
  );
  const urgences = contacts.map((c) => ({
    ...toDto(c),
    // Received at a desk of the TS's EDS (scopeContactsRecus): the TS of the day reads the note.
    ...(canReadNoteAccueil(acteur, { dossier: null, deskEdsId: c.edsId }) ? { noteAccueil: c.noteAccueil } : {}),
    foyerId: c.foyerId,
    foyer: c.foyer ? nomReference(c.foyer) : 'Personne sans dossier',
    lien: c.foyerId !== null && enScope.has(c.foyerId),
  }));
  // No urgent contact today: no personal data was read, and the agenda (every TS's home page) writes no extra row.
  if (urgences.length > 0) {
    await db.$transaction((tx) =>
      writeAudit(tx, acteur.id, { action: 'LECTURE', objet: 'UrgencesDuJour', details: { nombre: urgences.length, foyerIds } }),
    );
  }
  return urgences;
}
