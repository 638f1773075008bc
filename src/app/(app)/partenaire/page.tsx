import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { PersonnesOrienteesTable } from '@/features/partenaires/components/personnes-orientees-table';
import { getPersonnesOrientees } from '@/features/partenaires/queries';
import { getActeur } from '@/server/acteur';
import { Empty } from '@/ui/empty';
import { PageHeader } from '@/ui/page-header';
import { PaginationNav } from '@/ui/pagination-nav';
import { premier, type SearchParams } from '@/ui/search-params';

export const metadata: Metadata = { title: 'Personnes orientées' };

export default async function PartenairePage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const liste = await getPersonnesOrientees(acteur, premier((await searchParams).page));
  if (!liste) notFound();
  return (
    <>
      <PageHeader titre={liste.structure ? `Personnes orientées vers ${liste.structure}` : 'Personnes orientées'}>
        Bénéficiaires du RSA orientés vers votre structure.
      </PageHeader>
      {liste.structure === null ? (
        <Empty>Votre compte n’est rattaché à aucune structure : demandez à l’administrateur de le compléter.</Empty>
      ) : (
        <>
          <PersonnesOrienteesTable personnes={liste.personnes} total={liste.page.total} />
          <PaginationNav liste={liste.page} href={(n) => `/partenaire?page=${n}`} libelle="Pages de la liste" />
        </>
      )}
    </>
  );
}
