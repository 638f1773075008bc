import type { FoyerPageDto } from '@/features/dossiers/queries';
import { Badge } from '@/ui/badge';
import { formatDate, formatNombre } from '@/ui/format';
import { SEQUENCES, STATUTS_DOSSIER, libelle } from '@/ui/libelles';

function Ligne({ terme, children }: { terme: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col border-b border-slate-200 py-2 sm:flex-row sm:gap-4">
      <dt className="font-medium text-slate-700 sm:w-56">{terme}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The dossier's administrative summary. */
export function FoyerResume({ foyer }: { foyer: FoyerPageDto }) {
  return (
    <dl className="rounded border border-slate-300 bg-white px-4">
      <Ligne terme="EDS">{foyer.eds || '—'}</Ligne>
      <Ligne terme="Référent">{foyer.referent ?? 'Aucun référent désigné'}</Ligne>
      <Ligne terme="Séquence déclarée">{libelle(SEQUENCES, foyer.sequenceDeclaree)}</Ligne>
      {foyer.parcours && (
        <>
          <Ligne terme="Séquence calculée">
            {libelle(SEQUENCES, foyer.parcours.sequenceTheorique)} ({formatNombre(foyer.parcours.rdvHonores12Mois)} rendez-vous honorés en 12 mois)
          </Ligne>
          <Ligne terme="Période d’action sociale">
            {foyer.parcours.dernierePas
              ? `${foyer.parcours.dernierePas.accompagnement ? 'Accompagnement' : 'Information'} du ${formatDate(foyer.parcours.dernierePas.debut)} au ${formatDate(foyer.parcours.dernierePas.fin)}, ${formatNombre(foyer.parcours.dernierePas.nbRdv)} rendez-vous${foyer.parcours.dernierePas.terminee ? ' (terminée)' : ''}`
              : 'Aucune'}
          </Ligne>
        </>
      )}
      <Ligne terme="Statut du dossier">
        <Badge ton={foyer.statut === 'ACTIF' ? 'succes' : 'neutre'}>{libelle(STATUTS_DOSSIER, foyer.statut)}</Badge>
      </Ligne>
      <Ligne terme="Adresse">{[foyer.adresse, foyer.commune].filter(Boolean).join(', ') || '—'}</Ligne>
    </dl>
  );
}
