import type { ReactNode } from 'react';

/** Ids of a field's help and error texts, for aria-describedby. */
export function describedBy(id: string, erreur: string | undefined, aide: boolean): string | undefined {
  const ids = [aide ? `${id}-aide` : null, erreur ? `${id}-erreur` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export const controleClasse = (erreur: string | undefined) => `rounded border px-3 py-2 ${erreur ? 'border-red-700' : 'border-slate-500'}`;

function Aide({ id, aide, erreur }: { id: string; aide?: ReactNode; erreur?: string }) {
  return (
    <>
      {aide ? (
        <p id={`${id}-aide`} className="mt-1 text-sm text-slate-700">
          {aide}
        </p>
      ) : null}
      {erreur ? (
        <p id={`${id}-erreur`} className="mt-1 text-sm font-medium text-red-800">
          {erreur}
        </p>
      ) : null}
    </>
  );
}

/** A labelled control (input, select, textarea) with its help and its French error next to it. */
export function Champ({ id, label, requis, aide, erreur, children }: { id: string; label: string; requis?: boolean; aide?: ReactNode; erreur?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col">
      <label htmlFor={id} className="mb-1 font-medium">
        {label}
        {requis ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children}
      <Aide id={id} aide={aide} erreur={erreur} />
    </div>
  );
}

/** A group of radio buttons in a fieldset (keyboard: arrows move between options). */
export function Choix({
  id,
  name,
  legende,
  options,
  defaut,
  erreur,
  aide,
  onChange,
}: {
  id: string;
  name: string;
  legende: string;
  options: { value: string; label: string }[];
  defaut?: string;
  erreur?: string;
  aide?: ReactNode;
  onChange?: (value: string) => void;
}) {
  return (
    <fieldset aria-describedby={describedBy(id, erreur, Boolean(aide))} aria-invalid={erreur ? true : undefined}>
      <legend className="mb-1 font-medium">
        {legende}
        <span aria-hidden="true"> *</span>
      </legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="radio" name={name} value={o.value} defaultChecked={o.value === defaut} onChange={onChange ? () => onChange(o.value) : undefined} className="h-4 w-4" />
            {o.label}
          </label>
        ))}
      </div>
      <Aide id={id} aide={aide} erreur={erreur} />
    </fieldset>
  );
}

/** The outcome of a submission: success (status) and failure (alert) regions, always present so they are announced. */
export function Annonces({ succes, echec }: { succes: ReactNode; echec: string | null }) {
  return (
    <>
      <div role="status" className="text-green-800">
        {succes}
      </div>
      <div role="alert" className="font-medium text-red-800">
        {echec}
      </div>
    </>
  );
}
