/**
 * The built application, started by the benchmark as in production (`next start`), and what the page
 * measures need around it: a real next-auth login, one HTTP load run with autocannon, and the resident
 * memory of the server's processes read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../../tests/setup/free-port';
import { optionsNodeProduction } from '../memoire-next';

const DEMARRAGE_MAX_MS = 90_000;
const ARRET_MAX_MS = 10_000;

export type Serveur = {
  base: string;
  pid: number;
  /** Last lines the server printed (to explain a failure). */
  sortie: () => string;
  arreter: () => Promise<void>;
};

/** Where `next build` writes (NEXT_DIST_DIR, as next.config.ts reads it); refuses a missing build with the command to run. */
export function verifierBuild(racine = process.cwd()): { construitLe: Date; sourcesPlusRecentes: boolean } {
  const dossier = process.env.NEXT_DIST_DIR || '.next';
  const buildId = resolve(racine, dossier, 'BUILD_ID');
  if (!existsSync(buildId)) throw new Error(`l'application n'est pas construite (${dossier}/BUILD_ID absent) : lancez npm run build d'abord.`);
  const construitLe = statSync(buildId).mtime;
  return { construitLe, sourcesPlusRecentes: dernierChangement(resolve(racine, 'src')) > construitLe.getTime() };
}

function dernierChangement(dossier: string): number {
  let max = 0;
  for (const entree of readdirSync(dossier, { withFileTypes: true })) {
    if (entree.name === 'generated') continue;
    const chemin = join(dossier, entree.name);
    max = Math.max(max, entree.isDirectory() ? dernierChangement(chemin) : statSync(chemin).mtimeMs);
  }
  return max;
}

/**
 * `next start` on a free port of 127.0.0.1, with a secret of its own and the background indicator job off
 * (SILLAGE_INDICATEURS_MINUTES=0) so that nothing but the load runs in the server.
 */
