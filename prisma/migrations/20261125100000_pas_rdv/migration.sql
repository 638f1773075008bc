-- The PAS computed once per call (docs/benchmarks.md): pas_rdv numbers the honoured TS rdv into PAS, puts the
-- bounds and type of its PAS on each row, and attaches the missed rdv; pas_au, pas_rdv_honores and
-- pas_rdv_non_honores become projections of it. Before, the indicator engine numbered the PAS three times
-- (pas_au, pas_rdv_honores, and pas_au again inside pas_rdv_non_honores). The rules are unchanged
-- (indicateurs.md §1 and 17).

DROP FUNCTION pas_rdv_non_honores(date, int[]);
DROP FUNCTION pas_au(date, int[]);
DROP FUNCTION pas_rdv_honores(date, int[]);

-- Programmed TS rdv (HONORE, NON_HONORE) up to reference date d, of the given foyers (null: all), with their PAS:
-- - honoured rdv: a new PAS starts at a rdv on or after the previous one + 12 calendar months; jour_3e is the day
--   of the second next rdv of the same PAS (3 rdv within < 12 months = accompagnement);
-- - missed rdv: the PAS whose [debut, fin] contains its day, else the one with the nearest bound within 12 months
--   (the earlier PAS on a tie), else none (pas_no and the PAS columns null);
-- - pas_debut, pas_fin, pas_nb_rdv, accompagnement, terminee: the PAS as known on d.
CREATE FUNCTION pas_rdv(d date, foyers int[] DEFAULT NULL)
RETURNS TABLE (rdv_id int, foyer_id int, agent_id int, jour date, mode "ModeRendezVous", statut "StatutRendezVous",
  pas_no int, jour_3e date, pas_debut date, pas_fin date, pas_nb_rdv int, accompagnement boolean, terminee boolean)
LANGUAGE sql STABLE AS $$
  WITH rdv AS MATERIALIZED (
    SELECT v.id, v.foyer_id, v.agent_id, v.jour, v.mode, v.statut FROM v_rdv_ts v
    WHERE v.statut IN ('HONORE', 'NON_HONORE') AND v.jour <= d AND (foyers IS NULL OR v.foyer_id = ANY (foyers))
  ), ordonnes AS (
    SELECT r.*, lag(r.jour) OVER (PARTITION BY r.foyer_id ORDER BY r.jour, r.id) AS precedent
    FROM rdv r WHERE r.statut = 'HONORE'
  ), numerotes AS (
    SELECT o.*, sum(CASE WHEN o.precedent IS NULL OR o.jour >= o.precedent + interval '12 months' THEN 1 ELSE 0 END)
      OVER (PARTITION BY o.foyer_id ORDER BY o.jour, o.id)::int AS pas_no
    FROM ordonnes o
  ), honores AS (
    SELECT n.*, lead(n.jour, 2) OVER (PARTITION BY n.foyer_id, n.pas_no ORDER BY n.jour, n.id) AS jour_3e FROM numerotes n
  ), honores_pas AS MATERIALIZED (
    SELECT h.*,
      min(h.jour) OVER pas AS pas_debut, max(h.jour) OVER pas AS pas_fin, count(*) OVER pas AS pas_nb_rdv,
      coalesce(bool_or(h.jour_3e < h.jour + interval '12 months') OVER pas, false) AS accompagnement
    FROM honores h
    WINDOW pas AS (PARTITION BY h.foyer_id, h.pas_no)
  ), pas AS (
    SELECT DISTINCT h.foyer_id, h.pas_no, h.pas_debut, h.pas_fin, h.pas_nb_rdv, h.accompagnement FROM honores_pas h
  ), rattaches AS (
    SELECT DISTINCT ON (m.id) m.id, p.pas_no, p.pas_debut, p.pas_fin, p.pas_nb_rdv, p.accompagnement
    FROM rdv m JOIN pas p ON p.foyer_id = m.foyer_id
      AND (m.jour BETWEEN p.pas_debut AND p.pas_fin
           OR (m.jour < p.pas_debut AND m.jour + interval '12 months' > p.pas_debut)
           OR (m.jour > p.pas_fin AND m.jour < p.pas_fin + interval '12 months'))
    WHERE m.statut = 'NON_HONORE'
    ORDER BY m.id, CASE WHEN m.jour < p.pas_debut THEN p.pas_debut - m.jour WHEN m.jour > p.pas_fin THEN m.jour - p.pas_fin ELSE 0 END, p.pas_no
  )
  SELECT h.id, h.foyer_id, h.agent_id, h.jour, h.mode, h.statut, h.pas_no, h.jour_3e,
    h.pas_debut, h.pas_fin, h.pas_nb_rdv::int, h.accompagnement, d >= h.pas_fin + interval '12 months'
  FROM honores_pas h
  UNION ALL
  SELECT m.id, m.foyer_id, m.agent_id, m.jour, m.mode, m.statut, r.pas_no, NULL::date,
    r.pas_debut, r.pas_fin, r.pas_nb_rdv::int, r.accompagnement, d >= r.pas_fin + interval '12 months'
  FROM rdv m LEFT JOIN rattaches r ON r.id = m.id
  WHERE m.statut = 'NON_HONORE'
$$;

-- Honoured TS rdv up to d numbered into PAS (see pas_rdv).
CREATE FUNCTION pas_rdv_honores(d date, foyers int[] DEFAULT NULL)
RETURNS TABLE (rdv_id int, foyer_id int, agent_id int, jour date, mode "ModeRendezVous", pas_no int, jour_3e date)
LANGUAGE sql STABLE AS $$
  SELECT r.rdv_id, r.foyer_id, r.agent_id, r.jour, r.mode, r.pas_no, r.jour_3e FROM pas_rdv(d, foyers) r WHERE r.statut = 'HONORE'
$$;

-- The PAS known on d: bounds, number of honoured rdv, type (accompagnement or information), ended or not.
CREATE FUNCTION pas_au(d date, foyers int[] DEFAULT NULL)
RETURNS TABLE (foyer_id int, pas_no int, debut date, fin date, nb_rdv int, accompagnement boolean, terminee boolean)
LANGUAGE sql STABLE AS $$
  SELECT DISTINCT r.foyer_id, r.pas_no, r.pas_debut, r.pas_fin, r.pas_nb_rdv, r.accompagnement, r.terminee
  FROM pas_rdv(d, foyers) r WHERE r.statut = 'HONORE'
$$;

-- The PAS a missed TS rdv belongs to (see pas_rdv; pas_no null: none).
CREATE FUNCTION pas_rdv_non_honores(d date, foyers int[] DEFAULT NULL)
RETURNS TABLE (rdv_id int, foyer_id int, agent_id int, jour date, mode "ModeRendezVous", pas_no int)
LANGUAGE sql STABLE AS $$
  SELECT r.rdv_id, r.foyer_id, r.agent_id, r.jour, r.mode, r.pas_no FROM pas_rdv(d, foyers) r WHERE r.statut = 'NON_HONORE'
$$;
