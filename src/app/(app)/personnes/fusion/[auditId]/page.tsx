import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { AnnulerFusionForm } from '@/features/personnes/components/annuler-fusion-form';
import { getFusionEntree } from '@/features/personnes/queries';
import { getActeur } from '@/server/acteur';
import { formatDateHeure } from '@/ui/format';
import { PageHeader } from '@/ui/page-header';
import { Section } from '@/ui/section';

export const metadata: Metadata = { title: 'Fusion de fiches : entrée du journal' };

const ID = /^[1-9]\d{0,17}$/;

export default async function FusionEntreePage({ params }: { params: Promise<{ auditId: string }> }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const { auditId } = await params;
  if (!ID.test(auditId)) notFound();
  const entree = await getFusionEntree(acteur, BigInt(auditId));
  if (!entree) notFound();

  return (
    <>
      <PageHeader titre="Fusion de fiches">
        Entrée n° {entree.auditId} du journal — <Link href="/personnes/fusion">toutes vos fusions</Link>
      </PageHeader>
      <Section id="entree" titre="Ce que la fusion a fait">
        <p className="mb-2">
          Le {formatDateHeure(entree.at)}, {entree.auteur} a fusionné la fiche n° {entree.doublon.id} ({entree.doublon.nom}) dans la fiche n° {entree.garder.id} ({entree.garder.nom}).
        </p>
        <ul className="list-disc space-y-1 pl-6">
          {entree.deplacees.map((d) => (
            <li key={d.libelle}>
              {d.libelle} : {d.nombre} déplacé{d.nombre > 1 ? 's' : ''}
            </li>
          ))}
          {entree.supprimees > 0 ? <li>{entree.supprimees} ligne(s) en double supprimée(s), conservée(s) dans le journal pour l’annulation</li> : null}
        </ul>
      </Section>
      <Section id="annulation" titre="Annulation">
        {entree.doublon.fusionnee ? <AnnulerFusionForm auditId={entree.auditId} /> : <p>Cette fusion a été annulée : la fiche n° {entree.doublon.id} est de nouveau active.</p>}
      </Section>
    </>
  );
}
