/**
 * (e) The pages under load: the built application started as in production, each page of PAGES requested by
 * 50 simulated users for 60 s (autocannon), beside a static file measured the same way, and the peak
 * resident memory of the server. A later feature adds its pages to PAGES, one line each.
 */
import { ACCUEIL_PAR_ROLE } from '@/features/admin/regles/accueil-par-role';
import type { Role } from '@/generated/prisma/enums';
import { DEMO_ACCOUNTS } from '../../../prisma/seed/demo';
import { DEMO_PASSWORD } from '../../../prisma/seed/organisation';
import { charger, demarrerServeur, seConnecter, surveillerMemoire, verifierBuild, verifierPage, type Charge } from '../serveur';
import { fr, type ContexteBench, type Figure, type Mesure } from '../types';

export type PageMesuree = {
  /** The role whose demo account requests the page (its e-mail in DEMO_ACCOUNTS). */
  role: Role;
  /** May hold `{nom}`, `{prenom}`, `{naissance}` (jj/mm/aaaa): a person of the account's EDS, read at run time. */
  chemin: string;
  libelle: string;
  /** Simulated users (50 by default) and the p95 target in ms (300 by default), when the issue sets others. */
  utilisateurs?: number;
  cibleP95Ms?: number;
  /** Text the response must contain (default: the sign-out button of the authenticated layout). */
  marqueur?: string;
};

/** The pages measured, in order. A feature adds its own pages here. */
export const PAGES: readonly PageMesuree[] = [
  { role: 'SECRETAIRE', chemin: ACCUEIL_PAR_ROLE.SECRETAIRE, libelle: 'Accueil de la secrétaire' },
  { role: 'TRAVAILLEUR_SOCIAL', chemin: ACCUEIL_PAR_ROLE.TRAVAILLEUR_SOCIAL, libelle: 'Agenda du TS' },
  { role: 'RESPONSABLE_EDS', chemin: ACCUEIL_PAR_ROLE.RESPONSABLE_EDS, libelle: 'Tableau de bord, resp. EDS' },
  { role: 'RESPONSABLE_TERRITOIRE', chemin: ACCUEIL_PAR_ROLE.RESPONSABLE_TERRITOIRE, libelle: 'Tableau de bord, resp. territoire' },
  { role: 'DIRECTION', chemin: ACCUEIL_PAR_ROLE.DIRECTION, libelle: 'Indicateurs, direction' },
  { role: 'ADMIN', chemin: ACCUEIL_PAR_ROLE.ADMIN, libelle: 'Administration' },
  { role: 'PARTENAIRE', chemin: ACCUEIL_PAR_ROLE.PARTENAIRE, libelle: 'Personnes orientées, partenaire' },
  // Issue 6: the accueil search as you type, 20 users, p95 under 200 ms.
  { role: 'SECRETAIRE', chemin: '/accueil/recherche?q={nom}+{prenom}', libelle: 'Recherche à l’accueil, nom et prénom', utilisateurs: 20, cibleP95Ms: 200, marqueur: '"resultats"' },
  { role: 'SECRETAIRE', chemin: '/accueil/recherche?q={naissance}', libelle: 'Recherche à l’accueil, date de naissance', utilisateurs: 20, cibleP95Ms: 200, marqueur: '"resultats"' },
];

/** A person of the EDS of `email`'s account, whose name and birth date fill the paths' placeholders. */
async function exemplePersonne(ctx: ContexteBench, email: string): Promise<Record<string, string>> {
  const { rows } = await ctx.sql.query<{ nom: string; prenom: string; naissance: string }>(
    `SELECT p.nom, p.prenom, to_char(p.date_naissance, 'DD/MM/YYYY') AS naissance
     FROM agent ag JOIN affectation af ON af.agent_id = ag.id JOIN dossier d ON d.eds_id = af.eds_id
     JOIN appartenance a ON a.foyer_id = d.foyer_id AND a.fin IS NULL JOIN personne p ON p.id = a.personne_id
     WHERE ag.email = $1 ORDER BY p.id LIMIT 1 OFFSET 500`,
    [email],
  );
  return rows[0] ?? { nom: 'Martin', prenom: 'Sophie', naissance: '01/01/1980' };
}

function remplir(chemin: string, valeurs: Record<string, string>): string {
  return chemin.replace(/\{(\w+)\}/g, (_, cle: string) => encodeURIComponent(valeurs[cle] ?? ''));
}

/** The reference: a file of public/, served by Next.js without any of our code. */
const STATIQUE = { chemin: '/robots.txt', libelle: 'Fichier statique /robots.txt' };

const UTILISATEURS = 50;
export const DUREE_PAGES_DEFAUT = 60;
const ECHAUFFEMENT_MAX_S = 5;
/** Only found in the authenticated layout (the sign-out button of the header). */
const MARQUEUR_CONNECTE = 'Se déconnecter';

const cibleP95 = (ms = 300) => ({ seuil: ms, sens: '<', libelle: `< ${ms} ms` }) as const;
const CIBLE_ERREURS = { seuil: 0, sens: '<=', libelle: '0' } as const;
const CIBLE_RSS = { seuil: 600, sens: '<', libelle: '< 600 Mo' } as const;

