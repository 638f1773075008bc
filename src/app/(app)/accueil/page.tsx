import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { ContactsDuJourTable } from '@/features/accueil/components/contacts-du-jour-table';
import { RendezVousDuJourTable } from '@/features/accueil/components/rendez-vous-du-jour-table';
import { getAccueilDuJour } from '@/features/accueil/queries';
import { RecherchePersonnes } from '@/features/accueil/recherche/components/recherche-personnes';
import { ResultatsRecherche } from '@/features/accueil/recherche/components/resultats-recherche';
import { getActeur } from '@/server/acteur';
import { capitaliser, formatJourLong } from '@/ui/format';
import { PageHeader } from '@/ui/page-header';
import { premier, type SearchParams } from '@/ui/search-params';
import { Section } from '@/ui/section';

export const metadata: Metadata = { title: 'Accueil du jour' };

export default async function AccueilPage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const accueil = await getAccueilDuJour(acteur, premier((await searchParams).q));
  if (!accueil) notFound();

  return (
    <>
      <PageHeader titre="Accueil du jour">
        {capitaliser(formatJourLong(accueil.jour))}
        {accueil.eds.length > 0 ? ` — ${accueil.eds.join(', ')}` : null}
      </PageHeader>
      <Section
        id="rechercher"
        titre="Rechercher une personne"
        actions={
          <Link href="/accueil/journal" className="font-medium text-blue-800 underline hover:text-blue-950">
            Journal de l’accueil
          </Link>
        }
      >
        <RecherchePersonnes
          action="/accueil"
          terme={accueil.recherche.terme}
          label="Nom, prénom, nom de naissance, date de naissance, téléphone ou n° allocataire"
          aide="Deux lettres au moins, une date jj/mm/aaaa, un téléphone ou un n° allocataire. Accents, majuscules et tirets sont ignorés ; une faute de frappe est tolérée à partir de quatre lettres."
        />
        <ResultatsRecherche recherche={accueil.recherche} />
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
