/** (a) One sequential scan of rendez_vous: the hardware yardstick the indicator timings are divided by. */
import { chronometrer, fr, mediane, type Mesure } from '../types';

const ESSAIS = 5;

export const scanRdv: Mesure = {
  id: 'scan-rdv',
  titre: 'Parcours séquentiel de la table des rendez-vous',
  methode:
    "`SELECT count(*) FROM rendez_vous` sur une connexion dédiée, avec `SET max_parallel_workers_per_gather = 0` (un seul processus), après un parcours d'échauffement ; médiane de " +
    `${ESSAIS} exécutions. C'est l'étalon de la machine : les temps du moteur d'indicateurs lui sont rapportés.`,
  async executer(ctx) {
    await ctx.sql.query('SET max_parallel_workers_per_gather = 0');
    const taille = await ctx.sql.query<{ lignes: string; mo: string }>(
      "SELECT (SELECT count(*) FROM rendez_vous)::text AS lignes, (pg_relation_size('rendez_vous') / 1048576.0)::text AS mo",
    );
    await ctx.sql.query('SELECT count(*) FROM rendez_vous');
    const temps: number[] = [];
    for (let i = 0; i < ESSAIS; i += 1) temps.push((await chronometrer(() => ctx.sql.query('SELECT count(*) FROM rendez_vous'))).ms);
    await ctx.sql.query('RESET max_parallel_workers_per_gather');
    const lignes = Number(taille.rows[0]?.lignes ?? 0);
    const mo = Number(taille.rows[0]?.mo ?? 0);
    ctx.journal(`parcours de rendez_vous : ${fr(mediane(temps), 1)} ms`);
    return [
      { cle: 'scan-rdv', libelle: 'Un parcours séquentiel de rendez_vous', valeur: mediane(temps), unite: 'ms', note: `${fr(lignes)} lignes, ${fr(mo)} Mo ; essais : ${temps.map((t) => fr(t, 1)).join(' ; ')} ms` },
    ];
  },
};
