/** The first value of a query-string parameter ("?q=a&q=b" → "a"), or "" when absent. */
export function premier(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
