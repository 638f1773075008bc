/** Rows per page of the long lists (agents, persons oriented to a partner): bounded pages, whatever the département's size. */
export const PAR_PAGE = 50;

export type PageListe = { page: number; pages: number; total: number; skip: number; take: number };

/** The page asked for ("?page=3"), within 1 … last page; anything unreadable reads as the first page. */
export function pageListe(brut: string, total: number, parPage = PAR_PAGE): PageListe {
  const pages = Math.max(1, Math.ceil(total / parPage));
  const n = /^\d+$/.test(brut.trim()) ? Number(brut.trim()) : 1;
  const page = Math.min(Math.max(n, 1), pages);
  return { page, pages, total, skip: (page - 1) * parPage, take: parPage };
}
