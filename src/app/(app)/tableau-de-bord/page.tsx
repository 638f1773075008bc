import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ActiviteTsTable } from '@/features/pilotage/components/activite-ts-table';
import { AlertesEds } from '@/features/pilotage/components/alertes-eds';
import { LienIndicateurs } from '@/features/pilotage/components/lien-indicateurs';
import { getTableauDeBord } from '@/features/pilotage/queries';
import { getActeur } from '@/server/acteur';
import { Empty } from '@/ui/empty';
import { PageHeader } from '@/ui/page-header';
import { Section } from '@/ui/section';

export const metadata: Metadata = { title: 'Tableau de bord' };

export default async function TableauDeBordPage() {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const tdb = await getTableauDeBord(acteur);
  if (!tdb) notFound();
  return (
    <>
      <PageHeader titre="Tableau de bord">Activité de l’année {tdb.annee} et alertes de vos EDS.</PageHeader>
      {tdb.eds.length === 0 ? <Empty>Aucun EDS ne vous est rattaché : demandez à l’administrateur de vérifier votre affectation.</Empty> : null}
      {tdb.eds.map((e) => (
        <Section key={e.id} id={`eds-${e.id}`} titre={e.nom} actions={<LienIndicateurs code={e.code} nom={e.nom} />}>
          <AlertesEds cerAEcheance={e.cerAEcheance} sansContact={e.sansContact} />
          <ActiviteTsTable eds={e.nom} annee={tdb.annee} travailleursSociaux={e.travailleursSociaux} />
        </Section>
      ))}
      <p className="text-sm text-slate-700">
        File active : foyers distincts ayant eu au moins un rendez-vous honoré avec le travailleur social dans l’année.
      </p>
    </>
  );
}
