'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RecherchePersonnesDto, ResultatPersonneDto } from '../queries';
import { lienPrincipal, resumeSuggestion } from './resume-resultat';

/** Wait this long after the last key before asking the server (one request per pause, not per letter). */
const DELAI_MS = 200;

/**
 * The accueil search box: a plain GET form (`/accueil?q=`, works without JavaScript) enhanced into a
 * WAI-ARIA combobox: suggestions fetched as you type, ArrowDown/ArrowUp to move, Enter to open, Escape to
 * close. Enter with no suggestion chosen submits the form: the full results, with all their links.
 */
export function RecherchePersonnes({ action, terme, label, aide }: { action: string; terme: string; label: string; aide: string }) {
  const router = useRouter();
  const id = useId();
  const [valeur, setValeur] = useState(terme);
  const [suggestions, setSuggestions] = useState<ResultatPersonneDto[] | null>(null);
  const [statut, setStatut] = useState('');
  const [ouvert, setOuvert] = useState(false);
  const [actif, setActif] = useState(-1);
  const requete = useRef<AbortController | null>(null);
  const minuteur = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      requete.current?.abort();
      if (minuteur.current) clearTimeout(minuteur.current);
    },
    [],
  );

  const chercher = async (q: string) => {
    requete.current?.abort();
    const controleur = new AbortController();
    requete.current = controleur;
    try {
      const reponse = await fetch(`/accueil/recherche?q=${encodeURIComponent(q)}`, { signal: controleur.signal, cache: 'no-store' });
      if (!reponse.ok) throw new Error(String(reponse.status));
      const recherche = (await reponse.json()) as RecherchePersonnesDto;
      const liste = recherche.resultats ?? [];
      setSuggestions(liste);
      setActif(-1);
      setOuvert(liste.length > 0);
      if (recherche.message) setStatut(recherche.message);
      else if (recherche.resultats === null) setStatut('');
      else if (liste.length === 0) setStatut('Aucune personne ne correspond. Appuyez sur Entrée pour voir les autres choix.');
      else setStatut(`${liste.length} personne${liste.length > 1 ? 's' : ''} proposée${liste.length > 1 ? 's' : ''} : flèches haut et bas pour choisir, Entrée pour ouvrir.`);
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return;
      // The form still works: Entrée shows the results page.
      setSuggestions(null);
      setOuvert(false);
      setStatut('Suggestions indisponibles : appuyez sur Entrée pour rechercher.');
    }
  };

  const onChange = (q: string) => {
    setValeur(q);
    if (minuteur.current) clearTimeout(minuteur.current);
    minuteur.current = setTimeout(() => void chercher(q), DELAI_MS);
  };

  const ouvrir = (r: ResultatPersonneDto) => {
    const href = lienPrincipal(r);
    if (href) router.push(href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = suggestions?.length ?? 0;
    const choisie = actif >= 0 ? suggestions?.[actif] : undefined;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (n === 0) return;
      e.preventDefault();
      setOuvert(true);
      setActif((i) => (e.key === 'ArrowDown' ? (i + 1) % n : i <= 0 ? n - 1 : i - 1));
    } else if (e.key === 'Enter' && ouvert && choisie) {
      e.preventDefault();
      ouvrir(choisie);
    } else if (e.key === 'Escape' && ouvert) {
      e.preventDefault();
      setOuvert(false);
      setActif(-1);
    }
  };

  const listboxId = `${id}-suggestions`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const actifVisible = ouvert && actif >= 0;

  return (
    <form action={action} method="get" role="search" aria-label="Rechercher une personne" className="mb-4">
      <label htmlFor={`${id}-q`} className="mb-1 block font-medium">
        {label}
      </label>
      <div className="relative flex flex-wrap gap-2">
        <div className="relative w-full max-w-xl">
          <input
            id={`${id}-q`}
            name="q"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={ouvert}
            aria-controls={listboxId}
            aria-activedescendant={actifVisible ? optionId(actif) : undefined}
            aria-describedby={`${id}-aide`}
            autoComplete="off"
            spellCheck={false}
            value={valeur}
            maxLength={100}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => setOuvert(false)}
            onFocus={() => setOuvert((suggestions?.length ?? 0) > 0)}
            className="w-full rounded border border-slate-500 bg-white px-3 py-2"
          />
          <ul
            id={listboxId}
            role="listbox"
            aria-label="Personnes proposées"
            hidden={!ouvert}
            className="absolute z-10 mt-1 max-h-96 w-full overflow-auto rounded border border-slate-400 bg-white shadow-lg"
          >
            {(suggestions ?? []).map((r, i) => (
              <li
                key={r.personneId}
                id={optionId(i)}
                role="option"
                aria-selected={actifVisible && i === actif}
                // Keep the focus in the box: the click opens the person, the blur would close the list first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => ouvrir(r)}
                className={`cursor-pointer px-3 py-2 text-sm ${actifVisible && i === actif ? 'bg-blue-700 text-white' : 'text-slate-900 hover:bg-slate-100'}`}
              >
                {resumeSuggestion(r)}
              </li>
            ))}
          </ul>
        </div>
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
          Rechercher
        </button>
      </div>
      <p id={`${id}-aide`} className="mt-1 text-sm text-slate-700">
        {aide}
      </p>
      <p role="status" className="sr-only">
        {statut}
      </p>
    </form>
  );
}
