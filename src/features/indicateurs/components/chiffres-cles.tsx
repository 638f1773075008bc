import { estIndisponible, estScalaire } from './affichage';
import type { ChiffreCle } from './cles';
import { Figure, ValeurIndicateur } from './valeur-indicateur';

/** The key indicators (indicateurs.md §4), shown first, each with its label and where it comes from. */
export function ChiffresCles({ chiffres }: { chiffres: ChiffreCle[] }) {
  if (chiffres.length === 0) return <p className="italic text-slate-700">Aucun indicateur clé dans ce résultat.</p>;
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {chiffres.map((c) => (
        // A table (the file active of each TS) takes the whole row; a figure, one cell of the grid.
        <div key={c.cle} className={`rounded border border-slate-300 bg-white px-4 py-3 ${estScalaire(c.valeur) || estIndisponible(c.valeur) ? '' : 'sm:col-span-2 lg:col-span-3'}`}>
          <dt className="text-sm text-slate-700">{c.libelle}</dt>
          <dd className={`mt-1 text-slate-900 ${estIndisponible(c.valeur) ? 'text-base' : 'text-2xl font-bold tabular-nums'}`}>
            {estScalaire(c.valeur) ? (
              <Figure valeur={c.valeur} chemin={c.chemin} libelleIndicateur={c.libelleIndicateur} />
            ) : (
              <div className="text-sm font-normal">
                <ValeurIndicateur valeur={c.valeur} titre={c.libelle} libelleIndicateur={c.libelleIndicateur} />
              </div>
            )}
          </dd>
          {c.source ? <dd className="mt-1 text-xs text-slate-700">{c.source}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
