import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { RegulationForm } from '@/features/attribution/components/regulation-form';
import { ReunionsListe } from '@/features/attribution/components/reunions-liste';
import { SousNavigation } from '@/features/attribution/components/sous-navigation';
import { getRegulationPage } from '@/features/attribution/queries';
import { getActeur } from '@/server/acteur';
import { PageHeader } from '@/ui/page-header';
import { Section } from '@/ui/section';
import { premier, type SearchParams } from '@/ui/search-params';

export const metadata: Metadata = { title: 'Réunions de régulation' };

export default async function RegulationPage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const page = await getRegulationPage(acteur, premier((await searchParams).eds));
  if (!page) notFound();
  return (
    <>
      <PageHeader titre="Réunions de régulation">{page.eds.nom} — les demandes en attente sont attribuées en réunion d’équipe.</PageHeader>
      <SousNavigation courante="/attribution/regulation" edsId={page.eds.id} edsChoix={page.edsChoix} />
      {page.gerer ? (
        <Section id="nouvelle-reunion" titre="Enregistrer une réunion">
          <RegulationForm edsId={page.eds.id} aujourdhui={page.aujourdhui} participants={page.participants} file={page.file} ts={page.ts} />
        </Section>
      ) : null}
      <Section id="reunions" titre="Réunions précédentes">
        <ReunionsListe reunions={page.reunions} />
      </Section>
    </>
  );
}
