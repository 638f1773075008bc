'use client';
import { Annonces, controleClasse, describedBy } from '@/ui/champs';
import { attribuerDossier } from '../actions';
import type { TsChargeDto } from '../queries';
import { MOTIF_MAX } from '../schemas';
import { Bouton } from './bouton';
import { optionTs } from './format-charge';
import { useFormulaire } from './use-formulaire';

/** Assigns one dossier to a TS of the EDS; `courant` is the assignment the user saw (conflict detection). */
export function AttribuerForm({ dossierId, courant, ts, libelle }: { dossierId: number; courant: number; ts: TsChargeDto[]; libelle: string }) {
  const f = useFormulaire(attribuerDossier);
  const id = `attribuer-${dossierId}`;
  return (
    <form onSubmit={f.onSubmit} noValidate aria-label={`Attribuer le dossier de ${libelle}`} className="space-y-2">
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="courant" value={courant} />
      <div className="flex flex-col">
        <label htmlFor={`${id}-agent`} className="mb-1 text-sm font-medium">
          Attribuer à<span aria-hidden="true"> *</span>
        </label>
        <select
          id={`${id}-agent`}
          name="agentId"
          defaultValue=""
          aria-invalid={f.erreur('agentId') ? true : undefined}
          aria-describedby={describedBy(`${id}-agent`, f.erreur('agentId'), false)}
          className={controleClasse(f.erreur('agentId'))}
        >
          <option value="">— Choisir le travailleur social —</option>
          {ts.map((t) => (
            <option key={t.agentId} value={t.agentId}>
              {optionTs(t)}
            </option>
          ))}
        </select>
        {f.erreur('agentId') ? (
          <p id={`${id}-agent-erreur`} className="mt-1 text-sm font-medium text-red-800">
            {f.erreur('agentId')}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col">
        <label htmlFor={`${id}-motif`} className="mb-1 text-sm font-medium">
          Motif (facultatif)
        </label>
        <input
          id={`${id}-motif`}
          name="motif"
          maxLength={MOTIF_MAX}
          aria-invalid={f.erreur('motif') ? true : undefined}
          aria-describedby={describedBy(`${id}-motif`, f.erreur('motif'), false)}
          className={controleClasse(f.erreur('motif'))}
        />
        {f.erreur('motif') ? (
          <p id={`${id}-motif-erreur`} className="mt-1 text-sm font-medium text-red-800">
            {f.erreur('motif')}
          </p>
        ) : null}
      </div>
      <Annonces succes={f.succes} echec={f.echec} />
      <Bouton pending={f.pending}>Attribuer</Bouton>
    </form>
  );
}
