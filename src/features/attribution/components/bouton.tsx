import type { ReactNode } from 'react';

/** The submit button of an attribution form. */
export function Bouton({ pending, children, secondaire = false }: { pending: boolean; children: ReactNode; secondaire?: boolean }) {
  const style = secondaire
    ? 'border border-blue-700 bg-white text-blue-800 hover:bg-blue-50'
    : 'bg-blue-700 text-white hover:bg-blue-800';
  return (
    <button type="submit" disabled={pending} aria-busy={pending || undefined} className={`rounded px-3 py-2 font-semibold disabled:opacity-70 ${style}`}>
      {children}
    </button>
  );
}
