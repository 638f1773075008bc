'use client';
import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, type FormEvent } from 'react';
import { Annonces } from '@/ui/champs';
import { annulerFusion } from '@/features/personnes/actions';

const INITIAL: Awaited<ReturnType<typeof annulerFusion>> = { status: 'idle' };

/** "Annuler la fusion", from the merge's audit entry. */
export function AnnulerFusionForm({ auditId }: { auditId: string }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(annulerFusion, INITIAL);

  useEffect(() => {
    if (state.status === 'ok') router.refresh();
  }, [state, router]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="auditId" value={auditId} />
      <Annonces succes={state.status === 'ok' ? state.message : null} echec={state.status === 'error' ? state.message : null} />
      <button type="submit" disabled={pending} aria-busy={pending || undefined} className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-70">
        Annuler la fusion
      </button>
    </form>
  );
}
