import { Table, Td, Th } from '@/ui/table';
import { analyser, estIndisponible, formaterNombre, legende, libelleCle, libelleValeur, type Bloc, type Scalaire } from './affichage';

const entier = new Intl.NumberFormat('fr-FR');
const pourcent = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** One figure: formatted number, French reason in italics (never 0), or a dash for a ratio without denominator. */
export function Figure({ valeur, chemin, libelleIndicateur }: { valeur: Scalaire | undefined; chemin: readonly string[]; libelleIndicateur: string | null }) {
  if (valeur === undefined || valeur === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{valeur === null ? 'non calculable' : 'absent'}</span>
      </>
    );
  }
  if (estIndisponible(valeur)) return <em className="text-slate-700">{valeur.raison}</em>;
  if (typeof valeur === 'number') return <>{formaterNombre(valeur, chemin, libelleIndicateur)}</>;
  if (typeof valeur === 'boolean') return <>{valeur ? 'Oui' : 'Non'}</>;
  return <>{valeur}</>;
}

function BlocIndicateur({ bloc, titre, libelleIndicateur }: { bloc: Bloc; titre: string; libelleIndicateur: string | null }) {
  const caption = bloc.chemin.length === 0 ? titre : `${titre} — ${legende(bloc.chemin)}`;
  const visible = bloc.chemin.length > 0;
  switch (bloc.type) {
    case 'raison':
      return (
        <p className="my-2">
          {visible ? <span className="font-medium">{legende(bloc.chemin)} : </span> : null}
          <em className="text-slate-700">{bloc.raison}</em>
        </p>
      );
    case 'liste':
      return (
        <p className="my-2">
          {visible ? <span className="font-medium">{legende(bloc.chemin)} : </span> : null}
          {bloc.valeurs.map((v, i) => (
            <span key={i}>
              {i > 0 ? ' ; ' : null}
              <Figure valeur={v} chemin={bloc.chemin} libelleIndicateur={libelleIndicateur} />
            </span>
          ))}
        </p>
      );
    case 'scalaires': {
      const seule = bloc.lignes.length === 1 && bloc.lignes[0]?.cle === '' ? bloc.lignes[0] : null;
      if (seule) {
        return (
          <p className="my-2 text-lg font-semibold tabular-nums">
            {visible ? <span className="font-medium">{legende(bloc.chemin)} : </span> : null}
            <Figure valeur={seule.valeur} chemin={bloc.chemin} libelleIndicateur={libelleIndicateur} />
          </p>
        );
      }
      return (
        <div className="my-3 max-w-2xl">
          <Table caption={visible ? legende(bloc.chemin) : caption} captionVisible={visible}>
            <thead>
              <tr>
                <Th>Mesure</Th>
                <Th numeric>Valeur</Th>
              </tr>
            </thead>
            <tbody>
              {bloc.lignes.map((l) => (
                <tr key={l.cle}>
                  <Th scope="row">{libelleCle(l.cle)}</Th>
                  <Td numeric>
                    <Figure valeur={l.valeur} chemin={[...bloc.chemin, l.cle]} libelleIndicateur={libelleIndicateur} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      );
    }
    case 'tableau':
      return (
        <div className={`my-3 ${bloc.colonnes.length <= 3 ? 'max-w-2xl' : ''}`}>
          <Table caption={visible ? legende(bloc.chemin) : caption} captionVisible={visible}>
            <thead>
              <tr>
                <Th>
                  <span className="sr-only">Mesure</span>
                </Th>
                {bloc.colonnes.map((c) => (
                  <Th key={c} numeric>
                    {libelleCle(c)}
                  </Th>
                ))}
              </tr>
            </thead>
            <tbody>
              {bloc.lignes.map((l) => (
                <tr key={l.cle ?? ''}>
                  <Th scope="row">{l.cle === null ? (visible ? libelleCle(bloc.chemin[bloc.chemin.length - 1] ?? '') : libelleValeur(libelleIndicateur)) : libelleCle(l.cle)}</Th>
                  {l.cellules.map((v, i) => {
                    const colonne = bloc.colonnes[i] ?? '';
                    return (
                      <Td key={colonne} numeric>
                        <Figure valeur={v} chemin={[...bloc.chemin, ...(l.cle === null ? [] : [l.cle]), colonne]} libelleIndicateur={libelleIndicateur} />
                      </Td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      );
    case 'distribution': {
      const unique = bloc.series.length === 1 ? bloc.series[0] : null;
      const total = unique ? unique.effectifs.reduce<number>((s, n) => s + (n ?? 0), 0) : 0;
      return (
        <div className={`my-3 ${bloc.series.length <= 2 ? 'max-w-2xl' : ''}`}>
          <Table caption={`${visible ? legende(bloc.chemin) : caption} (répartition)`} captionVisible={visible}>
            <thead>
              <tr>
                <Th>Classe</Th>
                {bloc.series.map((s) => (
                  <Th key={s.cle ?? ''} numeric>
                    {s.cle === null ? 'Effectif' : libelleCle(s.cle)}
                  </Th>
                ))}
                {unique ? <Th numeric>Part</Th> : null}
              </tr>
            </thead>
            <tbody>
              {bloc.classes.map((classe, i) => {
                const n = unique?.effectifs[i] ?? null;
                return (
                  <tr key={`${classe}-${i}`}>
                    <Th scope="row">{classe}</Th>
                    {bloc.series.map((s) => {
                      const v = s.effectifs[i] ?? null;
                      return (
                        <Td key={s.cle ?? ''} numeric>
                          {v === null ? '—' : entier.format(v)}
                        </Td>
                      );
                    })}
                    {unique ? <Td numeric>{total > 0 && n !== null ? pourcent.format(n / total) : '—'}</Td> : null}
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </div>
      );
    }
  }
}

/** Any indicator value of the JSON contract, as tables (see affichage.ts for the rules). */
export function ValeurIndicateur({ valeur, titre, libelleIndicateur }: { valeur: unknown; titre: string; libelleIndicateur: string | null }) {
  if (valeur === undefined) return <p className="italic text-slate-700">Absent de ce résultat : recalculez les indicateurs.</p>;
  const blocs = analyser(valeur);
  if (blocs.length === 0) return <p className="italic text-slate-700">Aucune valeur.</p>;
  return (
    <>
      {blocs.map((bloc, i) => (
        <BlocIndicateur key={i} bloc={bloc} titre={titre} libelleIndicateur={libelleIndicateur} />
      ))}
    </>
  );
}
