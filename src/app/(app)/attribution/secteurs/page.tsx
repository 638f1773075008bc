import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ParametresForm } from '@/features/attribution/components/parametres-form';
import { CreerSecteurForm } from '@/features/attribution/components/secteur-forms';
import { SecteursListe } from '@/features/attribution/components/secteurs-liste';
import { SousNavigation } from '@/features/attribution/components/sous-navigation';
import { getSecteursPage } from '@/features/attribution/queries';
import { getActeur } from '@/server/acteur';
import { Badge } from '@/ui/badge';
import { MODES_ATTRIBUTION, libelle } from '@/ui/libelles';
import { PageHeader } from '@/ui/page-header';
import { Section } from '@/ui/section';
import { premier, type SearchParams } from '@/ui/search-params';

export const metadata: Metadata = { title: 'Secteurs et réglages de l’attribution' };

export default async function SecteursPage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const page = await getSecteursPage(acteur, premier((await searchParams).eds));
  if (!page) notFound();
  return (
    <>
      <PageHeader titre="Secteurs et réglages">{page.eds.nom}</PageHeader>
      <SousNavigation courante="/attribution/secteurs" edsId={page.eds.id} edsChoix={page.edsChoix} />
      <Section id="reglages" titre="Réglages de l’EDS">
        {page.gerer ? (
          <ParametresForm eds={page.eds} />
        ) : (
          <p>
            Mode : {libelle(MODES_ATTRIBUTION, page.eds.mode)}. Seuil de charge : {page.eds.seuil === null ? 'aucun' : `${page.eds.seuil} foyers par ETPT`}.
          </p>
        )}
      </Section>
      <Section id="secteurs" titre="Secteurs">
        {page.communesSansSecteur.length > 0 ? (
          <p className="mb-3">
            <Badge ton="alerte">À compléter</Badge> Communes sans secteur pour leurs rues non listées : {page.communesSansSecteur.join(', ')}. Leurs nouveaux
            dossiers iront dans la file à attribuer.
          </p>
        ) : null}
        <SecteursListe page={page} />
        {page.gerer ? (
          <div className="mt-4">
            <CreerSecteurForm edsId={page.eds.id} />
          </div>
        ) : null}
      </Section>
    </>
  );
}
