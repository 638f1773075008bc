'use client';
import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { addNote } from '@/features/dossiers/actions';
import type { ActionState } from '@/server/action';

const INITIAL: ActionState<{ id: number }> = { status: 'idle' };

/** Adds a confidential note; errors are shown next to the field, the outcome is announced. */
export function NoteForm({ foyerId }: { foyerId: number }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(addNote, INITIAL);
  const erreurTexte = state.status === 'error' ? state.fieldErrors?.texte?.[0] : undefined;

  useEffect(() => {
    if (state.status !== 'ok') return;
    formRef.current?.reset();
    router.refresh();
  }, [state, router]);

  // Submitted by hand so that a refused note keeps its text (React resets a form after its action).
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-4 space-y-3 rounded border border-slate-300 bg-white p-4">
      <input type="hidden" name="foyerId" value={foyerId} />
      <div className="flex flex-col">
        <label htmlFor="note-texte" className="mb-1 font-medium">
          Nouvelle note
        </label>
        <textarea
          id="note-texte"
          name="texte"
          rows={4}
          maxLength={10_000}
          aria-invalid={erreurTexte ? true : undefined}
          aria-describedby={erreurTexte ? 'note-texte-erreur' : 'note-texte-aide'}
          className={`rounded border px-3 py-2 ${erreurTexte ? 'border-red-700' : 'border-slate-500'}`}
        />
        <p id="note-texte-aide" className="mt-1 text-sm text-slate-700">
          Visible seulement par le référent et l’équipe du dossier.
        </p>
        {erreurTexte ? (
          <p id="note-texte-erreur" className="mt-1 text-sm font-medium text-red-800">
            {erreurTexte}
          </p>
        ) : null}
      </div>
      <div role="status" className="text-sm text-green-800">
        {state.status === 'ok' ? (state.message ?? 'Enregistré.') : null}
      </div>
      <div role="alert" className="text-sm font-medium text-red-800">
        {state.status === 'error' ? state.message : null}
      </div>
      <button type="submit" disabled={pending} aria-busy={pending || undefined} className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-70">
        Ajouter la note
      </button>
    </form>
  );
}
