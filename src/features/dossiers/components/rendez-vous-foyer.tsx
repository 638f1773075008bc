import type { RendezVousDto } from '@/features/dossiers/queries';
import { Empty } from '@/ui/empty';
import { formatDateHeure } from '@/ui/format';
import { MODES_RDV, libelle } from '@/ui/libelles';
import { StatutRendezVous } from '@/ui/statut-rendez-vous';
import { Table, Td, Th } from '@/ui/table';

/**
 * The foyer's recent rdv, the last past one first. A compte rendu appears only when the DTO carries
 * one (it is selected for the case team only).
 */
export function RendezVousFoyer({ rendezVous, now = new Date() }: { rendezVous: RendezVousDto[]; now?: Date }) {
  if (rendezVous.length === 0) return <Empty>Aucun rendez-vous.</Empty>;
  const dernier = rendezVous.find((r) => r.debut.getTime() <= now.getTime());
  const prochain = [...rendezVous].reverse().find((r) => r.debut.getTime() > now.getTime() && r.statut === 'PROGRAMME');
  const avecCompteRendu = rendezVous.some((r) => 'compteRendu' in r);
  return (
    <>
      <dl className="mb-4 grid gap-3 sm:grid-cols-2">
        <div className="rounded border border-slate-300 bg-white px-4 py-3">
          <dt className="text-sm text-slate-700">Dernier rendez-vous</dt>
          <dd>
            {dernier ? (
              <>
                <span className="font-semibold">{formatDateHeure(dernier.debut)}</span> avec {dernier.agent} — <StatutRendezVous statut={dernier.statut} />
                {'compteRendu' in dernier && dernier.compteRendu ? <p className="mt-2 whitespace-pre-line text-sm">{dernier.compteRendu}</p> : null}
              </>
            ) : (
              'Aucun'
            )}
          </dd>
        </div>
        <div className="rounded border border-slate-300 bg-white px-4 py-3">
          <dt className="text-sm text-slate-700">Prochain rendez-vous</dt>
          <dd>
            {prochain ? (
              <>
                <span className="font-semibold">{formatDateHeure(prochain.debut)}</span> avec {prochain.agent} ({libelle(MODES_RDV, prochain.mode)})
              </>
            ) : (
              'Aucun'
            )}
          </dd>
        </div>
      </dl>
      <Table caption={`Rendez-vous récents (${rendezVous.length})`}>
        <thead>
          <tr>
            <Th>Date</Th>
            <Th>Travailleur social</Th>
            <Th>Mode</Th>
            <Th>Statut</Th>
            {avecCompteRendu ? <Th>Compte rendu</Th> : null}
          </tr>
        </thead>
        <tbody>
          {rendezVous.map((r) => (
            <tr key={r.id}>
              <Td>{formatDateHeure(r.debut)}</Td>
              <Td>{r.agent}</Td>
              <Td>{libelle(MODES_RDV, r.mode)}</Td>
              <Td>
                <StatutRendezVous statut={r.statut} />
              </Td>
              {avecCompteRendu ? (
                <Td>
                  {r.compteRendu ? (
                    <details>
                      <summary className="cursor-pointer text-blue-700 underline">Lire</summary>
                      <p className="mt-1 max-w-prose whitespace-pre-line">{r.compteRendu}</p>
                    </details>
                  ) : (
                    '—'
                  )}
                </Td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
