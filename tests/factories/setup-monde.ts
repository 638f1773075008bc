import { afterAll, beforeEach } from 'vitest';
import { loadActeur, type Acteur } from '@/server/acteur';
import { resetDatabase } from '../setup/reset';
import { createMonde, testClient } from './monde';

type Monde = Awaited<ReturnType<typeof createMonde>>;

/** Registers the hooks of an authorization test file: a fresh two-EDS world before each test. */
export function setupMonde() {
  const prisma = testClient();
  let current: Monde | null = null;
  beforeEach(async () => {
    await resetDatabase();
    current = await createMonde(prisma);
  });
  afterAll(() => prisma.$disconnect());
  return {
    prisma,
    get monde(): Monde {
      if (!current) throw new Error('monde non créé');
      return current;
    },
    /** The acteur of an agent of the world, as a request would build it. */
    async acteur(id: number): Promise<Acteur> {
      const a = await loadActeur(id);
      if (!a) throw new Error('acteur introuvable');
      return a;
    },
  };
}
