'use client';
import Link from 'next/link';
import { startTransition, useActionState, useRef, type FormEvent } from 'react';
import { Annonces, ChampSelect, ChampTexte, Choix } from '@/ui/champs';
import { ajouterMembre, createPersonne } from '@/features/personnes/actions';
import type { NouvellePersonneFormulaireDto } from '@/features/personnes/queries';
import { ROLES_FOYER } from '@/ui/libelles';
import { DoublonsCandidats, LienPersonneExistante } from './doublons-candidats';

const INITIAL: Awaited<ReturnType<typeof createPersonne>> = { status: 'idle' };
const INITIAL_AJOUT: Awaited<ReturnType<typeof ajouterMembre>> = { status: 'idle' };
const SEXE_OPTIONS = [
  { value: 'F', label: 'Femme' },
  { value: 'M', label: 'Homme' },
];
const ROLE_OPTIONS = (Object.keys(ROLES_FOYER) as (keyof typeof ROLES_FOYER)[]).map((value) => ({ value, label: ROLES_FOYER[value] }));

/**
 * Creates a person with a new foyer, or in an existing foyer. The server answers with the likely duplicates
 * first: the user picks one, or confirms "c'est une autre personne" and the same entry is sent again with the
 * dismissed ids (recorded in the audit log).
 */
