'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import { Annonces, ChampSelect, Choix, describedBy } from '@/ui/champs';
import { agendaHref } from '@/features/agenda/components/agenda-href';
import { jourParis, lundiDeSemaine } from '@/features/agenda/regles/calendrier-paris';
import { capitaliser, formatHeure, formatJourLong } from '@/ui/format';
import { MODES_RDV } from '@/ui/libelles';
import { bookRendezVous } from '../actions';
import type { PriseRendezVousDto } from '../queries';
import { MODES_RESERVATION } from '../schemas';

const INITIAL: Awaited<ReturnType<typeof bookRendezVous>> = { status: 'idle' };
const MODE_OPTIONS = MODES_RESERVATION.map((value) => ({ value, label: MODES_RDV[value] }));

/**
 * Books a rdv in the chosen TS's agenda. The slots are one group of radio buttons (day by day, in fieldsets):
 * Tab enters the list, the arrows move from slot to slot, Space picks one. A slot taken meanwhile by another
 * desk is refused at the field and the list is reloaded without it.
 */
export function ReservationForm({ prise, ts }: { prise: PriseRendezVousDto; ts: { id: number; nom: string } }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(bookRendezVous, INITIAL);
  const [mode, setMode] = useState<string>('PRESENTIEL');
  const erreurs = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const e = (champ: string) => erreurs[champ]?.[0];

  // Taken by someone else: show the agenda as it is now (the message stays at the field).
  useEffect(() => {
    if (state.status === 'error' && state.code === 'CONFLIT') router.refresh();
  }, [state, router]);

  // Submitted by hand so that a refused booking keeps what was chosen (React resets a form after its action).
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  if (state.status === 'ok') {
    const debut = new Date(state.data.debut);
    return (
      <div className="space-y-3 rounded border border-green-300 bg-green-50 p-4">
        <Annonces
          succes={
            <p className="font-semibold">
              {state.message} {capitaliser(formatJourLong(debut))} à {formatHeure(debut)} avec {ts.nom}.
            </p>
          }
          echec={null}
        />
        <ul className="list-disc space-y-1 pl-6">
          {prise.agendaDuTs ? (
            <li>
              <Link href={agendaHref(lundiDeSemaine(jourParis(debut)), state.data.agentId)}>Voir l’agenda de {ts.nom}</Link>
            </li>
          ) : null}
          <li>
            <Link href="/accueil">Retour à l’accueil du jour</Link>
          </li>
        </ul>
      </div>
    );
  }

  const erreurCreneau = e('debut');
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded border border-slate-300 bg-white p-4">
      <p className="text-sm text-slate-700">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      <input type="hidden" name="foyerId" value={prise.foyer.id} />
      <input type="hidden" name="agentId" value={ts.id} />

      <fieldset aria-describedby={describedBy('rdv-creneau', erreurCreneau, true)} aria-invalid={erreurCreneau ? true : undefined}>
        <legend className="mb-1 font-medium">
          Créneau libre de {ts.nom}
          <span aria-hidden="true"> *</span>
        </legend>
        <p id="rdv-creneau-aide" className="mb-2 text-sm text-slate-700">
          Trois semaines à venir, rendez-vous de 45 minutes. Au clavier : Tab pour entrer dans la liste, flèches pour passer d’un créneau à l’autre.
        </p>
        {erreurCreneau ? (
          <p id="rdv-creneau-erreur" className="mb-2 text-sm font-medium text-red-800">
            {erreurCreneau}
          </p>
        ) : null}
        {prise.jours.length === 0 ? (
          <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2">Aucun créneau libre dans les trois semaines à venir : choisissez un autre travailleur social.</p>
        ) : (
          <div className="grid gap-3 md:grid-cols-2 lg:grid-cols-3">
            {prise.jours.map((j) => {
              const jourLong = formatJourLong(j.jour);
              return (
                <fieldset key={j.jour} className="rounded border border-slate-300 p-3">
                  <legend className="px-1 font-semibold">{capitaliser(jourLong)}</legend>
                  <div className="flex flex-wrap gap-2">
                    {j.creneaux.map((debut) => (
                      <label key={debut} className="flex items-center gap-1 rounded border border-slate-400 px-2 py-1 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50">
                        <input type="radio" name="debut" value={debut} className="h-4 w-4" />
                        {formatHeure(debut)}
                        <span className="sr-only"> le {jourLong}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              );
            })}
          </div>
        )}
      </fieldset>

      <Choix id="rdv-mode" name="mode" legende="Mode" options={MODE_OPTIONS} defaut="PRESENTIEL" erreur={e('mode')} onChange={setMode} />

      <div className="grid gap-4 md:grid-cols-2">
        {mode === 'DOMICILE' ? null : (
          <ChampSelect
            id="rdv-site"
            label="Lieu"
            requis={mode === 'PRESENTIEL'}
            erreur={e('siteId')}
            aide={mode === 'TELEPHONE' ? 'Facultatif : le site d’où le travailleur social appelle.' : undefined}
            name="siteId"
            defaultValue={mode === 'PRESENTIEL' ? prise.siteParDefaut : ''}
            vide="— Choisir le lieu —"
            options={prise.sites}
          />
        )}
        {prise.membres.length > 0 ? (
          <ChampSelect id="rdv-personne" label="Personne reçue" erreur={e('personneId')} name="personneId" defaultValue="" vide="Le foyer (sans préciser)" options={prise.membres} />
        ) : null}
      </div>

      {e('agentId') ? <p className="text-sm font-medium text-red-800">{e('agentId')}</p> : null}
      <Annonces succes={null} echec={state.status === 'error' ? state.message : null} />
      <button type="submit" disabled={pending} aria-busy={pending || undefined} className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-70">
        Réserver le rendez-vous
      </button>
    </form>
  );
}
