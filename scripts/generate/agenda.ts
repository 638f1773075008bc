/**
 * Office-hour slots of every agent over the whole history, as one byte per agent and day (a bit per
 * 45-minute slot): no agent has two rdv at the same time, in bounded memory (agents × days bytes).
 */
import { addDays, nextWeekday, parisTime } from '../../prisma/seed/calendar';
import { SLOTS } from '../../prisma/seed/agenda';
import { type Random } from '../../prisma/seed/random';

const DAY_MS = 86_400_000;

export class Creneaux {
  private readonly occupes: Uint8Array;
  private readonly premierJour: number;
  private readonly jours: number;

  constructor(debut: Date, fin: Date, agents: number) {
    this.premierJour = Math.floor(debut.getTime() / DAY_MS);
    this.jours = Math.floor(fin.getTime() / DAY_MS) - this.premierJour + 1;
    this.occupes = new Uint8Array((agents + 1) * this.jours);
  }

  /** Books a free slot on `day` (or on the next weekdays when it is full): the day and the instant. */
  reserver(rng: Random, agentId: number, day: Date, prefere?: number): { day: Date; at: Date } {
    let courant = day;
    for (let essai = 0; essai < 60; essai += 1) {
      const index = Math.floor(courant.getTime() / DAY_MS) - this.premierJour;
      if (index < 0 || index >= this.jours) throw new Error(`Créneau hors de l'historique : ${courant.toISOString()}`);
      const cellule = agentId * this.jours + index;
      const pris = this.occupes[cellule] ?? 0;
      if (pris !== 0xff) {
        const premier = prefere ?? rng.int(0, SLOTS.length - 1);
        for (let decalage = 0; decalage < SLOTS.length; decalage += 1) {
          const slot = (premier + decalage) % SLOTS.length;
          if (pris & (1 << slot)) continue;
          this.occupes[cellule] = pris | (1 << slot);
          const [heure, minute] = SLOTS[slot] ?? [9, 0];
          return { day: courant, at: parisTime(courant, heure, minute) };
        }
      }
      courant = nextWeekday(addDays(courant, 1));
    }
    throw new Error(`Agenda de l'agent ${agentId} complet`);
  }
}
