/** Office-hour slots of each agent, so that no agent has two rdv at the same time. */
import { addDays, nextWeekday, parisTime } from './calendar';
import { type Random } from './random';

/** Paris wall-clock start times of the 45-minute rdv slots. */
export const SLOTS: readonly (readonly [number, number])[] = [
  [9, 0], [9, 45], [10, 30], [11, 15], [14, 0], [14, 45], [15, 30], [16, 15],
];

export class Agenda {
  private readonly taken = new Set<string>();

  /** Books a free slot on `day` (or the next weekdays when that day is full); returns the day and the instant. */
  book(rng: Random, agentId: number, day: Date, preferredSlot?: number): { day: Date; at: Date } {
    let current = day;
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const first = preferredSlot ?? rng.int(0, SLOTS.length - 1);
      for (let offset = 0; offset < SLOTS.length; offset += 1) {
        const slot = (first + offset) % SLOTS.length;
        const key = `${agentId}|${current.getTime()}|${slot}`;
        if (this.taken.has(key)) continue;
        this.taken.add(key);
        const [hour, minute] = SLOTS[slot] ?? [9, 0];
        return { day: current, at: parisTime(current, hour, minute) };
      }
      current = nextWeekday(addDays(current, 1));
    }
    throw new Error(`Agenda de l'agent ${agentId} complet`);
  }
}
