-- CreateEnum
CREATE TYPE "TypeSite" AS ENUM ('EDS', 'ANTENNE', 'PERMANENCE', 'BUS');

-- CreateEnum
CREATE TYPE "TrancheAge" AS ENUM ('MOINS_25', 'DE_25_A_39', 'DE_40_A_59', 'DE_60_ET_PLUS', 'INCONNUE');

-- CreateEnum
CREATE TYPE "ModeAttribution" AS ENUM ('SECTEUR', 'REGULATION');

-- CreateEnum
CREATE TYPE "OrigineAttribution" AS ENUM ('SECTEUR', 'REGULATION', 'MANUELLE');

-- AlterEnum
ALTER TYPE "SuiteContact" ADD VALUE 'TRANSMIS_REFERENT';

-- AlterTable
ALTER TABLE "eds" ADD COLUMN     "mode_attribution" "ModeAttribution" NOT NULL DEFAULT 'SECTEUR',
ADD COLUMN     "seuil_file_active" INTEGER,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "personne" ADD COLUMN     "fusionnee_dans_id" INTEGER,
ADD COLUMN     "protegee" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "contact" ADD COLUMN     "commune_code" TEXT,
ADD COLUMN     "note_accueil" TEXT,
ADD COLUMN     "partenaire" TEXT,
ADD COLUMN     "site_id" INTEGER,
ADD COLUMN     "tranche_age" "TrancheAge",
ALTER COLUMN "foyer_id" DROP NOT NULL;

-- AlterTable
ALTER TABLE "rendez_vous" ADD COLUMN     "site_id" INTEGER;

-- CreateTable
CREATE TABLE "site" (
    "id" SERIAL NOT NULL,
    "eds_id" INTEGER NOT NULL,
    "nom" TEXT NOT NULL,
    "type" "TypeSite" NOT NULL,
    "commune_code" TEXT,
    "actif" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "secteur" (
    "id" SERIAL NOT NULL,
    "eds_id" INTEGER NOT NULL,
    "nom" TEXT NOT NULL,
    "agent_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "secteur_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "secteur_zone" (
    "id" SERIAL NOT NULL,
    "secteur_id" INTEGER NOT NULL,
    "commune_code" TEXT NOT NULL,
    "voie" TEXT,
    "iris" TEXT,

    CONSTRAINT "secteur_zone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regulation" (
    "id" SERIAL NOT NULL,
    "eds_id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "participants" TEXT NOT NULL,
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "regulation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attribution_dossier" (
    "id" SERIAL NOT NULL,
    "dossier_id" INTEGER NOT NULL,
    "agent_id" INTEGER,
    "origine" "OrigineAttribution" NOT NULL,
    "debut" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fin" TIMESTAMPTZ(3),
    "decide_par_id" INTEGER,
    "regulation_id" INTEGER,
    "motif" TEXT,

    CONSTRAINT "attribution_dossier_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "site_eds_id_nom_key" ON "site"("eds_id", "nom");

-- CreateIndex
CREATE UNIQUE INDEX "secteur_eds_id_nom_key" ON "secteur"("eds_id", "nom");

-- CreateIndex
CREATE INDEX "secteur_zone_commune_code_idx" ON "secteur_zone"("commune_code");

-- CreateIndex
CREATE INDEX "regulation_eds_id_date_idx" ON "regulation"("eds_id", "date");

-- CreateIndex
CREATE INDEX "attribution_dossier_dossier_id_debut_idx" ON "attribution_dossier"("dossier_id", "debut");

-- CreateIndex
CREATE INDEX "attribution_dossier_agent_id_idx" ON "attribution_dossier"("agent_id");

-- CreateIndex
CREATE INDEX "contact_eds_id_date_idx" ON "contact"("eds_id", "date");

-- AddForeignKey
ALTER TABLE "site" ADD CONSTRAINT "site_eds_id_fkey" FOREIGN KEY ("eds_id") REFERENCES "eds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "site" ADD CONSTRAINT "site_commune_code_fkey" FOREIGN KEY ("commune_code") REFERENCES "commune"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "secteur" ADD CONSTRAINT "secteur_eds_id_fkey" FOREIGN KEY ("eds_id") REFERENCES "eds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "secteur" ADD CONSTRAINT "secteur_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "secteur_zone" ADD CONSTRAINT "secteur_zone_secteur_id_fkey" FOREIGN KEY ("secteur_id") REFERENCES "secteur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "secteur_zone" ADD CONSTRAINT "secteur_zone_commune_code_fkey" FOREIGN KEY ("commune_code") REFERENCES "commune"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulation" ADD CONSTRAINT "regulation_eds_id_fkey" FOREIGN KEY ("eds_id") REFERENCES "eds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulation" ADD CONSTRAINT "regulation_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attribution_dossier" ADD CONSTRAINT "attribution_dossier_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attribution_dossier" ADD CONSTRAINT "attribution_dossier_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attribution_dossier" ADD CONSTRAINT "attribution_dossier_decide_par_id_fkey" FOREIGN KEY ("decide_par_id") REFERENCES "agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attribution_dossier" ADD CONSTRAINT "attribution_dossier_regulation_id_fkey" FOREIGN KEY ("regulation_id") REFERENCES "regulation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personne" ADD CONSTRAINT "personne_fusionnee_dans_id_fkey" FOREIGN KEY ("fusionnee_dans_id") REFERENCES "personne"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_commune_code_fkey" FOREIGN KEY ("commune_code") REFERENCES "commune"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rendez_vous" ADD CONSTRAINT "rendez_vous_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Search of persons at the accueil (issue 6): tolerant of accents, case, hyphens, apostrophes and small typos.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (it reads its dictionary): naming the dictionary makes this wrapper IMMUTABLE, so that
-- indexes can use it. "Lefèvre-Dupont", "LEFEVRE DUPONT" and "l'efevre  dupont" give the same text.
CREATE OR REPLACE FUNCTION normaliser_nom(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, t)), '[^a-z0-9]+', ' ', 'g'))
$$;

-- Digits of a French phone number, +33 / 0033 written as 0: "06 12-34.56 78" and "+33 6 12 34 56 78" match.
CREATE OR REPLACE FUNCTION normaliser_telephone(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT regexp_replace(regexp_replace(t, '[^0-9+]', '', 'g'), '^(\+33|0033)', '0')
$$;

CREATE INDEX personne_recherche_trgm_idx ON personne
  USING gin (normaliser_nom(nom || ' ' || prenom || ' ' || coalesce(nom_naissance, '')) gin_trgm_ops);
CREATE INDEX personne_numero_allocataire_idx ON personne (numero_allocataire);
CREATE INDEX personne_telephone_idx ON personne (normaliser_telephone(telephone));

-- A light contact has no person: it names no one.
ALTER TABLE contact ADD CONSTRAINT contact_leger_sans_personne CHECK (foyer_id IS NOT NULL OR personne_id IS NULL);

-- One current assignment per dossier.
CREATE UNIQUE INDEX attribution_dossier_courante_key ON attribution_dossier (dossier_id) WHERE fin IS NULL;
ALTER TABLE attribution_dossier ADD CONSTRAINT attribution_dossier_periode CHECK (fin IS NULL OR fin >= debut);