export async function demarrerServeur(databaseUrl: string): Promise<Serveur> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const lignes: string[] = [];
  const garder = (morceau: Buffer) => {
    lignes.push(...morceau.toString('utf8').split('\n').filter(Boolean));
    if (lignes.length > 40) lignes.splice(0, lignes.length - 40);
  };
  const enfant: ChildProcess = spawn(process.execPath, [...optionsNodeProduction(), nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: process.cwd(),
    // Its own process group, so that stopping it also stops any process next start forks.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      NEXTAUTH_URL: base,
      SILLAGE_INDICATEURS_MINUTES: '0',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  enfant.stdout?.on('data', garder);
  enfant.stderr?.on('data', garder);
  const pid = enfant.pid;
  if (pid === undefined) throw new Error('next start n’a pas pu être lancé');
  let termine = false;
  const fin = new Promise<void>((ok) => enfant.once('exit', () => ((termine = true), ok())));
  const tuer = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  // If the benchmark dies, the server must not outlive it.
  const surSortie = () => tuer('SIGKILL');
  process.once('exit', surSortie);
  const arreter = async () => {
    process.off('exit', surSortie);
    if (termine) return;
    tuer('SIGTERM');
    const delai = setTimeout(() => tuer('SIGKILL'), ARRET_MAX_MS);
    await fin;
    clearTimeout(delai);
  };
  const sortie = () => lignes.slice(-15).join('\n');

  const debut = Date.now();
  while (Date.now() - debut < DEMARRAGE_MAX_MS) {
    if (termine) throw new Error(`next start s’est arrêté au démarrage :\n${sortie()}`);
    try {
      const r = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(5_000) });
      if (r.ok) return { base, pid, sortie, arreter };
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  await arreter();
  throw new Error(`next start ne répond pas après ${DEMARRAGE_MAX_MS / 1000} s :\n${sortie()}`);
}

/** A cookie jar reduced to what next-auth sets: name → value. */
class Cookies {
  private readonly valeurs = new Map<string, string>();
  lire(reponse: Response): void {
    for (const ligne of reponse.headers.getSetCookie()) {
      const [paire] = ligne.split(';');
      const i = paire?.indexOf('=') ?? -1;
      if (paire && i > 0) this.valeurs.set(paire.slice(0, i).trim(), paire.slice(i + 1).trim());
    }
  }
  a(fragment: string): boolean {
    return [...this.valeurs.keys()].some((k) => k.includes(fragment));
  }
  entete(): string {
    return [...this.valeurs].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Logs in through next-auth's own flow (CSRF token and its cookie, then the credentials callback, form-encoded)
 * and returns the Cookie header of the session.
 */
export async function seConnecter(base: string, email: string, motDePasse: string): Promise<string> {
  const cookies = new Cookies();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookies.lire(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error('pas de jeton CSRF sur /api/auth/csrf');
  const reponse = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.entete() },
    body: new URLSearchParams({ csrfToken, email, password: motDePasse, callbackUrl: `${base}/`, json: 'true' }).toString(),
  });
  cookies.lire(reponse);
  if (!cookies.a('session-token')) {
    const corps = await reponse.text().catch(() => '');
    throw new Error(`connexion refusée pour ${email} (HTTP ${reponse.status} ${corps.slice(0, 200)})`);
  }
  return cookies.entete();
}

/**
 * One GET of the page with the session: it must be the page itself (200, HTML rendered inside the
 * authenticated layout), not a redirect to /connexion nor a 404. Returns null if so, else the reason.
 */
export async function verifierPage(base: string, chemin: string, cookie: string | null, marqueur: string | null): Promise<string | null> {
  const r = await fetch(`${base}${chemin}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  const corps = await r.text();
  if (r.status !== 200) return `HTTP ${r.status}${r.headers.get('location') ? ` vers ${r.headers.get('location')}` : ''}`;
  if (corps.includes('/connexion') && corps.includes('NEXT_REDIRECT')) return 'redirection vers /connexion';
  if (marqueur && !corps.includes(marqueur)) return `réponse 200 sans « ${marqueur} » (ce n'est pas la page connectée)`;
  return null;
}

export type Charge = {
  secondes: number;
  reponses: number;
  p50: number;
  p95: number;
  p99: number;
  /** 2xx responses per second. */
  debit: number;
  non2xx: number;
  /** Socket errors, timeouts included. */
  erreurs: number;
  timeouts: number;
  codes: Record<string, number>;
  octetsMoyens: number;
};

function centile(tri: readonly number[], p: number): number {
  if (tri.length === 0) return Number.NaN;
  return tri[Math.min(tri.length - 1, Math.max(0, Math.ceil((p / 100) * tri.length) - 1))] ?? Number.NaN;
}

/**
 * `connexions` simulated users sending requests back to back (keep-alive, one request in flight each) for
 * `secondes`; exact percentiles of every response time (autocannon's own histogram has no p95).
 */
export async function charger(url: string, input: { connexions: number; secondes: number; cookie: string | null }): Promise<Charge> {
  const temps: number[] = [];
  let octets = 0;
  const headers: Record<string, string> = { accept: 'text/html,application/xhtml+xml', 'accept-encoding': 'identity' };
  if (input.cookie) headers.cookie = input.cookie;
  const resultat = await new Promise<autocannon.Result>((ok, ko) => {
    const instance = autocannon({ url, connections: input.connexions, duration: input.secondes, headers, timeout: 10 }, (erreur, r) => (erreur ? ko(erreur) : ok(r)));
    instance.on('response', (_client, _code, taille, ms) => {
      temps.push(ms);
      octets += taille;
    });
  });
  temps.sort((a, b) => a - b);
  const deuxCents = resultat['2xx'];
  const codes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(resultat.statusCodeStats ?? {})) codes[code] = stat?.count ?? 0;
  return {
    secondes: resultat.duration,
    reponses: temps.length,
    p50: centile(temps, 50),
    p95: centile(temps, 95),
    p99: centile(temps, 99),
    debit: resultat.duration > 0 ? deuxCents / resultat.duration : 0,
    non2xx: resultat.non2xx,
    erreurs: resultat.errors,
    timeouts: resultat.timeouts,
    codes,
    octetsMoyens: temps.length ? octets / temps.length : 0,
  };
}

/** The process and all its descendants (from /proc, Linux only). */
function arbre(racine: number): number[] {
  const enfants = new Map<number, number[]>();
  for (const nom of readdirSync('/proc')) {
    if (!/^\d+$/.test(nom)) continue;
    try {
      const stat = readFileSync(`/proc/${nom}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const liste = enfants.get(ppid) ?? [];
      liste.push(Number(nom));
      enfants.set(ppid, liste);
    } catch {
      // process ended meanwhile
    }
  }
  const tous: number[] = [];
  const pile = [racine];
  for (let pid = pile.pop(); pid !== undefined; pid = pile.pop()) {
    tous.push(pid);
    pile.push(...(enfants.get(pid) ?? []));
  }
  return tous;
}

function champKo(pid: number, champ: 'VmRSS' | 'VmHWM'): number {
  try {
    const ligne = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${champ}:`));
    return ligne ? Number(ligne.replace(/\D+/g, ' ').trim().split(' ')[0]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Polls the resident memory (VmRSS) of the server's processes every `periodeMs`: the peak of their sum, and
 * at the end the kernel's own high-water mark (VmHWM) of each, which no poll can miss.
 */
export function surveillerMemoire(racine: number, periodeMs = 200) {
  let picKo = 0;
  let picPhaseKo = 0;
  let processus = new Set<number>([racine]);
  const relever = () => {
    const pids = arbre(racine);
    for (const p of pids) processus.add(p);
    const ko = pids.reduce((s, p) => s + champKo(p, 'VmRSS'), 0);
    picKo = Math.max(picKo, ko);
    picPhaseKo = Math.max(picPhaseKo, ko);
  };
  relever();
  const repos = picKo;
  const minuterie = setInterval(relever, periodeMs);
  return {
    /** RSS right after start, in MB. */
    reposMo: repos / 1024,
    /** Peak RSS since the previous call (one page's load), in MB. */
    picPhaseMo(): number {
      relever();
      const mo = picPhaseKo / 1024;
      picPhaseKo = 0;
      return mo;
    },
    arreter(): { picMo: number; hwmMo: number; processus: number } {
      clearInterval(minuterie);
      relever();
      processus = new Set([...processus].filter((p) => existsSync(`/proc/${p}`)));
      const hwm = Math.max(...[...processus].map((p) => champKo(p, 'VmHWM')), 0);
      return { picMo: picKo / 1024, hwmMo: hwm / 1024, processus: processus.size };
    },
  };
}
