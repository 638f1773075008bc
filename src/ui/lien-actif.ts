/** The menu entry a path belongs to ("/foyers/12" → "/foyers"), for aria-current. */
export function lienActif(hrefs: readonly string[], pathname: string): string | null {
  return hrefs.find((href) => pathname === href || pathname.startsWith(`${href}/`)) ?? null;
}
