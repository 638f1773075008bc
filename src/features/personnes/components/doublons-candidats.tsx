import Link from 'next/link';
import type { DoublonDto } from '@/features/personnes/doublons';
import { formatDate } from '@/ui/format';

const ECHELONS: Record<DoublonDto['echelon'], string> = {
  ALLOCATAIRE: 'même numéro allocataire',
  NAISSANCE_NOM: 'même date de naissance, nom proche',
  CONTACT: 'même téléphone ou courriel',
};

/**
 * The likely duplicates, with enough to recognise the person (name, birth date, commune, EDS) and nothing of
 * the social dossier. `choisir` renders the action for one candidate (open, add to the foyer…).
 */
export function DoublonsCandidats({ doublons, choisir }: { doublons: DoublonDto[]; choisir: (d: DoublonDto) => React.ReactNode }) {
  return (
    <ul className="space-y-2">
      {doublons.map((d) => (
        <li key={d.personneId} className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-300 bg-white px-4 py-3">
          <div>
            <p className="font-semibold">
              {d.nom.toUpperCase()} {d.prenom}
              {d.nomNaissance ? <span className="font-normal"> (née ou né {d.nomNaissance.toUpperCase()})</span> : null}
            </p>
            <p className="text-sm text-slate-700">
              Né(e) le {formatDate(d.dateNaissance)}
              {d.commune ? ` — ${d.commune}` : null}
              {d.eds ? ` — suivi par ${d.eds}` : ' — sans dossier'} — <span className="italic">{ECHELONS[d.echelon]}</span>
            </p>
          </div>
          <div>{choisir(d)}</div>
        </li>
      ))}
    </ul>
  );
}

/** What "c'est cette personne" offers at the desk: her dossier when readable, else a fiche contact that reaches her référent. */
export function LienPersonneExistante({ d }: { d: DoublonDto }) {
  if (d.foyerId !== null) {
    return (
      <Link href={`/foyers/${d.foyerId}`} className="font-semibold">
        C’est cette personne : ouvrir son dossier<span className="sr-only"> ({d.nom.toUpperCase()} {d.prenom})</span>
      </Link>
    );
  }
  if (d.foyerCourantId !== null) {
    return (
      <Link href={`/accueil/contacts/nouveau?foyer=${d.foyerCourantId}&personne=${d.personneId}`} className="font-semibold">
        C’est cette personne : saisir une fiche contact<span className="sr-only"> ({d.nom.toUpperCase()} {d.prenom})</span>
      </Link>
    );
  }
  return <span className="text-sm text-slate-700">Sans foyer : contactez le responsable pour rattacher cette fiche.</span>;
}
