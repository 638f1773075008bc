import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ContactLegerForm } from '@/features/accueil/contacts/components/contact-leger-form';
import { getContactLegerFormulaire } from '@/features/accueil/contacts/queries';
import { getActeur } from '@/server/acteur';
import { PageHeader } from '@/ui/page-header';

export const metadata: Metadata = { title: 'Contact léger' };

export default async function ContactLegerPage() {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const formulaire = await getContactLegerFormulaire(acteur);
  if (!formulaire) notFound();
  return (
    <>
      <PageHeader titre="Contact léger">Information donnée, sans suite, à une personne non identifiée : aucun dossier n’est ouvert.</PageHeader>
      <ContactLegerForm formulaire={formulaire} />
    </>
  );
}
