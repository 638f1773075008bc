'use client';
import { useRef, useState } from 'react';
import { Annonces, Champ, ChampSelect, ChampTexte, Choix, controleClasse, describedBy } from '@/ui/champs';
import { addZone, createSecteur, removeZone, updateSecteur } from '../actions';
import type { SecteurDto, TsChargeDto, ZoneDto } from '../queries';
import { NOM_SECTEUR_MAX } from '../schemas';
import { Bouton } from './bouton';
import { optionTs } from './format-charge';
import { useFormulaire } from './use-formulaire';

/** A new, empty and vacant secteur of the EDS. */
export function CreerSecteurForm({ edsId }: { edsId: number }) {
  const formulaire = useRef<HTMLFormElement>(null);
  const f = useFormulaire(createSecteur, formulaire);
  return (
    <form ref={formulaire} onSubmit={f.onSubmit} noValidate aria-label="Nouveau secteur" className="flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white p-4">
      <input type="hidden" name="edsId" value={edsId} />
      <ChampTexte id="secteur-nouveau-nom" label="Nom du nouveau secteur" requis erreur={f.erreur('nom')} name="nom" maxLength={NOM_SECTEUR_MAX} />
      <Bouton pending={f.pending}>Créer le secteur</Bouton>
      <div className="basis-full">
        <Annonces succes={f.succes} echec={f.echec} />
      </div>
    </form>
  );
}

/** Renames a secteur and names its TS (or leaves it vacant). */
export function SecteurForm({ secteur, ts }: { secteur: SecteurDto; ts: TsChargeDto[] }) {
  const f = useFormulaire(updateSecteur);
  const id = `secteur-${secteur.id}`;
  // A TS no longer in post stays selectable as the current value, so that saving a rename does not silently vacate the secteur.
  const options = secteur.agentId !== null && !secteur.agentEnPoste ? [{ value: String(secteur.agentId), label: `${secteur.agent ?? ''} (plus en poste)` }] : [];
  return (
    <form onSubmit={f.onSubmit} noValidate aria-label={`Modifier le secteur ${secteur.nom}`} className="grid gap-3 md:grid-cols-[1fr_2fr_auto] md:items-end">
      <input type="hidden" name="secteurId" value={secteur.id} />
      <input type="hidden" name="version" value={secteur.version} />
      <ChampTexte id={`${id}-nom`} label="Nom" requis erreur={f.erreur('nom')} name="nom" defaultValue={secteur.nom} maxLength={NOM_SECTEUR_MAX} />
      <Champ id={`${id}-agent`} label="Travailleur social du secteur" erreur={f.erreur('agentId')}>
        <select
          id={`${id}-agent`}
          name="agentId"
          defaultValue={secteur.agentId === null ? '' : String(secteur.agentId)}
          aria-invalid={f.erreur('agentId') ? true : undefined}
          aria-describedby={describedBy(`${id}-agent`, f.erreur('agentId'), false)}
          className={controleClasse(f.erreur('agentId'))}
        >
          <option value="">Secteur vacant</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {ts.map((t) => (
            <option key={t.agentId} value={t.agentId}>
              {optionTs(t)}
            </option>
          ))}
        </select>
      </Champ>
      <Bouton pending={f.pending}>Enregistrer</Bouton>
      <div className="md:col-span-3">
        <Annonces succes={f.succes} echec={f.echec} />
      </div>
    </form>
  );
}

/** Removes one zone from its secteur. */
export function RetirerZoneForm({ secteur, zone, libelle }: { secteur: SecteurDto; zone: ZoneDto; libelle: string }) {
  const f = useFormulaire(removeZone);
  return (
    <form onSubmit={f.onSubmit} className="inline">
      <input type="hidden" name="zoneId" value={zone.id} />
      <input type="hidden" name="secteurId" value={secteur.id} />
      <input type="hidden" name="version" value={secteur.version} />
      <button type="submit" disabled={f.pending} aria-label={`Retirer ${libelle} du secteur ${secteur.nom}`} className="ml-2 rounded border border-red-800 px-2 py-0.5 text-sm text-red-800 hover:bg-red-50">
        Retirer
      </button>
      <span role="alert" className="ml-2 text-sm font-medium text-red-800">
        {f.echec}
      </span>
    </form>
  );
}

const TYPES_ZONE = [
  { value: 'COMMUNE', label: 'Commune entière' },
  { value: 'VOIE', label: 'Une rue' },
  { value: 'IRIS', label: 'Un IRIS' },
];

/** Adds a whole commune, or a street or an IRIS of a commune split between secteurs. */
export function ZoneForm({ secteur, communes }: { secteur: SecteurDto; communes: { code: string; nom: string }[] }) {
  const formulaire = useRef<HTMLFormElement>(null);
  const f = useFormulaire(addZone, formulaire);
  const [type, setType] = useState('COMMUNE');
  const id = `zone-${secteur.id}`;
  return (
    <form ref={formulaire} onSubmit={f.onSubmit} onReset={() => setType('COMMUNE')} noValidate aria-label={`Ajouter une zone au secteur ${secteur.nom}`} className="space-y-3 rounded border border-slate-200 bg-slate-50 p-3">
      <input type="hidden" name="secteurId" value={secteur.id} />
      <input type="hidden" name="version" value={secteur.version} />
      <Choix id={`${id}-type`} name="type" legende="Zone à ajouter" options={TYPES_ZONE} defaut="COMMUNE" erreur={f.erreur('type')} onChange={setType} />
      <div className="grid gap-3 md:grid-cols-2">
        <ChampSelect
          id={`${id}-commune`}
          label="Commune"
          requis
          erreur={f.erreur('communeCode')}
          name="communeCode"
          defaultValue=""
          vide="— Choisir la commune —"
          options={communes.map((c) => ({ value: c.code, label: `${c.nom} (${c.code})` }))}
        />
        {type === 'VOIE' ? (
          <ChampTexte id={`${id}-voie`} label="Rue" requis erreur={f.erreur('voie')} aide="Par exemple « avenue Jean-Jaurès » : accents, majuscules et abréviations sont ramenés à une seule écriture." name="voie" maxLength={120} />
        ) : null}
        {type === 'IRIS' ? (
          <ChampTexte id={`${id}-iris`} label="Code IRIS" requis erreur={f.erreur('iris')} aide="9 caractères, commençant par le code de la commune." name="iris" maxLength={9} inputMode="numeric" />
        ) : null}
      </div>
      <Annonces succes={f.succes} echec={f.echec} />
      <Bouton pending={f.pending} secondaire>
        Ajouter la zone
      </Bouton>
    </form>
  );
}
