import type { AgendaDto } from '@/features/agenda/queries';

/** For secrétaires and managers: open the agenda of a TS of their EDS (GET form, no JavaScript needed). */
export function ChoixAgendaForm({ agenda }: { agenda: AgendaDto }) {
  if (agenda.agendasVisibles.length === 0) return null;
  return (
    <form action="/agenda" method="get" className="mb-6 flex flex-wrap items-end gap-2">
      <input type="hidden" name="semaine" value={agenda.lundi} />
      <div className="flex flex-col">
        <label htmlFor="choix-agent" className="mb-1 font-medium">
          Agenda du travailleur social
        </label>
        <select id="choix-agent" name="agent" defaultValue={agenda.agent.soi ? '' : String(agenda.agent.id)} className="rounded border border-slate-500 bg-white px-3 py-2">
          <option value="" disabled>
            Choisir…
          </option>
          {agenda.agendasVisibles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.nom}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
        Afficher
      </button>
    </form>
  );
}
