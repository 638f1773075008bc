import type { FoyerPageDto } from '@/features/dossiers/queries';
import { Empty } from '@/ui/empty';
import { formatDateHeure } from '@/ui/format';

/** The dossier's confidential notes (rendered only when the DTO carries them). */
export function NotesFoyer({ notes }: { notes: NonNullable<FoyerPageDto['notes']> }) {
  if (notes.length === 0) return <Empty>Aucune note.</Empty>;
  return (
    <ol className="space-y-3">
      {notes.map((n) => (
        <li key={n.id} className="rounded border border-slate-300 bg-white px-4 py-3">
          <p className="text-sm text-slate-700">
            <time dateTime={n.date.toISOString()}>{formatDateHeure(n.date)}</time>
          </p>
          <p className="mt-1 whitespace-pre-line">{n.texte}</p>
        </li>
      ))}
    </ol>
  );
}
