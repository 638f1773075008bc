import type { ReactNode } from 'react';

/** The page's single h1, with an optional line under it. */
export function PageHeader({ titre, children }: { titre: string; children?: ReactNode }) {
  return (
    <header className="mb-6">
      <h1 className="text-2xl font-bold text-slate-900">{titre}</h1>
      {children ? <div className="mt-1 text-slate-700">{children}</div> : null}
    </header>
  );
}