function cleDe(page: PageMesuree): string {
  return `pages-${page.role.toLowerCase().replaceAll('_', '-')}${page.chemin.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}`;
}

function erreursNote(c: Charge): string {
  const autres = Object.entries(c.codes)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, n]) => `${fr(n)} × HTTP ${code}`);
  return [`${fr(c.non2xx)} réponses non 2xx`, `${fr(c.erreurs)} erreurs de socket dont ${fr(c.timeouts)} délais dépassés (10 s)`, ...autres].join(', ');
}

function figuresCharge(cle: string, libelle: string, c: Charge, statique: Charge | null, cibles: boolean, picMo: number, cibleMs?: number): Figure[] {
  const base = `${fr(c.reponses)} réponses en ${fr(c.secondes, 1)} s, ${fr(c.octetsMoyens / 1024, 1)} Ko en moyenne ; mémoire du serveur jusqu'à ${fr(picMo)} Mo pendant cette page`;
  // No complete response during the run: every request lasts longer than the run itself.
  const latence = (v: number) => (c.reponses > 0 ? v : null);
  const aucune = c.reponses > 0 ? undefined : `aucune réponse complète en ${fr(c.secondes, 1)} s : chaque requête dure plus que la mesure`;
  const figures: Figure[] = [
    { cle: `${cle}-p50`, libelle: `${libelle} : p50`, valeur: latence(c.p50), unite: 'ms', note: base },
    { cle: `${cle}-p95`, libelle: `${libelle} : p95`, valeur: latence(c.p95), unite: 'ms', cible: cibles ? cibleP95(cibleMs) : undefined, note: aucune },
    { cle: `${cle}-p99`, libelle: `${libelle} : p99`, valeur: latence(c.p99), unite: 'ms' },
    { cle: `${cle}-debit`, libelle: `${libelle} : débit`, valeur: c.debit, unite: 'req/s' },
    { cle: `${cle}-erreurs`, libelle: `${libelle} : erreurs`, valeur: c.non2xx + c.erreurs, unite: 'n', cible: cibles ? CIBLE_ERREURS : undefined, note: erreursNote(c) },
  ];
  if (statique && statique.p50 > 0 && c.reponses > 0) {
    figures.push({
      cle: `${cle}-ratio`,
      libelle: `${libelle} : p50 / p50 statique`,
      valeur: c.p50 / statique.p50,
      unite: '×',
      note: `ce que coûte notre code (session, acteur, requêtes, rendu) par rapport au fichier statique servi par le même serveur (${fr(statique.p50, 1)} ms)`,
    });
  }
  return figures;
}

function nonMesure(page: PageMesuree, raison: string): Figure[] {
  return [{ cle: `${cleDe(page)}-p95`, libelle: `${page.libelle} : p95`, valeur: null, unite: 'ms', cible: cibleP95(page.cibleP95Ms), note: raison }];
}

