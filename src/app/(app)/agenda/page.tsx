import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { UrgencesDuJour } from '@/features/accueil/contacts/components/urgences-du-jour';
import { getUrgencesDuJour } from '@/features/accueil/contacts/queries';
import { ARenseignerTable } from '@/features/agenda/components/a-renseigner-table';
import { ChoixAgendaForm } from '@/features/agenda/components/choix-agenda-form';
import { JourAgenda } from '@/features/agenda/components/jour-agenda';
import { SemaineNavigation } from '@/features/agenda/components/semaine-navigation';
import { getAgenda } from '@/features/agenda/queries';
import { getActeur } from '@/server/acteur';
import { formatJourLong } from '@/ui/format';
import { PageHeader } from '@/ui/page-header';
import { premier, type SearchParams } from '@/ui/search-params';
import { Section } from '@/ui/section';

export const metadata: Metadata = { title: 'Agenda' };

export default async function AgendaPage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const params = await searchParams;
  const agentParam = premier(params.agent);
  if (agentParam !== '' && !/^[1-9]\d{0,9}$/.test(agentParam)) notFound();
  const agentId = agentParam === '' ? undefined : Number(agentParam);
  // Permanence accueil-urgence: a TS sees at once today's urgent contacts at the desks of their EDS (null for other roles).
  const [agenda, urgences] = await Promise.all([getAgenda(acteur, { semaine: premier(params.semaine), agentId }), getUrgencesDuJour(acteur)]);
  if (!agenda) notFound();
  const lienAgent = agenda.agent.soi ? null : agenda.agent.id;

  return (
    <>
      <PageHeader titre={agenda.agent.soi ? 'Mon agenda' : `Agenda de ${agenda.agent.nom}`}>
        Semaine du {formatJourLong(agenda.lundi)} au {formatJourLong(agenda.dimanche)}
      </PageHeader>
      {urgences ? (
        <Section id="urgences" titre="Urgences du jour">
          <UrgencesDuJour urgences={urgences} />
        </Section>
      ) : null}
      <ChoixAgendaForm agenda={agenda} />
      <Section id="semaine" titre="Rendez-vous de la semaine">
        <SemaineNavigation agenda={agenda} agentId={lienAgent} />
        <div className="grid gap-3 md:grid-cols-2 lg:grid-cols-3">
          {agenda.jours.map((j) => (
            <JourAgenda key={j.jour} jour={j.jour} rendezVous={j.rendezVous} aujourdhui={j.jour === agenda.aujourdhui} />
          ))}
        </div>
      </Section>
      <Section id="a-renseigner" titre="Rendez-vous à renseigner">
        <ARenseignerTable rendezVous={agenda.aRenseigner} />
      </Section>
    </>
  );
}
