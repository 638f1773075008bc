import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { FoyersTable } from '@/features/dossiers/components/foyers-table';
import { getRechercheFoyers } from '@/features/dossiers/queries';
import { getActeur } from '@/server/acteur';
import { PageHeader } from '@/ui/page-header';
import { SearchForm } from '@/ui/search-form';
import { premier, type SearchParams } from '@/ui/search-params';

export const metadata: Metadata = { title: 'Foyers' };

export default async function FoyersPage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const recherche = await getRechercheFoyers(acteur, premier((await searchParams).q));
  if (!recherche) notFound();
  return (
    <>
      <PageHeader titre="Foyers">Rechercher un foyer de votre périmètre par le nom ou le prénom d’un de ses membres.</PageHeader>
      <SearchForm action="/foyers" terme={recherche.terme} label="Nom ou prénom" aide="Deux caractères au moins." />
      {recherche.resultats ? <FoyersTable foyers={recherche.resultats} terme={recherche.terme} /> : null}
    </>
  );
}
