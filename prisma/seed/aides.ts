/** Financial aids instructed during episodes: FUS, FSL, FAJ, with coherent decision and payment dates. */
import { type CategorieAide, type ModePaiement, type StatutAide } from '@/generated/prisma/client';
import { addDays, addMonths, ageOn } from './calendar';
import { addAction, objectifFor, type Suivi } from './accompagnement';
import { referenceOn, type Episode, type FoyerState, type SeedContext } from './context';
import { type Random } from './random';
import { OBJETS_AIDE } from './texts';

const DOMAINE_OF: Record<CategorieAide, readonly string[]> = {
  ALIMENTATION: ['ALIMENTATION'],
  LOGEMENT: ['LOGEMENT', 'ENERGIE'],
  JEUNES: ['FORMATION', 'EMPLOI', 'ALIMENTATION'],
  FAMILLES: ['FAMILLE_PARENTALITE'],
  DIVERS: ['BUDGET', 'SANTE', 'MOBILITE'],
};

/** An amount in euros: mostly round, between the dispositif's bounds. */
function amount(rng: Random, low: number, high: number, bounds: { min: number; max: number }): string {
  const raw = low + (high - low) * ((rng.next() + rng.next()) / 2);
  const value = rng.chance(0.7) ? Math.round(raw / 10) * 10 : Math.round(raw * 100) / 100;
  return Math.min(bounds.max, Math.max(bounds.min, value)).toFixed(2);
}

export function addAides(ctx: SeedContext, rng: Random, state: FoyerState, episode: Episode, suivi: Suivi): void {
  const { reference, referentiels } = ctx;
  const probability = episode.kind === 'information' ? 0.2 : episode.kind === 'accompagnement' ? 0.5 : 0.65;
  if (episode.honores.length === 0 || !rng.chance(probability)) return;
  const count = episode.kind === 'information' ? 1 : episode.kind === 'accompagnement' ? rng.int(1, 2) : rng.int(1, 3);
  const days = rng.sample(episode.honores, count).sort((a, b) => a.day.getTime() - b.day.getTime());

  for (const honore of days) {
    const demande = honore.day;
    const beneficiaire = referenceOn(state, demande);
    const young = ageOn(beneficiaire.naissance, demande) <= 25;
    let dispositif = young && rng.chance(0.7) ? 'FAJ' : rng.chance(0.22) ? 'FSL' : 'FUS';
    if (!referentiels.dispositifs.has(dispositif)) dispositif = 'FUS';
    const bounds = referentiels.dispositifs.get(dispositif);
    if (!bounds) continue;

    let categorie: CategorieAide;
    let montant: string;
    if (dispositif === 'FAJ') {
      categorie = 'JEUNES';
      montant = amount(rng, 80, 500, bounds);
    } else if (dispositif === 'FSL') {
      categorie = 'LOGEMENT';
      montant = rng.chance(0.15) ? amount(rng, 800, 2500, bounds) : amount(rng, 150, 900, bounds);
    } else {
      categorie = rng.weighted<CategorieAide>([['ALIMENTATION', 0.45], ['LOGEMENT', 0.2], ['FAMILLES', 0.2], ['DIVERS', 0.15]]);
      montant = rng.chance(0.05) ? amount(rng, 600, 1200, bounds) : amount(rng, 100, 500, bounds);
    }

    // The FUS ceiling per foyer over 12 rolling months.
    if (bounds.plafondFoyer12m !== null) {
      const since = addMonths(demande, -12).getTime();
      const used = ctx.rows.aide
        .filter((a) => a.foyerId === state.foyerId && a.dispositifCode === dispositif && a.statut !== 'REFUSEE' && a.statut !== 'ANNULEE')
        .filter((a) => new Date(a.dateDemande).getTime() > since)
        .reduce((sum, a) => sum + Number(a.montant), 0);
      if (used + Number(montant) > bounds.plafondFoyer12m) continue;
    }

    const decision = addDays(demande, rng.int(2, 20));
    const paiement = addDays(decision, rng.int(1, 12));
    let statut: StatutAide;
    if (decision.getTime() > reference.getTime()) statut = 'DEMANDEE';
    else {
      statut = rng.weighted<StatutAide>([['PAYEE', 0.78], ['REFUSEE', 0.12], ['ANNULEE', 0.05], ['ACCORDEE', 0.05]]);
      if (statut === 'PAYEE' && paiement.getTime() > reference.getTime()) statut = 'ACCORDEE';
    }
    const decided = statut === 'PAYEE' || statut === 'ACCORDEE' || statut === 'REFUSEE';
    const modePaiement: ModePaiement | null =
      statut === 'PAYEE' || statut === 'ACCORDEE'
        ? dispositif === 'FSL'
          ? 'VIREMENT'
          : categorie === 'ALIMENTATION'
            ? rng.weighted<ModePaiement>([['BON', 0.5], ['CARTE', 0.35], ['CHEQUE_ACCOMPAGNEMENT', 0.15]])
            : rng.weighted<ModePaiement>([['VIREMENT', 0.6], ['CHEQUE_ACCOMPAGNEMENT', 0.25], ['BON', 0.15]])
        : null;

    const objet = rng.pick(OBJETS_AIDE[categorie]);
    ctx.rows.aide.push({
      id: ctx.rows.aide.length + 1,
      foyerId: state.foyerId,
      personneId: beneficiaire.personne.id,
      dispositifCode: dispositif,
      categorie,
      objet,
      montant,
      statut,
      dateDemande: demande,
      dateDecision: decided ? decision : null,
      datePaiement: statut === 'PAYEE' ? paiement : null,
      modePaiement,
      instructeurId: honore.agentId,
      decideurId: decided ? state.eds.responsableId : null,
    });

    if (referentiels.typesAction.has('AIDE_FINANCIERE') && rng.chance(0.9)) {
      const domaine = rng.pick(DOMAINE_OF[categorie].filter((d) => referentiels.domaines.has(d)).concat(state.problematiques));
      addAction(ctx, rng, state, {
        day: demande,
        typeCode: 'AIDE_FINANCIERE',
        agentId: honore.agentId,
        domaineCode: domaine,
        objectif: objectifFor(rng, suivi, demande, domaine),
        libelle: `Demande d’aide ${dispositif} : ${objet.charAt(0).toLowerCase()}${objet.slice(1)}`,
      });
    }
  }
}
