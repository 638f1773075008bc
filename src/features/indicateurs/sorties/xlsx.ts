import ExcelJS from 'exceljs';
import { formatDate, formatDateHeure } from '@/ui/format';
import { estMontant, estRatio, libelleCle } from '../components/affichage';
import { DEFINITIONS_CLES } from '../definitions/cles-definitions';
import type { ResultatIndicateurs } from '../moteur/calculer';
import { INDICATEURS } from '../moteur/registre';
import { SECTIONS_INDICATEURS } from '../moteur/sections';
import type { Cellule } from './aplatir';
import { blocsResultat, lignesIndicateur } from './csv';

type Bloc = { numero: string; libelle: string; valeur: unknown };

const ENTETE = { bold: true } as const;
const POURCENT = '0.0%';
const EUROS = '#,##0.00 "€"';
const DECIMAL = '#,##0.00';

/** The number format of a figure, as the web page formats it (components/affichage.ts); costs are euros too. */
function format(chemin: readonly string[], libelle: string, v: Cellule): string | undefined {
  if (typeof v !== 'number') return undefined;
  if (estMontant(chemin) || chemin.some((c) => /^cout/.test(c))) return EUROS;
  if (estRatio(chemin, libelle, v)) return POURCENT;
  return Number.isInteger(v) ? undefined : DECIMAL;
}

/** Mean of the yearly figures of a row, when at least two years have one (the reports' "moyenne" column). */
function moyenneAnnuelle(valeurs: Cellule[]): number | null {
  const nombres = valeurs.filter((v): v is number => typeof v === 'number');
  return nombres.length < 2 ? null : nombres.reduce((a, b) => a + b, 0) / nombres.length;
}

/**
 * One sheet of blocks: a header row ([N°,] Indicateur, Détail, the years, Moyenne annuelle when the period spans
 * several years, Période), then one row per figure of each block — per-year figures in the year columns and
 * their mean, the figures of the whole period in "Période".
 */
function feuilleBlocs(classeur: ExcelJS.Workbook, titre: string, annees: number[], blocs: Bloc[], options = { numeros: true }) {
  // Sheet names: 31 characters at most, none of : / \ ? * [ ].
  const feuille = classeur.addWorksheet(titre.replace(/[:/\\?*[\]]/g, ' ').slice(0, 31));
  const avant = options.numeros ? 3 : 2;
  const plusieursAnnees = annees.length > 1;
  feuille.columns = [
    ...(options.numeros ? [{ width: 8 }] : []),
    { width: 50 },
    { width: 40 },
    ...annees.map(() => ({ width: 12 })),
    ...(plusieursAnnees ? [{ width: 14 }] : []),
    { width: 14 },
  ];
  feuille.addRow([
    ...(options.numeros ? ['N°'] : []),
    options.numeros ? 'Indicateur' : 'Indicateur clé',
    'Détail',
    ...annees.map(String),
    ...(plusieursAnnees ? ['Moyenne annuelle'] : []),
    'Période',
  ]).font = ENTETE;
  for (const bloc of blocs) {
    for (const ligne of lignesIndicateur(bloc.valeur)) {
      const parAnnee = annees.map((a) => ligne.parAnnee?.[String(a)] ?? null);
      const chiffres = [...parAnnee, ...(plusieursAnnees ? [moyenneAnnuelle(parAnnee)] : []), ligne.parAnnee ? null : ligne.valeur];
      const row = feuille.addRow([...(options.numeros ? [bloc.numero] : []), bloc.libelle, ligne.chemin.map(libelleCle).join(' › '), ...chiffres]);
      // A key indicator's own key says what it is (taux, part, cout…), as an indicator's path does.
      const chemin = bloc.numero.startsWith('cle:') ? [bloc.numero.slice(4), ...ligne.chemin] : ligne.chemin;
      chiffres.forEach((v, i) => {
        const numFmt = format(chemin, bloc.libelle, v);
        if (numFmt) row.getCell(avant + 1 + i).numFmt = numFmt;
      });
    }
  }
  feuille.views = [{ state: 'frozen', ySplit: 1 }];
  return feuille;
}

function perimetre(r: ResultatIndicateurs): string {
  const parties = [r.perimetre.eds ? `EDS ${r.perimetre.eds}` : 'Département', r.perimetre.rsa ? 'population RSA' : null, r.perimetre.ts ? `travailleur social n° ${r.perimetre.ts}` : null];
  return parties.filter(Boolean).join(', ');
}

/**
 * The reports' tables: the key indicators first, one sheet per section of the list (indicateurs.md §3) with
 * the years as columns and French labels, then the definitions. Works for any JSON shape of the indicators.
 */
export async function ecrireXlsx(resultat: ResultatIndicateurs): Promise<Buffer> {
  const classeur = new ExcelJS.Workbook();
  classeur.creator = 'Sillage';
  classeur.created = new Date(resultat.calcule_le);

  const cles = blocsResultat(resultat).filter((b) => b.numero.startsWith('cle:'));
  const garde = feuilleBlocs(classeur, 'Indicateurs clés', resultat.annees, cles, { numeros: false });
  const jour = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`));
  garde.spliceRows(
    1,
    0,
    [`Indicateurs de l'accompagnement social — ${perimetre(resultat)}`],
    [`Période du ${jour(resultat.du)} au ${jour(resultat.au)}, calculés le ${formatDateHeure(new Date(resultat.calcule_le))}`],
    [],
  );
  garde.getRow(1).font = { bold: true, size: 14 };
  garde.views = [{ state: 'frozen', ySplit: 4 }];
  if (cles.length === 0) garde.addRow(['Indicateurs clés non calculés pour ce résultat.']);

  for (const section of SECTIONS_INDICATEURS) {
    const blocs = section.numeros.map((n) => {
      const numero = String(n);
      return { numero, libelle: INDICATEURS.find((i) => i.numero === numero)?.libelle ?? '', valeur: resultat.indicateurs[numero] };
    });
    feuilleBlocs(classeur, section.titre, resultat.annees, blocs.filter((b) => b.valeur !== undefined));
  }

  const definitions = classeur.addWorksheet('Définitions');
  definitions.columns = [{ width: 8 }, { width: 50 }, { width: 120 }];
  definitions.addRow(['N°', 'Indicateur', 'Définition']).font = ENTETE;
  for (const d of Object.values(DEFINITIONS_CLES)) definitions.addRow(['Clé', d.libelle, d.definition]);
  for (const i of [...INDICATEURS].sort((a, b) => Number(a.numero) - Number(b.numero))) definitions.addRow([i.numero, i.libelle, i.definition]);
  definitions.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await classeur.xlsx.writeBuffer());
}
