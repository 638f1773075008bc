-- Speed of the indicator engine on a large département (docs/benchmarks.md):
-- 1. The Paris day of each rendez-vous is stored: converting every timestamp to its Paris day on each read was the
--    engine's most expensive elementary operation. Not in schema.prisma (Prisma has no generated columns): the
--    application never writes it, PostgreSQL computes it (decision 004).
-- 2. The PAS functions take an optional set of foyers (null = all), applied before the window functions, so that
--    an EDS, a TS or the RSA population only numbers the rdv of its own foyers.
-- 3. A missed rdv is attached to its PAS by one hash join instead of one lookup of the PAS per rdv.
-- The rules themselves are unchanged (indicateurs.md §1, 17).

ALTER TABLE rendez_vous ADD COLUMN jour date GENERATED ALWAYS AS ((debut AT TIME ZONE 'Europe/Paris')::date) STORED;
CREATE INDEX rendez_vous_foyer_id_jour_idx ON rendez_vous (foyer_id, jour);

CREATE OR REPLACE VIEW v_rdv_ts AS
SELECT r.id, r.foyer_id, r.agent_id, r.jour, r.mode, r.statut
FROM rendez_vous r
JOIN agent a ON a.id = r.agent_id AND a.role = 'TRAVAILLEUR_SOCIAL';

DROP FUNCTION pas_rdv_non_honores(date);
DROP FUNCTION pas_au(date);
DROP FUNCTION pas_rdv_honores(date);

-- Honoured TS rdv up to reference date d, numbered into périodes d’action sociale (indicateurs.md §1):
-- a new PAS starts at a rdv on or after the previous one + 12 calendar months.
-- jour_3e: the day of the second next rdv of the same PAS (3 rdv within < 12 months = accompagnement).
-- foyers: only these foyers (null: all).
CREATE FUNCTION pas_rdv_honores(d date, foyers int[] DEFAULT NULL)
RETURNS TABLE (rdv_id int, foyer_id int, agent_id int, jour date, mode "ModeRendezVous", pas_no int, jour_3e date)
LANGUAGE sql STABLE AS $$
  WITH ordonnes AS (
    SELECT v.id, v.foyer_id, v.agent_id, v.jour, v.mode,
      lag(v.jour) OVER (PARTITION BY v.foyer_id ORDER BY v.jour, v.id) AS precedent
    FROM v_rdv_ts v WHERE v.statut = 'HONORE' AND v.jour <= d AND (foyers IS NULL OR v.foyer_id = ANY (foyers))
  ), numerotes AS (
    SELECT o.*, sum(CASE WHEN o.precedent IS NULL OR o.jour >= o.precedent + interval '12 months' THEN 1 ELSE 0 END)
      OVER (PARTITION BY o.foyer_id ORDER BY o.jour, o.id)::int AS pas_no
    FROM ordonnes o
  )
  SELECT n.id, n.foyer_id, n.agent_id, n.jour, n.mode, n.pas_no,
    lead(n.jour, 2) OVER (PARTITION BY n.foyer_id, n.pas_no ORDER BY n.jour, n.id)
  FROM numerotes n
$$;

-- The PAS known on d: bounds, number of honoured rdv, type (accompagnement or information), ended or not.
CREATE FUNCTION pas_au(d date, foyers int[] DEFAULT NULL)
RETURNS TABLE (foyer_id int, pas_no int, debut date, fin date, nb_rdv int, accompagnement boolean, terminee boolean)
LANGUAGE sql STABLE AS $$
  SELECT h.foyer_id, h.pas_no, min(h.jour), max(h.jour), count(*)::int,
    coalesce(bool_or(h.jour_3e < h.jour + interval '12 months'), false),
    d >= max(h.jour) + interval '12 months'
  FROM pas_rdv_honores(d, foyers) h GROUP BY h.foyer_id, h.pas_no
$$;

-- The PAS a missed TS rdv belongs to (indicateurs.md, 17): the one whose [debut, fin] contains its day, else the
-- one with the nearest bound within 12 months (the earlier PAS on a tie), else none (pas_no null).
CREATE FUNCTION pas_rdv_non_honores(d date, foyers int[] DEFAULT NULL)
RETURNS TABLE (rdv_id int, foyer_id int, agent_id int, jour date, mode "ModeRendezVous", pas_no int)
LANGUAGE sql STABLE AS $$
  WITH p AS MATERIALIZED (SELECT * FROM pas_au(d, foyers)),
  manques AS (
    SELECT v.id, v.foyer_id, v.agent_id, v.jour, v.mode FROM v_rdv_ts v
    WHERE v.statut = 'NON_HONORE' AND v.jour <= d AND (foyers IS NULL OR v.foyer_id = ANY (foyers))
  ), rattaches AS (
    SELECT DISTINCT ON (m.id) m.id, p.pas_no
    FROM manques m JOIN p ON p.foyer_id = m.foyer_id
      AND (m.jour BETWEEN p.debut AND p.fin
           OR (m.jour < p.debut AND m.jour + interval '12 months' > p.debut)
           OR (m.jour > p.fin AND m.jour < p.fin + interval '12 months'))
    ORDER BY m.id, CASE WHEN m.jour < p.debut THEN p.debut - m.jour WHEN m.jour > p.fin THEN m.jour - p.fin ELSE 0 END, p.pas_no
  )
  SELECT m.id, m.foyer_id, m.agent_id, m.jour, m.mode, r.pas_no FROM manques m LEFT JOIN rattaches r ON r.id = m.id
$$;
