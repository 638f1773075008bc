import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { FicheFusion } from '@/features/personnes/components/fusion-comparaison';
import { FusionForm } from '@/features/personnes/components/fusion-form';
import { FusionRecherche } from '@/features/personnes/components/fusion-recherche';
import { getFusionPage } from '@/features/personnes/queries';
import { fusionParamsSchema } from '@/features/personnes/schemas';
import { getActeur } from '@/server/acteur';
import { Empty } from '@/ui/empty';
import { formatDateHeure } from '@/ui/format';
import { PageHeader } from '@/ui/page-header';
import { premier, type SearchParams } from '@/ui/search-params';
import { Section } from '@/ui/section';

export const metadata: Metadata = { title: 'Fusion de fiches' };

export default async function FusionPage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const raw = await searchParams;
  const params = fusionParamsSchema.parse({ garder: premier(raw.garder), doublon: premier(raw.doublon), nom: premier(raw.nom), naissance: premier(raw.naissance) });
  const page = await getFusionPage(acteur, params);
  if (!page) notFound();

  return (
    <>
      <PageHeader titre="Fusion de fiches">Deux fiches pour une même personne : rattacher tout à une seule, de façon réversible.</PageHeader>
      <Section id="recherche" titre="Trouver les fiches">
        <FusionRecherche recherche={page.recherche} />
      </Section>
      {page.comparaison ? (
        <Section id="comparaison" titre="Comparer et fusionner">
          <div className="mb-4 grid gap-4 md:grid-cols-2">
            <FicheFusion titre="À conserver" fiche={page.comparaison.garder} />
            <FicheFusion titre="En double" fiche={page.comparaison.doublon} />
          </div>
          <FusionForm garder={page.comparaison.garder} doublon={page.comparaison.doublon} />
        </Section>
      ) : page.comparaisonIntrouvable ? (
        <p role="alert" className="mb-6 font-medium text-red-800">
          Ces fiches sont introuvables, déjà fusionnées ou rattachées à un autre EDS que le vôtre.
        </p>
      ) : null}
      <Section id="recentes" titre="Vos dernières fusions">
        {page.recentes.length === 0 ? (
          <Empty>Aucune fusion.</Empty>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {page.recentes.map((f) => (
              <li key={f.auditId}>
                {formatDateHeure(f.at)} : {f.doublon} fusionnée dans {f.garder}
                {f.annulee ? ' (annulée)' : null} — <Link href={`/personnes/fusion/${f.auditId}`}>voir l’entrée du journal{f.annulee ? '' : ' et annuler'}</Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
