import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ChargesTable } from '@/features/attribution/components/charges-table';
import { FileAttribuer } from '@/features/attribution/components/file-attribuer';
import { SousNavigation } from '@/features/attribution/components/sous-navigation';
import { getAttributionPage } from '@/features/attribution/queries';
import { getActeur } from '@/server/acteur';
import { MODES_ATTRIBUTION, libelle } from '@/ui/libelles';
import { PageHeader } from '@/ui/page-header';
import { Section } from '@/ui/section';
import { premier, type SearchParams } from '@/ui/search-params';

export const metadata: Metadata = { title: 'Attribution des dossiers' };

export default async function AttributionPage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const page = await getAttributionPage(acteur, premier((await searchParams).eds));
  if (!page) notFound();
  return (
    <>
      <PageHeader titre="Attribution des dossiers">
        {page.eds.nom} — mode {libelle(MODES_ATTRIBUTION, page.eds.mode).toLowerCase()}
        {page.gerer ? null : ' (consultation)'}
      </PageHeader>
      <SousNavigation courante="/attribution" edsId={page.eds.id} edsChoix={page.edsChoix} />
      <Section id="file" titre={`Dossiers à attribuer (${page.file.length})`}>
        <FileAttribuer file={page.file} ts={page.ts} gerer={page.gerer} />
      </Section>
      <Section id="charges" titre="Charge des travailleurs sociaux">
        <ChargesTable ts={page.ts} seuil={page.eds.seuil} />
      </Section>
    </>
  );
}
