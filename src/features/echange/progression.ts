/**
 * Progress of a long import or export: one line per file, redrawn in place on a terminal
 * (`rendez_vous.csv  ███████░░░  70 % (700 000/1 000 000)`), nothing at all when the output is not a
 * terminal (CI, redirections), so that logs stay clean.
 */
import { formatNombre } from './valeurs';

export function formatBarre(libelle: string, fraction: number, detail: string, largeur = 10): string {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const pleins = Math.round(f * largeur);
  const pct = String(Math.floor(f * 100)).padStart(3);
  return `${libelle}  ${'█'.repeat(pleins)}${'░'.repeat(largeur - pleins)} ${pct} % (${detail})`;
}

/** "(700 000/1 000 000)" */
export function formatCompte(fait: number, total: number): string {
  return `${formatNombre(fait)}/${formatNombre(total)}`;
}

type Flux = { isTTY?: boolean; write(text: string): unknown };

/**
 * A progress line on `flux` (stderr): `afficher(cle, texte)` redraws the line of `cle`, starting a
 * new line when the key changes; redraws are limited to 10 per second. Does nothing off a terminal.
 */
export function createLigneProgression(flux: Flux, intervalleMs = 100) {
  const actif = flux.isTTY === true;
  let cleCourante: string | null = null;
  let dernier = 0;
  let largeurPrecedente = 0;
  const dessiner = (texte: string) => {
    const bourrage = ' '.repeat(Math.max(0, largeurPrecedente - texte.length));
    flux.write(`\r${texte}${bourrage}`);
    largeurPrecedente = texte.length;
  };
  return {
    afficher(cle: string, texte: string, final = false) {
      if (!actif) return;
      const now = Date.now();
      if (cle !== cleCourante) {
        if (cleCourante !== null) flux.write('\n');
        cleCourante = cle;
        largeurPrecedente = 0;
      } else if (!final && now - dernier < intervalleMs) {
        return;
      }
      dernier = now;
      dessiner(texte);
    },
    terminer() {
      if (actif && cleCourante !== null) flux.write('\n');
      cleCourante = null;
    },
  };
}
