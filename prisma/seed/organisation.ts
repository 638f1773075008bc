/** The fictional département: territoires, EDS, communes, partner structures, agents and their affectations. */
import { type Role } from '@/generated/prisma/client';
import { addDays, addMonths, utcDate } from './calendar';
import { emailLocalPart } from './names';
import { addRow, type SeedRows } from './store';

export const DEMO_DOMAIN = 'demo.sillage.fr';
export const DEMO_PASSWORD = 'Sillage-Demo-2026';

export type Periode = { debut: Date; fin: Date | null };

export type TsAgent = { id: number; periodes: Periode[]; weight: number };

export type EdsInfo = {
  id: number;
  code: string;
  nom: string;
  communes: readonly { code: string; nom: string }[];
  ts: TsAgent[];
  secretaires: { id: number; niveau: number }[];
  responsableId: number;
};

export type Partenaire = { structureId: number; agentId: number; nom: string };

export type Organisation = {
  eds: EdsInfo[];
  ccas: Partenaire;
  association: Partenaire;
  demoTsId: number;
};

export function isActiveOn(periodes: readonly Periode[], day: Date): boolean {
  return periodes.some((p) => p.debut.getTime() <= day.getTime() && (p.fin === null || p.fin.getTime() >= day.getTime()));
}

type Territoire = 'NORD' | 'SUD';

const TERRITOIRES: readonly { code: Territoire; nom: string }[] = [
  { code: 'NORD', nom: 'Territoire Nord' },
  { code: 'SUD', nom: 'Territoire Sud' },
];

const EDS: readonly {
  code: string;
  nom: string;
  territoire: Territoire;
  adresse: string;
  telephone: string;
  communes: readonly { code: string; nom: string }[];
}[] = [
  {
    code: 'EDS-NORD-1', nom: 'EDS de Valbourg', territoire: 'NORD', adresse: '4 place de la Mairie, 99101 Valbourg', telephone: '01 99 00 11 01',
    communes: [{ code: '99101', nom: 'Valbourg' }, { code: '99102', nom: 'Saint-Léger-des-Aulnes' }, { code: '99103', nom: 'Fontclaire' }],
  },
  {
    code: 'EDS-NORD-2', nom: 'EDS de Montclair-sur-Orne', territoire: 'NORD', adresse: '12 rue Pasteur, 99104 Montclair-sur-Orne', telephone: '01 99 00 11 02',
    communes: [{ code: '99104', nom: 'Montclair-sur-Orne' }, { code: '99105', nom: 'Les Essarts-Neufs' }, { code: '99106', nom: 'Vernay-la-Forêt' }],
  },
  {
    code: 'EDS-SUD-1', nom: 'EDS de Bellerive', territoire: 'SUD', adresse: '1 avenue de la République, 99201 Bellerive-sur-Lys', telephone: '01 99 00 12 01',
    communes: [{ code: '99201', nom: 'Bellerive-sur-Lys' }, { code: '99202', nom: 'Sainte-Colombe-des-Vignes' }, { code: '99203', nom: 'Pontarlieu' }],
  },
  {
    code: 'EDS-SUD-2', nom: 'EDS de Castelnoir', territoire: 'SUD', adresse: '27 boulevard Gambetta, 99204 Castelnoir', telephone: '01 99 00 12 02',
    communes: [{ code: '99204', nom: 'Castelnoir' }, { code: '99205', nom: 'Roquebelle-les-Bains' }, { code: '99206', nom: 'Villeneuve-sur-Orbe' }],
  },
];

/** A period of an affectation in months before the reference date (`until` absent: still assigned). */
type PeriodeSpec = { since: number; until?: number; quotite: number };

type AgentSpec = {
  prenom: string;
  nom: string;
  role: Role;
  /** The fixed demo account's e-mail local part (with a password). */
  demo?: string;
  eds?: string;
  niveau?: 1 | 2;
  periodes?: readonly PeriodeSpec[];
  territoire?: Territoire;
  structure?: 'CCAS' | 'ASSOCIATION';
  actif?: boolean;
  /** Relative share of the EDS's dossiers when a référent is chosen. */
  weight?: number;
};

