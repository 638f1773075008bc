/**
 * Hand-computed indicator fixtures are written in the exchange format (CSV) and loaded with the real
 * import, so a fixture reads like the data a département would bring.
 */
import type { PrismaClient } from '@/generated/prisma/client';
import { formatErreur } from '@/features/echange/erreurs';
import { unsafeImportSource } from '@/features/echange/import-dossier';
import { sourceMemoire } from '@/features/echange/source';
import { unsafeComputeIndicateurs } from '@/features/indicateurs/moteur/calculer';
import { parametresSchema } from '@/features/indicateurs/moteur/parametres';

/** A CSV file from a header line and rows (values are written as is: no commas in fixture values). */
export const csv = (entete: string, lignes: (string | number)[][]) => `${entete}\n${lignes.map((l) => l.join(',')).join('\n')}\n`;

/**
 * The common base: EDS E1 and E2; TS T1 (E1, full time), T2 (E2, 0.5); a secrétaire S1 (E1);
 * foyers F1…F9 in E1 and G1…G3 in E2, each with one reference person (P_<foyer>, born 1980-01-01).
 */
export function base(): Record<string, string> {
  const foyersE1 = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9'];
  const foyersE2 = ['G1', 'G2', 'G3'];
  const tous = [...foyersE1, ...foyersE2];
  return {
    'eds.csv': csv('code,nom,communes', [['E1', 'EDS Un', ''], ['E2', 'EDS Deux', '']]),
    'agents.csv': csv('agent_id,nom,prenom,role,email', [
      ['T1', 'Un', 'Ts', 'TRAVAILLEUR_SOCIAL', ''],
      ['T2', 'Deux', 'Ts', 'TRAVAILLEUR_SOCIAL', ''],
      ['S1', 'Un', 'Secretaire', 'SECRETAIRE', ''],
    ]),
    'affectations.csv': csv('agent_id,eds_code,debut,fin,quotite', [
      ['T1', 'E1', '2015-01-01', '', '1'],
      ['T2', 'E2', '2015-01-01', '', '0.5'],
      ['S1', 'E1', '2015-01-01', '', '1'],
    ]),
    'foyers.csv': csv('foyer_id,eds_code,commune,adresse,date_ouverture', tous.map((f) => [f, foyersE1.includes(f) ? 'E1' : 'E2', '', '', ''])),
    'personnes.csv': csv('personne_id,nom,prenom,date_naissance,sexe,nom_naissance,numero_allocataire', tous.map((f) => [`P_${f}`, `Nom${f}`, 'Prenom', '1980-01-01', 'F', '', ''])),
    'appartenances.csv': csv('personne_id,foyer_id,role,debut,fin', tous.map((f) => [`P_${f}`, f, 'REFERENCE', '2010-01-01', ''])),
  };
}

/** Rendez-vous rows: [id, foyer, agent, debut (YYYY-MM-DDTHH:MM or YYYY-MM-DD → 10:00), mode, statut]. */
export function rendezVous(lignes: [string, string, string, string, string, string][]): string {
  return csv(
    'rdv_id,foyer_id,personne_id,agent_id,debut,duree_minutes,mode,statut',
    lignes.map(([id, foyer, agent, debut, mode, statut]) => [id, foyer, '', agent, debut.length === 10 ? `${debut}T10:00` : debut, '45', mode, statut]),
  );
}

export async function importer(prisma: PrismaClient, fichiers: Record<string, string>): Promise<void> {
  const resultat = await unsafeImportSource(prisma, sourceMemoire(fichiers, 'fixture'), { aujourdhui: '2026-01-01' });
  if (!resultat.ok) {
    throw new Error(`Fixture invalide :\n${resultat.erreurs.map(formatErreur).join('\n')}`);
  }
}

export async function calculer(prisma: PrismaClient, parametres: { du: string; au: string; eds?: string; ts?: number; rsa?: boolean }, seulement?: string[]) {
  const resultat = await unsafeComputeIndicateurs(prisma, parametresSchema.parse(parametres), seulement);
  return resultat.indicateurs as Record<string, unknown>;
}
