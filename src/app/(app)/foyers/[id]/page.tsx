import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { ContactsFoyer } from '@/features/accueil/contacts/components/contacts-foyer';
import { getContactsFoyer } from '@/features/accueil/contacts/queries';
import { FoyerResume } from '@/features/dossiers/components/foyer-resume';
import { MembresTable } from '@/features/dossiers/components/membres-table';
import { NoteForm } from '@/features/dossiers/components/note-form';
import { NotesFoyer } from '@/features/dossiers/components/notes-foyer';
import { RendezVousFoyer } from '@/features/dossiers/components/rendez-vous-foyer';
import { getFoyerPage } from '@/features/dossiers/queries';
import { getActeur } from '@/server/acteur';
import { PageHeader } from '@/ui/page-header';
import { Section } from '@/ui/section';

// No personal data in the tab title (it lands in browser history).
export const metadata: Metadata = { title: 'Dossier du foyer' };

const ID = /^[1-9]\d{0,9}$/;

export default async function FoyerPage({ params }: { params: Promise<{ id: string }> }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const { id } = await params;
  const foyerId = Number(id);
  if (!ID.test(id) || foyerId > 2_147_483_647) notFound();
  const foyer = await getFoyerPage(acteur, foyerId);
  if (!foyer) notFound();
  // Accueil contacts and their pre-evaluation notes (the note only for those policy allows: canReadNoteAccueil).
  const contacts = await getContactsFoyer(acteur, foyerId);
  const reference = foyer.membres.find((m) => m.role === 'REFERENCE');

  return (
    <>
      <PageHeader titre={reference ? `Foyer de ${reference.nom.toUpperCase()} ${reference.prenom}` : `Foyer n° ${foyer.id}`}>Dossier n° {foyer.id}</PageHeader>
      <Section id="dossier" titre="Dossier">
        <FoyerResume foyer={foyer} />
      </Section>
      <Section id="composition" titre="Composition du foyer" actions={<Link href={`/foyers/${foyer.id}/composition`}>Modifier la composition</Link>}>
        <MembresTable membres={foyer.membres} />
      </Section>
      <Section id="rendez-vous" titre="Rendez-vous">
        <RendezVousFoyer rendezVous={foyer.rendezVous} />
      </Section>
      {contacts ? (
        <Section id="contacts-accueil" titre="Fiches contact de l’accueil">
          <ContactsFoyer contacts={contacts} />
        </Section>
      ) : null}
      {foyer.notes !== null ? (
        <Section id="notes" titre="Notes confidentielles">
          <NotesFoyer notes={foyer.notes} />
          {foyer.droits.ecrireNote ? <NoteForm foyerId={foyer.id} /> : null}
        </Section>
      ) : null}
    </>
  );
}
