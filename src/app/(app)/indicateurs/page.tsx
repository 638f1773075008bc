import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { TableauIndicateurs } from '@/features/indicateurs/components/tableau-indicateurs';
import { getTableauIndicateurs } from '@/features/indicateurs/queries';
import { getActeur } from '@/server/acteur';
import { premier, type SearchParams } from '@/ui/search-params';

export const metadata: Metadata = { title: 'Indicateurs' };

export default async function IndicateursPage({ searchParams }: { searchParams: SearchParams }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  const q = await searchParams;
  const tableau = await getTableauIndicateurs(acteur, { annee: premier(q.annee), eds: premier(q.eds), rsa: premier(q.rsa) });
  if (!tableau) notFound();
  return <TableauIndicateurs tableau={tableau} />;
}
