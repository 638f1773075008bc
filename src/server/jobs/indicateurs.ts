import 'server-only';
import type { Parametres } from '@/features/indicateurs/moteur/parametres';
import { unsafeRefreshIndicateurs, unsafeRefreshTableauxDeBord } from '@/features/indicateurs/precalcul';
import { db } from '@/server/db';

/**
 * The background refresh of the dashboards' indicators, started by src/instrumentation.ts in each
 * Node.js server instance: a first run 15 s after start, then every `SILLAGE_INDICATEURS_MINUTES`
 * minutes (60 by default, 0 = never). Instances share the work through the advisory lock and the time of
 * the last pass kept by `unsafeRefreshTableauxDeBord`: one pass per interval for the whole département,
 * whatever the number of instances. A failure is logged in one French line and never stops the server.
 */
export const PREMIER_CALCUL_MS = 15_000;
export const MINUTES_PAR_DEFAUT = 60;
/** setInterval's limit (about 24.8 days), in minutes. */
const MINUTES_MAX = Math.floor((2 ** 31 - 1) / 60_000);

const PREFIXE = '[indicateurs]';

/** An error as one log line (Prisma's messages span several lines). */
export function enUneLigne(error: unknown): string {
  const texte = error instanceof Error ? error.message : String(error);
  const ligne = texte.replace(/\s+/g, ' ').trim();
  return ligne.length > 500 ? `${ligne.slice(0, 497)}…` : ligne;
}

/**
 * The period of the job in minutes, from `SILLAGE_INDICATEURS_MINUTES`: null = disabled (0); absent
 * or empty = 60; an unreadable value also gives 60, with `invalide` set so that it is reported.
 */
export function intervalleMinutes(valeur: string | undefined): { minutes: number | null; invalide: boolean } {
  const texte = valeur?.trim() ?? '';
  if (texte === '') return { minutes: MINUTES_PAR_DEFAUT, invalide: false };
  const n = Number(texte.replace(',', '.'));
  if (n === 0) return { minutes: null, invalide: false };
  if (!Number.isFinite(n) || n < 0 || n > MINUTES_MAX) return { minutes: MINUTES_PAR_DEFAUT, invalide: true };
  return { minutes: n, invalide: false };
}

const secondes = (ms: number) => (ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });

/** One run of the standard set, unless another instance made one less than `intervalleMs` ago; never throws. */
export async function executerJobIndicateurs(now = new Date(), intervalleMs = 0): Promise<void> {
  try {
    const r = await unsafeRefreshTableauxDeBord(db, now, intervalleMs);
    if (r.etat === 'verrouille') {
      console.info(`${PREFIXE} Calcul des tableaux de bord déjà en cours sur une autre instance : ce passage est sauté.`);
    } else if (r.etat === 'recent') {
      console.info(`${PREFIXE} Tableaux de bord déjà recalculés à ${r.dernierPassage.toISOString()} : ce passage est sauté.`);
    } else if (r.erreurs.length > 0) {
      const premiere = r.erreurs[0];
      console.error(
        `${PREFIXE} Échec du calcul de ${r.erreurs.length} tableau(x) de bord sur ${r.ensembles} (${premiere ? `${premiere.cle} : ${enUneLigne(premiere.message)}` : ''}).`,
      );
    } else {
      console.info(`${PREFIXE} Tableaux de bord recalculés : ${r.calcules} ensemble(s) en ${secondes(r.dureeMs)} s${r.dejaEnCours ? `, ${r.dejaEnCours} déjà en cours ailleurs` : ''}.`);
    }
  } catch (error) {
    console.error(`${PREFIXE} Échec du calcul des tableaux de bord : ${enUneLigne(error)}`);
  }
}

type EtatJob = { demarre: boolean; enCours: boolean };
const globalJob = globalThis as unknown as { sillageJobIndicateurs?: EtatJob };

/**
 * Schedules the job once per process (the dev server reloads modules; the state lives on globalThis).
 * Returns false when disabled or already started.
 */
export function demarrerJobIndicateurs(env: NodeJS.ProcessEnv = process.env): boolean {
  const { minutes, invalide } = intervalleMinutes(env.SILLAGE_INDICATEURS_MINUTES);
  if (invalide) {
    console.warn(`${PREFIXE} SILLAGE_INDICATEURS_MINUTES vaut « ${env.SILLAGE_INDICATEURS_MINUTES} » : un nombre de minutes est attendu (0 pour désactiver) ; ${MINUTES_PAR_DEFAUT} minutes sont utilisées.`);
  }
  if (minutes === null) return false;
  const etat = (globalJob.sillageJobIndicateurs ??= { demarre: false, enCours: false });
  if (etat.demarre) return false;
  etat.demarre = true;

  const passage = () => {
    if (etat.enCours) return; // the previous run is still going in this process
    etat.enCours = true;
    void executerJobIndicateurs(new Date(), minutes * 60_000).finally(() => {
      etat.enCours = false;
    });
  };
  setTimeout(() => {
    passage();
    setInterval(passage, minutes * 60_000).unref();
  }, PREMIER_CALCUL_MS).unref();
  return true;
}

export type EtatRecalcul = 'calcule' | 'deja_en_cours' | 'en_cours';

/**
 * Recomputes one set now (the "Recalculer maintenant" button) and waits at most `attenteMs` for it:
 * 'calcule' when done, 'deja_en_cours' when another computation of the same set holds its lock,
 * 'en_cours' when it goes on in the background (its failure is then logged). A failure within the
 * wait is thrown.
 */
export async function recalculerAvecAttente(p: Parametres, attenteMs: number): Promise<EtatRecalcul> {
  const calcul = unsafeRefreshIndicateurs(db, p).then(
    (r) => ({ ok: true as const, etat: r.etat }),
    (erreur: unknown) => ({ ok: false as const, erreur }),
  );
  let minuteur: ReturnType<typeof setTimeout> | undefined;
  const attente = new Promise<null>((resolve) => {
    minuteur = setTimeout(() => resolve(null), attenteMs);
  });
  const issue = await Promise.race([calcul, attente]);
  clearTimeout(minuteur);
  if (issue === null) {
    void calcul.then((fin) => {
      if (!fin.ok) console.error(`${PREFIXE} Échec du recalcul de ${JSON.stringify(p)} : ${enUneLigne(fin.erreur)}`);
    });
    return 'en_cours';
  }
  if (!issue.ok) throw issue.erreur;
  return issue.etat;
}
