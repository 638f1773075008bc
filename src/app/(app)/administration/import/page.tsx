import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { ImportForm } from '@/features/admin/import/components/import-form';
import { formatTaille } from '@/features/admin/import/limites';
import { getImportPage } from '@/features/admin/import/queries';
import { getActeur } from '@/server/acteur';
import { PageHeader } from '@/ui/page-header';
import { Section } from '@/ui/section';
import { Table, Td, Th } from '@/ui/table';

export const metadata: Metadata = { title: 'Importer des données' };

export default async function ImportPage() {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const page = getImportPage(acteur);
  if (!page) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/administration">Administration</Link>
      </p>
      <PageHeader titre="Importer des données">
        Charger l’historique d’un autre logiciel, ou un export de Sillage, au format d’échange.
      </PageHeader>
      <Section id="televersement" titre="Archive à importer">
        <div className="mb-4 space-y-2 text-slate-800">
          <p>
            L’import est <strong>tout ou rien</strong> : chaque ligne est d’abord vérifiée ; à la moindre erreur, rien n’est enregistré et la
            liste des lignes à corriger s’affiche (<code>fichier:ligne: colonne: raison</code>). Importer de nouveau la même archive met à jour
            les données sans créer de doublons.
          </p>
          <p>Restez sur cette page jusqu’à la fin : l’avancement s’affiche fichier par fichier.</p>
        </div>
        <ImportForm tailleMax={page.tailleMaxArchive} />
      </Section>
      <Section id="format" titre="Contenu attendu de l’archive">
        <div className="mb-4 space-y-2 text-slate-800">
          <p>
            Une archive .zip ({formatTaille(page.tailleMaxArchive)} au plus, {formatTaille(page.tailleMaxDecompressee)} une fois décompressée) dont
            les fichiers CSV sont à la racine ou dans un seul dossier, sans sous-dossier. Les fichiers sont encodés en UTF-8, séparés par des
            virgules, avec les noms des colonnes sur la première ligne. Dates au format AAAA-MM-JJ, dates et heures au format AAAA-MM-JJTHH:MM
            (heure de Paris), montants en euros avec un point (123.45). Un champ vide n’a pas de valeur.
          </p>
          <p>
            Chaque fichier est facultatif ; ceux des EDS, agents, personnes, foyers et appartenances donnent leur sens aux autres. Les
            autres fichiers de l’archive sont ignorés et signalés.
          </p>
        </div>
        <Table caption={`Les ${page.fichiers.length} fichiers du format d’échange, dans l’ordre de l’import`} captionVisible>
          <thead>
            <tr>
              <Th>Fichier</Th>
              <Th>Colonnes (obligatoires en gras)</Th>
            </tr>
          </thead>
          <tbody>
            {page.fichiers.map((f) => (
              <tr key={f.nom}>
                <Th scope="row">
                  <code>{f.nom}</code>
                </Th>
                <Td>
                  {f.colonnes.map((c, i) => (
                    <span key={c.nom}>
                      {i > 0 ? ', ' : null}
                      {c.requise ? (
                        <strong>
                          {c.nom}
                          <span className="sr-only"> (obligatoire)</span>
                        </strong>
                      ) : (
                        c.nom
                      )}
                    </span>
                  ))}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Section>
    </>
  );
}
