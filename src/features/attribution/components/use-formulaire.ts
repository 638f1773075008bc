'use client';
import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, type FormEvent, type RefObject } from 'react';
import type { ActionState } from '@/server/action';

type Action<T> = (previous: ActionState<T>, raw: unknown) => Promise<ActionState<T>>;

/**
 * The plumbing every attribution form shares: submitted by hand so that a refused form keeps what was
 * typed (React resets a form after its action), the page re-read after a success (and the form of
 * `reset` emptied), the French error of a field by name.
 */
export function useFormulaire<T>(action: Action<T>, reset?: RefObject<HTMLFormElement | null>) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as ActionState<T>);
  useEffect(() => {
    if (state.status !== 'ok') return;
    reset?.current?.reset();
    router.refresh();
  }, [state, router, reset]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  const erreur = (champ: string) => (state.status === 'error' ? state.fieldErrors?.[champ]?.[0] : undefined);
  return { state, pending, onSubmit, erreur, succes: state.status === 'ok' ? (state.message ?? 'Enregistré.') : null, echec: state.status === 'error' ? state.message : null };
}
