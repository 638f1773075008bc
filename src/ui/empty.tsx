import type { ReactNode } from 'react';

/** What a list shows when it has nothing. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="rounded border border-dashed border-slate-300 px-4 py-3 text-slate-700">{children}</p>;
}
