import Link from 'next/link';
import type { EdsChoixDto } from '../queries';

const PAGES = [
  { href: '/attribution', label: 'File à attribuer' },
  { href: '/attribution/secteurs', label: 'Secteurs et réglages' },
  { href: '/attribution/regulation', label: 'Réunions de régulation' },
] as const;

/** The three attribution pages of one EDS, and the EDS picker for whoever oversees several (a GET form, works without JavaScript). */
export function SousNavigation({ courante, edsId, edsChoix }: { courante: (typeof PAGES)[number]['href']; edsId: number; edsChoix: EdsChoixDto[] }) {
  const suffixe = edsChoix.length > 1 ? `?eds=${edsId}` : '';
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <nav aria-label="Pages de l’attribution">
        <ul className="flex flex-wrap gap-1">
          {PAGES.map((p) => (
            <li key={p.href}>
              <Link
                href={`${p.href}${suffixe}`}
                aria-current={p.href === courante ? 'page' : undefined}
                className={`block rounded border px-3 py-1.5 font-medium no-underline ${p.href === courante ? 'border-blue-700 bg-blue-700 text-white hover:text-white' : 'border-slate-300 text-blue-800 hover:bg-blue-50'}`}
              >
                {p.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {edsChoix.length > 1 ? (
        <form action={courante} method="get" className="flex items-end gap-2">
          <div className="flex flex-col">
            <label htmlFor="choix-eds" className="mb-1 text-sm font-medium">
              EDS
            </label>
            <select id="choix-eds" name="eds" defaultValue={String(edsId)} className="rounded border border-slate-500 bg-white px-3 py-1.5">
              {edsChoix.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.nom}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded border border-blue-700 px-3 py-1.5 font-semibold text-blue-800 hover:bg-blue-50">
            Afficher
          </button>
        </form>
      ) : null}
    </div>
  );
}
