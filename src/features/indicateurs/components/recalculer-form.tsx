'use client';
import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import { recalculerIndicateurs } from '@/features/indicateurs/actions';
import type { ActionState } from '@/server/action';

type Etat = 'calcule' | 'deja_en_cours' | 'en_cours';
const INITIAL: ActionState<{ etat: Etat }> = { status: 'idle' };
/** While a computation runs, the page is reloaded every 5 s, for at most 15 minutes. */
const INTERVALLE_MS = 5_000;
const RELECTURES_MAX = 180;

/**
 * "Recalculer maintenant": recomputes the year and scope shown. A short computation answers at once;
 * a long one goes on in the background and the page reloads until its result arrives.
 */
export function RecalculerForm({ annee, eds, rsa, calculeLe, enCours }: { annee: number; eds: string | null; rsa: boolean; calculeLe: string | null; enCours: boolean }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(recalculerIndicateurs, INITIAL);
  // The result shown when the button was pressed: the wait ends when another one arrives.
  const [depart, setDepart] = useState<string | null | undefined>(undefined);
  const attendEnArrierePlan = state.status === 'ok' && state.data.etat !== 'calcule' && depart === calculeLe;
  const attendre = enCours || attendEnArrierePlan;

  useEffect(() => {
    if (state.status === 'ok' && state.data.etat === 'calcule') router.refresh();
  }, [state, router]);

  useEffect(() => {
    if (!attendre) return;
    let relectures = 0;
    const id = setInterval(() => {
      relectures += 1;
      if (relectures > RELECTURES_MAX) clearInterval(id);
      else router.refresh();
    }, INTERVALLE_MS);
    return () => clearInterval(id);
  }, [attendre, router]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDepart(calculeLe);
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  let message: string | null = null;
  if (pending) message = 'Calcul en cours…';
  else if (state.status === 'ok') message = state.data.etat === 'calcule' || attendEnArrierePlan ? (state.message ?? null) : 'Indicateurs recalculés.';
  else if (enCours) message = 'Un calcul de ces indicateurs est en cours : la page se mettra à jour à sa fin.';

  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="annee" value={annee} />
      <input type="hidden" name="eds" value={eds ?? ''} />
      <input type="hidden" name="rsa" value={rsa ? '1' : ''} />
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending || undefined}
        className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-70"
      >
        Recalculer maintenant
      </button>
      <div role="status" className="text-sm text-green-800">
        {message}
      </div>
      <div role="alert" className="text-sm font-medium text-red-800">
        {state.status === 'error' ? state.message : null}
      </div>
    </form>
  );
}
