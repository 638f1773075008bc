-- Constraints Prisma's schema language cannot express, and the reference lists a new installation ships with
-- (../shared/spec/domaine.md). Labels can be renamed and entries deactivated by an administrator.

ALTER TABLE "affectation" ADD CONSTRAINT "affectation_quotite_check" CHECK ("quotite" > 0 AND "quotite" <= 1);
ALTER TABLE "affectation" ADD CONSTRAINT "affectation_periode_check" CHECK ("fin" IS NULL OR "fin" >= "debut");
ALTER TABLE "appartenance" ADD CONSTRAINT "appartenance_periode_check" CHECK ("fin" IS NULL OR "fin" >= "debut");
ALTER TABLE "membre_equipe" ADD CONSTRAINT "membre_equipe_periode_check" CHECK ("fin" IS NULL OR "fin" >= "debut");
ALTER TABLE "orientation_rsa" ADD CONSTRAINT "orientation_rsa_periode_check" CHECK ("fin" IS NULL OR "fin" >= "debut");
ALTER TABLE "contrat" ADD CONSTRAINT "contrat_periode_check" CHECK ("fin" >= "debut");
ALTER TABLE "convention" ADD CONSTRAINT "convention_periode_check" CHECK ("fin" >= "debut" AND "quota" >= 0);
ALTER TABLE "objectif" ADD CONSTRAINT "objectif_echeance_check" CHECK ("echeance" IS NULL OR "echeance" >= "date");
ALTER TABLE "rendez_vous" ADD CONSTRAINT "rendez_vous_duree_check" CHECK ("duree_minutes" > 0 AND "duree_minutes" <= 720);
ALTER TABLE "rendez_vous" ADD CONSTRAINT "rendez_vous_annulation_check" CHECK ("annule_par" IS NULL OR "statut" = 'ANNULE');
ALTER TABLE "aide" ADD CONSTRAINT "aide_montant_check" CHECK ("montant" > 0);
ALTER TABLE "aide" ADD CONSTRAINT "aide_dates_check" CHECK (
  ("date_decision" IS NULL OR "date_decision" >= "date_demande") AND
  ("date_paiement" IS NULL OR "date_paiement" >= "date_demande") AND
  ("statut" <> 'PAYEE' OR "date_paiement" IS NOT NULL));
ALTER TABLE "dispositif" ADD CONSTRAINT "dispositif_bornes_check" CHECK (
  "montant_min" > 0 AND "montant_max" >= "montant_min" AND ("plafond_foyer_12m" IS NULL OR "plafond_foyer_12m" >= "montant_max"));
ALTER TABLE "ressource" ADD CONSTRAINT "ressource_montants_check" CHECK (
  "revenus_travail" >= 0 AND "retraite" >= 0 AND "allocations" >= 0 AND "autres" >= 0 AND "annee" BETWEEN 1900 AND 2200);
ALTER TABLE "population" ADD CONSTRAINT "population_check" CHECK ("population" > 0 AND ("cout_etpt_ts" IS NULL OR "cout_etpt_ts" > 0));
ALTER TABLE "agent" ADD CONSTRAINT "agent_niveau_check" CHECK ("niveau" IN (1, 2));

INSERT INTO "domaine" ("code", "libelle", "ordre") VALUES
  ('ACCES_DROITS', 'Accès aux droits, démarches administratives', 1),
  ('BUDGET', 'Gestion du budget, endettement, surendettement', 2),
  ('ALIMENTATION', 'Subsistance alimentaire', 3),
  ('LOGEMENT', 'Logement', 4),
  ('HEBERGEMENT', 'Hébergement d''urgence', 5),
  ('ENERGIE', 'Énergie', 6),
  ('EMPLOI', 'Emploi, insertion professionnelle', 7),
  ('FORMATION', 'Formation', 8),
  ('SANTE', 'Santé', 9),
  ('HANDICAP_AUTONOMIE', 'Handicap, autonomie', 10),
  ('FAMILLE_PARENTALITE', 'Famille, parentalité', 11),
  ('VIOLENCES', 'Violences intrafamiliales', 12),
  ('PSYCHOLOGIQUE', 'Difficultés psychologiques', 13),
  ('ISOLEMENT', 'Isolement', 14),
  ('MOBILITE', 'Mobilité', 15),
  ('NUMERIQUE', 'Numérique', 16),
  ('AUTRE', 'Autre', 17)
