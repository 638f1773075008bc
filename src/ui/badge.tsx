import type { ReactNode } from 'react';

const TONS = {
  neutre: 'bg-slate-100 text-slate-800 border-slate-300',
  info: 'bg-blue-50 text-blue-900 border-blue-200',
  succes: 'bg-green-50 text-green-900 border-green-200',
  alerte: 'bg-amber-50 text-amber-900 border-amber-300',
  danger: 'bg-red-50 text-red-900 border-red-200',
} as const;

export type Ton = keyof typeof TONS;

/** A short status label; the text carries the meaning, the colour only repeats it. */
export function Badge({ ton = 'neutre', children }: { ton?: Ton; children: ReactNode }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${TONS[ton]}`}>{children}</span>;
}
