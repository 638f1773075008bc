/** The demo rows, built in memory with the ids they will have, then written in bulk. */
import { type Prisma } from '@/generated/prisma/client';

type WithId<T> = T & { id: number };

export type SeedRows = {
  territoire: WithId<Prisma.TerritoireCreateManyInput>[];
  eds: WithId<Prisma.EdsCreateManyInput>[];
  commune: Prisma.CommuneCreateManyInput[];
  site: WithId<Prisma.SiteCreateManyInput>[];
  structurePartenaire: WithId<Prisma.StructurePartenaireCreateManyInput>[];
  convention: WithId<Prisma.ConventionCreateManyInput>[];
  agent: WithId<Prisma.AgentCreateManyInput>[];
  affectation: WithId<Prisma.AffectationCreateManyInput>[];
  secteur: WithId<Prisma.SecteurCreateManyInput>[];
  secteurZone: WithId<Prisma.SecteurZoneCreateManyInput>[];
  population: Prisma.PopulationCreateManyInput[];
  personne: WithId<Prisma.PersonneCreateManyInput>[];
  foyer: WithId<Prisma.FoyerCreateManyInput>[];
  appartenance: WithId<Prisma.AppartenanceCreateManyInput>[];
  dossier: WithId<Prisma.DossierCreateManyInput>[];
  membreEquipe: WithId<Prisma.MembreEquipeCreateManyInput>[];
  contact: WithId<Prisma.ContactCreateManyInput>[];
  rendezVous: WithId<Prisma.RendezVousCreateManyInput>[];
  note: WithId<Prisma.NoteCreateManyInput>[];
  diagnostic: WithId<Prisma.DiagnosticCreateManyInput>[];
  diagnosticDomaine: Prisma.DiagnosticDomaineCreateManyInput[];
  objectif: WithId<Prisma.ObjectifCreateManyInput>[];
  action: WithId<Prisma.ActionCreateManyInput>[];
  contrat: WithId<Prisma.ContratCreateManyInput>[];
  orientationRsa: WithId<Prisma.OrientationRsaPersonneCreateManyInput>[];
  constatCarence: WithId<Prisma.ConstatCarenceCreateManyInput>[];
  aide: WithId<Prisma.AideCreateManyInput>[];
  bilan: WithId<Prisma.BilanCreateManyInput>[];
  ressource: WithId<Prisma.RessourceCreateManyInput>[];
};

export type SeedTable = keyof SeedRows;

export function emptyRows(): SeedRows {
  return {
    territoire: [],
    eds: [],
    commune: [],
    site: [],
    structurePartenaire: [],
    convention: [],
    agent: [],
    affectation: [],
    secteur: [],
    secteurZone: [],
    population: [],
    personne: [],
    foyer: [],
    appartenance: [],
    dossier: [],
    membreEquipe: [],
    contact: [],
    rendezVous: [],
    note: [],
    diagnostic: [],
    diagnosticDomaine: [],
    objectif: [],
    action: [],
    contrat: [],
    orientationRsa: [],
    constatCarence: [],
    aide: [],
    bilan: [],
    ressource: [],
  };
}

/** Appends a row with the next id (the tables start empty, so ids are 1, 2, 3…) and returns that id. */
export function addRow<T extends { id: number }>(rows: T[], row: Omit<T, 'id'>): number {
  const id = rows.length + 1;
  rows.push({ ...row, id } as T);
  return id;
}

/** Appends a row with the next id and returns the stored row, for fields decided later. */
export function addRowRef<T extends { id: number }>(rows: T[], row: Omit<T, 'id'>): T {
  const stored = { ...row, id: rows.length + 1 } as T;
  rows.push(stored);
  return stored;
}
