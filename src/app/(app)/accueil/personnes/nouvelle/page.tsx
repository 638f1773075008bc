import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { NouvellePersonneForm } from '@/features/personnes/components/nouvelle-personne-form';
import { getNouvellePersonneFormulaire } from '@/features/personnes/queries';
import { getActeur } from '@/server/acteur';
import { PageHeader } from '@/ui/page-header';
import { premier, type SearchParams } from '@/ui/search-params';

// No personal data in the tab title (it lands in browser history).
export const metadata: Metadata = { title: 'Nouvelle personne' };

const ID = /^[1-9]\d{0,9}$/;

export default async function NouvellePersonnePage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const params = await searchParams;
  const foyerParam = premier(params.foyer);
  if (foyerParam !== '' && (!ID.test(foyerParam) || Number(foyerParam) > 2_147_483_647)) notFound();
  const formulaire = await getNouvellePersonneFormulaire(acteur, foyerParam === '' ? null : Number(foyerParam), premier(params.q));
  if (!formulaire) notFound();

  return (
    <>
      <PageHeader titre="Nouvelle personne">{formulaire.foyer ? `Arrivée dans le ${formulaire.foyer.libelle.charAt(0).toLowerCase()}${formulaire.foyer.libelle.slice(1)}` : 'Avec un nouveau foyer et son dossier'}</PageHeader>
      <NouvellePersonneForm formulaire={formulaire} />
    </>
  );
}
