'use client';
import Link from 'next/link';
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { createContactLeger } from '@/features/accueil/contacts/actions';
import type { ContactLegerFormulaireDto } from '@/features/accueil/contacts/queries';
import { valeurLocaleParis } from '@/features/accueil/contacts/regles/date-contact';
import type { ActionState } from '@/server/action';
import { CANAUX, TRANCHES_AGE } from '@/ui/libelles';
import { Annonces, ChampSelect, ChampTexte, Choix } from '@/ui/champs';

const INITIAL: ActionState<{ id: number }> = { status: 'idle' };
const CANAL_OPTIONS = (Object.keys(CANAUX) as (keyof typeof CANAUX)[]).map((value) => ({ value, label: CANAUX[value] }));
const TRANCHE_OPTIONS = (Object.keys(TRANCHES_AGE) as (keyof typeof TRANCHES_AGE)[]).map((value) => ({ value, label: TRANCHES_AGE[value] }));

/**
 * A light contact: information given to someone who is not (yet) in Sillage, no follow-up. Nobody is named;
 * commune and age band feed the accueil statistics. After a success the form is emptied for the next person.
 */
export function ContactLegerForm({ formulaire }: { formulaire: ContactLegerFormulaireDto }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(createContactLeger, INITIAL);
  const erreurs = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const e = (champ: string) => erreurs[champ]?.[0];

  useEffect(() => {
    if (state.status !== 'ok' || !formRef.current) return;
    formRef.current.reset();
    // The next person comes now, not when the page was loaded.
    const date = formRef.current.elements.namedItem('date');
    if (date instanceof HTMLInputElement) date.value = valeurLocaleParis(new Date());
  }, [state]);

  // Submitted by hand so that a refused contact keeps what was typed (React resets a form after its action).
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5 rounded border border-slate-300 bg-white p-4">
      <p className="text-sm text-slate-700">Les champs marqués d’un astérisque (*) sont obligatoires. Aucune donnée nominative n’est enregistrée.</p>
      <Choix id="cl-canal" name="canal" legende="Canal" options={CANAL_OPTIONS} defaut="PHYSIQUE" erreur={e('canal')} />

      <ChampSelect id="cl-motif" label="Motif" requis erreur={e('motifCode')} name="motifCode" defaultValue="" required vide="— Choisir le motif —" options={formulaire.motifs} />

      <ChampSelect id="cl-commune" label="Commune de la personne" erreur={e('communeCode')} name="communeCode" defaultValue="" vide="Commune non précisée" options={formulaire.communes} />

      <Choix id="cl-age" name="trancheAge" legende="Tranche d’âge" options={TRANCHE_OPTIONS} defaut="INCONNUE" erreur={e('trancheAge')} />

      <div className="grid gap-4 md:grid-cols-2">
        <ChampSelect id="cl-site" label="Site" requis erreur={e('siteId')} name="siteId" defaultValue={formulaire.siteParDefaut} options={formulaire.sites} />
        <ChampTexte id="cl-date" label="Date et heure du contact" requis erreur={e('date')} type="datetime-local" name="date" defaultValue={formulaire.maintenant} />
      </div>

      <Annonces
        succes={
          state.status === 'ok' ? (
            <p>
              {state.message} <Link href="/accueil/journal">Voir le journal de l’accueil</Link>
            </p>
          ) : null
        }
        echec={state.status === 'error' ? state.message : null}
      />
      <button type="submit" disabled={pending} aria-busy={pending || undefined} className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-70">
        Enregistrer le contact léger
      </button>
    </form>
  );
}
