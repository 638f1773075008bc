import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { DefinitionsIndicateurs } from '@/features/pilotage/components/definitions-indicateurs';
import { IndicateursTable } from '@/features/pilotage/components/indicateurs-table';
import { getIndicateursCles } from '@/features/pilotage/queries';
import { getActeur } from '@/server/acteur';
import { PageHeader } from '@/ui/page-header';

export const metadata: Metadata = { title: 'Indicateurs' };

export default async function IndicateursPage() {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const indicateurs = await getIndicateursCles(acteur);
  if (!indicateurs) notFound();
  return (
    <>
      <PageHeader titre="Indicateurs clés (année en cours)">Année {indicateurs.annee}, depuis le 1er janvier.</PageHeader>
      <IndicateursTable indicateurs={indicateurs} />
      <DefinitionsIndicateurs />
    </>
  );
}
