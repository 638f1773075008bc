import type { Ref } from 'react';
import { compterErreurs } from '@/features/echange/erreurs';
import { formatNombre } from '@/ui/format';
import { Table, Td, Th } from '@/ui/table';
import type { ResultatImportDto } from '../evenements';

function pluriel(n: number, mot: string): string {
  return `${formatNombre(n)} ${mot}${n > 1 ? 's' : ''}`;
}

/** "0,8 s", "2 min 05 s" */
export function formatDuree(ms: number): string {
  const secondes = ms / 1000;
  if (secondes < 60) return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(secondes)} s`;
  const s = Math.round(secondes);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

function Avertissements({ avertissements }: { avertissements: string[] }) {
  if (avertissements.length === 0) return null;
  return (
    <div className="mt-4">
      <p className="font-semibold">Avertissements</p>
      <ul className="mt-1 list-disc pl-6 text-sm">
        {avertissements.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </div>
  );
}

const RIEN = 'Aucune donnée n’a été enregistrée.';

/** The outcome of an import: rows per file, or the errors (nothing written), or why it could not run. */
export function ResultatImport({ resultat, titreRef }: { resultat: ResultatImportDto; titreRef: Ref<HTMLHeadingElement> }) {
  const titre = (texte: string) => (
    <h3 ref={titreRef} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">
      {texte}
    </h3>
  );

  if (resultat.statut === 'importe') {
    const { comptes } = resultat;
    const somme = (cle: 'lignes' | 'creees' | 'modifiees' | 'inchangees' | 'supprimees') => comptes.reduce((s, c) => s + c[cle], 0);
    const avecSuppressions = somme('supprimees') > 0;
    return (
      <div className="mt-6 rounded border border-green-700 bg-green-50 p-4">
        {titre('Import terminé')}
        <p className="mt-2">
          {pluriel(somme('lignes'), 'ligne')} dans {pluriel(comptes.length, 'fichier')}, en {formatDuree(resultat.dureeMs)} : {pluriel(somme('creees'), 'créée')},{' '}
          {pluriel(somme('modifiees'), 'modifiée')}, {pluriel(somme('inchangees'), 'inchangée')}
          {avecSuppressions ? `, ${pluriel(somme('supprimees'), 'affectation supprimée')}` : ''}.
        </p>
        <div className="mt-4">
          <Table caption="Lignes importées par fichier">
            <thead>
              <tr>
                <Th>Fichier</Th>
                <Th numeric>Lignes</Th>
                <Th numeric>Créées</Th>
                <Th numeric>Modifiées</Th>
                <Th numeric>Inchangées</Th>
                {avecSuppressions ? <Th numeric>Supprimées</Th> : null}
              </tr>
            </thead>
            <tbody>
              {comptes.map((c) => (
                <tr key={c.fichier}>
                  <Th scope="row">
                    <code>{c.fichier}</code>
                  </Th>
                  <Td numeric>{formatNombre(c.lignes)}</Td>
                  <Td numeric>{formatNombre(c.creees)}</Td>
                  <Td numeric>{formatNombre(c.modifiees)}</Td>
                  <Td numeric>{formatNombre(c.inchangees)}</Td>
                  {avecSuppressions ? <Td numeric>{formatNombre(c.supprimees)}</Td> : null}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
        <Avertissements avertissements={resultat.avertissements} />
      </div>
    );
  }

  if (resultat.statut === 'erreurs') {
    const tronquee = resultat.erreurs.length < resultat.totalErreurs;
    return (
      <div className="mt-6 rounded border border-red-700 bg-red-50 p-4">
        {titre(`Import refusé : ${compterErreurs(resultat.totalErreurs)}`)}
        <p className="mt-2 font-semibold">{RIEN}</p>
        <p className="mt-1">Corrigez les lignes ci-dessous dans les fichiers, puis importez de nouveau l’archive.</p>
        {tronquee ? <p className="mt-1">Les {formatNombre(resultat.erreurs.length)} premières erreurs sont affichées.</p> : null}
        <ul aria-label="Erreurs (fichier:ligne: colonne: raison)" className="mt-3 space-y-1 text-sm">
          {resultat.erreurs.map((e, i) => (
            <li key={i}>
              <code className="break-words">{e}</code>
            </li>
          ))}
        </ul>
        <Avertissements avertissements={resultat.avertissements} />
      </div>
    );
  }

  return (
    <div className="mt-6 rounded border border-red-700 bg-red-50 p-4">
      {titre('Import impossible')}
      <p className="mt-2">{resultat.message}</p>
      {resultat.statut === 'archive-invalide' || resultat.rienEnregistre ? <p className="mt-1 font-semibold">{RIEN}</p> : null}
    </div>
  );
}
