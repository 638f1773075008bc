import { describe, expect, it } from 'vitest';
import { proposerAttribution, type TsDuSecteur } from './proposition';

const ts = (extra: Partial<TsDuSecteur> = {}): TsDuSecteur => ({ agentId: 7, nom: 'Camille Laurent', disponible: true, fileActive: 40, etpt: 1, ...extra });
const secteur = (t: TsDuSecteur | null) => ({ id: 1, nom: 'Secteur 1', ts: t });

describe('proposerAttribution', () => {
  it('propose le TS du secteur sous le seuil', () => {
    expect(proposerAttribution({ mode: 'SECTEUR', secteur: secteur(ts()), seuil: 100 })).toEqual({ agentId: 7, origine: 'SECTEUR', motif: 'Secteur 1.' });
    expect(proposerAttribution({ mode: 'SECTEUR', secteur: secteur(ts({ fileActive: 900 })), seuil: null })).toMatchObject({ agentId: 7 });
  });

  it('met en file un secteur vacant, ou sans secteur', () => {
    expect(proposerAttribution({ mode: 'SECTEUR', secteur: secteur(null), seuil: 100 })).toEqual({ agentId: null, origine: 'SECTEUR', motif: 'Secteur 1 : secteur vacant.' });
    expect(proposerAttribution({ mode: 'SECTEUR', secteur: null, seuil: 100 })).toMatchObject({ agentId: null, origine: 'SECTEUR', motif: expect.stringContaining('Aucun secteur') });
  });

  it('met en file quand le TS n’est plus en poste dans l’EDS', () => {
    expect(proposerAttribution({ mode: 'SECTEUR', secteur: secteur(ts({ disponible: false })), seuil: null })).toMatchObject({
      agentId: null,
      motif: 'Secteur 1 : Camille Laurent n’est pas en poste dans l’EDS aujourd’hui.',
    });
  });

  it('met en file quand le TS a atteint le seuil, en le disant', () => {
    expect(proposerAttribution({ mode: 'SECTEUR', secteur: secteur(ts({ fileActive: 48, etpt: 0.5 })), seuil: 90 })).toEqual({
      agentId: null,
      origine: 'SECTEUR',
      motif: 'Secteur 1 : Camille Laurent a atteint le seuil de charge (96 foyers par ETPT pour un seuil de 90).',
    });
    expect(proposerAttribution({ mode: 'SECTEUR', secteur: secteur(ts({ fileActive: 89, etpt: 1 })), seuil: 90 })).toMatchObject({ agentId: 7 });
  });

  it('en régulation, tout nouveau dossier attend la réunion, même avec un TS disponible', () => {
    expect(proposerAttribution({ mode: 'REGULATION', secteur: secteur(ts()), seuil: null })).toEqual({
      agentId: null,
      origine: 'REGULATION',
      motif: 'En attente de la réunion de régulation.',
    });
  });
});
