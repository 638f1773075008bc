import { beforeEach, describe, expect, it } from 'vitest';
import { getAccueilDuJour } from '@/features/accueil/queries';
import { searchPersonnes } from '@/features/accueil/recherche/queries';
import { setupMonde } from '../factories/setup-monde';

const w = setupMonde();
const { prisma, acteur } = w;

type Ids = { anne: number; foyerAnne: number; protegee: number; foyerProtegee: number; angelo: number; fusionnee: number };
let ids: Ids;

/** Persons of EDS A beside the world's two foyers, with the spellings the desk will mistype. */
beforeEach(async () => {
  const { edsA, agents, debut } = w.monde;
  const foyer = async (edsId: number, referentId: number, adresse: string, personne: Parameters<typeof prisma.personne.create>[0]['data']) => {
    const p = await prisma.personne.create({ data: personne });
    const f = await prisma.foyer.create({
      data: { adresse, appartenances: { create: { personneId: p.id, role: 'REFERENCE', debut } }, dossier: { create: { edsId, referentId, dateOuverture: debut } } },
    });
    return { p, f };
  };
  const anne = await foyer(edsA.id, agents.tsA.id, '3 allée des Tilleuls', {
    nom: 'Lefèvre-Dupont',
    prenom: 'Anne',
    nomNaissance: 'Marchetti',
    dateNaissance: new Date('1975-03-14'),
    sexe: 'F',
    telephone: '06 12 34 56 78',
    numeroAllocataire: '4258092',
  });
  const protegee = await foyer(edsA.id, agents.tsA.id, '12 rue Cachée', {
    nom: 'Vasquez',
    prenom: 'Inès',
    dateNaissance: new Date('1990-07-02'),
    sexe: 'F',
    telephone: '07 98 76 54 32',
    protegee: true,
  });
  const angelo = await prisma.personne.create({ data: { nom: "D'Angelo", prenom: 'Luca', dateNaissance: new Date('1988-01-20'), sexe: 'M' } });
  const fusionnee = await prisma.personne.create({
    data: { nom: 'Lefevre Dupont', prenom: 'Anne', dateNaissance: new Date('1975-03-14'), sexe: 'F', fusionneeDansId: anne.p.id },
  });
  ids = { anne: anne.p.id, foyerAnne: anne.f.id, protegee: protegee.p.id, foyerProtegee: protegee.f.id, angelo: angelo.id, fusionnee: fusionnee.id };
});

const chercher = async (agent: keyof typeof w.monde.agents, terme: string) => searchPersonnes(await acteur(w.monde.agents[agent].id), terme);
const trouves = async (terme: string, agent: keyof typeof w.monde.agents = 'secretaireA') =>
  (await chercher(agent, terme))?.resultats?.map((r) => r.personneId) ?? null;

describe('recherche tolérante', () => {
  it.each([
    ['lefevre dupont'],
    ['LEFEVRE-DUPONT'],
    ['Lefèvre Dupont Anne'],
    ['anne lefevre'],
    ['Lefebvre-Dupont'],
    ['Lefèvre-Dupond'],
    ['Dupont'],
    ['marchetti'],
    ['Marcheti Anne'],
  ])('« %s » trouve Anne Lefèvre-Dupont (accents, casse, tiret, ordre, faute, nom de naissance)', async (terme) => {
    expect(await trouves(terme)).toContain(ids.anne);
  });

  it.each([["d'angelo"], ['dangelo'], ['D Angelo luca'], ['DʼANGELO']])('« %s » trouve D’Angelo (apostrophes)', async (terme) => {
    expect(await trouves(terme)).toContain(ids.angelo);
  });

  it('le meilleur résultat vient en premier', async () => {
    expect((await trouves('lefevre-dupont anne'))?.[0]).toBe(ids.anne);
  });

  it('un nom de deux lettres doit être un mot entier ; un nom sans rapport ne trouve rien', async () => {
    expect(await trouves('le')).toEqual([]);
    expect(await trouves('Bernard')).toEqual([]);
  });

  it.each([['14/03/1975'], ['14.03.1975'], ['Anne 14/03/1975'], ['14/03/1975 lefevre']])('la date de naissance « %s »', async (terme) => {
    expect(await trouves(terme)).toEqual([ids.anne]);
  });

  it('une date avec un autre nom ne trouve rien', async () => {
    expect(await trouves('Zorglub 14/03/1975')).toEqual([]);
  });

  it.each([['0612345678'], ['06 12 34 56 78'], ['06.12.34.56.78'], ['06-12-34-56-78'], ['+33 6 12 34 56 78'], ['0033612345678'], ['06 12 34']])(
    'le téléphone « %s »',
    async (terme) => {
      expect(await trouves(terme)).toEqual([ids.anne]);
    },
  );

  it('le numéro allocataire, entier ou son début', async () => {
    expect(await trouves('4258092')).toEqual([ids.anne]);
    expect(await trouves('4258 0')).toEqual([ids.anne]);
    expect(await trouves('4258093')).toEqual([]);
  });

  it('une fiche fusionnée dans une autre n’est plus proposée', async () => {
    expect(await trouves('lefevre dupont anne')).not.toContain(ids.fusionnee);
    expect(await trouves('14/03/1975')).not.toContain(ids.fusionnee);
  });

  it('un terme incomplet n’est pas cherché ; une date impossible a un message', async () => {
    expect(await chercher('secretaireA', 'a')).toEqual({ terme: 'a', message: null, resultats: null });
    expect(await chercher('secretaireA', '31/02/1980')).toMatchObject({ resultats: null, message: expect.stringContaining('jj/mm/aaaa') });
    expect(await prisma.auditLog.count({ where: { objet: 'RecherchePersonnes' } })).toBe(0);
  });
});

