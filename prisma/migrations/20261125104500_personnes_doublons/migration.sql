-- Duplicate ladder before creating a person (issue 6, item 2): its third rung compares e-mail addresses without
-- case. The other rungs use existing indexes (numero_allocataire, date_naissance, normaliser_telephone(telephone)).
CREATE INDEX personne_email_lower_idx ON personne (lower(email));
