-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SECRETAIRE', 'TRAVAILLEUR_SOCIAL', 'RESPONSABLE_EDS', 'RESPONSABLE_TERRITOIRE', 'DIRECTION', 'ADMIN', 'PARTENAIRE');

-- CreateEnum
CREATE TYPE "Sequence" AS ENUM ('ACCUEIL', 'SUIVI', 'ACCOMPAGNEMENT', 'HORS_SEQUENCE', 'EN_VEILLE', 'A_ARCHIVER', 'ARCHIVE');

-- CreateEnum
CREATE TYPE "StatutDossier" AS ENUM ('ACTIF', 'EN_VEILLE', 'A_ARCHIVER', 'ARCHIVE');

-- CreateEnum
CREATE TYPE "Canal" AS ENUM ('PHYSIQUE', 'TELEPHONE', 'COURRIER_COURRIEL');

-- CreateEnum
CREATE TYPE "SuiteContact" AS ENUM ('INFORMATION', 'ORIENTATION_PARTENAIRE', 'RENDEZ_VOUS', 'URGENCE', 'AUTRE');

-- CreateEnum
CREATE TYPE "ModeRendezVous" AS ENUM ('PRESENTIEL', 'TELEPHONE', 'DOMICILE');

-- CreateEnum
CREATE TYPE "StatutRendezVous" AS ENUM ('PROGRAMME', 'HONORE', 'NON_HONORE', 'ANNULE');

-- CreateEnum
CREATE TYPE "AnnulePar" AS ENUM ('USAGER', 'SERVICE');

-- CreateEnum
CREATE TYPE "Sexe" AS ENUM ('F', 'M');

-- CreateEnum
CREATE TYPE "RoleFoyer" AS ENUM ('REFERENCE', 'CONJOINT', 'ENFANT', 'AUTRE');

-- CreateEnum
CREATE TYPE "ResultatObjectif" AS ENUM ('ATTEINT', 'PARTIELLEMENT_ATTEINT', 'NON_ATTEINT', 'ABANDONNE');

-- CreateEnum
CREATE TYPE "TypeContrat" AS ENUM ('CER', 'CONTRAT_ACCOMPAGNEMENT', 'MASP');

-- CreateEnum
CREATE TYPE "OrientationRsa" AS ENUM ('SOCIALE_DEPARTEMENT', 'SOCIALE_PARTENAIRE', 'SOCIO_PROFESSIONNELLE', 'PROFESSIONNELLE', 'ACCOMPAGNEMENT_GLOBAL');

-- CreateEnum
CREATE TYPE "ClasseSortie" AS ENUM ('POSITIVE', 'NEUTRE', 'NEGATIVE');

-- CreateEnum
CREATE TYPE "CategorieAide" AS ENUM ('ALIMENTATION', 'LOGEMENT', 'JEUNES', 'FAMILLES', 'DIVERS');

-- CreateEnum
CREATE TYPE "StatutAide" AS ENUM ('DEMANDEE', 'ACCORDEE', 'REFUSEE', 'PAYEE', 'ANNULEE');

-- CreateEnum
CREATE TYPE "ModePaiement" AS ENUM ('BON', 'CARTE', 'CHEQUE_ACCOMPAGNEMENT', 'VIREMENT');

-- CreateEnum
CREATE TYPE "TypeStructure" AS ENUM ('CCAS', 'ASSOCIATION', 'CAF', 'FRANCE_TRAVAIL', 'AUTRE');

