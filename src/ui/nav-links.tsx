'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { lienActif } from './lien-actif';

/** The role's menu; the entry of the current page carries aria-current="page". */
export function NavLinks({ liens }: { liens: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const actif = lienActif(
    liens.map((l) => l.href),
    pathname,
  );
  return (
    <nav aria-label="Menu principal">
      <ul className="flex flex-wrap gap-1">
        {liens.map((l) => {
          const courant = l.href === actif;
          return (
            <li key={l.href}>
              <Link
                href={l.href}
                aria-current={courant ? 'page' : undefined}
                className={`block rounded px-3 py-2 font-medium no-underline ${
                  courant ? 'bg-blue-700 text-white hover:text-white' : 'text-blue-800 hover:bg-blue-50'
                }`}
              >
                {l.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
