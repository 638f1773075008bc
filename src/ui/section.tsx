import type { ReactNode } from 'react';

/** A titled region of a page (h2), announced by its title. */
export function Section({ id, titre, children, actions }: { id: string; titre: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-titre`} className="mb-8">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-titre`} className="text-xl font-semibold text-slate-900">
          {titre}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
