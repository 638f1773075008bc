import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { AgentsTable } from '@/features/admin/components/agents-table';
import { Referentiels } from '@/features/admin/components/referentiels';
import { getAdministration } from '@/features/admin/queries';
import { getActeur } from '@/server/acteur';
import { PageHeader } from '@/ui/page-header';
import { PaginationNav } from '@/ui/pagination-nav';
import { premier, type SearchParams } from '@/ui/search-params';
import { Section } from '@/ui/section';

export const metadata: Metadata = { title: 'Administration' };

export default async function AdministrationPage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const admin = await getAdministration(acteur, premier((await searchParams).page));
  if (!admin) notFound();
  return (
    <>
      <PageHeader titre="Administration">Comptes et listes de référence (consultation).</PageHeader>
      <p className="mb-6">
        <Link href="/administration/import">Importer des données</Link> au format d’échange (archive ZIP de fichiers CSV).
      </p>
      <Section id="agents" titre="Agents">
        <AgentsTable agents={admin.agents} total={admin.pageAgents.total} />
        <PaginationNav liste={admin.pageAgents} href={(n) => `/administration?page=${n}#agents`} libelle="Pages des comptes" />
      </Section>
      <Section id="referentiels" titre="Listes de référence">
        <Referentiels admin={admin} />
      </Section>
    </>
  );
}
