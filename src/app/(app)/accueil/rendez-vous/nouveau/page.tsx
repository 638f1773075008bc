import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { AttenteDemandeBanniere } from '@/features/agenda/reservation/components/attente-demande-banniere';
import { ChoixTsForm } from '@/features/agenda/reservation/components/choix-ts-form';
import { ReservationForm } from '@/features/agenda/reservation/components/reservation-form';
import { getPriseRendezVous } from '@/features/agenda/reservation/queries';
import { getActeur } from '@/server/acteur';
import { PageHeader } from '@/ui/page-header';
import { premier, type SearchParams } from '@/ui/search-params';

// No personal data in the tab title (it lands in browser history).
export const metadata: Metadata = { title: 'Prendre rendez-vous' };

const ID = /^[1-9]\d{0,9}$/;
const asId = (value: string) => (ID.test(value) && Number(value) <= 2_147_483_647 ? Number(value) : null);

export default async function NouveauRendezVousPage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const params = await searchParams;
  const foyerId = asId(premier(params.foyer));
  const agentParam = premier(params.agent);
  const agentId = agentParam === '' ? undefined : asId(agentParam);
  if (foyerId === null || agentId === null) notFound();
  const prise = await getPriseRendezVous(acteur, { foyerId, agentId });
  if (!prise) notFound();

  return (
    <>
      <PageHeader titre="Prendre rendez-vous">
        {prise.foyer.nom} — {prise.eds}
      </PageHeader>
      <AttenteDemandeBanniere attente={prise.attente} />
      <ChoixTsForm prise={prise} />
      {prise.ts ? (
        // Keyed by TS: choosing another agenda starts a fresh form.
        <ReservationForm key={prise.ts.id} prise={prise} ts={prise.ts} />
      ) : (
        <p className="rounded border border-amber-300 bg-amber-50 px-4 py-3">
          {prise.tsOptions.length === 0 ? 'Aucun travailleur social n’est affecté à cet EDS aujourd’hui.' : 'Choisissez le travailleur social dont vous voulez voir les créneaux.'}
        </p>
      )}
      <p className="mt-6">
        <Link href="/accueil">Retour à l’accueil du jour</Link>
      </p>
    </>
  );
}
