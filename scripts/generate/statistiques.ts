/**
 * What the generator counts while it writes (bounded memory: counters and histograms), to print the
 * summary and check the distributions against the Val-de-Marne report without reading the database.
 */
import { type ModeRendezVous, type StatutRendezVous } from '@/generated/prisma/client';
import { type Nature } from './foyer';

const MAX_JOURS = 400;

export class Statistiques {
  readonly rdvParAnnee = new Map<number, Record<string, number>>();
  readonly contactsParAnnee = new Map<number, number>();
  readonly aidesParAnnee = new Map<number, { nombre: number; payees: number; montantPaye: number }>();
  /** Gaps in days between consecutive honoured rdv of accompaniment périodes (as generated). */
  readonly ecarts = new Uint32Array(MAX_JOURS + 1);
  readonly pasParNature: Record<Nature, { pas: number; rdv: number }> = {
    information: { pas: 0, rdv: 0 },
    accompagnement: { pas: 0, rdv: 0 },
    intensif: { pas: 0, rdv: 0 },
  };
  readonly modes: Record<string, number> = {};
  foyers = 0;
  personnes = 0;
  montantTotal = 0;
  aides = 0;

  rdv(day: Date, statut: StatutRendezVous, mode: ModeRendezVous, nature: Nature): void {
    const annee = day.getUTCFullYear();
    const compte = this.rdvParAnnee.get(annee) ?? {};
    compte[statut] = (compte[statut] ?? 0) + 1;
    this.rdvParAnnee.set(annee, compte);
    if (statut === 'HONORE') {
      const cle = `${nature === 'information' ? 'information' : 'accompagnement'}:${mode}`;
      this.modes[cle] = (this.modes[cle] ?? 0) + 1;
    }
  }

  contact(day: Date): void {
    const annee = day.getUTCFullYear();
    this.contactsParAnnee.set(annee, (this.contactsParAnnee.get(annee) ?? 0) + 1);
  }

  ecart(nature: Nature, jours: number): void {
    if (nature === 'information') return;
    const j = Math.min(MAX_JOURS, Math.max(0, jours));
    this.ecarts[j] = (this.ecarts[j] ?? 0) + 1;
  }

  aide(paiement: Date | null, montant: number, demande: Date): void {
    const annee = (paiement ?? demande).getUTCFullYear();
    const a = this.aidesParAnnee.get(annee) ?? { nombre: 0, payees: 0, montantPaye: 0 };
    a.nombre += 1;
    if (paiement) {
      a.payees += 1;
      a.montantPaye += montant;
    }
    this.aidesParAnnee.set(annee, a);
    this.aides += 1;
    this.montantTotal += montant;
  }

  pas(nature: Nature, rdv: number): void {
    if (rdv === 0) return;
    this.pasParNature[nature].pas += 1;
    this.pasParNature[nature].rdv += rdv;
  }

  foyer(personnes: number): void {
    this.foyers += 1;
    this.personnes += personnes;
  }

  /** Median and mean of the accompaniment gaps. */
  ecartsResume(): { mediane: number; moyenne: number; nombre: number } {
    let n = 0;
    let somme = 0;
    this.ecarts.forEach((c, j) => {
      n += c;
      somme += c * j;
    });
    let cumul = 0;
    let mediane = 0;
    for (let j = 0; j <= MAX_JOURS; j += 1) {
      cumul += this.ecarts[j] ?? 0;
      if (cumul * 2 >= n) {
        mediane = j;
        break;
      }
    }
    return { mediane, moyenne: n === 0 ? 0 : somme / n, nombre: n };
  }
}
