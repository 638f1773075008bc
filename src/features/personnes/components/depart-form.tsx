'use client';
import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, type FormEvent } from 'react';
import { Annonces, ChampSelect, ChampTexte } from '@/ui/champs';
import { enregistrerDepart } from '@/features/personnes/actions';
import type { CompositionDto } from '@/features/personnes/queries';

const INITIAL: Awaited<ReturnType<typeof enregistrerDepart>> = { status: 'idle' };

/** A member leaves the foyer: their membership is closed on their last day. */
export function DepartForm({ composition }: { composition: CompositionDto }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(enregistrerDepart, INITIAL);
  const erreurs = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const e = (champ: string) => erreurs[champ]?.[0];
  const presents = composition.historique.filter((a) => a.fin === null);

  useEffect(() => {
    if (state.status === 'ok') router.refresh();
  }, [state, router]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-slate-300 bg-white p-4">
      <input type="hidden" name="foyerId" value={composition.foyerId} />
      <input type="hidden" name="version" value={composition.version} />
      <div className="grid gap-4 md:grid-cols-2">
        <ChampSelect id="dp-membre" label="Personne qui part" requis erreur={e('appartenanceId')} name="appartenanceId" defaultValue="" vide="— Choisir —" options={presents.map((a) => ({ value: a.id, label: a.nom }))} />
        <ChampTexte id="dp-fin" label="Dernier jour dans le foyer" requis erreur={e('fin')} type="date" name="fin" max={composition.aujourdhui} defaultValue={composition.aujourdhui} />
      </div>
      <Annonces succes={state.status === 'ok' ? state.message : null} echec={state.status === 'error' ? state.message : null} />
      <button type="submit" disabled={pending} aria-busy={pending || undefined} className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-70">
        Enregistrer le départ
      </button>
    </form>
  );
}
