import type { AdministrationDto } from '@/features/admin/queries';
import { formatMontant } from '@/ui/format';
import { CLASSES_SORTIE, libelle } from '@/ui/libelles';
import { ReferentielTable } from './referentiel-table';

/** The reference lists a new installation ships with, as the administrator will extend them. */
export function Referentiels({ admin }: { admin: AdministrationDto }) {
  return (
    <div className="space-y-6">
      <ReferentielTable
        caption="Dispositifs d’aide financière et leurs bornes"
        entrees={admin.dispositifs}
        colonnes={[
          { titre: 'Montant minimum', valeur: (d) => formatMontant(d.montantMin), numeric: true },
          { titre: 'Montant maximum par aide', valeur: (d) => formatMontant(d.montantMax), numeric: true },
          { titre: 'Plafond par foyer sur 12 mois', valeur: (d) => (d.plafondFoyer12m === null ? 'Aucun' : formatMontant(d.plafondFoyer12m)), numeric: true },
        ]}
      />
      <ReferentielTable caption="Domaines (problématiques)" entrees={admin.domaines} />
      <ReferentielTable caption="Types d’actions d’accompagnement" entrees={admin.typesAction} />
      <ReferentielTable
        caption="Motifs de sortie"
        entrees={admin.motifsSortie}
        colonnes={[{ titre: 'Classe de sortie', valeur: (m) => libelle(CLASSES_SORTIE, m.classe) }]}
      />
      <ReferentielTable caption="Motifs de contact" entrees={admin.motifsContact} />
    </div>
  );
}
