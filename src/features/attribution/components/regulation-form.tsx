'use client';
import { useRef } from 'react';
import { Annonces, ChampTexte, controleClasse, describedBy } from '@/ui/champs';
import { formatDate } from '@/ui/format';
import { ROLES, libelle } from '@/ui/libelles';
import { createRegulation } from '../actions';
import type { DossierEnAttenteDto, ParticipantDto, TsChargeDto } from '../queries';
import { Bouton } from './bouton';
import { optionTs } from './format-charge';
import { useFormulaire } from './use-formulaire';

/**
 * One régulation meeting: its date, who attended, and for each waiting foyer the TS who takes it (or
 * nobody: it waits for the next meeting). Everything is written in one transaction.
 */
export function RegulationForm({
  edsId,
  aujourdhui,
  participants,
  file,
  ts,
}: {
  edsId: number;
  aujourdhui: string;
  participants: ParticipantDto[];
  file: DossierEnAttenteDto[];
  ts: TsChargeDto[];
}) {
  const formulaire = useRef<HTMLFormElement>(null);
  const f = useFormulaire(createRegulation, formulaire);
  const erreurParticipants = f.erreur('participantIds');
  return (
    <form ref={formulaire} onSubmit={f.onSubmit} noValidate aria-label="Nouvelle réunion de régulation" className="space-y-5 rounded border border-slate-300 bg-white p-4">
      <input type="hidden" name="edsId" value={edsId} />
      <p className="text-sm text-slate-700">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      <ChampTexte id="reg-date" label="Date de la réunion" requis erreur={f.erreur('date')} name="date" type="date" defaultValue={aujourdhui} max={aujourdhui} className="w-48" />

      <fieldset aria-describedby={erreurParticipants ? 'reg-participants-erreur' : undefined} aria-invalid={erreurParticipants ? true : undefined}>
        <legend className="mb-1 font-medium">
          Participants<span aria-hidden="true"> *</span>
        </legend>
        <div className="grid gap-x-5 gap-y-1 sm:grid-cols-2 md:grid-cols-3">
          {participants.map((p) => (
            <label key={p.id} className="flex items-center gap-2">
              <input type="checkbox" name={`participant-${p.id}`} className="h-4 w-4" />
              {p.nom} <span className="text-sm text-slate-700">({libelle(ROLES, p.role)})</span>
            </label>
          ))}
        </div>
        {erreurParticipants ? (
          <p id="reg-participants-erreur" className="mt-1 text-sm font-medium text-red-800">
            {erreurParticipants}
          </p>
        ) : null}
      </fieldset>

      <fieldset>
        <legend className="mb-1 font-medium">Décisions</legend>
        {file.length === 0 ? (
          <p className="text-sm text-slate-700">Aucun foyer n’attend : la réunion peut être enregistrée sans décision.</p>
        ) : (
          <ul className="space-y-3">
            {file.map((d) => {
              const id = `decision-${d.dossierId}`;
              const err = f.erreur(id);
              return (
                <li key={d.dossierId} className="grid gap-2 md:grid-cols-2 md:items-end">
                  <input type="hidden" name={`courant-${d.dossierId}`} value={d.courant} />
                  <p>
                    <span className="font-medium">{d.nomReference}</span>
                    <span className="block text-sm text-slate-700">
                      {d.commune ?? 'Commune non renseignée'} — en attente depuis le {formatDate(d.depuis)}
                    </span>
                  </p>
                  <div className="flex flex-col">
                    <label htmlFor={id} className="mb-1 text-sm font-medium">
                      Qui prend le foyer {d.nomReference} ?
                    </label>
                    <select id={id} name={id} defaultValue="" aria-invalid={err ? true : undefined} aria-describedby={describedBy(id, err, false)} className={controleClasse(err)}>
                      <option value="">Reste en attente</option>
                      {ts.map((t) => (
                        <option key={t.agentId} value={t.agentId}>
                          {optionTs(t)}
                        </option>
                      ))}
                    </select>
                    {err ? (
                      <p id={`${id}-erreur`} className="mt-1 text-sm font-medium text-red-800">
                        {err}
                      </p>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>

      <Annonces succes={f.succes} echec={f.echec} />
      <Bouton pending={f.pending}>Enregistrer la réunion</Bouton>
    </form>
  );
}
