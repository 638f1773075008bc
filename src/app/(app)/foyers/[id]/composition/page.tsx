import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { CompositionHistorique } from '@/features/personnes/components/composition-historique';
import { DepartForm } from '@/features/personnes/components/depart-form';
import { SeparationForm } from '@/features/personnes/components/separation-form';
import { getCompositionFoyer } from '@/features/personnes/queries';
import { getActeur } from '@/server/acteur';
import { PageHeader } from '@/ui/page-header';
import { Section } from '@/ui/section';

// No personal data in the tab title (it lands in browser history).
export const metadata: Metadata = { title: 'Composition du foyer' };

const ID = /^[1-9]\d{0,9}$/;

export default async function CompositionPage({ params }: { params: Promise<{ id: string }> }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const { id } = await params;
  if (!ID.test(id) || Number(id) > 2_147_483_647) notFound();
  const composition = await getCompositionFoyer(acteur, Number(id));
  if (!composition) notFound();

  return (
    <>
      <PageHeader titre="Composition du foyer">
        {composition.libelle} — <Link href={`/foyers/${composition.foyerId}`}>retour au dossier</Link>
      </PageHeader>
      <Section id="historique" titre="Historique">
        <CompositionHistorique historique={composition.historique} />
      </Section>
      {composition.peutModifier ? (
        <>
          <Section id="arrivee" titre="Arrivée">
            <p>
              <Link href={`/accueil/personnes/nouvelle?foyer=${composition.foyerId}`} className="font-semibold">
                Ajouter une personne au foyer
              </Link>{' '}
              (les fiches déjà existantes sont proposées avant toute création).
            </p>
          </Section>
          <Section id="depart" titre="Départ">
            <DepartForm composition={composition} />
          </Section>
          <Section id="separation" titre="Séparation">
            <SeparationForm composition={composition} />
          </Section>
        </>
      ) : (
        <p className="text-slate-700">Seuls les travailleurs sociaux, les responsables et les secrétaires habilitées (niveau 2) modifient la composition.</p>
      )}
    </>
  );
}
