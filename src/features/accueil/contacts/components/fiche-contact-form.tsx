'use client';
import Link from 'next/link';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { createContact } from '@/features/accueil/contacts/actions';
import type { FicheContactFormulaireDto } from '@/features/accueil/contacts/queries';
import { NOTE_ACCUEIL_MAX, PARTENAIRE_MAX, SUITES_FICHE } from '@/features/accueil/contacts/schemas';
import { CANAUX, SUITES_CONTACT } from '@/ui/libelles';
import { Annonces, Champ, ChampSelect, ChampTexte, ChampZoneTexte, Choix, controleClasse, describedBy } from '@/ui/champs';

const INITIAL: Awaited<ReturnType<typeof createContact>> = { status: 'idle' };
const CANAL_OPTIONS = (Object.keys(CANAUX) as (keyof typeof CANAUX)[]).map((value) => ({ value, label: CANAUX[value] }));
const SUITE_OPTIONS = SUITES_FICHE.map((value) => ({ value, label: SUITES_CONTACT[value] }));

/**
 * The fiche contact, meant to be filled in under 30 seconds: canal, site and date are pre-filled (desk, main
 * site, now); motif and suite must be chosen; the partner appears for an orientation; an urgency needs a note.
 */
export function FicheContactForm({ formulaire }: { formulaire: FicheContactFormulaireDto }) {
  const [state, formAction, pending] = useActionState(createContact, INITIAL);
  const [suite, setSuite] = useState('');
  const [note, setNote] = useState('');
  const erreurs = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const e = (champ: string) => erreurs[champ]?.[0];

  // Submitted by hand so that a refused fiche keeps what was typed (React resets a form after its action).
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  if (state.status === 'ok') {
    return (
      <div className="space-y-3 rounded border border-green-300 bg-green-50 p-4">
        <Annonces succes={<p className="font-semibold">{state.message}</p>} echec={null} />
        <ul className="list-disc space-y-1 pl-6">
          {state.data.suite === 'RENDEZ_VOUS' ? (
            <li>
              <Link href={`/accueil/rendez-vous/nouveau?foyer=${state.data.foyerId}`} className="font-semibold">
                Prendre le rendez-vous
              </Link>
            </li>
          ) : null}
          {formulaire.foyer.autreEds ? null : (
            <li>
              <Link href={`/foyers/${state.data.foyerId}`}>Ouvrir le dossier du foyer</Link>
            </li>
          )}
          <li>
            <Link href="/accueil">Retour à l’accueil du jour</Link>
          </li>
        </ul>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded border border-slate-300 bg-white p-4">
      <p className="text-sm text-slate-700">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      <input type="hidden" name="foyerId" value={formulaire.foyer.id} />

      {formulaire.membres.length > 0 ? (
        <ChampSelect id="fc-personne" label="Personne venue" erreur={e('personneId')} name="personneId" defaultValue={formulaire.personneId} vide="Le foyer (sans préciser)" options={formulaire.membres} />
      ) : null}

      <Choix id="fc-canal" name="canal" legende="Canal" options={CANAL_OPTIONS} defaut="PHYSIQUE" erreur={e('canal')} />

      <ChampSelect id="fc-motif" label="Motif" requis erreur={e('motifCode')} name="motifCode" defaultValue="" required vide="— Choisir le motif —" options={formulaire.motifs} />

      <Choix id="fc-suite" name="suite" legende="Suite donnée" options={SUITE_OPTIONS} erreur={e('suite')} onChange={setSuite} />

      {suite === 'ORIENTATION_PARTENAIRE' ? (
        <Champ id="fc-partenaire" label="Partenaire" requis aide="Choisissez dans la liste ou saisissez le nom du partenaire." erreur={e('partenaire')}>
          <input
            id="fc-partenaire"
            name="partenaire"
            list="fc-partenaires"
            maxLength={PARTENAIRE_MAX}
            autoComplete="off"
            aria-invalid={e('partenaire') ? true : undefined}
            aria-describedby={describedBy('fc-partenaire', e('partenaire'), true)}
            className={controleClasse(e('partenaire'))}
          />
          <datalist id="fc-partenaires">
            {formulaire.partenaires.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </Champ>
      ) : null}

      <div className="flex items-start gap-2">
        <input id="fc-urgence" type="checkbox" name="urgence" className="mt-1 h-4 w-4" aria-describedby="fc-urgence-aide" />
        <div>
          <label htmlFor="fc-urgence" className="font-medium">
            Urgence
          </label>
          <p id="fc-urgence-aide" className="text-sm text-slate-700">
            Violences, hébergement, enfance : signalée aujourd’hui aux travailleurs sociaux de l’EDS (permanence accueil-urgence).
          </p>
        </div>
      </div>

      <ChampZoneTexte
        id="fc-note"
        label="Note de pré-évaluation"
        aide={`Quelques phrases pour le travailleur social, qui la retrouvera dans le dossier (${note.length}/${NOTE_ACCUEIL_MAX} caractères).`}
        erreur={e('noteAccueil')}
        name="noteAccueil"
        rows={3}
        maxLength={NOTE_ACCUEIL_MAX}
        value={note}
        onChange={(ev) => setNote(ev.target.value)}
      />

      <div className="grid gap-4 md:grid-cols-2">
        <ChampSelect id="fc-site" label="Site" requis erreur={e('siteId')} name="siteId" defaultValue={formulaire.siteParDefaut} options={formulaire.sites} />
        <ChampTexte id="fc-date" label="Date et heure du contact" requis erreur={e('date')} type="datetime-local" name="date" defaultValue={formulaire.maintenant} />
      </div>

      <Annonces succes={null} echec={state.status === 'error' ? state.message : null} />
      <button type="submit" disabled={pending} aria-busy={pending || undefined} className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-70">
        Enregistrer la fiche contact
      </button>
    </form>
  );
}
