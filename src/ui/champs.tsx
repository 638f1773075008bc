import type { ComponentPropsWithoutRef, ReactNode } from 'react';

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

/** What a whole field needs besides its control: id (shared by label and control), label, asterisk, help and error. */
type ChampProps = { id: string; label: string; requis?: boolean; aide?: ReactNode; erreur?: string };
type SansAria<P> = Omit<P, 'id' | 'aria-invalid' | 'aria-describedby'>;

/** The aria and class attributes every control of a Champ carries; an extra className goes before the usual classes. */
function controle(id: string, erreur: string | undefined, aide: ReactNode, className: string | undefined) {
  return {
    id,
    'aria-invalid': erreur ? true : undefined,
    'aria-describedby': describedBy(id, erreur, Boolean(aide)),
    className: className ? `${className} ${controleClasse(erreur)}` : controleClasse(erreur),
  } as const;
}

/** A labelled <input> (text, date, number, tel…); other input attributes are passed through. */
export function ChampTexte({ id, label, requis, aide, erreur, className, ...props }: ChampProps & SansAria<ComponentPropsWithoutRef<'input'>>) {
  return (
    <Champ id={id} label={label} requis={requis} aide={aide} erreur={erreur}>
      <input {...props} {...controle(id, erreur, aide, className)} />
    </Champ>
  );
}

/** A labelled <select> over options, with an optional first empty option (value ""). */
export function ChampSelect({
  id,
  label,
  requis,
  aide,
  erreur,
  className,
  options,
  vide,
  ...props
}: ChampProps & SansAria<Omit<ComponentPropsWithoutRef<'select'>, 'children'>> & { options: readonly { value: string | number; label: string }[]; vide?: string }) {
  return (
    <Champ id={id} label={label} requis={requis} aide={aide} erreur={erreur}>
      <select {...props} {...controle(id, erreur, aide, className)}>
        {vide !== undefined ? <option value="">{vide}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Champ>
  );
}

/** A labelled <textarea>; other textarea attributes are passed through. */
export function ChampZoneTexte({ id, label, requis, aide, erreur, className, ...props }: ChampProps & SansAria<ComponentPropsWithoutRef<'textarea'>>) {
  return (
    <Champ id={id} label={label} requis={requis} aide={aide} erreur={erreur}>
      <textarea {...props} {...controle(id, erreur, aide, className)} />
    </Champ>
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