const AGENTS: readonly AgentSpec[] = [
  // EDS de Valbourg (the demo accounts' EDS)
  { prenom: 'Camille', nom: 'Laurent', role: 'TRAVAILLEUR_SOCIAL', demo: 'ts', eds: 'EDS-NORD-1', periodes: [{ since: 98, quotite: 1 }], weight: 1.7 },
  { prenom: 'Julien', nom: 'Mercier', role: 'TRAVAILLEUR_SOCIAL', eds: 'EDS-NORD-1', periodes: [{ since: 60, quotite: 0.8 }] },
  { prenom: 'Sophie', nom: 'Garnier', role: 'TRAVAILLEUR_SOCIAL', eds: 'EDS-NORD-1', periodes: [{ since: 75, until: 14, quotite: 1 }, { since: 14, quotite: 0.5 }] },
  { prenom: 'Nadia', nom: 'Benali', role: 'TRAVAILLEUR_SOCIAL', eds: 'EDS-NORD-1', periodes: [{ since: 70, until: 10, quotite: 1 }], actif: false },
  { prenom: 'Isabelle', nom: 'Roux', role: 'SECRETAIRE', demo: 'secretaire', eds: 'EDS-NORD-1', niveau: 1, periodes: [{ since: 50, quotite: 1 }] },
  { prenom: 'Patricia', nom: 'Lemaire', role: 'SECRETAIRE', eds: 'EDS-NORD-1', niveau: 2, periodes: [{ since: 120, quotite: 0.8 }] },
  { prenom: 'Marc', nom: 'Dupuis', role: 'RESPONSABLE_EDS', demo: 'responsable', eds: 'EDS-NORD-1', periodes: [{ since: 44, quotite: 1 }] },
  // EDS de Montclair-sur-Orne
  { prenom: 'Élodie', nom: 'Perrin', role: 'TRAVAILLEUR_SOCIAL', eds: 'EDS-NORD-2', periodes: [{ since: 88, quotite: 1 }] },
  { prenom: 'Thomas', nom: 'Girard', role: 'TRAVAILLEUR_SOCIAL', eds: 'EDS-NORD-2', periodes: [{ since: 52, quotite: 0.8 }] },
  { prenom: 'Amandine', nom: 'Faure', role: 'TRAVAILLEUR_SOCIAL', eds: 'EDS-NORD-2', periodes: [{ since: 18, quotite: 1 }] },
  { prenom: 'Sylvie', nom: 'Bonnet', role: 'SECRETAIRE', eds: 'EDS-NORD-2', niveau: 1, periodes: [{ since: 66, quotite: 1 }] },
  { prenom: 'Hélène', nom: 'Chevalier', role: 'RESPONSABLE_EDS', eds: 'EDS-NORD-2', periodes: [{ since: 40, quotite: 1 }] },
  // EDS de Bellerive
  { prenom: 'Karim', nom: 'Haddad', role: 'TRAVAILLEUR_SOCIAL', eds: 'EDS-SUD-1', periodes: [{ since: 110, quotite: 1 }] },
  { prenom: 'Laure', nom: 'Blanchard', role: 'TRAVAILLEUR_SOCIAL', eds: 'EDS-SUD-1', periodes: [{ since: 45, quotite: 1 }] },
  { prenom: 'Mathilde', nom: 'Renaud', role: 'TRAVAILLEUR_SOCIAL', eds: 'EDS-SUD-1', periodes: [{ since: 70, quotite: 0.8 }] },
  { prenom: 'Pauline', nom: 'Masson', role: 'TRAVAILLEUR_SOCIAL', eds: 'EDS-SUD-1', periodes: [{ since: 50, quotite: 0.5 }] },
  { prenom: 'Nathalie', nom: 'Guérin', role: 'SECRETAIRE', eds: 'EDS-SUD-1', niveau: 2, periodes: [{ since: 130, quotite: 1 }] },
  { prenom: 'Céline', nom: 'Brun', role: 'SECRETAIRE', eds: 'EDS-SUD-1', niveau: 1, periodes: [{ since: 28, quotite: 1 }] },
  { prenom: 'François', nom: 'Lefèvre', role: 'RESPONSABLE_EDS', eds: 'EDS-SUD-1', periodes: [{ since: 76, quotite: 1 }] },
  // EDS de Castelnoir
  { prenom: 'Aurélie', nom: 'Caron', role: 'TRAVAILLEUR_SOCIAL', eds: 'EDS-SUD-2', periodes: [{ since: 64, quotite: 1 }] },
  { prenom: 'Sébastien', nom: 'Marchand', role: 'TRAVAILLEUR_SOCIAL', eds: 'EDS-SUD-2', periodes: [{ since: 92, quotite: 0.8 }] },
  { prenom: 'Inès', nom: 'Bouvier', role: 'TRAVAILLEUR_SOCIAL', eds: 'EDS-SUD-2', periodes: [{ since: 58, quotite: 1 }] },
  { prenom: 'Valérie', nom: 'Colin', role: 'SECRETAIRE', eds: 'EDS-SUD-2', niveau: 1, periodes: [{ since: 84, quotite: 1 }] },
  { prenom: 'Olivier', nom: 'Roussel', role: 'RESPONSABLE_EDS', eds: 'EDS-SUD-2', periodes: [{ since: 55, quotite: 1 }] },
  // Territoires, direction, administration, partners
  { prenom: 'Anne', nom: 'Vidal', role: 'RESPONSABLE_TERRITOIRE', demo: 'territoire', territoire: 'NORD', eds: 'EDS-NORD-1', periodes: [{ since: 62, quotite: 1 }] },
  { prenom: 'Philippe', nom: 'Arnaud', role: 'RESPONSABLE_TERRITOIRE', territoire: 'SUD', eds: 'EDS-SUD-1', periodes: [{ since: 90, quotite: 1 }] },
  { prenom: 'Catherine', nom: 'Morel', role: 'DIRECTION', demo: 'direction' },
  { prenom: 'Nicolas', nom: 'Fournier', role: 'ADMIN', demo: 'admin' },
  { prenom: 'Samia', nom: 'Rahmani', role: 'PARTENAIRE', demo: 'partenaire', structure: 'CCAS' },
  { prenom: 'Luc', nom: 'Berthier', role: 'PARTENAIRE', structure: 'ASSOCIATION' },
];

