import type { EdsChoixDto } from '@/features/indicateurs/queries';

/** Year and scope of the table: a GET form (works without JavaScript, keeps the choice in the address). */
export function ChoixTableau({
  annee,
  annees,
  eds,
  peutDepartement,
  edsChoisie,
  rsa,
}: {
  annee: number;
  annees: number[];
  eds: EdsChoixDto[];
  peutDepartement: boolean;
  edsChoisie: string | null;
  rsa: boolean;
}) {
  return (
    <form action="/indicateurs" method="get" aria-label="Choix de l’année et du périmètre" className="mb-6 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4">
      <div className="flex flex-col">
        <label htmlFor="choix-annee" className="mb-1 font-medium">
          Année
        </label>
        <select id="choix-annee" name="annee" defaultValue={String(annee)} className="rounded border border-slate-500 bg-white px-3 py-2">
          {annees.map((a) => (
            <option key={a} value={String(a)}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="choix-eds" className="mb-1 font-medium">
          Périmètre
        </label>
        <select id="choix-eds" name="eds" defaultValue={edsChoisie ?? ''} className="rounded border border-slate-500 bg-white px-3 py-2">
          {peutDepartement ? <option value="">Département</option> : null}
          {eds.map((e) => (
            <option key={e.code} value={e.code}>
              {e.nom}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-2 py-2">
        <input id="choix-rsa" type="checkbox" name="rsa" value="1" defaultChecked={rsa} aria-describedby="choix-rsa-aide" className="h-4 w-4" />
        <label htmlFor="choix-rsa" className="font-medium">
          Population RSA
        </label>
        <span id="choix-rsa-aide" className="text-sm text-slate-700">
          (foyers dont un membre est orienté vers l’accompagnement social du département)
        </span>
      </div>
      <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
        Afficher
      </button>
    </form>
  );
}
