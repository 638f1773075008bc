import { Badge } from '@/ui/badge';
import { Empty } from '@/ui/empty';
import type { SecteurDto, SecteursPageDto, ZoneDto } from '../queries';
import { RetirerZoneForm, SecteurForm, ZoneForm } from './secteur-forms';

function libelleZone(z: ZoneDto): string {
  if (z.voie) return `${z.commune} : ${z.voie}`;
  if (z.iris) return `${z.commune} : IRIS ${z.iris}`;
  return `${z.commune} (commune entière)`;
}

function Agent({ secteur }: { secteur: SecteurDto }) {
  if (!secteur.agent) return <Badge ton="alerte">Secteur vacant</Badge>;
  if (!secteur.agentEnPoste) return <Badge ton="alerte">{secteur.agent} : plus en poste</Badge>;
  return <span>{secteur.agent}</span>;
}

/** Each secteur with its TS and zones; the responsable edits them in place. */
export function SecteursListe({ page }: { page: SecteursPageDto }) {
  if (page.secteurs.length === 0) return <Empty>L’EDS n’a encore aucun secteur.</Empty>;
  return (
    <ul className="space-y-4">
      {page.secteurs.map((s) => (
        <li key={s.id} aria-labelledby={`secteur-${s.id}-titre`} className="space-y-3 rounded border border-slate-300 bg-white p-4">
          <div className="flex flex-wrap items-baseline gap-3">
            <h3 id={`secteur-${s.id}-titre`} className="text-lg font-semibold">
              {s.nom}
            </h3>
            <Agent secteur={s} />
          </div>
          {s.zones.length === 0 ? (
            <p className="text-sm text-slate-700">Aucune zone : ce secteur ne reçoit aucun dossier.</p>
          ) : (
            <ul aria-label={`Zones du secteur ${s.nom}`} className="space-y-1">
              {s.zones.map((z) => (
                <li key={z.id}>
                  {libelleZone(z)}
                  {page.gerer ? <RetirerZoneForm secteur={s} zone={z} libelle={libelleZone(z)} /> : null}
                </li>
              ))}
            </ul>
          )}
          {page.gerer ? (
            <>
              <SecteurForm secteur={s} ts={page.ts} />
              <ZoneForm secteur={s} communes={page.communes} />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
