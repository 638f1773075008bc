import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { FicheContactForm } from '@/features/accueil/contacts/components/fiche-contact-form';
import { getFicheContactFormulaire } from '@/features/accueil/contacts/queries';
import { getActeur } from '@/server/acteur';
import { canUseFicheContact } from '@/server/policy';
import { PageHeader } from '@/ui/page-header';
import { premier, type SearchParams } from '@/ui/search-params';

// No personal data in the tab title (it lands in browser history).
export const metadata: Metadata = { title: 'Nouvelle fiche contact' };

const ID = /^[1-9]\d{0,9}$/;
const asId = (value: string) => (ID.test(value) && Number(value) <= 2_147_483_647 ? Number(value) : null);

export default async function NouvelleFicheContactPage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  if (!canUseFicheContact(acteur)) notFound();
  const params = await searchParams;
  const foyerParam = premier(params.foyer);
  if (foyerParam === '') {
    return (
      <>
        <PageHeader titre="Nouvelle fiche contact" />
        <p className="mb-3">Recherchez d’abord la personne pour ouvrir sa fiche contact depuis son foyer.</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <Link href="/accueil">Rechercher une personne</Link>
          </li>
          <li>
            <Link href="/accueil/contacts/leger">Saisir un contact léger (personne non identifiée, sans suite)</Link>
          </li>
        </ul>
      </>
    );
  }
  const foyerId = asId(foyerParam);
  const personneParam = premier(params.personne);
  if (foyerId === null || (personneParam !== '' && asId(personneParam) === null)) notFound();
  const formulaire = await getFicheContactFormulaire(acteur, foyerId, personneParam === '' ? null : asId(personneParam));
  if (!formulaire) notFound();

  return (
    <>
      <PageHeader titre="Nouvelle fiche contact">
        {formulaire.foyer.libelle}
        {formulaire.foyer.eds ? ` — suivi par ${formulaire.foyer.eds}` : null}
      </PageHeader>
      {formulaire.foyer.autreEds ? (
        <p className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-3">
          Ce foyer est suivi par un autre EDS : la fiche sera comptée à votre accueil et transmise à son équipe.
        </p>
      ) : null}
      <FicheContactForm formulaire={formulaire} />
    </>
  );
}
