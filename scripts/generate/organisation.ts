/**
 * The département's organisation: territoires, EDS and their communes, TS posts held by successive agents
 * (arrivals, departures, vacancies, part time), secrétaires, responsables, direction, administration,
 * partner structures with conventions, and the yearly population with the cost of a TS ETPT.
 */
import { type Role, type TypeStructure } from '@/generated/prisma/client';
import { addDays, addMonths, utcDate } from '../../prisma/seed/calendar';
import { DEMO_ACCOUNTS } from '../../prisma/seed/demo';
import { DEMO_DOMAIN } from '../../prisma/seed/organisation';
import { emailLocalPart, NOMS, PRENOMS_F, PRENOMS_M, RUES } from '../../prisma/seed/names';
import { type Random } from '../../prisma/seed/random';
import { euros, instant, jour, type Sortie } from './copie';
import { type Echelle } from './echelles';

export type Periode = { debut: Date; fin: Date | null; quotite: number };

export type AgentTs = { id: number; periodes: Periode[] };

/** A TS post of an EDS and the agents who held it, in order. */
export type Poste = { agents: AgentTs[] };

export type Secretaire = { id: number; niveau: 1 | 2; periodes: Periode[] };

export type EdsGen = {
  index: number;
  id: number;
  code: string;
  poids: number;
  communes: { code: string; nom: string }[];
  postes: Poste[];
  ts: AgentTs[];
  secretaires: Secretaire[];
  responsableId: number;
};

export type Structure = { id: number; agents: number[] };

export type Organisation = {
  eds: EdsGen[];
  structures: Structure[];
  /** Largest agent id (agents are numbered 1…n). */
  maxAgentId: number;
  /** Agents in post on the reference date, by role (for the summary). */
  enPoste: Record<string, number>;
};

const NOMS_COMMUNES = [
  'Valbourg', 'Montclair', 'Bellerive', 'Castelnoir', 'Fontclaire', 'Pontarlieu', 'Roquebelle', 'Vernay', 'Les Essarts',
  'Saint-Léger', 'Sainte-Colombe', 'Villeneuve', 'Beaulieu', 'Chantemerle', 'Clairefont',
] as const;
const SUFFIXES_COMMUNES = ['', '-sur-Marne', '-le-Pont', '-les-Bois', '-la-Forêt', '-en-Brie', '-sur-Seine'] as const;
const NOMS_TERRITOIRES = ['Nord', 'Sud', 'Est', 'Ouest', 'Centre', 'Seine-Amont', 'Bords de Marne', 'Plateau'] as const;

