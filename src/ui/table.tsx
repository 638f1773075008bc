import type { ReactNode } from 'react';

/** A data table with its caption (visible, or for screen readers only). */
export function Table({ caption, captionVisible = false, children }: { caption: string; captionVisible?: boolean; children: ReactNode }) {
  return (
    // Focusable so that keyboard users can scroll a table wider than the screen (axe: scrollable-region-focusable).
    <div role="group" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded border border-slate-300 bg-white focus:outline-2 focus:outline-blue-700">
      <table className="w-full border-collapse text-left text-sm">
        <caption className={captionVisible ? 'px-3 py-2 text-left font-semibold text-slate-900' : 'sr-only'}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ children, scope = 'col', numeric = false }: { children: ReactNode; scope?: 'col' | 'row'; numeric?: boolean }) {
  const base = scope === 'col' ? 'bg-slate-100 font-semibold border-b border-slate-300' : 'font-semibold border-b border-slate-200';
  return (
    <th scope={scope} className={`${base} px-3 py-2 ${numeric ? 'text-right' : ''}`}>
      {children}
    </th>
  );
}

export function Td({ children, numeric = false }: { children: ReactNode; numeric?: boolean }) {
  return <td className={`border-b border-slate-200 px-3 py-2 align-top ${numeric ? 'text-right tabular-nums' : ''}`}>{children}</td>;
}
