import type { IndicateursDto, IndicateursLigneDto } from '@/features/pilotage/queries';
import { formatMontant, formatNombre } from '@/ui/format';
import { Table, Td, Th } from '@/ui/table';

const taux = (l: IndicateursLigneDto) => (l.rdvProgrammes === 0 ? '—' : `${Math.round((100 * l.rdvHonores) / l.rdvProgrammes)} %`);

function Cellules({ ligne }: { ligne: IndicateursLigneDto }) {
  return (
    <>
      <Td numeric>{formatNombre(ligne.foyersAccueillis)}</Td>
      <Td numeric>{formatNombre(ligne.rdvHonores)}</Td>
      <Td numeric>{formatNombre(ligne.rdvProgrammes)}</Td>
      <Td numeric>{taux(ligne)}</Td>
      <Td numeric>{formatNombre(ligne.aidesPayees)}</Td>
      <Td numeric>{formatMontant(ligne.montantAidesPayees)}</Td>
    </>
  );
}

export function IndicateursTable({ indicateurs }: { indicateurs: IndicateursDto }) {
  return (
    <Table caption={`Indicateurs clés par EDS et pour le département, année ${indicateurs.annee}`} captionVisible>
      <thead>
        <tr>
          <Th>EDS</Th>
          <Th numeric>Foyers accueillis</Th>
          <Th numeric>Rendez-vous honorés</Th>
          <Th numeric>Rendez-vous programmés</Th>
          <Th numeric>Part des rendez-vous honorés</Th>
          <Th numeric>Aides payées</Th>
          <Th numeric>Montant des aides payées</Th>
        </tr>
      </thead>
      <tbody>
        {indicateurs.lignes.map((l) => (
          <tr key={l.edsId ?? 'sans-eds'}>
            <Th scope="row">{l.eds}</Th>
            <Cellules ligne={l} />
          </tr>
        ))}
      </tbody>
      <tfoot className="bg-slate-100 font-semibold">
        <tr>
          <Th scope="row">{indicateurs.total.eds}</Th>
          <Cellules ligne={indicateurs.total} />
        </tr>
      </tfoot>
    </Table>
  );
}
