import { Badge } from '@/ui/badge';
import { formatNombre } from '@/ui/format';
import { Table, Td, Th } from '@/ui/table';
import { Empty } from '@/ui/empty';
import type { TsChargeDto } from '../queries';
import { formatEtpt } from './format-charge';

/** Each TS in post: file active, ETPT, foyers per ETPT against the EDS's threshold. */
export function ChargesTable({ ts, seuil }: { ts: TsChargeDto[]; seuil: number | null }) {
  if (ts.length === 0) return <Empty>Aucun travailleur social n’est affecté à l’EDS aujourd’hui.</Empty>;
  return (
    <>
      <Table caption="Charge des travailleurs sociaux de l’EDS">
        <thead>
          <tr>
            <Th>Travailleur social</Th>
            <Th numeric>File active</Th>
            <Th numeric>ETPT</Th>
            <Th numeric>Foyers par ETPT</Th>
            <Th>Seuil</Th>
          </tr>
        </thead>
        <tbody>
          {ts.map((t) => (
            <tr key={t.agentId}>
              <Th scope="row">{t.nom}</Th>
              <Td numeric>{formatNombre(t.fileActive)}</Td>
              <Td numeric>{formatEtpt(t.etpt)}</Td>
              <Td numeric>{t.charge === null ? '—' : formatNombre(Math.round(t.charge))}</Td>
              <Td>{seuil === null ? 'Aucun seuil' : t.auDessus ? <Badge ton="alerte">Seuil atteint</Badge> : <Badge ton="succes">Sous le seuil</Badge>}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="mt-2 text-sm text-slate-700">
        File active : foyers distincts ayant eu un rendez-vous honoré avec le travailleur social au cours des 12 derniers mois. ETPT : quotité d’affectation
        à l’EDS aujourd’hui. {seuil === null ? 'L’EDS n’a pas fixé de seuil de charge.' : `Seuil de l’EDS : ${formatNombre(seuil)} foyers par ETPT.`}
      </p>
    </>
  );
}
