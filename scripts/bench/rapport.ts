/** The report: printed on the console and written to docs/benchmarks.md (French). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type JeuDeDonnees, type Machine } from './machine';
import { fr, verdict, type Figure, type Mesure } from './types';

export type Section = { mesure: Mesure; figures: Figure[]; erreur?: string };

/** Text after this line in docs/benchmarks.md is written by hand and kept from one run to the next. */
export const MARQUEUR_ANALYSE = '<!-- Analyse : le texte ci-dessous est rédigé à la main et conservé par npm run bench. -->';


export function valeurTexte(f: Figure): string {
  if (f.valeur === null) return 'non mesuré';
  switch (f.unite) {
    case 'ms':
      return f.valeur >= 1000 ? `${fr(f.valeur / 1000, 2)} s` : `${fr(f.valeur, 1)} ms`;
    case 's':
      return `${fr(f.valeur, 1)} s`;
    case '×':
      return `${fr(f.valeur, 1)} ×`;
    case 'Mo':
      return `${fr(f.valeur, 0)} Mo`;
    case 'req/s':
      return `${fr(f.valeur, 0)} req/s`;
    case 'n':
      return fr(f.valeur, 0);
    default:
      return fr(f.valeur, 2);
  }
}

export function afficherConsole(sections: readonly Section[]): void {
  const lignes = sections.flatMap((s) => s.figures);
  const largeur = Math.max(...lignes.map((f) => f.libelle.length), 10);
  for (const s of sections) {
    console.log(`\n${s.mesure.titre}`);
    if (s.erreur) console.log(`  ERREUR : ${s.erreur}`);
    for (const f of s.figures) {
      const v = verdict(f);
      console.log(`  ${f.libelle.padEnd(largeur)}  ${valeurTexte(f).padStart(12)}  ${f.cible ? `cible ${f.cible.libelle}`.padEnd(16) : ''.padEnd(16)}  ${v}`);
      if (f.note) console.log(`  ${''.padEnd(largeur)}  ${f.note}`);
    }
  }
}

export function ecrireMarkdown(
  chemin: string,
  input: { machine: Machine; donnees: JeuDeDonnees; sections: readonly Section[]; date: Date; annee: number; eds: string; dureeSecondes: number },
): void {
  const { machine, donnees, sections, date } = input;
  const g = donnees.generation;
  const out: string[] = [];
  out.push('# Mesures de performance');
  out.push('');
  out.push(
    `Écrit par \`npm run bench\` le ${date.toISOString().slice(0, 10)} à ${date.toISOString().slice(11, 16)} UTC (durée du banc : ${fr(input.dureeSecondes, 0)} s). ` +
      'Les cibles sont celles de l’issue 4 ; un FAIL est signalé, il n’interrompt rien. Les chiffres ci-dessous sont remplacés à chaque exécution ; ' +
      'l’analyse en fin de fichier est conservée.',
  );
  out.push('');
  out.push('## Machine');
  out.push('');
  out.push(`- Processeur : ${machine.cpu}, ${machine.coeurs} cœurs`);
  out.push(`- Mémoire : ${fr(machine.memoireGo, 1)} Go`);
  out.push(`- Système : ${machine.systeme}`);
  out.push(`- PostgreSQL : ${machine.postgres} (${Object.entries(machine.reglages).map(([k, v]) => `${k} = ${v}`).join(', ')})`);
  out.push(`- Node.js : ${machine.node}`);
  out.push('');
  out.push('## Jeu de données');
  out.push('');
  if (g) {
    out.push(
      `Généré par \`npm run generate -- --echelle ${g.echelle.split(' ')[0]}${g.echelle.includes('×') ? ` --facteur ${g.echelle.split('×')[1]}` : ''} --graine ${g.graine}\` ` +
        `le ${g.genere_le.slice(0, 10)} : historique du ${g.debut_fenetre} au ${g.reference} (date de référence). ` +
        `**Durée de la génération : ${fr(g.secondes.total, 1)} s** (génération et COPY ${fr(g.secondes.chargement, 1)} s, ` +
        `index ${fr(g.secondes.index, 1)} s, ANALYZE ${fr(g.secondes.analyse, 1)} s). Empreinte ${g.empreinte.slice(0, 16)}.`,
    );
  } else {
    out.push('Données non produites par le générateur (pas de paramètre « generation ») : durée de génération inconnue.');
  }
  out.push('');
  out.push(`Base de ${fr(donnees.tailleGo, 2)} Go. Année mesurée : ${input.annee} ; EDS mesurée seule : ${input.eds}.`);
  out.push('');
  out.push('| Table | Lignes |');
  out.push('|---|---:|');
  for (const [libelle, n] of donnees.comptes) out.push(`| ${libelle.trim().startsWith('dont') ? `&nbsp;&nbsp;${libelle.trim()}` : libelle} | ${fr(n)} |`);
  out.push('');
  out.push('## Résultats');
  out.push('');
  out.push('| Mesure | Valeur | Cible | Verdict |');
  out.push('|---|---:|---|---|');
  for (const s of sections) {
    for (const f of s.figures) out.push(`| ${f.libelle} | ${valeurTexte(f)} | ${f.cible?.libelle ?? ''} | ${verdict(f) === 'PASS' ? 'PASS' : verdict(f) === 'FAIL' ? '**FAIL**' : verdict(f)} |`);
  }
  out.push('');
  for (const s of sections) {
    out.push(`### ${s.mesure.titre}`);
    out.push('');
    out.push(s.mesure.methode);
    out.push('');
    if (s.erreur) out.push(`Erreur pendant la mesure : ${s.erreur}`, '');
    for (const f of s.figures) if (f.note) out.push(`- ${f.libelle} : ${f.note}`);
    out.push('');
  }
  let analyse = `${MARQUEUR_ANALYSE}\n\n## Analyse\n\n(à rédiger)\n`;
  if (existsSync(chemin)) {
    const avant = readFileSync(chemin, 'utf8');
    const i = avant.indexOf(MARQUEUR_ANALYSE);
    if (i >= 0) analyse = avant.slice(i);
  }
  out.push(analyse);
  writeFileSync(chemin, `${out.join('\n').trimEnd()}\n`);
}
