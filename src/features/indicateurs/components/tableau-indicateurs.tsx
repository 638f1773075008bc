import type { IndicateurDto, TableauIndicateursDto } from '@/features/indicateurs/queries';
import { formatDate, formatDateHeure } from '@/ui/format';
import { PageHeader } from '@/ui/page-header';
import { Section } from '@/ui/section';
import { chiffresCles } from './cles';
import { ChiffresCles } from './chiffres-cles';
import { ChoixTableau } from './choix-tableau';
import { RecalculerForm } from './recalculer-form';
import { SECTIONS_INDICATEURS } from '../moteur/sections';
import { ValeurIndicateur } from './valeur-indicateur';

/** "2026-01-01" → "01/01/2026" (read at noon UTC, inside the Paris day). */
const jour = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`));
const secondes = (ms: number) => (ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });

function lienExport(t: TableauIndicateursDto, format: 'xlsx' | 'csv'): string {
  const q = new URLSearchParams({ annee: String(t.annee) });
  if (t.perimetre.eds) q.set('eds', t.perimetre.eds.code);
  if (t.perimetre.rsa) q.set('rsa', '1');
  q.set('format', format);
  return `/indicateurs/export?${q.toString()}`;
}

function Indicateur({ indicateur }: { indicateur: IndicateurDto }) {
  const id = `indicateur-${indicateur.numero}`;
  const titre = `${indicateur.numero}. ${indicateur.libelle ?? 'Indicateur non défini dans cette version'}`;
  return (
    <article aria-labelledby={`${id}-titre`} id={id} className="mb-6 border-t border-slate-200 pt-4">
      <h3 id={`${id}-titre`} className="text-lg font-semibold text-slate-900">
        {titre}
      </h3>
      {indicateur.definition ? <p className="mt-1 text-sm text-slate-700">{indicateur.definition}</p> : null}
      <ValeurIndicateur valeur={indicateur.valeur} titre={`Indicateur ${titre}`} libelleIndicateur={indicateur.libelle} />
    </article>
  );
}

/** The /indicateurs page: choice, computation date and button, key figures, then the 55 indicators by section. */
export function TableauIndicateurs({ tableau: t }: { tableau: TableauIndicateursDto }) {
  const r = t.resultat;
  return (
    <>
      <PageHeader titre="Indicateurs">
        {t.perimetre.libelle}, année {t.annee}
        {r.etat === 'calcule' ? `, du ${jour(r.du)} au ${jour(r.au)}` : null}.
      </PageHeader>

      <ChoixTableau annee={t.annee} annees={t.anneesProposees} eds={t.eds} peutDepartement={t.peutDepartement} edsChoisie={t.perimetre.eds?.code ?? null} rsa={t.perimetre.rsa} />

      <section aria-labelledby="calcul-titre" className="mb-8 rounded border border-slate-300 bg-white p-4">
        <h2 id="calcul-titre" className="sr-only">
          Calcul
        </h2>
        {r.etat === 'calcule' ? (
          <>
            <p>
              Calculés le {formatDateHeure(r.calculeLe)} (durée du calcul : {secondes(r.dureeMs)} s).
            </p>
            {r.au < t.periode.au ? (
              <p className="text-sm text-slate-700">Le calcul arrêté au {jour(t.periode.au)} n’est pas encore fait : ces chiffres s’arrêtent au {jour(r.au)}.</p>
            ) : null}
            <p className="mt-2 flex flex-wrap gap-4">
              <a href={lienExport(t, 'xlsx')} download>
                Télécharger (xlsx)
              </a>
              <a href={lienExport(t, 'csv')} download>
                Télécharger (csv)
              </a>
            </p>
          </>
        ) : (
          <p className="font-medium">Pas encore calculé.</p>
        )}
        <p className="mt-2 text-sm text-slate-700">
          Les indicateurs de l’année en cours et de l’année précédente (département, chaque EDS, population RSA du département) sont recalculés automatiquement
          à intervalles réguliers ; vous pouvez aussi les recalculer maintenant.
        </p>
        {t.peutRecalculer ? (
          <div className="mt-3">
            <RecalculerForm
              annee={t.annee}
              eds={t.perimetre.eds?.code ?? null}
              rsa={t.perimetre.rsa}
              calculeLe={r.etat === 'calcule' ? r.calculeLe.toISOString() : null}
              enCours={t.enCours}
            />
          </div>
        ) : null}
      </section>

      {r.etat === 'calcule' ? (
        <>
          <Section id="cles" titre="Indicateurs clés">
            <ChiffresCles chiffres={chiffresCles(r)} />
          </Section>

          <nav aria-labelledby="sommaire-titre" className="mb-8">
            <h2 id="sommaire-titre" className="text-xl font-semibold text-slate-900">
              Les 55 indicateurs de la Cour des comptes
            </h2>
            <ul className="mt-2 grid gap-1 sm:grid-cols-2">
              {SECTIONS_INDICATEURS.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}-titre`}>
                    {s.titre} ({s.numeros[0]}–{s.numeros[s.numeros.length - 1]})
                  </a>
                </li>
              ))}
            </ul>
          </nav>

          {SECTIONS_INDICATEURS.map((s) => (
            <Section key={s.id} id={s.id} titre={s.titre}>
              {s.numeros.map((n) => {
                const indicateur = r.indicateurs.find((i) => i.numero === String(n));
                return indicateur ? <Indicateur key={n} indicateur={indicateur} /> : null;
              })}
            </Section>
          ))}
        </>
      ) : null}
    </>
  );
}
