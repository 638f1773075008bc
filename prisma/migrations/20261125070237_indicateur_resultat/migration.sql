-- CreateTable
CREATE TABLE "indicateur_resultat" (
    "id" SERIAL NOT NULL,
    "cle" TEXT NOT NULL,
    "parametres" JSONB NOT NULL,
    "resultat" JSONB NOT NULL,
    "calcule_le" TIMESTAMPTZ(3) NOT NULL,
    "duree_ms" INTEGER NOT NULL,

    CONSTRAINT "indicateur_resultat_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "indicateur_resultat_cle_key" ON "indicateur_resultat"("cle");
