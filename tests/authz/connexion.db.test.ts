import { hash } from '@node-rs/argon2';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { authenticate } from '@/server/login';
import { LIMITE_COMPTE } from '@/features/connexion/regles/limite-tentatives';
import { testClient } from '../factories/monde';
import { resetDatabase } from '../setup/reset';

const prisma = testClient();
const PASSWORD = 'Un-mot-de-passe-solide';

beforeEach(async () => {
  await resetDatabase();
  await prisma.agent.create({
    data: { nom: 'Martin', prenom: 'Léa', email: 'lea.martin@test.local', role: 'TRAVAILLEUR_SOCIAL', passwordHash: await hash(PASSWORD) },
  });
});
afterAll(() => prisma.$disconnect());

describe('connexion', () => {
  it('accepte le bon mot de passe, sans tenir compte de la casse de l’adresse', async () => {
    const result = await authenticate({ email: ' Lea.Martin@test.local ', password: PASSWORD, ip: '10.0.0.1' });
    expect(result).toMatchObject({ ok: true, agent: { role: 'TRAVAILLEUR_SOCIAL' } });
  });

  it('une adresse inconnue et un mauvais mot de passe donnent la même réponse', async () => {
    const inconnue = await authenticate({ email: 'inconnu@test.local', password: PASSWORD, ip: '10.0.0.1' });
    const mauvais = await authenticate({ email: 'lea.martin@test.local', password: 'faux', ip: '10.0.0.1' });
    expect(inconnue).toEqual({ ok: false, code: 'IDENTIFIANTS_INVALIDES' });
    expect(mauvais).toEqual(inconnue);
  });

  it('refuse un compte désactivé', async () => {
    await prisma.agent.updateMany({ data: { actif: false } });
    expect(await authenticate({ email: 'lea.martin@test.local', password: PASSWORD, ip: '10.0.0.1' })).toEqual({ ok: false, code: 'IDENTIFIANTS_INVALIDES' });
  });

  it('bloque le compte après trop d’échecs, même avec le bon mot de passe ensuite', async () => {
    for (let i = 0; i < LIMITE_COMPTE.maxFailures; i++) {
      await authenticate({ email: 'lea.martin@test.local', password: 'faux', ip: `10.0.0.${i}` });
    }
    const result = await authenticate({ email: 'lea.martin@test.local', password: PASSWORD, ip: '10.0.0.99' });
    expect(result).toEqual({ ok: false, code: 'TROP_DE_TENTATIVES' });
    expect(await prisma.loginThrottle.findUnique({ where: { key: 'email:lea.martin@test.local' } })).toMatchObject({ failures: LIMITE_COMPTE.maxFailures });
  });

  it('compte aussi les échecs simultanés (état partagé en base)', async () => {
    await Promise.all(Array.from({ length: 4 }, () => authenticate({ email: 'x@test.local', password: 'faux', ip: '10.9.9.9' })));
    expect(await prisma.loginThrottle.findUnique({ where: { key: 'ip:10.9.9.9' } })).toMatchObject({ failures: 4 });
  });

  it('journalise les connexions réussies et refusées', async () => {
    await authenticate({ email: 'lea.martin@test.local', password: PASSWORD, ip: '10.0.0.1' });
    await authenticate({ email: 'lea.martin@test.local', password: 'faux', ip: '10.0.0.1' });
    const actions = (await prisma.auditLog.findMany({ orderBy: { id: 'asc' } })).map((r) => r.action);
    expect(actions).toEqual(['CONNEXION', 'CONNEXION_REFUSEE']);
  });
});
