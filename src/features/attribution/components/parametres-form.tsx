'use client';
import { Annonces, ChampTexte, Choix } from '@/ui/champs';
import { MODES_ATTRIBUTION } from '@/ui/libelles';
import { updateParametresEds } from '../actions';
import type { EdsAttributionDto } from '../queries';
import { SEUIL_MAX } from '../schemas';
import { Bouton } from './bouton';
import { useFormulaire } from './use-formulaire';

const MODES = (Object.keys(MODES_ATTRIBUTION) as (keyof typeof MODES_ATTRIBUTION)[]).map((value) => ({ value, label: MODES_ATTRIBUTION[value] }));

/** The EDS's attribution mode and workload threshold (version-checked). */
export function ParametresForm({ eds }: { eds: EdsAttributionDto }) {
  const f = useFormulaire(updateParametresEds);
  return (
    <form onSubmit={f.onSubmit} noValidate aria-label="Réglages de l’attribution" className="space-y-4 rounded border border-slate-300 bg-white p-4">
      <input type="hidden" name="edsId" value={eds.id} />
      <input type="hidden" name="version" value={eds.version} />
      <Choix
        id="param-mode"
        name="mode"
        legende="Mode d’attribution des nouveaux dossiers"
        options={MODES}
        defaut={eds.mode}
        erreur={f.erreur('mode')}
        aide="Par secteur : le dossier va au travailleur social du secteur du foyer. Régulation : il attend la réunion d’équipe."
      />
      <ChampTexte
        id="param-seuil"
        label="Seuil de charge (foyers par ETPT)"
        erreur={f.erreur('seuil')}
        aide="Au-delà, un nouveau dossier du secteur va dans la file à attribuer. Vide : pas de seuil."
        name="seuil"
        type="number"
        inputMode="numeric"
        min={1}
        max={SEUIL_MAX}
        defaultValue={eds.seuil ?? ''}
        className="w-40"
      />
      <Annonces succes={f.succes} echec={f.echec} />
      <Bouton pending={f.pending}>Enregistrer les réglages</Bouton>
    </form>
  );
}