export const pages: Mesure = {
  id: 'pages',
  titre: 'Pages sous charge',
  methode:
    "L'application construite (`npm run build`, dossier .next) est lancée par le banc comme en production (`next start` sur 127.0.0.1, secret de session propre au banc, " +
    'calcul périodique des indicateurs coupé par `SILLAGE_INDICATEURS_MINUTES=0`, pool de connexions par défaut). Pour chaque page, le compte de démonstration du rôle ' +
    "(le générateur donne à tous les agents le mot de passe des comptes de démonstration) se connecte par le vrai parcours next-auth (jeton CSRF puis formulaire d'identifiants) ; " +
    "le banc vérifie que la réponse est bien la page connectée (200, en-tête de l'application, pas de renvoi vers /connexion), l'échauffe " +
    `${ECHAUFFEMENT_MAX_S} s, puis autocannon simule ${UTILISATEURS} utilisateurs qui enchaînent les requêtes (une en cours chacun, connexions persistantes) pendant la durée indiquée ` +
    '(60 s par défaut, `--duree-pages N` pour un essai rapide). Latences p50, p95 et p99 exactes sur toutes les réponses, débit en réponses 2xx par seconde, erreurs = réponses non 2xx + erreurs de socket. ' +
    `Le fichier statique ${STATIQUE.chemin} (dossier public/, servi par Next.js sans notre code) est mesuré de la même façon : le rapport des médianes dit ce que coûte notre code. ` +
    "La mémoire est la somme des VmRSS des processus du serveur relevée toutes les 200 ms de son démarrage à son arrêt (et le VmHWM du noyau). " +
    "Le générateur de charge tourne sur la même machine que le serveur et PostgreSQL : sur peu de cœurs, il leur prend du processeur et les chiffres varient d'une exécution à l'autre. " +
    "Les pages lues écrivent des lignes du journal d'audit ; celles des comptes du banc, écrites pendant la mesure, sont effacées à la fin pour laisser la base générée telle quelle.",
  async executer(ctx: ContexteBench) {
    const build = verifierBuild();
    if (build.sourcesPlusRecentes) ctx.journal('attention : des fichiers de src/ sont plus récents que le build (.next) ; relancez npm run build pour mesurer le code actuel');
    const duree = ctx.dureePages;
    const echauffement = Math.min(ECHAUFFEMENT_MAX_S, duree);
    const emails = PAGES.map((p) => DEMO_ACCOUNTS[p.role]);
    const agents = await ctx.sql.query<{ id: number; email: string }>('SELECT id, email FROM agent WHERE email = ANY($1)', [emails]);
    const auditAvant = (await ctx.sql.query<{ id: string | null }>('SELECT max(id)::text AS id FROM audit_log')).rows[0]?.id ?? '0';

    ctx.journal('démarrage de next start…');
    const serveur = await demarrerServeur(ctx.url);
    const memoire = surveillerMemoire(serveur.pid);
    const figures: Figure[] = [];
    try {
      ctx.journal(`serveur prêt sur ${serveur.base} (${fr(memoire.reposMo)} Mo au repos)`);
      const urlStatique = `${serveur.base}${STATIQUE.chemin}`;
      const probleme = await verifierPage(serveur.base, STATIQUE.chemin, null, null);
      if (probleme) throw new Error(`${STATIQUE.chemin} : ${probleme} (le fichier public/robots.txt manque-t-il au build ?)`);
      memoire.picPhaseMo();
      await charger(urlStatique, { connexions: UTILISATEURS, secondes: echauffement, cookie: null });
      const statique = await charger(urlStatique, { connexions: UTILISATEURS, secondes: duree, cookie: null });
      ctx.journal(`${STATIQUE.libelle} : p50 ${fr(statique.p50, 1)} ms, p95 ${fr(statique.p95, 1)} ms, ${fr(statique.debit)} req/s`);
      figures.push(...figuresCharge('pages-statique', STATIQUE.libelle, statique, null, false, memoire.picPhaseMo()));

      for (const page of PAGES) {
        let cookie: string;
        try {
          cookie = await seConnecter(serveur.base, DEMO_ACCOUNTS[page.role], DEMO_PASSWORD);
        } catch (error) {
          figures.push(...nonMesure(page, `${error instanceof Error ? error.message : String(error)} (comptes de démonstration absents de cette base ?)`));
          continue;
        }
        const chemin = page.chemin.includes('{') ? remplir(page.chemin, await exemplePersonne(ctx, DEMO_ACCOUNTS[page.role])) : page.chemin;
        const marqueur = page.marqueur ?? MARQUEUR_CONNECTE;
        const utilisateurs = page.utilisateurs ?? UTILISATEURS;
        const avant = await verifierPage(serveur.base, chemin, cookie, marqueur);
        if (avant) {
          figures.push(...nonMesure(page, `${page.chemin} avec la session de ${DEMO_ACCOUNTS[page.role]} : ${avant}`));
          continue;
        }
        const url = `${serveur.base}${chemin}`;
        memoire.picPhaseMo();
        await charger(url, { connexions: utilisateurs, secondes: echauffement, cookie });
        const c = await charger(url, { connexions: utilisateurs, secondes: duree, cookie });
        const picMo = memoire.picPhaseMo();
        const apres = await verifierPage(serveur.base, chemin, cookie, marqueur);
        ctx.journal(`${page.libelle} (${page.chemin}) : p50 ${fr(c.p50, 1)} ms, p95 ${fr(c.p95, 1)} ms, p99 ${fr(c.p99, 1)} ms, ${fr(c.debit)} req/s, ${fr(c.non2xx + c.erreurs)} erreurs, ${fr(picMo)} Mo`);
        const fs = figuresCharge(cleDe(page), `${page.libelle} (${page.chemin}, ${utilisateurs} utilisateurs)`, c, statique, true, picMo, page.cibleP95Ms);
        if (apres) {
          const p95 = fs.find((f) => f.cle.endsWith('-p95'));
          if (p95) p95.note = `après la charge, la page ne répond plus comme attendu : ${apres}`;
        }
        figures.push(...fs);
      }
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nDernières lignes du serveur :\n${serveur.sortie()}`);
    } finally {
      const m = memoire.arreter();
      await serveur.arreter();
      figures.push({
        cle: 'pages-rss',
        libelle: 'Mémoire résidente maximale du serveur',
        valeur: Math.max(m.picMo, m.hwmMo),
        unite: 'Mo',
        cible: CIBLE_RSS,
        note: `pic des relevés ${fr(m.picMo)} Mo, VmHWM ${fr(m.hwmMo)} Mo, ${fr(memoire.reposMo)} Mo au repos après démarrage ; ${m.processus} processus`,
      });
      const ids = agents.rows.map((a) => a.id);
      const efface = await ctx.sql.query('DELETE FROM audit_log WHERE id > $1 AND acteur_id = ANY($2)', [auditAvant, ids]);
      ctx.journal(`${fr(efface.rowCount ?? 0)} lignes d'audit du banc effacées`);
    }
    return figures;
  },
};
