import { DEFINITIONS_CLES } from '../definitions/cles-definitions';
import { INDICATEURS, NUMEROS } from '../moteur/registre';

const INTRODUCTION = `# Les 55 indicateurs de la Cour des comptes

Ce fichier est **généré** à partir des définitions écrites à côté du code
(\`src/features/indicateurs/definitions/\`) par \`npm run docs:indicateurs\` ; un test vérifie qu'il est à jour.
Le contrat (définitions de base, paramètres, format JSON) est \`../shared/spec/indicateurs.md\`.

## Règles communes

- Les calculs sont faits en SQL (PostgreSQL) dans une seule transaction en lecture cohérente
  (\`src/features/indicateurs/moteur/contexte.ts\`) à partir des fonctions de la migration
  \`*_indicateurs_pas\`, \`*_pas_perimetre\` et \`*_pas_rdv\` : \`v_rdv_ts\` (rendez-vous avec un travailleur
  social, jour à Paris), \`pas_rdv(d, foyers)\` (les rendez-vous programmés numérotés en périodes d'action sociale
  connues à la date d, les non honorés rattachés), dont \`pas_au\`, \`pas_rdv_honores\` et \`pas_rdv_non_honores\`
  sont des projections, et \`reference_au(d)\` (personne de référence).
- **Date de référence** : \`au\`. Rien de ce qui est daté après n'existe pour le moteur.
- **Années** : chaque année civile de la période, bornée à [du, au] ; les attributs « à la date concernée »
  (âge, appartenance, personne de référence) sont pris au dernier jour de cette fenêtre.
- **Périmètre EDS** : l'EDS actuel du dossier du foyer.
- **Périmètre RSA** (\`--rsa\`) : les foyers dont un membre, pendant qu'il en faisait partie, a été orienté
  \`SOCIALE_DEPARTEMENT\` à un moment de la période.
- **Périmètre TS** (\`--ts\`) : les foyers ayant eu au moins un rendez-vous honoré avec ce travailleur social
  dans la période (sa file active) ; les indicateurs de rendez-vous ne comptent que ses propres rendez-vous.
  \`--ts\` accepte l'identifiant du format d'échange (\`agent_id\`) ou l'identifiant numérique de Sillage.
- Un ratio porte son numérateur et son dénominateur ; une valeur incalculable faute de données saisies vaut
  \`{"valeur": null, "raison": "…"}\`, jamais 0.
- **Exports** (\`--format xlsx|csv\`, bouton « Télécharger » de la page Indicateurs) : le classeur reprend les
  tableaux des rapports — une feuille des indicateurs clés, une feuille par section de la liste, les années en
  colonnes suivies de la moyenne annuelle (quand la période couvre plusieurs années) et des chiffres de toute la
  période, libellés en français, puis une feuille des définitions. Le CSV donne une ligne par chiffre
  (indicateur, libellé, chemin, année, valeur).

## Les indicateurs clés

Affichés en premier sur chaque tableau (tableau n° 1 du Val-de-Marne), sous la clé \`cles\` du résultat JSON.
`;

/** docs/indicateurs.md, from the definitions registered in the engine. */
export function documentationIndicateurs(): string {
  const sections = NUMEROS.map((numero) => {
    const def = INDICATEURS.find((i) => i.numero === numero);
    if (!def) return `### ${numero}. (non calculé)\n\nCet indicateur n'est pas encore calculé par cette version.\n`;
    return `### ${numero}. ${def.libelle}\n\n${def.definition}\n`;
  });
  const cles = Object.entries(DEFINITIONS_CLES).map(([cle, d]) => `### ${d.libelle} (\`${cle}\`)\n\n${d.definition}\n`);
  return `${INTRODUCTION}\n${cles.join('\n')}\n## Les 55 indicateurs\n\n${sections.join('\n')}`;
}
