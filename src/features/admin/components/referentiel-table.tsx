import type { ReferentielDto } from '@/features/admin/queries';
import { Badge } from '@/ui/badge';
import { Table, Td, Th } from '@/ui/table';

/** One reference list (code, label, active), with optional extra columns. */
export function ReferentielTable<T extends ReferentielDto>({
  caption,
  entrees,
  colonnes = [],
}: {
  caption: string;
  entrees: T[];
  colonnes?: { titre: string; valeur: (e: T) => string; numeric?: boolean }[];
}) {
  return (
    <Table caption={caption} captionVisible>
      <thead>
        <tr>
          <Th>Code</Th>
          <Th>Libellé</Th>
          {colonnes.map((c) => (
            <Th key={c.titre} numeric={c.numeric}>
              {c.titre}
            </Th>
          ))}
          <Th>État</Th>
        </tr>
      </thead>
      <tbody>
        {entrees.map((e) => (
          <tr key={e.code}>
            <Td>
              <code>{e.code}</code>
            </Td>
            <Th scope="row">{e.libelle}</Th>
            {colonnes.map((c) => (
              <Td key={c.titre} numeric={c.numeric}>
                {c.valeur(e)}
              </Td>
            ))}
            <Td>{e.actif ? <Badge ton="succes">Actif</Badge> : <Badge>Désactivé</Badge>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
