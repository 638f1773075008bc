import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { AttribuerForm } from '@/features/attribution/components/attribuer-form';
import { HistoriqueTable } from '@/features/attribution/components/historique-table';
import { getHistoriqueDossier } from '@/features/attribution/queries';
import { getActeur } from '@/server/acteur';
import { PageHeader } from '@/ui/page-header';
import { Section } from '@/ui/section';

// No personal data in the tab title (it lands in browser history).
export const metadata: Metadata = { title: 'Historique des attributions' };

const ID = /^[1-9]\d{0,9}$/;

export default async function HistoriquePage({ params }: { params: Promise<{ id: string }> }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const { id } = await params;
  const dossierId = Number(id);
  if (!ID.test(id) || dossierId > 2_147_483_647) notFound();
  const page = await getHistoriqueDossier(acteur, dossierId);
  if (!page) notFound();
  return (
    <>
      <PageHeader titre={`Attributions du dossier de ${page.nomReference}`}>
        {page.eds.nom} — <Link href={`/foyers/${page.foyerId}`}>ouvrir le dossier du foyer</Link> ·{' '}
        <Link href={`/attribution?eds=${page.eds.id}`}>retour à la file à attribuer</Link>
      </PageHeader>
      <Section id="historique" titre="Historique">
        <HistoriqueTable lignes={page.lignes} />
      </Section>
      {page.gerer ? (
        <Section id="reattribuer" titre={page.agentActuelId === null ? 'Attribuer le dossier' : 'Changer de travailleur social'}>
          <div className="max-w-xl rounded border border-slate-300 bg-white p-4">
            <AttribuerForm dossierId={page.dossierId} courant={page.courant} ts={page.ts} libelle={page.nomReference} />
          </div>
        </Section>
      ) : null}
    </>
  );
}
