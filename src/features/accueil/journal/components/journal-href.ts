/** URL of the journal for a day (its week follows), keeping the chosen EDS. */
export function journalHref(jour: string, edsId: number | null): string {
  const params = new URLSearchParams({ jour });
  if (edsId !== null) params.set('eds', String(edsId));
  return `/accueil/journal?${params.toString()}`;
}
