import Link from 'next/link';
import type { ReactNode } from 'react';
import type { RecherchePersonnesDto, ResultatPersonneDto } from '../queries';
import { Badge } from '@/ui/badge';
import { Empty } from '@/ui/empty';
import { formatDate, formatDateHeure } from '@/ui/format';
import { SEQUENCES, libelle } from '@/ui/libelles';
import { nomComplet, suiviPar } from './resume-resultat';

const lien = 'font-medium text-blue-800 underline hover:text-blue-950';

function Detail({ terme, children }: { terme: string; children: ReactNode }) {
  return (
    <div className="flex gap-1">
      <dt className="text-slate-700">{terme} :</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

function Resultat({ r }: { r: ResultatPersonneDto }) {
  return (
    <li className="rounded border border-slate-300 bg-white p-3">
      <p className="font-semibold text-slate-900">
        {nomComplet(r)} <span className="font-normal text-slate-700">— né(e) le {formatDate(r.dateNaissance)}</span>
      </p>
      <dl className="mt-1 grid gap-x-6 gap-y-0.5 text-sm sm:grid-cols-2">
        <Detail terme="EDS">{r.eds ? (r.niveau === 'DOSSIER' ? r.eds : `${r.eds} (autre EDS)`) : 'Sans dossier'}</Detail>
        <Detail terme="Suivi">{suiviPar(r).replace(/^TS : /, 'TS référent : ')}</Detail>
        {r.foyer ? <Detail terme="Foyer de">{r.foyer.reference}</Detail> : null}
        {r.sequence ? <Detail terme="Séquence">{libelle(SEQUENCES, r.sequence)}</Detail> : null}
        {r.niveau === 'DOSSIER' ? (
          <>
            <Detail terme="Dernier contact">{r.dernierContact ? formatDate(r.dernierContact) : 'Aucun'}</Detail>
            <Detail terme="Prochain rendez-vous">{r.prochainRendezVous ? formatDateHeure(r.prochainRendezVous) : 'Aucun'}</Detail>
          </>
        ) : null}
        {r.numeroAllocataire ? <Detail terme="N° allocataire">{r.numeroAllocataire}</Detail> : null}
        {r.coordonnees ? (
          <>
            <Detail terme="Téléphone">{r.coordonnees.telephone ?? '—'}</Detail>
            <Detail terme="Adresse">{[r.coordonnees.adresse, r.coordonnees.commune].filter(Boolean).join(', ') || '—'}</Detail>
          </>
        ) : null}
      </dl>
      {r.coordonneesReservees ? (
        <p className="mt-1">
          <Badge ton="alerte">Personne protégée : adresse et téléphone réservés à l’équipe du dossier</Badge>
        </p>
      ) : null}
      {r.niveau === 'IDENTITE' && r.eds ? (
        <p className="mt-1 text-sm text-slate-700">Dossier d’un autre EDS : transmettez la demande au TS référent plutôt que d’ouvrir un nouveau dossier.</p>
      ) : null}
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {r.liens.dossier ? (
          <Link className={lien} href={r.liens.dossier}>
            Ouvrir le dossier<span className="sr-only"> de {nomComplet(r)}</span>
          </Link>
        ) : null}
        {r.liens.ficheContact ? (
          <Link className={lien} href={r.liens.ficheContact}>
            Fiche contact<span className="sr-only"> pour {nomComplet(r)}</span>
          </Link>
        ) : null}
        {r.liens.rendezVous ? (
          <Link className={lien} href={r.liens.rendezVous}>
            Prendre rendez-vous<span className="sr-only"> pour {nomComplet(r)}</span>
          </Link>
        ) : null}
      </p>
    </li>
  );
}

/** The results of a submitted search (`?q=`), each with its links, then the ways out when no one fits. */
export function ResultatsRecherche({ recherche }: { recherche: RecherchePersonnesDto }) {
  if (recherche.message) {
    return (
      <p role="alert" className="mb-4 font-medium text-red-800">
        {recherche.message}
      </p>
    );
  }
  if (recherche.resultats === null) return null;
  const { terme, resultats } = recherche;
  return (
    <div className="mb-4">
      {resultats.length === 0 ? (
        <Empty>Aucune personne ne correspond à « {terme} ».</Empty>
      ) : (
        <>
          <h3 className="mb-2 font-semibold text-slate-900">
            {resultats.length} personne{resultats.length > 1 ? 's' : ''} pour « {terme} »
          </h3>
          <ol className="grid gap-2">
            {resultats.map((r) => (
              <Resultat key={r.personneId} r={r} />
            ))}
          </ol>
        </>
      )}
      <p className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
        <span>
          Personne introuvable ?{' '}
          <Link className={lien} href={`/accueil/personnes/nouvelle?q=${encodeURIComponent(terme)}`}>
            Créer la personne
          </Link>
        </span>
        <Link className={lien} href="/accueil/contacts/leger">
          Contact sans dossier
        </Link>
      </p>
    </div>
  );
}