/**
 * One secteur per TS active on the reference date, whole communes dealt in turn; the first commune of the
 * EDS is split by streets between its first two TS, as a large town is. A secteur of an EDS left with more
 * secteurs than TS stays vacant (its dossiers go to the "à attribuer" queue).
 */
function addSecteurs(rows: SeedRows, eds: EdsInfo, reference: Date): void {
  const ts = eds.ts.filter((t) => isActiveOn(t.periodes, reference));
  const secteurs = Array.from({ length: Math.max(ts.length, 1) }, (_, i) =>
    addRow(rows.secteur, { edsId: eds.id, nom: `Secteur ${i + 1}`, agentId: ts[i]?.id ?? null }),
  );
  const [premiere, ...autres] = eds.communes;
  if (!premiere) return;
  if (secteurs.length >= 2) {
    addRow(rows.secteurZone, { secteurId: secteurs[0]!, communeCode: premiere.code, voie: 'RUE DE LA REPUBLIQUE', iris: null });
    addRow(rows.secteurZone, { secteurId: secteurs[1]!, communeCode: premiere.code, voie: 'AVENUE JEAN JAURES', iris: null });
  }
  addRow(rows.secteurZone, { secteurId: secteurs[0]!, communeCode: premiere.code, voie: null, iris: null });
  autres.forEach((c, i) => addRow(rows.secteurZone, { secteurId: secteurs[(i + 1) % secteurs.length]!, communeCode: c.code, voie: null, iris: null }));
}

function periodDates(reference: Date, spec: PeriodeSpec): Periode {
  const monthStart = (monthsBefore: number) => {
    const day = addMonths(reference, -monthsBefore);
    return utcDate(day.getUTCFullYear(), day.getUTCMonth(), 1);
  };
  return { debut: monthStart(spec.since), fin: spec.until === undefined ? null : addDays(monthStart(spec.until), -1) };
}

