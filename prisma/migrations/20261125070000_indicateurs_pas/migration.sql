-- Base of the indicator engine (../shared/spec/indicateurs.md §1): TS rendez-vous by day, périodes d’action
-- sociale (PAS) as known on a reference date, and the PAS each missed rdv belongs to.
-- Each function takes the reference date d: nothing dated after d exists for the engine.

-- Rendez-vous with a travailleur social, as the indicators see them: the day in Europe/Paris.
CREATE OR REPLACE VIEW v_rdv_ts AS
SELECT r.id, r.foyer_id, r.agent_id, (r.debut AT TIME ZONE 'Europe/Paris')::date AS jour, r.mode, r.statut
FROM rendez_vous r
JOIN agent a ON a.id = r.agent_id AND a.role = 'TRAVAILLEUR_SOCIAL';

-- Honoured TS rdv up to reference date d, numbered into périodes d’action sociale (indicateurs.md §1):
-- a new PAS starts at a rdv on or after the previous one + 12 calendar months.
-- jour_3e: the day of the second next rdv of the same PAS (3 rdv within < 12 months = accompagnement).
CREATE OR REPLACE FUNCTION pas_rdv_honores(d date)
RETURNS TABLE (rdv_id int, foyer_id int, agent_id int, jour date, mode "ModeRendezVous", pas_no int, jour_3e date)
LANGUAGE sql STABLE AS $$
  WITH ordonnes AS (
    SELECT v.id, v.foyer_id, v.agent_id, v.jour, v.mode,
      lag(v.jour) OVER (PARTITION BY v.foyer_id ORDER BY v.jour, v.id) AS precedent
    FROM v_rdv_ts v WHERE v.statut = 'HONORE' AND v.jour <= d
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
CREATE OR REPLACE FUNCTION pas_au(d date)
RETURNS TABLE (foyer_id int, pas_no int, debut date, fin date, nb_rdv int, accompagnement boolean, terminee boolean)
LANGUAGE sql STABLE AS $$
  SELECT h.foyer_id, h.pas_no, min(h.jour), max(h.jour), count(*)::int,
    coalesce(bool_or(h.jour_3e < h.jour + interval '12 months'), false),
    d >= max(h.jour) + interval '12 months'
  FROM pas_rdv_honores(d) h GROUP BY h.foyer_id, h.pas_no
$$;

-- The PAS a missed TS rdv belongs to (indicateurs.md, 17): the one whose [debut, fin] contains its day, else the
-- one with the nearest bound within 12 months (the earlier PAS on a tie), else none (pas_no null).
CREATE OR REPLACE FUNCTION pas_rdv_non_honores(d date)
RETURNS TABLE (rdv_id int, foyer_id int, agent_id int, jour date, mode "ModeRendezVous", pas_no int)
LANGUAGE sql STABLE AS $$
  WITH p AS (SELECT * FROM pas_au(d))
  SELECT v.id, v.foyer_id, v.agent_id, v.jour, v.mode, m.pas_no
  FROM v_rdv_ts v
  LEFT JOIN LATERAL (
    SELECT p2.pas_no FROM p p2
    WHERE p2.foyer_id = v.foyer_id
      AND (v.jour BETWEEN p2.debut AND p2.fin
           OR (v.jour < p2.debut AND v.jour + interval '12 months' > p2.debut)
           OR (v.jour > p2.fin AND v.jour < p2.fin + interval '12 months'))
    ORDER BY CASE WHEN v.jour < p2.debut THEN p2.debut - v.jour WHEN v.jour > p2.fin THEN v.jour - p2.fin ELSE 0 END, p2.pas_no
    LIMIT 1
  ) m ON true
  WHERE v.statut = 'NON_HONORE' AND v.jour <= d
$$;

-- The personne de référence of each foyer on day d: the REFERENCE member on d; if none, the latest reference
-- before d; else the earliest after d (indicateurs.md §1).
CREATE OR REPLACE FUNCTION reference_au(d date)
RETURNS TABLE (foyer_id int, personne_id int)
LANGUAGE sql STABLE AS $$
  SELECT DISTINCT ON (a.foyer_id) a.foyer_id, a.personne_id
  FROM appartenance a
  WHERE a.role = 'REFERENCE'
  ORDER BY a.foyer_id,
    CASE WHEN a.debut <= d AND (a.fin IS NULL OR a.fin >= d) THEN 0 WHEN a.debut <= d THEN 1 ELSE 2 END,
    CASE WHEN a.debut > d THEN a.debut - d ELSE d - coalesce(a.fin, d) END,
    a.debut DESC
$$;