ON CONFLICT ("code") DO NOTHING;

INSERT INTO "type_action" ("code", "libelle", "ordre") VALUES
  ('AIDE_FINANCIERE', 'Aide financière instruite', 1),
  ('DEMARCHE_ADMINISTRATIVE', 'Démarche administrative', 2),
  ('ORIENTATION_PARTENAIRE', 'Orientation vers un partenaire', 3),
  ('CONTACT_PARTENAIRE', 'Contact avec un partenaire', 4),
  ('ORIENTATION_SANTE', 'Orientation santé', 5),
  ('FORMATION', 'Formation', 6),
  ('ATELIER_COLLECTIF', 'Atelier collectif', 7),
  ('VISITE_ACCOMPAGNEE', 'Visite accompagnée', 8),
  ('AUTRE', 'Autre', 9)
ON CONFLICT ("code") DO NOTHING;

INSERT INTO "motif_sortie" ("code", "libelle", "classe", "ordre") VALUES
  ('RESOLUTION', 'Résolution des problématiques, autonomie', 'POSITIVE', 1),
  ('EMPLOI_FORMATION', 'Accès à l''emploi ou à une formation', 'POSITIVE', 2),
  ('RESOLUTION_PARTIELLE', 'Résolution partielle, suivi en veille', 'NEUTRE', 3),
  ('RELAIS_PARTENAIRE', 'Orientation vers un partenaire qui prend le relais', 'NEUTRE', 4),
  ('RELAIS_SERVICE_DEPARTEMENT', 'Orientation vers un autre service du département (ASE, PMI…)', 'NEUTRE', 5),
  ('DEMENAGEMENT', 'Départ du territoire', 'NEUTRE', 6),
  ('PERDU_DE_VUE', 'Perdu de vue', 'NEGATIVE', 7),
  ('FIN_ADHESION', 'Fin de l''adhésion de la personne', 'NEGATIVE', 8),
  ('DECES', 'Décès', 'NEUTRE', 9),
  ('CREATION_ACTIVITE', 'Création d''activité', 'POSITIVE', 10),
  ('OUVERTURE_DROITS', 'Ouverture de droits qui prennent le relais (retraite, AAH…)', 'POSITIVE', 11),
  ('ACCES_LOGEMENT', 'Accès à un logement autonome', 'POSITIVE', 12),
  ('ABSENCE_SOLUTION', 'Absence de solution disponible (logement, hébergement, soins)', 'NEUTRE', 13)
ON CONFLICT ("code") DO NOTHING;

INSERT INTO "motif_contact" ("code", "libelle", "ordre") VALUES
  ('DEMANDE_RDV', 'Demande de rendez-vous', 1),
  ('INFORMATION', 'Demande d''information', 2),
  ('AIDE_FINANCIERE', 'Demande d''aide financière', 3),
  ('LOGEMENT', 'Logement, hébergement', 4),
  ('ACCES_DROITS', 'Accès aux droits', 5),
  ('URGENCE', 'Situation d''urgence', 6),
  ('AUTRE', 'Autre', 7)
ON CONFLICT ("code") DO NOTHING;

INSERT INTO "dispositif" ("code", "libelle", "montant_min", "montant_max", "plafond_foyer_12m") VALUES
  ('FUS', 'Fonds unique de solidarité', 10, 3000, 5000),
  ('FSL', 'Fonds de solidarité logement', 10, 5000, NULL),
  ('FAJ', 'Fonds d''aide aux jeunes', 10, 1500, NULL)
ON CONFLICT ("code") DO NOTHING;