-- CreateTable
CREATE TABLE "domaine" (
    "code" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "actif" BOOLEAN NOT NULL DEFAULT true,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "domaine_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "type_action" (
    "code" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "actif" BOOLEAN NOT NULL DEFAULT true,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "type_action_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "motif_sortie" (
    "code" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "classe" "ClasseSortie" NOT NULL,
    "actif" BOOLEAN NOT NULL DEFAULT true,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "motif_sortie_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "motif_contact" (
    "code" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "actif" BOOLEAN NOT NULL DEFAULT true,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "motif_contact_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "dispositif" (
    "code" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "montant_min" DECIMAL(12,2) NOT NULL,
    "montant_max" DECIMAL(12,2) NOT NULL,
    "plafond_foyer_12m" DECIMAL(12,2),
    "actif" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "dispositif_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "territoire" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nom" TEXT NOT NULL,

    CONSTRAINT "territoire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "eds" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "adresse" TEXT,
    "telephone" TEXT,
    "territoire_id" INTEGER,

    CONSTRAINT "eds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commune" (
    "code" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "eds_id" INTEGER,

    CONSTRAINT "commune_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "structure_partenaire" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "type" "TypeStructure" NOT NULL,
    "actif" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "structure_partenaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "convention" (
    "id" SERIAL NOT NULL,
    "structure_id" INTEGER NOT NULL,
    "debut" DATE NOT NULL,
    "fin" DATE NOT NULL,
    "quota" INTEGER NOT NULL,

    CONSTRAINT "convention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agent" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "nom" TEXT NOT NULL,
    "prenom" TEXT NOT NULL,
    "email" TEXT,
    "role" "Role" NOT NULL,
    "niveau" INTEGER NOT NULL DEFAULT 1,
    "password_hash" TEXT,
    "actif" BOOLEAN NOT NULL DEFAULT true,
    "structure_id" INTEGER,
    "territoire_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "agent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "affectation" (
    "id" SERIAL NOT NULL,
    "agent_id" INTEGER NOT NULL,
    "eds_id" INTEGER NOT NULL,
    "debut" DATE NOT NULL,
    "fin" DATE,
    "quotite" DECIMAL(4,3) NOT NULL,

    CONSTRAINT "affectation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "population" (
    "annee" INTEGER NOT NULL,
    "population" INTEGER NOT NULL,
    "cout_etpt_ts" DECIMAL(12,2),

    CONSTRAINT "population_pkey" PRIMARY KEY ("annee")
);

-- CreateTable
CREATE TABLE "personne" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "nom" TEXT NOT NULL,
    "prenom" TEXT NOT NULL,
    "nom_naissance" TEXT,
    "date_naissance" DATE NOT NULL,
    "sexe" "Sexe" NOT NULL,
    "numero_allocataire" TEXT,
    "telephone" TEXT,
    "email" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "personne_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "foyer" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "commune_code" TEXT,
    "adresse" TEXT,
    "date_ouverture" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "foyer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appartenance" (
    "id" SERIAL NOT NULL,
    "personne_id" INTEGER NOT NULL,
    "foyer_id" INTEGER NOT NULL,
    "role" "RoleFoyer" NOT NULL,
    "debut" DATE NOT NULL,
    "fin" DATE,

    CONSTRAINT "appartenance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dossier" (
    "id" SERIAL NOT NULL,
    "foyer_id" INTEGER NOT NULL,
    "eds_id" INTEGER NOT NULL,
    "referent_id" INTEGER,
    "sequence_declaree" "Sequence" NOT NULL DEFAULT 'ACCUEIL',
    "statut" "StatutDossier" NOT NULL DEFAULT 'ACTIF',
    "date_ouverture" DATE NOT NULL,
    "date_mise_en_veille" DATE,
    "date_archivage" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membre_equipe" (
    "id" SERIAL NOT NULL,
    "dossier_id" INTEGER NOT NULL,
    "agent_id" INTEGER NOT NULL,
    "debut" DATE NOT NULL,
    "fin" DATE,

    CONSTRAINT "membre_equipe_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "foyer_id" INTEGER NOT NULL,
    "personne_id" INTEGER,
    "eds_id" INTEGER,
    "date" TIMESTAMPTZ(3) NOT NULL,
    "canal" "Canal" NOT NULL,
    "agent_id" INTEGER,
    "motif_code" TEXT,
    "motif" TEXT,
    "suite" "SuiteContact",
    "urgence" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rendez_vous" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "foyer_id" INTEGER NOT NULL,
    "personne_id" INTEGER,
    "agent_id" INTEGER NOT NULL,
    "debut" TIMESTAMPTZ(3) NOT NULL,
    "duree_minutes" INTEGER NOT NULL DEFAULT 45,
    "mode" "ModeRendezVous" NOT NULL,
    "statut" "StatutRendezVous" NOT NULL,
    "annule_par" "AnnulePar",
    "compte_rendu" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rendez_vous_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "note" (
    "id" SERIAL NOT NULL,
    "foyer_id" INTEGER NOT NULL,
    "auteur_id" INTEGER NOT NULL,
    "date" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "texte" TEXT NOT NULL,

    CONSTRAINT "note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "diagnostic" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "foyer_id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "agent_id" INTEGER,
    "synthese" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "diagnostic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "diagnostic_domaine" (
    "diagnostic_id" INTEGER NOT NULL,
    "domaine_code" TEXT NOT NULL,

    CONSTRAINT "diagnostic_domaine_pkey" PRIMARY KEY ("diagnostic_id","domaine_code")
);

-- CreateTable
CREATE TABLE "objectif" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "foyer_id" INTEGER NOT NULL,
    "domaine_code" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "echeance" DATE,
    "resultat" "ResultatObjectif",
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "objectif_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "foyer_id" INTEGER NOT NULL,
    "objectif_id" INTEGER,
    "date" DATE NOT NULL,
    "type_code" TEXT NOT NULL,
    "domaine_code" TEXT,
    "libelle" TEXT,
    "partenaire" TEXT,
    "agent_id" INTEGER,

    CONSTRAINT "action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contrat" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "foyer_id" INTEGER NOT NULL,
    "personne_id" INTEGER,
    "type" "TypeContrat" NOT NULL,
    "debut" DATE NOT NULL,
    "fin" DATE NOT NULL,
    "date_signature" DATE,
    "agent_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "contrat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "orientation_rsa" (
    "id" SERIAL NOT NULL,
    "personne_id" INTEGER NOT NULL,
    "debut" DATE NOT NULL,
    "fin" DATE,
    "orientation" "OrientationRsa" NOT NULL,
    "structure_id" INTEGER,
    "referent_id" INTEGER,

    CONSTRAINT "orientation_rsa_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "constat_carence" (
    "id" SERIAL NOT NULL,
    "personne_id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "motif" TEXT,

    CONSTRAINT "constat_carence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "aide" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "foyer_id" INTEGER NOT NULL,
    "personne_id" INTEGER,
    "dispositif_code" TEXT NOT NULL,
    "categorie" "CategorieAide" NOT NULL,
    "objet" TEXT,
    "montant" DECIMAL(12,2) NOT NULL,
    "statut" "StatutAide" NOT NULL,
    "date_demande" DATE NOT NULL,
    "date_decision" DATE,
    "date_paiement" DATE,
    "mode_paiement" "ModePaiement",
    "instructeur_id" INTEGER,
    "decideur_id" INTEGER,
    "derogation_par_id" INTEGER,
    "derogation_motif" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "aide_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bilan" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "foyer_id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "motif_sortie_code" TEXT NOT NULL,
    "commentaire" TEXT,
    "agent_id" INTEGER,

    CONSTRAINT "bilan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ressource" (
    "id" SERIAL NOT NULL,
    "foyer_id" INTEGER NOT NULL,
    "annee" INTEGER NOT NULL,
    "revenus_travail" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "retraite" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "allocations" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "autres" DECIMAL(12,2) NOT NULL DEFAULT 0,

    CONSTRAINT "ressource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acteur_id" INTEGER,
    "action" TEXT NOT NULL,
    "objet" TEXT NOT NULL,
    "objet_id" TEXT,
    "foyer_id" INTEGER,
    "details" JSONB,
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_throttle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "blocked_until" TIMESTAMPTZ(3),

    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "parametre" (
    "cle" TEXT NOT NULL,
    "valeur" TEXT NOT NULL,

    CONSTRAINT "parametre_pkey" PRIMARY KEY ("cle")
);

-- CreateIndex
CREATE UNIQUE INDEX "territoire_code_key" ON "territoire"("code");

-- CreateIndex
CREATE UNIQUE INDEX "eds_code_key" ON "eds"("code");

-- CreateIndex
CREATE INDEX "commune_eds_id_idx" ON "commune"("eds_id");

-- CreateIndex
CREATE UNIQUE INDEX "structure_partenaire_code_key" ON "structure_partenaire"("code");

-- CreateIndex
CREATE UNIQUE INDEX "agent_external_id_key" ON "agent"("external_id");

-- CreateIndex
CREATE UNIQUE INDEX "agent_email_key" ON "agent"("email");

-- CreateIndex
CREATE INDEX "affectation_agent_id_idx" ON "affectation"("agent_id");

-- CreateIndex
CREATE INDEX "affectation_eds_id_idx" ON "affectation"("eds_id");

-- CreateIndex
CREATE UNIQUE INDEX "personne_external_id_key" ON "personne"("external_id");

-- CreateIndex
CREATE INDEX "personne_nom_prenom_idx" ON "personne"("nom", "prenom");

-- CreateIndex
CREATE INDEX "personne_date_naissance_idx" ON "personne"("date_naissance");

-- CreateIndex
CREATE UNIQUE INDEX "foyer_external_id_key" ON "foyer"("external_id");

-- CreateIndex
CREATE INDEX "appartenance_foyer_id_idx" ON "appartenance"("foyer_id");

-- CreateIndex
CREATE UNIQUE INDEX "appartenance_personne_id_foyer_id_debut_key" ON "appartenance"("personne_id", "foyer_id", "debut");

-- CreateIndex
CREATE UNIQUE INDEX "dossier_foyer_id_key" ON "dossier"("foyer_id");

-- CreateIndex
CREATE INDEX "dossier_eds_id_idx" ON "dossier"("eds_id");

-- CreateIndex
CREATE INDEX "dossier_referent_id_idx" ON "dossier"("referent_id");

-- CreateIndex
CREATE INDEX "membre_equipe_agent_id_idx" ON "membre_equipe"("agent_id");

-- CreateIndex
CREATE UNIQUE INDEX "membre_equipe_dossier_id_agent_id_debut_key" ON "membre_equipe"("dossier_id", "agent_id", "debut");

-- CreateIndex
CREATE UNIQUE INDEX "contact_external_id_key" ON "contact"("external_id");

-- CreateIndex
CREATE INDEX "contact_foyer_id_date_idx" ON "contact"("foyer_id", "date");

-- CreateIndex
CREATE INDEX "contact_date_idx" ON "contact"("date");

-- CreateIndex
CREATE UNIQUE INDEX "rendez_vous_external_id_key" ON "rendez_vous"("external_id");

-- CreateIndex
CREATE INDEX "rendez_vous_foyer_id_debut_idx" ON "rendez_vous"("foyer_id", "debut");

-- CreateIndex
CREATE INDEX "rendez_vous_agent_id_debut_idx" ON "rendez_vous"("agent_id", "debut");

-- CreateIndex
CREATE INDEX "rendez_vous_debut_idx" ON "rendez_vous"("debut");

-- CreateIndex
CREATE INDEX "note_foyer_id_idx" ON "note"("foyer_id");

-- CreateIndex
CREATE UNIQUE INDEX "diagnostic_external_id_key" ON "diagnostic"("external_id");

-- CreateIndex
CREATE INDEX "diagnostic_foyer_id_date_idx" ON "diagnostic"("foyer_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "objectif_external_id_key" ON "objectif"("external_id");

-- CreateIndex
CREATE INDEX "objectif_foyer_id_date_idx" ON "objectif"("foyer_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "action_external_id_key" ON "action"("external_id");

-- CreateIndex
CREATE INDEX "action_foyer_id_date_idx" ON "action"("foyer_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "contrat_external_id_key" ON "contrat"("external_id");

-- CreateIndex
CREATE INDEX "contrat_foyer_id_idx" ON "contrat"("foyer_id");

-- CreateIndex
CREATE INDEX "contrat_personne_id_debut_idx" ON "contrat"("personne_id", "debut");

-- CreateIndex
CREATE INDEX "orientation_rsa_structure_id_idx" ON "orientation_rsa"("structure_id");

-- CreateIndex
CREATE UNIQUE INDEX "orientation_rsa_personne_id_debut_key" ON "orientation_rsa"("personne_id", "debut");

-- CreateIndex
CREATE UNIQUE INDEX "aide_external_id_key" ON "aide"("external_id");

-- CreateIndex
CREATE INDEX "aide_foyer_id_idx" ON "aide"("foyer_id");

-- CreateIndex
CREATE INDEX "aide_date_paiement_idx" ON "aide"("date_paiement");

-- CreateIndex
CREATE UNIQUE INDEX "bilan_external_id_key" ON "bilan"("external_id");

-- CreateIndex
CREATE INDEX "bilan_foyer_id_date_idx" ON "bilan"("foyer_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "ressource_foyer_id_annee_key" ON "ressource"("foyer_id", "annee");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "audit_log_acteur_id_at_idx" ON "audit_log"("acteur_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_foyer_id_at_idx" ON "audit_log"("foyer_id", "at");

-- AddForeignKey
ALTER TABLE "eds" ADD CONSTRAINT "eds_territoire_id_fkey" FOREIGN KEY ("territoire_id") REFERENCES "territoire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commune" ADD CONSTRAINT "commune_eds_id_fkey" FOREIGN KEY ("eds_id") REFERENCES "eds"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "convention" ADD CONSTRAINT "convention_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure_partenaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent" ADD CONSTRAINT "agent_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure_partenaire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent" ADD CONSTRAINT "agent_territoire_id_fkey" FOREIGN KEY ("territoire_id") REFERENCES "territoire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affectation" ADD CONSTRAINT "affectation_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affectation" ADD CONSTRAINT "affectation_eds_id_fkey" FOREIGN KEY ("eds_id") REFERENCES "eds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appartenance" ADD CONSTRAINT "appartenance_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appartenance" ADD CONSTRAINT "appartenance_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_eds_id_fkey" FOREIGN KEY ("eds_id") REFERENCES "eds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_referent_id_fkey" FOREIGN KEY ("referent_id") REFERENCES "agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membre_equipe" ADD CONSTRAINT "membre_equipe_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membre_equipe" ADD CONSTRAINT "membre_equipe_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_eds_id_fkey" FOREIGN KEY ("eds_id") REFERENCES "eds"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_motif_code_fkey" FOREIGN KEY ("motif_code") REFERENCES "motif_contact"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rendez_vous" ADD CONSTRAINT "rendez_vous_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rendez_vous" ADD CONSTRAINT "rendez_vous_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "note" ADD CONSTRAINT "note_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnostic" ADD CONSTRAINT "diagnostic_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnostic_domaine" ADD CONSTRAINT "diagnostic_domaine_diagnostic_id_fkey" FOREIGN KEY ("diagnostic_id") REFERENCES "diagnostic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnostic_domaine" ADD CONSTRAINT "diagnostic_domaine_domaine_code_fkey" FOREIGN KEY ("domaine_code") REFERENCES "domaine"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objectif" ADD CONSTRAINT "objectif_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objectif" ADD CONSTRAINT "objectif_domaine_code_fkey" FOREIGN KEY ("domaine_code") REFERENCES "domaine"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action" ADD CONSTRAINT "action_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action" ADD CONSTRAINT "action_objectif_id_fkey" FOREIGN KEY ("objectif_id") REFERENCES "objectif"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action" ADD CONSTRAINT "action_type_code_fkey" FOREIGN KEY ("type_code") REFERENCES "type_action"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action" ADD CONSTRAINT "action_domaine_code_fkey" FOREIGN KEY ("domaine_code") REFERENCES "domaine"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contrat" ADD CONSTRAINT "contrat_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contrat" ADD CONSTRAINT "contrat_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orientation_rsa" ADD CONSTRAINT "orientation_rsa_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orientation_rsa" ADD CONSTRAINT "orientation_rsa_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure_partenaire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "constat_carence" ADD CONSTRAINT "constat_carence_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aide" ADD CONSTRAINT "aide_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aide" ADD CONSTRAINT "aide_dispositif_code_fkey" FOREIGN KEY ("dispositif_code") REFERENCES "dispositif"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bilan" ADD CONSTRAINT "bilan_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bilan" ADD CONSTRAINT "bilan_motif_sortie_code_fkey" FOREIGN KEY ("motif_sortie_code") REFERENCES "motif_sortie"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ressource" ADD CONSTRAINT "ressource_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_acteur_id_fkey" FOREIGN KEY ("acteur_id") REFERENCES "agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;
