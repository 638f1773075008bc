import Link from 'next/link';
import type { PageListe } from './pagination';

/** "Page 2 sur 16" with links to the previous and next pages; nothing when everything fits on one page. */
export function PaginationNav({ liste, href, libelle }: { liste: PageListe; href: (page: number) => string; libelle: string }) {
  if (liste.pages <= 1) return null;
  return (
    <nav aria-label={libelle} className="mt-3 flex items-center gap-4 text-sm">
      {liste.page > 1 ? <Link href={href(liste.page - 1)}>← Page précédente</Link> : null}
      <span aria-current="page">
        Page {liste.page} sur {liste.pages}
      </span>
      {liste.page < liste.pages ? <Link href={href(liste.page + 1)}>Page suivante →</Link> : null}
    </nav>
  );
}
