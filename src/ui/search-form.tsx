/** A GET search form (`?q=`): works without JavaScript, keeps the term in the address. */
export function SearchForm({ action, terme, label, aide }: { action: string; terme: string; label: string; aide?: string }) {
  return (
    <form action={action} method="get" role="search" aria-label={label} className="mb-4">
      <label htmlFor="recherche-q" className="mb-1 block font-medium">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="recherche-q"
          name="q"
          type="search"
          defaultValue={terme}
          minLength={2}
          maxLength={100}
          aria-describedby={aide ? 'recherche-aide' : undefined}
          className="w-72 rounded border border-slate-500 bg-white px-3 py-2"
        />
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
          Rechercher
        </button>
      </div>
      {aide ? (
        <p id="recherche-aide" className="mt-1 text-sm text-slate-700">
          {aide}
        </p>
      ) : null}
    </form>
  );
}
