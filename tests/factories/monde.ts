/**
 * A small two-EDS world for authorization tests: every role in EDS A, a TS in EDS B, a partner
 * structure, and one foyer per EDS with unique personal strings (to prove they never leak).
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import type { Role } from '@/generated/prisma/enums';

export function testClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
}

const DAY = 86_400_000;
export const today = () => {
  const n = new Date();
  return new Date(Date.UTC(n.getFullYear(), n.getMonth(), n.getDate()));
};

export async function createMonde(prisma: PrismaClient) {
  const debut = new Date(today().getTime() - 400 * DAY);
  const territoire = await prisma.territoire.create({ data: { code: 'T1', nom: 'Territoire test' } });
  const edsA = await prisma.eds.create({ data: { code: 'EDS-A', nom: 'EDS Alpha', territoireId: territoire.id } });
  const edsB = await prisma.eds.create({ data: { code: 'EDS-B', nom: 'EDS Bêta' } });
  const structure = await prisma.structurePartenaire.create({ data: { code: 'CCAS-1', nom: 'CCAS de Test', type: 'CCAS' } });

  let n = 0;
  const agent = async (role: Role, edsId: number | null, extra: { niveau?: number; structureId?: number; territoireId?: number } = {}) => {
    n += 1;
    return prisma.agent.create({
      data: {
        nom: `Agent${n}`,
        prenom: role,
        email: `agent${n}@test.local`,
        role,
        passwordHash: 'not-a-real-hash',
        niveau: extra.niveau ?? 1,
        structureId: extra.structureId ?? null,
        territoireId: extra.territoireId ?? null,
        affectations: edsId ? { create: { edsId, debut, quotite: 1 } } : undefined,
      },
    });
  };

  const agents = {
    tsA: await agent('TRAVAILLEUR_SOCIAL', edsA.id),
    tsA2: await agent('TRAVAILLEUR_SOCIAL', edsA.id),
    secretaireA: await agent('SECRETAIRE', edsA.id),
    secretaireA2: await agent('SECRETAIRE', edsA.id, { niveau: 2 }),
    responsableA: await agent('RESPONSABLE_EDS', edsA.id),
    territoire: await agent('RESPONSABLE_TERRITOIRE', null, { territoireId: territoire.id }),
    tsB: await agent('TRAVAILLEUR_SOCIAL', edsB.id),
    direction: await agent('DIRECTION', null),
    admin: await agent('ADMIN', null),
    partenaire: await agent('PARTENAIRE', null, { structureId: structure.id }),
  };

  const foyer = async (edsId: number, referentId: number, nom: string) => {
    const personne = await prisma.personne.create({ data: { nom, prenom: `Prenom${nom}`, dateNaissance: new Date('1980-05-01'), sexe: 'F' } });
    const f = await prisma.foyer.create({
      data: {
        adresse: `1 rue ${nom}`,
        appartenances: { create: { personneId: personne.id, role: 'REFERENCE', debut } },
        dossier: { create: { edsId, referentId, dateOuverture: debut } },
        rendezVous: {
          create: { agentId: referentId, debut: new Date(debut.getTime() + DAY), mode: 'PRESENTIEL', statut: 'HONORE', compteRendu: `Compte rendu secret ${nom}` },
        },
        notes: { create: { auteurId: referentId, texte: `Note secrète ${nom}` } },
      },
    });
    return { foyer: f, personne };
  };

  const foyerA = await foyer(edsA.id, agents.tsA.id, 'ZORGLUBALPHA');
  const foyerB = await foyer(edsB.id, agents.tsB.id, 'QUIRINBETA');
  return { edsA, edsB, territoire, structure, agents, foyerA, foyerB, debut };
}