describe('ce que chaque rôle voit', () => {
  it.each(['responsableA', 'territoire', 'direction', 'admin', 'partenaire'] as const)('%s ne cherche pas (introuvable)', async (agent) => {
    expect(await chercher(agent, 'lefevre')).toBeNull();
  });

  it('la secrétaire voit le dossier d’une personne de son EDS, coordonnées comprises', async () => {
    const [r] = (await chercher('secretaireA', 'lefevre dupont'))?.resultats ?? [];
    expect(r).toMatchObject({
      personneId: ids.anne,
      niveau: 'DOSSIER',
      eds: 'EDS Alpha',
      referent: { nom: 'TRAVAILLEUR_SOCIAL Agent1', site: null },
      foyer: { id: ids.foyerAnne, reference: 'LEFÈVRE-DUPONT Anne' },
      sequence: 'ACCUEIL',
      numeroAllocataire: '4258092',
      coordonnees: { telephone: '06 12 34 56 78', adresse: '3 allée des Tilleuls', commune: null },
      coordonneesReservees: false,
      liens: {
        dossier: `/foyers/${ids.foyerAnne}`,
        ficheContact: `/accueil/contacts/nouveau?foyer=${ids.foyerAnne}&personne=${ids.anne}`,
        rendezVous: `/accueil/rendez-vous/nouveau?foyer=${ids.foyerAnne}`,
      },
    });
  });

  it('dernier contact, prochain rendez-vous et site du référent', async () => {
    const { edsA, agents } = w.monde;
    const site = await prisma.site.create({ data: { edsId: edsA.id, nom: 'Antenne des Tilleuls', type: 'ANTENNE' } });
    const contact = new Date(Date.now() - 86_400_000);
    const rdv = new Date(Date.now() + 3 * 86_400_000);
    await prisma.contact.create({ data: { foyerId: ids.foyerAnne, personneId: ids.anne, edsId: edsA.id, date: contact, canal: 'TELEPHONE' } });
    await prisma.rendezVous.create({ data: { foyerId: ids.foyerAnne, agentId: agents.tsA.id, debut: rdv, mode: 'PRESENTIEL', statut: 'PROGRAMME', siteId: site.id } });
    const [r] = (await chercher('secretaireA', 'lefevre dupont'))?.resultats ?? [];
    expect(r).toMatchObject({ dernierContact: contact.toISOString(), prochainRendezVous: rdv.toISOString(), referent: { site: 'Antenne des Tilleuls' } });
  });

  it('une personne d’un autre EDS : identité, EDS et TS référent seulement, pas le contenu du dossier', async () => {
    const recherche = await chercher('secretaireA', 'quirinbeta');
    const [r] = recherche?.resultats ?? [];
    expect(r).toEqual({
      personneId: w.monde.foyerB.personne.id,
      nom: 'QUIRINBETA',
      prenom: 'PrenomQUIRINBETA',
      nomNaissance: null,
      dateNaissance: '1980-05-01',
      niveau: 'IDENTITE',
      eds: 'EDS Bêta',
      referent: { nom: 'TRAVAILLEUR_SOCIAL Agent7', site: null },
      foyer: null,
      sequence: null,
      numeroAllocataire: null,
      dernierContact: null,
      prochainRendezVous: null,
      coordonnees: null,
      coordonneesReservees: false,
      liens: { dossier: null, ficheContact: `/accueil/contacts/nouveau?foyer=${w.monde.foyerB.foyer.id}&personne=${w.monde.foyerB.personne.id}`, rendezVous: null },
    });
    expect(JSON.stringify(recherche)).not.toMatch(/rue QUIRINBETA|secr[eè]te?/i);
  });

  it('une personne sans foyer : identité seulement, aucun lien', async () => {
    const [r] = (await chercher('secretaireA', 'angelo'))?.resultats ?? [];
    expect(r).toMatchObject({ niveau: 'IDENTITE', eds: null, referent: null, coordonnees: null, liens: { dossier: null, ficheContact: null, rendezVous: null } });
  });

  describe('personne protégée', () => {
    const coordonnees = async (agent: keyof typeof w.monde.agents) => {
      const recherche = await chercher(agent, 'vasquez ines');
      const r = recherche?.resultats?.find((x) => x.personneId === ids.protegee);
      return { r, json: JSON.stringify(recherche) };
    };

    it('ni téléphone ni adresse pour la secrétaire de l’EDS, qui voit pourquoi', async () => {
      const { r, json } = await coordonnees('secretaireA');
      expect(r).toMatchObject({ niveau: 'DOSSIER', coordonnees: null, coordonneesReservees: true });
      expect(json).not.toContain('98 76');
      expect(json).not.toContain('Cachée');
    });

    it('ni téléphone ni adresse pour un TS de l’EDS hors de l’équipe du dossier, ni pour un autre EDS', async () => {
      for (const agent of ['tsA2', 'tsB'] as const) {
        const { r, json } = await coordonnees(agent);
        expect(r?.coordonnees).toBeNull();
        expect(json).not.toContain('98 76');
        expect(json).not.toContain('Cachée');
      }
    });

    it('le référent et un membre de l’équipe voient téléphone et adresse', async () => {
      expect((await coordonnees('tsA')).r?.coordonnees).toEqual({ telephone: '07 98 76 54 32', adresse: '12 rue Cachée', commune: null });
      const dossier = await prisma.dossier.findUniqueOrThrow({ where: { foyerId: ids.foyerProtegee } });
      await prisma.membreEquipe.create({ data: { dossierId: dossier.id, agentId: w.monde.agents.tsA2.id, debut: w.monde.debut } });
      expect((await coordonnees('tsA2')).r?.coordonnees?.telephone).toBe('07 98 76 54 32');
    });

    it('son numéro ne la fait trouver que par l’équipe du dossier', async () => {
      expect(await trouves('07 98 76 54 32', 'secretaireA')).toEqual([]);
      expect(await trouves('07 98 76 54 32', 'tsA2')).toEqual([]);
      expect(await trouves('07 98 76 54 32', 'tsB')).toEqual([]);
      expect(await trouves('07 98 76 54 32', 'tsA')).toEqual([ids.protegee]);
    });
  });
});

describe('journal', () => {
  it('chaque recherche est journalisée : terme, nombre, identifiants', async () => {
    await chercher('secretaireA', 'lefevre dupont');
    const rows = await prisma.auditLog.findMany({ where: { objet: 'RecherchePersonnes' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      acteurId: w.monde.agents.secretaireA.id,
      action: 'LECTURE',
      details: { terme: 'lefevre dupont', type: 'nom', nombre: 1, personneIds: [ids.anne], foyerIds: [ids.foyerAnne] },
    });
  });

  it('l’accueil du jour porte la recherche de la boîte, journalisée à part', async () => {
    const accueil = await getAccueilDuJour(await acteur(w.monde.agents.secretaireA.id), 'Lefèvre');
    expect(accueil?.recherche.resultats?.map((r) => r.personneId)).toEqual([ids.anne]);
    expect(await prisma.auditLog.count({ where: { objet: 'RecherchePersonnes' } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { objet: 'AccueilDuJour' } })).toBe(1);
  });
});
