'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, type FormEvent } from 'react';
import { Annonces, ChampSelect, ChampTexte, describedBy } from '@/ui/champs';
import { enregistrerSeparation } from '@/features/personnes/actions';
import type { CompositionDto } from '@/features/personnes/queries';
import { ROLES_FOYER, libelle } from '@/ui/libelles';

const INITIAL: Awaited<ReturnType<typeof enregistrerSeparation>> = { status: 'idle' };

/** Part of the foyer leaves and forms a new foyer, with its own dossier. */
export function SeparationForm({ composition }: { composition: CompositionDto }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(enregistrerSeparation, INITIAL);
  const erreurs = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const e = (champ: string) => erreurs[champ]?.[0];
  const presents = composition.historique.filter((a) => a.fin === null);

  useEffect(() => {
    if (state.status === 'ok') router.refresh();
  }, [state, router]);

  // Checked boxes travel as one comma-separated field (the action reads one value per name).
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set('partants', data.getAll('partant').join(','));
    data.delete('partant');
    startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-slate-300 bg-white p-4">
      <input type="hidden" name="foyerId" value={composition.foyerId} />
      <input type="hidden" name="version" value={composition.version} />
      <fieldset aria-describedby={describedBy('sp-partants', e('partants'), false)} aria-invalid={e('partants') ? true : undefined}>
        <legend className="mb-1 font-medium">
          Personnes qui partent<span aria-hidden="true"> *</span>
        </legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {presents.map((a) => (
            <label key={a.id} className="flex items-center gap-2">
              <input type="checkbox" name="partant" value={a.id} className="h-4 w-4" />
              {a.nom} ({libelle(ROLES_FOYER, a.role)})
            </label>
          ))}
        </div>
        {e('partants') ? (
          <p id="sp-partants-erreur" className="mt-1 text-sm font-medium text-red-800">
            {e('partants')}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        <ChampSelect id="sp-reference" label="Personne de référence du nouveau foyer" requis erreur={e('referenceId')} name="referenceId" defaultValue="" vide="— Choisir —" options={presents.map((a) => ({ value: a.id, label: a.nom }))} />
        <ChampTexte id="sp-date" label="Date de la séparation" aide="Premier jour dans le nouveau foyer." requis erreur={e('date')} type="date" name="date" max={composition.aujourdhui} defaultValue={composition.aujourdhui} />
        <ChampTexte id="sp-adresse" label="Adresse du nouveau foyer" erreur={e('adresse')} name="adresse" maxLength={200} autoComplete="off" />
        <ChampSelect id="sp-commune" label="Commune du nouveau foyer" erreur={e('communeCode')} name="communeCode" defaultValue="" vide="— Non renseignée —" options={composition.communes} />
      </div>
      <Annonces
        succes={
          state.status === 'ok' ? (
            <p>
              {state.message} <Link href={`/foyers/${state.data.nouveauFoyerId}`}>Ouvrir le nouveau foyer</Link>
            </p>
          ) : null
        }
        echec={state.status === 'error' ? state.message : null}
      />
      <button type="submit" disabled={pending} aria-busy={pending || undefined} className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-70">
        Enregistrer la séparation
      </button>
    </form>
  );
}
