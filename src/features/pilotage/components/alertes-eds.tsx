import { HORIZON_CER_JOURS, MOIS_SANS_CONTACT } from '@/features/pilotage/queries';
import { formatNombre } from '@/ui/format';
import { Stat } from '@/ui/stat';

export function AlertesEds({ cerAEcheance, sansContact }: { cerAEcheance: number; sansContact: number }) {
  return (
    <dl className="mb-4 grid gap-3 sm:grid-cols-2">
      <Stat label={`CER arrivant à échéance dans les ${HORIZON_CER_JOURS} jours`} valeur={formatNombre(cerAEcheance)} ton={cerAEcheance > 0 ? 'alerte' : 'neutre'} />
      <Stat label={`Dossiers actifs sans contact depuis ${MOIS_SANS_CONTACT} mois ou plus`} valeur={formatNombre(sansContact)} ton={sansContact > 0 ? 'alerte' : 'neutre'} />
    </dl>
  );
}
