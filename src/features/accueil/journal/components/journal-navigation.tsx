import Link from 'next/link';
import { ajouterJours } from '@/features/agenda/regles/calendrier-paris';
import type { JournalDto } from '@/features/accueil/journal/queries';
import { journalHref } from './journal-href';

/** Previous / next day and week; a multi-EDS acteur (responsable de territoire) also picks the EDS. */
export function JournalNavigation({ journal }: { journal: JournalDto }) {
  const eds = journal.edsChoix.length > 1 ? journal.eds.id : null;
  const lien = (jour: string, texte: string) => (
    <li>
      <Link href={journalHref(jour, eds)}>{texte}</Link>
    </li>
  );
  return (
    <div className="mb-6 space-y-3">
      <nav aria-label="Jours et semaines">
        <ul className="flex flex-wrap gap-4">
          {lien(ajouterJours(journal.jour, -7), '← Semaine précédente')}
          {lien(ajouterJours(journal.jour, -1), '← Jour précédent')}
          {journal.jour === journal.aujourdhui ? null : lien(journal.aujourdhui, 'Aujourd’hui')}
          {lien(ajouterJours(journal.jour, 1), 'Jour suivant →')}
          {lien(ajouterJours(journal.jour, 7), 'Semaine suivante →')}
        </ul>
      </nav>
      {journal.edsChoix.length > 1 ? (
        <form action="/accueil/journal" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="jour" value={journal.jour} />
          <div className="flex flex-col">
            <label htmlFor="journal-eds" className="mb-1 font-medium">
              EDS
            </label>
            <select id="journal-eds" name="eds" defaultValue={journal.eds.id} className="rounded border border-slate-500 px-3 py-2">
              {journal.edsChoix.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.nom}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
            Afficher
          </button>
        </form>
      ) : null}
    </div>
  );
}
