'use client';
import Link from 'next/link';
import { startTransition, useActionState, type FormEvent } from 'react';
import { Annonces } from '@/ui/champs';
import { fusionnerPersonnes } from '@/features/personnes/actions';

const INITIAL: Awaited<ReturnType<typeof fusionnerPersonnes>> = { status: 'idle' };

/** Confirms the merge of the duplicate into the kept record, at the versions compared. */
export function FusionForm({ garder, doublon }: { garder: { id: number; version: number }; doublon: { id: number; version: number } }) {
  const [state, formAction, pending] = useActionState(fusionnerPersonnes, INITIAL);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  if (state.status === 'ok') {
    return (
      <div className="rounded border border-green-300 bg-green-50 p-4">
        <Annonces succes={<p className="font-semibold">{state.message}</p>} echec={null} />
        <Link href="/personnes/fusion">Voir vos dernières fusions</Link>
      </div>
    );
  }
  const erreurs = state.status === 'error' ? Object.values(state.fieldErrors ?? {}).flat() : [];
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="garderId" value={garder.id} />
      <input type="hidden" name="doublonId" value={doublon.id} />
      <input type="hidden" name="versionGarder" value={garder.version} />
      <input type="hidden" name="versionDoublon" value={doublon.version} />
      <p>
        Tout ce qui est rattaché à la fiche n° {doublon.id} passera à la fiche n° {garder.id} ; la fiche n° {doublon.id} ne sera plus proposée. La fusion est journalisée et
        peut être annulée.
      </p>
      <Annonces succes={null} echec={state.status === 'error' ? [state.message, ...erreurs].join(' ') : null} />
      <button type="submit" disabled={pending} aria-busy={pending || undefined} className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-70">
        Fusionner la fiche n° {doublon.id} dans la fiche n° {garder.id}
      </button>
    </form>
  );
}