function premierDuMois(date: Date): Date {
  return utcDate(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

export function estActif(periodes: readonly Periode[], day: Date): boolean {
  const t = day.getTime();
  for (const p of periodes) if (p.debut.getTime() <= t && (p.fin === null || p.fin.getTime() >= t)) return true;
  return false;
}

function quotite(rng: Random): number {
  return rng.weighted([[1, 0.75], [0.8, 0.17], [0.5, 0.08]] as const);
}

/** One agent's affectation periods: from `debut` to `fin`, sometimes with a change of quotité on the way. */
function periodesAgent(rng: Random, debut: Date, fin: Date | null, debutFenetre: Date, reference: Date): Periode[] {
  const q = quotite(rng);
  const bout = fin ?? reference;
  const from = debut.getTime() > debutFenetre.getTime() ? debut : debutFenetre;
  const mois = Math.floor((bout.getTime() - from.getTime()) / (30.44 * 86_400_000));
  if (mois > 6 && rng.chance(0.12)) {
    const changement = premierDuMois(addMonths(from, rng.int(3, mois - 1)));
    if (changement.getTime() > debut.getTime() && (fin === null || changement.getTime() <= fin.getTime())) {
      const autre = q === 1 ? rng.pick([0.8, 0.5]) : 1;
      return [{ debut, fin: addDays(changement, -1), quotite: q }, { debut: changement, fin, quotite: autre }];
    }
  }
  return [{ debut, fin, quotite: q }];
}

/** Successive holders of a post over the window: a yearly departure rate, then a vacancy of some months. */
function titulaires(
  rng: Random,
  debutFenetre: Date,
  reference: Date,
  options: { departParAn: number; vacanceMin: number; vacanceMax: number },
): { debut: Date; fin: Date | null }[] {
  const out: { debut: Date; fin: Date | null }[] = [];
  let debut = premierDuMois(addMonths(debutFenetre, -rng.int(1, 180)));
  let depuis = debutFenetre;
  for (;;) {
    const annees = -Math.log(1 - rng.next()) / options.departParAn;
    const depart = premierDuMois(addDays(depuis, Math.round(annees * 365.25)));
    if (depart.getTime() >= reference.getTime()) {
      out.push({ debut, fin: null });
      return out;
    }
    const fin = addDays(depart, -1);
    out.push({ debut, fin: fin.getTime() < debut.getTime() ? debut : fin });
    debut = premierDuMois(addMonths(depart, rng.int(options.vacanceMin, options.vacanceMax)));
    if (debut.getTime() >= reference.getTime()) return out;
    depuis = debut;
  }
}

/** Splits `total` between weights (largest remainders), at least `minimum` each. */
function repartir(total: number, poids: readonly number[], minimum: number): number[] {
  const somme = poids.reduce((a, b) => a + b, 0);
  const reste = Math.max(0, total - minimum * poids.length);
  const brut = poids.map((p) => (reste * p) / somme);
  const parts = brut.map((b) => Math.floor(b));
  let manque = reste - parts.reduce((a, b) => a + b, 0);
  const ordre = brut.map((b, i) => [b - Math.floor(b), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of ordre) {
    if (manque <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    manque -= 1;
  }
  return parts.map((p) => p + minimum);
}

type AgentSpec = {
  role: Role;
  sexe: 'F' | 'M';
  edsIndex: number | null;
  niveau: 1 | 2;
  periodes: Periode[];
  structureId: number | null;
  territoireId: number | null;
  email?: string;
};

export function construireOrganisation(
  rng: Random,
  sortie: Sortie,
  input: { echelle: Echelle; reference: Date; debutFenetre: Date; passwordHash: string },
): Organisation {
  const { echelle, reference, debutFenetre, passwordHash } = input;
  const creeLe = instant(debutFenetre);

  // Territoires, EDS (uneven sizes), communes.
  for (let t = 0; t < echelle.territoires; t += 1) {
    const nom = NOMS_TERRITOIRES[t] ?? `${t + 1}`;
    sortie.territoire.ajouter([t + 1, `T${String(t + 1).padStart(2, '0')}`, `Territoire ${nom}`]);
  }
  const noms: string[] = [];
  for (let i = 0; noms.length < echelle.communes; i += 1) {
    const base = NOMS_COMMUNES[i % NOMS_COMMUNES.length] ?? 'Commune';
    const suffixe = SUFFIXES_COMMUNES[Math.floor(i / NOMS_COMMUNES.length) % SUFFIXES_COMMUNES.length] ?? '';
    const tour = Math.floor(i / (NOMS_COMMUNES.length * SUFFIXES_COMMUNES.length));
    noms.push(`${base}${suffixe}${tour > 0 ? ` ${tour + 1}` : ''}`);
  }
  const communesParEds = repartir(echelle.communes, Array.from({ length: echelle.eds }, () => 1), 1);
  const eds: EdsGen[] = [];
  let commune = 0;
  for (let e = 0; e < echelle.eds; e += 1) {
    const id = e + 1;
    const territoireId = Math.floor((e * echelle.territoires) / echelle.eds) + 1;
    const communes: { code: string; nom: string }[] = [];
    for (let c = 0; c < (communesParEds[e] ?? 1); c += 1) {
      const nom = noms[commune] ?? `Commune ${commune + 1}`;
      communes.push({ code: `99${String(commune + 1).padStart(3, '0')}`, nom });
      commune += 1;
    }
    const premiere = communes[0]?.nom ?? `EDS ${id}`;
    const code = `EDS-${String(id).padStart(2, '0')}`;
    sortie.eds.ajouter([
      id, code, `EDS de ${premiere}`, `${rng.int(1, 90)} ${rng.pick(RUES)}, ${communes[0]?.code ?? '99000'} ${premiere}`,
      `01 99 ${String(10 + Math.floor(id / 100)).padStart(2, '0')} ${String(id % 100).padStart(2, '0')} ${String(rng.int(10, 99))}`, territoireId,
    ]);
    for (const c of communes) sortie.commune.ajouter([c.code, c.nom, id]);
    eds.push({ index: e, id, code, poids: rng.float(0.6, 1.5), communes, postes: [], ts: [], secretaires: [], responsableId: 0 });
  }

  // Partner structures and their conventions.
  const structures: Structure[] = [];
  for (let s = 0; s < echelle.structuresPartenaires; s += 1) {
    const id = s + 1;
    const type: TypeStructure = s % 3 === 2 ? 'ASSOCIATION' : 'CCAS';
    const lieu = noms[(s * 7) % noms.length] ?? 'Valbourg';
    const nom = type === 'CCAS' ? `CCAS de ${lieu}` : `Association Passerelles ${lieu}`;
    sortie.structure_partenaire.ajouter([id, `${type === 'CCAS' ? 'CCAS' : 'ASSO'}-${String(id).padStart(3, '0')}`, nom, type, true]);
    sortie.convention.ajouter([id, id, jour(utcDate(debutFenetre.getUTCFullYear(), 0, 1)), jour(utcDate(reference.getUTCFullYear() + 1, 11, 31)), rng.int(100, 150)]);
    structures.push({ id, agents: [] });
  }

  // Agents, in memory first (the demo accounts are chosen among those in post on the reference date).
  const specs: AgentSpec[] = [];
  const ajouter = (spec: Omit<AgentSpec, 'sexe'>) => {
    specs.push({ ...spec, sexe: rng.chance(0.8) ? 'F' : 'M' });
    return specs.length;
  };
  const toujours = (debut: Date): Periode[] => [{ debut, fin: null, quotite: 1 }];

  const postes = repartir(echelle.postesTs, eds.map((e) => e.poids), 2);
  const secretaires = repartir(echelle.secretaires, eds.map((e) => e.poids), 1);
  for (const e of eds) {
    const debutResp = premierDuMois(addMonths(debutFenetre, -rng.int(1, 60)));
    e.responsableId = ajouter({ role: 'RESPONSABLE_EDS', edsIndex: e.index, niveau: 1, periodes: toujours(debutResp), structureId: null, territoireId: null });
    ajouter({ role: 'RESPONSABLE_EDS', edsIndex: e.index, niveau: 1, periodes: toujours(premierDuMois(addMonths(debutFenetre, -rng.int(1, 60)))), structureId: null, territoireId: null });
    for (let p = 0; p < (postes[e.index] ?? 0); p += 1) {
      const poste: Poste = { agents: [] };
      for (const t of titulaires(rng, debutFenetre, reference, { departParAn: 0.1, vacanceMin: 2, vacanceMax: 14 })) {
        const periodes = periodesAgent(rng, t.debut, t.fin, debutFenetre, reference);
        const id = ajouter({ role: 'TRAVAILLEUR_SOCIAL', edsIndex: e.index, niveau: 1, periodes, structureId: null, territoireId: null });
        const agent = { id, periodes };
        poste.agents.push(agent);
        e.ts.push(agent);
      }
      e.postes.push(poste);
    }
    for (let s = 0; s < (secretaires[e.index] ?? 0); s += 1) {
      const niveau: 1 | 2 = rng.chance(0.35) ? 2 : 1;
      for (const t of titulaires(rng, debutFenetre, reference, { departParAn: 0.06, vacanceMin: 1, vacanceMax: 6 })) {
        const periodes = periodesAgent(rng, t.debut, t.fin, debutFenetre, reference);
        const id = ajouter({ role: 'SECRETAIRE', edsIndex: e.index, niveau, periodes, structureId: null, territoireId: null });
        e.secretaires.push({ id, niveau, periodes });
      }
    }
  }
  for (let t = 0; t < echelle.territoires; t += 1) {
    const premier = eds.find((e) => Math.floor((e.index * echelle.territoires) / echelle.eds) === t);
    ajouter({ role: 'RESPONSABLE_TERRITOIRE', edsIndex: premier?.index ?? null, niveau: 1, periodes: toujours(premierDuMois(addMonths(debutFenetre, -rng.int(1, 48)))), structureId: null, territoireId: t + 1 });
  }
  for (let d = 0; d < 4; d += 1) ajouter({ role: 'DIRECTION', edsIndex: null, niveau: 1, periodes: [], structureId: null, territoireId: null });
  for (let a = 0; a < 2; a += 1) ajouter({ role: 'ADMIN', edsIndex: null, niveau: 1, periodes: [], structureId: null, territoireId: null });
  for (const s of structures) {
    for (let a = 0; a < 2; a += 1) s.agents.push(ajouter({ role: 'PARTENAIRE', edsIndex: null, niveau: 1, periodes: [], structureId: s.id, territoireId: null }));
  }

  // The demo accounts (same e-mails as the demo département) on agents of the first EDS in post today.
  const enPosteAujourdhui = (spec: AgentSpec) => spec.periodes.length === 0 || estActif(spec.periodes, reference);
  const premierIndex = (role: Role, filtre: (s: AgentSpec) => boolean = () => true) =>
    specs.findIndex((s) => s.role === role && enPosteAujourdhui(s) && filtre(s));
  const demo: [number, string][] = [
    [premierIndex('SECRETAIRE', (s) => s.edsIndex === 0), DEMO_ACCOUNTS.SECRETAIRE],
    [premierIndex('TRAVAILLEUR_SOCIAL', (s) => s.edsIndex === 0), DEMO_ACCOUNTS.TRAVAILLEUR_SOCIAL],
    [premierIndex('RESPONSABLE_EDS', (s) => s.edsIndex === 0), DEMO_ACCOUNTS.RESPONSABLE_EDS],
    [premierIndex('RESPONSABLE_TERRITOIRE'), DEMO_ACCOUNTS.RESPONSABLE_TERRITOIRE],
    [premierIndex('DIRECTION'), DEMO_ACCOUNTS.DIRECTION],
    [premierIndex('ADMIN'), DEMO_ACCOUNTS.ADMIN],
    [premierIndex('PARTENAIRE'), DEMO_ACCOUNTS.PARTENAIRE],
  ];
  for (const [index, email] of demo) {
    const spec = specs[index];
    if (spec) spec.email = email;
  }

  const enPoste: Record<string, number> = {};
  let affectation = 0;
  specs.forEach((spec, index) => {
    const id = index + 1;
    const prenom = rng.pick(spec.sexe === 'F' ? PRENOMS_F : PRENOMS_M);
    const nom = rng.pick(NOMS);
    const actif = enPosteAujourdhui(spec);
    if (actif) enPoste[spec.role] = (enPoste[spec.role] ?? 0) + 1;
    sortie.agent.ajouter([
      id, nom, prenom, spec.email ?? `${emailLocalPart(prenom, nom)}.${id}@${DEMO_DOMAIN}`, spec.role, spec.niveau, passwordHash, actif,
      spec.structureId, spec.territoireId, 1, creeLe, creeLe,
    ]);
    const edsId = spec.edsIndex === null ? null : (eds[spec.edsIndex]?.id ?? null);
    if (edsId === null) return;
    for (const p of spec.periodes) {
      affectation += 1;
      sortie.affectation.ajouter([affectation, id, edsId, jour(p.debut), jour(p.fin), p.quotite.toFixed(3)]);
    }
  });

  // Population per year, with the yearly cost of a TS ETPT (Val-de-Marne: 52,507 € in 2022).
  for (let annee = debutFenetre.getUTCFullYear(); annee <= reference.getUTCFullYear(); annee += 1) {
    const population = Math.round(echelle.population * (1 + 0.004 * (annee - 2022)));
    sortie.population.ajouter([annee, population, euros(52_507 * 1.022 ** (annee - 2022))]);
  }

  return { eds, structures, maxAgentId: specs.length, enPoste };
}

/** The TS who sees the foyer on a day: the holder of its post, else a colleague of the EDS on duty. */
export function tsDuJour(eds: EdsGen, poste: Poste, day: Date, foyerId: number): number {
  for (const agent of poste.agents) if (estActif(agent.periodes, day)) return agent.id;
  let n = 0;
  for (const agent of eds.ts) if (estActif(agent.periodes, day)) n += 1;
  if (n === 0) return (poste.agents[poste.agents.length - 1] ?? eds.ts[0] ?? { id: 0 }).id;
  let k = foyerId % n;
  for (const agent of eds.ts) {
    if (!estActif(agent.periodes, day)) continue;
    if (k === 0) return agent.id;
    k -= 1;
  }
  return (eds.ts[0] ?? { id: 0 }).id;
}

/** A secrétaire of the EDS on duty that day (any, when none is). */
export function secretaireDuJour(rng: Random, eds: EdsGen, day: Date): Secretaire {
  const actives = eds.secretaires.filter((s) => estActif(s.periodes, day));
  return rng.pick(actives.length > 0 ? actives : eds.secretaires);
}
