import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { DemandesEnAttente } from '@/features/accueil/journal/components/demandes-en-attente';
import { JournalComptes } from '@/features/accueil/journal/components/journal-comptes';
import { JournalNavigation } from '@/features/accueil/journal/components/journal-navigation';
import { getJournalAccueil } from '@/features/accueil/journal/queries';
import { getActeur } from '@/server/acteur';
import { formatJourLong } from '@/ui/format';
import { PageHeader } from '@/ui/page-header';
import { premier, type SearchParams } from '@/ui/search-params';
import { Section } from '@/ui/section';

export const metadata: Metadata = { title: 'Journal de l’accueil' };

export default async function JournalAccueilPage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const params = await searchParams;
  const edsParam = premier(params.eds);
  if (edsParam !== '' && !/^[1-9]\d{0,9}$/.test(edsParam)) notFound();
  const journal = await getJournalAccueil(acteur, { jour: premier(params.jour), semaine: premier(params.semaine), edsId: edsParam === '' ? undefined : Number(edsParam) });
  if (!journal) notFound();

  return (
    <>
      <PageHeader titre="Journal de l’accueil">
        {journal.eds.nom} — {formatJourLong(journal.jour)}
      </PageHeader>
      <JournalNavigation journal={journal} />
      <Section id="demandes" titre="Demandes en attente de réponse">
        <DemandesEnAttente demandes={journal.demandes} />
      </Section>
      <Section id="jour" titre={`Journée du ${formatJourLong(journal.jour)}`}>
        <JournalComptes id="journée" comptes={journal.duJour} />
      </Section>
      <Section id="semaine" titre={`Semaine du ${formatJourLong(journal.lundi)} au ${formatJourLong(journal.dimanche)}`}>
        <JournalComptes id="semaine" comptes={journal.deLaSemaine} semaine />
      </Section>
      <p className="text-sm text-slate-700">
        Une personne venue plusieurs fois le même jour compte une fois, au canal et au motif de son premier contact ; chaque contact léger compte.
      </p>
    </>
  );
}
