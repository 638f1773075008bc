import type { PriseRendezVousDto } from '../queries';

const RAISONS = { REFERENT: 'référent du foyer', SECTEUR: 'TS du secteur du foyer' } as const;

/**
 * Which TS's agenda to look at: the proposed one by default (référent, else secteur), any TS of the EDS on
 * request. A plain GET form, so it works without JavaScript and the choice stays in the address.
 */
export function ChoixTsForm({ prise }: { prise: PriseRendezVousDto }) {
  return (
    <form method="get" action="/accueil/rendez-vous/nouveau" className="mb-6 flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white p-4">
      <input type="hidden" name="foyer" value={prise.foyer.id} />
      <div className="flex flex-col">
        <label htmlFor="choix-ts" className="mb-1 font-medium">
          Travailleur social
        </label>
        <select id="choix-ts" name="agent" defaultValue={prise.ts ? String(prise.ts.id) : ''} aria-describedby="choix-ts-aide" className="rounded border border-slate-500 px-3 py-2">
          {prise.ts ? null : <option value="">— Choisir —</option>}
          {prise.tsOptions.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
              {prise.proposition && String(prise.proposition.id) === t.value ? ` (${RAISONS[prise.proposition.raison]})` : ''}
            </option>
          ))}
        </select>
        <p id="choix-ts-aide" className="mt-1 text-sm text-slate-700">
          {prise.proposition
            ? `Proposé : ${prise.proposition.nom}, ${RAISONS[prise.proposition.raison]}.`
            : 'Ce foyer n’a ni référent ni secteur pourvu : choisissez un travailleur social de l’EDS.'}
        </p>
      </div>
      <button type="submit" className="mb-7 rounded border border-blue-700 px-4 py-2 font-semibold text-blue-800 hover:bg-blue-50">
        Afficher ses créneaux
      </button>
    </form>
  );
}