export function buildOrganisation(rows: SeedRows, reference: Date, passwordHash: string): Organisation {
  const year = reference.getUTCFullYear();
  const territoireIds = new Map<Territoire, number>();
  for (const t of TERRITOIRES) territoireIds.set(t.code, addRow(rows.territoire, { code: t.code, nom: t.nom }));

  const edsByCode = new Map<string, EdsInfo>();
  for (const e of EDS) {
    const id = addRow(rows.eds, { code: e.code, nom: e.nom, adresse: e.adresse, telephone: e.telephone, territoireId: territoireIds.get(e.territoire) ?? null });
    for (const c of e.communes) rows.commune.push({ code: c.code, nom: c.nom, edsId: id });
    // The EDS itself, and a monthly permanence in its last commune.
    addRow(rows.site, { edsId: id, nom: e.nom, type: 'EDS', communeCode: e.communes[0]?.code ?? null, actif: true });
    const permanence = e.communes[e.communes.length - 1];
    if (permanence) addRow(rows.site, { edsId: id, nom: `Permanence de ${permanence.nom}`, type: 'PERMANENCE', communeCode: permanence.code, actif: true });
    edsByCode.set(e.code, { id, code: e.code, nom: e.nom, communes: e.communes, ts: [], secretaires: [], responsableId: 0 });
  }

  const ccasId = addRow(rows.structurePartenaire, { code: 'CCAS-VALBOURG', nom: 'CCAS de Valbourg', type: 'CCAS' });
  const associationId = addRow(rows.structurePartenaire, { code: 'ASSO-PASSERELLES', nom: 'Association Passerelles Insertion', type: 'ASSOCIATION' });
  addRow(rows.convention, { structureId: ccasId, debut: utcDate(year - 3, 0, 1), fin: utcDate(year + 1, 11, 31), quota: 120 });
  addRow(rows.convention, { structureId: associationId, debut: utcDate(year - 2, 6, 1), fin: utcDate(year + 1, 5, 30), quota: 80 });

  for (let y = year - 3; y <= year; y += 1) {
    const step = y - (year - 3);
    rows.population.push({ annee: y, population: 598_400 + step * 2_650, coutEtptTs: (61_500 * 1.018 ** step).toFixed(2) });
  }

  let demoTsId = 0;
  const partnerAgents = new Map<'CCAS' | 'ASSOCIATION', number>();
  for (const spec of AGENTS) {
    const email = `${spec.demo ?? emailLocalPart(spec.prenom, spec.nom)}@${DEMO_DOMAIN}`;
    const id = addRow(rows.agent, {
      nom: spec.nom,
      prenom: spec.prenom,
      email,
      role: spec.role,
      niveau: spec.niveau ?? 1,
      passwordHash: spec.demo ? passwordHash : null,
      actif: spec.actif ?? true,
      structureId: spec.structure === 'CCAS' ? ccasId : spec.structure === 'ASSOCIATION' ? associationId : null,
      territoireId: spec.territoire ? (territoireIds.get(spec.territoire) ?? null) : null,
    });
    if (spec.structure) partnerAgents.set(spec.structure, id);
    if (spec.demo === 'ts') demoTsId = id;
    const eds = spec.eds ? edsByCode.get(spec.eds) : undefined;
    if (!eds) continue;
    const periodes = (spec.periodes ?? []).map((p) => periodDates(reference, p));
    (spec.periodes ?? []).forEach((p, index) => {
      const dates = periodes[index];
      if (dates) addRow(rows.affectation, { agentId: id, edsId: eds.id, debut: dates.debut, fin: dates.fin, quotite: p.quotite.toFixed(3) });
    });
    if (spec.role === 'TRAVAILLEUR_SOCIAL') {
      const quotite = spec.periodes?.[spec.periodes.length - 1]?.quotite ?? 1;
      eds.ts.push({ id, periodes, weight: (spec.weight ?? 1) * quotite });
    } else if (spec.role === 'SECRETAIRE') {
      eds.secretaires.push({ id, niveau: spec.niveau ?? 1 });
    } else if (spec.role === 'RESPONSABLE_EDS') {
      eds.responsableId = id;
    }
  }

  for (const eds of edsByCode.values()) addSecteurs(rows, eds, reference);

  const partner = (structureId: number, kind: 'CCAS' | 'ASSOCIATION', nom: string): Partenaire => {
    const agentId = partnerAgents.get(kind);
    if (agentId === undefined) throw new Error(`Aucun agent partenaire pour ${kind}`);
    return { structureId, agentId, nom };
  };
  return {
    eds: [...edsByCode.values()],
    ccas: partner(ccasId, 'CCAS', 'CCAS de Valbourg'),
    association: partner(associationId, 'ASSOCIATION', 'Association Passerelles Insertion'),
    demoTsId,
  };
}
