import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ContactsDuJourTable } from '@/features/accueil/components/contacts-du-jour-table';
import { RendezVousDuJourTable } from '@/features/accueil/components/rendez-vous-du-jour-table';
import { getAccueilDuJour } from '@/features/accueil/queries';
import { FoyersTable } from '@/features/dossiers/components/foyers-table';
import { getActeur } from '@/server/acteur';
import { capitaliser, formatJourLong } from '@/ui/format';
import { PageHeader } from '@/ui/page-header';
import { SearchForm } from '@/ui/search-form';
import { premier, type SearchParams } from '@/ui/search-params';
import { Section } from '@/ui/section';

export const metadata: Metadata = { title: 'Accueil du jour' };

export default async function AccueilPage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const accueil = await getAccueilDuJour(acteur, premier((await searchParams).q));
  if (!accueil) notFound();
  const { recherche } = accueil;

  return (
    <>
      <PageHeader titre="Accueil du jour">
        {capitaliser(formatJourLong(accueil.jour))}
        {accueil.eds.length > 0 ? ` — ${accueil.eds.join(', ')}` : null}
      </PageHeader>
      <Section id="rechercher" titre="Rechercher un foyer">
        <SearchForm action="/accueil" terme={recherche.terme} label="Nom ou prénom d’un membre du foyer" aide="Deux caractères au moins." />
        {recherche.resultats ? <FoyersTable foyers={recherche.resultats} terme={recherche.terme} /> : null}
      </Section>
      <Section id="rendez-vous" titre="Rendez-vous du jour">
        <RendezVousDuJourTable rendezVous={accueil.rendezVous} />
      </Section>
      <Section id="contacts" titre="Fiches contact du jour">
        <ContactsDuJourTable contacts={accueil.contacts} />
      </Section>
    </>
  );
}