export function NouvellePersonneForm({ formulaire }: { formulaire: NouvellePersonneFormulaireDto }) {
  const [state, formAction, pending] = useActionState(createPersonne, INITIAL);
  const [ajout, ajoutAction, ajoutEnCours] = useActionState(ajouterMembre, INITIAL_AJOUT);
  const derniere = useRef<FormData | null>(null);
  const erreurs = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const e = (champ: string) => erreurs[champ]?.[0];
  const doublons = state.status === 'ok' && state.data.type === 'DOUBLONS' ? state.data.doublons : null;
  const foyer = formulaire.foyer;

  // Submitted by hand so that a refused entry keeps what was typed (React resets a form after its action).
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set('doublonsEcartes', '');
    derniere.current = data;
    startTransition(() => formAction(data));
  }

  function autrePersonne() {
    const data = derniere.current;
    if (!data || !doublons) return;
    data.set('doublonsEcartes', doublons.map((d) => d.personneId).join(','));
    startTransition(() => formAction(data));
  }

  function ajouterAuFoyer(personneId: number) {
    const data = derniere.current;
    if (!data || !foyer) return;
    const choix = new FormData();
    for (const champ of ['foyerId', 'version', 'role', 'depuis']) choix.set(champ, String(data.get(champ) ?? ''));
    choix.set('personneId', String(personneId));
    startTransition(() => ajoutAction(choix));
  }

  if (ajout.status === 'ok' || (state.status === 'ok' && state.data.type === 'CREEE')) {
    const foyerId = ajout.status === 'ok' ? ajout.data.foyerId : state.status === 'ok' && state.data.type === 'CREEE' ? state.data.foyerId : 0;
    const personneId = state.status === 'ok' && state.data.type === 'CREEE' ? state.data.personneId : null;
    return (
      <div className="space-y-3 rounded border border-green-300 bg-green-50 p-4">
        <Annonces succes={<p className="font-semibold">{ajout.status === 'ok' ? ajout.message : state.status === 'ok' ? state.message : null}</p>} echec={null} />
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <Link href={`/foyers/${foyerId}`}>Ouvrir le dossier du foyer</Link>
          </li>
          <li>
            <Link href={`/accueil/contacts/nouveau?foyer=${foyerId}${personneId ? `&personne=${personneId}` : ''}`}>Saisir la fiche contact</Link>
          </li>
          <li>
            <Link href="/accueil">Retour à l’accueil du jour</Link>
          </li>
        </ul>
      </div>
    );
  }

  return (
    <>
      {doublons ? (
        <section aria-labelledby="doublons-titre" className="mb-6 rounded border border-amber-400 bg-amber-50 p-4">
          <h2 id="doublons-titre" className="mb-2 text-lg font-semibold">
            Cette personne existe peut-être déjà
          </h2>
          <p className="mb-3">Vérifiez ces fiches avant d’en créer une nouvelle : une personne ne doit avoir qu’une fiche.</p>
          <DoublonsCandidats
            doublons={doublons}
            choisir={(d) =>
              foyer ? (
                <button type="button" onClick={() => ajouterAuFoyer(d.personneId)} disabled={ajoutEnCours} className="rounded border border-blue-700 px-3 py-1 font-semibold text-blue-800 hover:bg-blue-50">
                  C’est cette personne : l’ajouter au foyer<span className="sr-only"> ({d.nom.toUpperCase()} {d.prenom})</span>
                </button>
              ) : (
                <LienPersonneExistante d={d} />
              )
            }
          />
          <div role="alert" className="mt-2 font-medium text-red-800">
            {ajout.status === 'error' ? [ajout.message, ...Object.values(ajout.fieldErrors ?? {}).flat()].join(' ') : null}
          </div>
          <button type="button" onClick={autrePersonne} disabled={pending} className="mt-4 rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-70">
            C’est une autre personne : créer la fiche
          </button>
        </section>
      ) : null}

      <form onSubmit={onSubmit} noValidate className="space-y-5 rounded border border-slate-300 bg-white p-4">
        <p className="text-sm text-slate-700">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
        {foyer ? (
          <>
            <input type="hidden" name="foyerId" value={foyer.id} />
            <input type="hidden" name="version" value={foyer.version} />
          </>
        ) : null}

        <fieldset className="grid gap-4 md:grid-cols-2">
          <legend className="mb-2 text-lg font-semibold">Identité</legend>
          <ChampTexte id="np-nom" label="Nom" requis erreur={e('nom')} name="nom" defaultValue={formulaire.preRemplissage.nom} autoComplete="off" maxLength={100} />
          <ChampTexte id="np-prenom" label="Prénom" requis erreur={e('prenom')} name="prenom" defaultValue={formulaire.preRemplissage.prenom} autoComplete="off" maxLength={100} />
          <ChampTexte id="np-nom-naissance" label="Nom de naissance" aide="S’il diffère du nom d’usage." erreur={e('nomNaissance')} name="nomNaissance" autoComplete="off" maxLength={100} />
          <ChampTexte id="np-naissance" label="Date de naissance" requis erreur={e('dateNaissance')} type="date" name="dateNaissance" min="1900-01-01" max={formulaire.aujourdhui} defaultValue={formulaire.preRemplissage.dateNaissance} />
          <Choix id="np-sexe" name="sexe" legende="Sexe" options={SEXE_OPTIONS} erreur={e('sexe')} />
          <ChampTexte id="np-allocataire" label="Numéro allocataire (CAF, MSA)" erreur={e('numeroAllocataire')} name="numeroAllocataire" inputMode="numeric" autoComplete="off" maxLength={20} />
          <ChampTexte id="np-telephone" label="Téléphone" aide="Par exemple 06 12 34 56 78 ou +33 6 12 34 56 78." erreur={e('telephone')} type="tel" name="telephone" inputMode="tel" autoComplete="off" maxLength={25} />
          <ChampTexte id="np-email" label="Courriel" erreur={e('email')} type="email" name="email" autoComplete="off" maxLength={200} />
        </fieldset>

        <fieldset className="grid gap-4 md:grid-cols-2">
          <legend className="mb-2 text-lg font-semibold">{foyer ? `Arrivée dans le ${foyer.libelle.charAt(0).toLowerCase()}${foyer.libelle.slice(1)}` : 'Nouveau foyer'}</legend>
          {foyer ? (
            <ChampSelect id="np-role" label="Place dans le foyer" requis erreur={e('role')} name="role" defaultValue="" vide="— Choisir —" options={ROLE_OPTIONS} />
          ) : formulaire.eds.length > 1 ? (
            <ChampSelect id="np-eds" label="EDS du dossier" requis erreur={e('edsId')} name="edsId" options={formulaire.eds} />
          ) : (
            <input type="hidden" name="edsId" value={formulaire.eds[0]?.value ?? ''} />
          )}
          <ChampTexte id="np-depuis" label={foyer ? 'Dans le foyer depuis le' : 'Date d’installation du foyer'} requis erreur={e('depuis')} type="date" name="depuis" max={formulaire.aujourdhui} defaultValue={formulaire.aujourdhui} />
          {foyer ? null : (
            <>
              <ChampTexte id="np-adresse" label="Adresse" erreur={e('adresse')} name="adresse" autoComplete="off" maxLength={200} />
              <ChampSelect id="np-commune" label="Commune" erreur={e('communeCode')} name="communeCode" defaultValue="" vide="— Non renseignée —" options={formulaire.communes} />
            </>
          )}
        </fieldset>

        <Annonces succes={null} echec={state.status === 'error' ? state.message : null} />
        <button type="submit" disabled={pending} aria-busy={pending || undefined} className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-70">
          {foyer ? 'Ajouter la personne au foyer' : 'Créer la personne et le foyer'}
        </button>
      </form>
    </>
  );
}
