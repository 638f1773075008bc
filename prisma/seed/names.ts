/** Fictional but plausible names and places for the demo département. */

export const PRENOMS_F = [
  'Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Sandrine', 'Véronique', 'Christine', 'Valérie',
  'Stéphanie', 'Céline', 'Aurélie', 'Émilie', 'Julie', 'Laetitia', 'Karine', 'Sophie', 'Audrey', 'Caroline',
  'Virginie', 'Mélanie', 'Élodie', 'Jessica', 'Laura', 'Camille', 'Manon', 'Léa', 'Chloé', 'Sarah', 'Inès',
  'Emma', 'Jade', 'Louise', 'Alice', 'Lina', 'Rose', 'Anna', 'Mila', 'Ambre', 'Zoé', 'Lucie', 'Clara',
  'Fatima', 'Aïcha', 'Khadija', 'Yasmina', 'Nadia', 'Samira', 'Leïla', 'Myriam', 'Amina', 'Mariam',
  'Fatoumata', 'Aminata', 'Awa', 'Mariama', 'Ana', 'Maria', 'Sofia', 'Elena', 'Monique', 'Françoise',
  'Jacqueline', 'Michèle', 'Martine', 'Danielle', 'Josiane', 'Brigitte', 'Chantal', 'Patricia', 'Nicole',
  'Yvette', 'Océane', 'Maëlys', 'Nour', 'Assia', 'Linh', 'Mei', 'Ornella', 'Priscilla',
] as const;

export const PRENOMS_M = [
  'Jean', 'Philippe', 'Michel', 'Alain', 'Patrick', 'Nicolas', 'Christophe', 'Pierre', 'Christian', 'Éric',
  'Frédéric', 'Laurent', 'Stéphane', 'David', 'Olivier', 'Sébastien', 'Julien', 'Thomas', 'Jérôme', 'Guillaume',
  'Mickaël', 'Anthony', 'Kevin', 'Maxime', 'Romain', 'Alexandre', 'Lucas', 'Hugo', 'Louis', 'Gabriel',
  'Léo', 'Raphaël', 'Arthur', 'Jules', 'Adam', 'Nathan', 'Noah', 'Ethan', 'Sacha', 'Tom', 'Enzo',
  'Mohamed', 'Karim', 'Rachid', 'Mehdi', 'Yassine', 'Sofiane', 'Bilal', 'Ibrahim', 'Moussa', 'Mamadou',
  'Ousmane', 'Abdoulaye', 'Youssef', 'Ayoub', 'Amine', 'José', 'Manuel', 'Antonio', 'Paulo', 'Jean-Pierre',
  'Jean-Claude', 'Bernard', 'Gérard', 'Daniel', 'Roger', 'René', 'Marcel', 'André', 'Dylan', 'Florian',
  'Quentin', 'Matteo', 'Rayan', 'Ilyes', 'Minh', 'Wei', 'Samuel', 'Théo',
] as const;

export const NOMS = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
  'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard',
  'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefèvre', 'Faure', 'André',
  'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia',
  'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson',
  'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier',
  'Brun', 'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud',
  'Martinez', 'Gérard', 'Roche', 'Renard', 'Schmitt', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron',
  'Picard', 'Roger', 'Fabre', 'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix', 'Olivier', 'Philippe',
  'Bourgeois', 'Pierre', 'Benoît', 'Rey', 'Leclerc', 'Payet', 'Rolland', 'Leclercq', 'Guillaume', 'Lecomte',
  'Benali', 'Haddad', 'Belkacem', 'Bensaïd', 'Cherif', 'Mansouri', 'Amrani', 'Bouzid', 'Khelifi', 'Saïdi',
  'Diallo', 'Traoré', 'Diop', 'Koné', 'Camara', 'Sylla', 'Touré', 'Ndiaye', 'Coulibaly', 'Cissé',
  'Da Silva', 'Pereira', 'Ferreira', 'Rodrigues', 'Fernandes', 'Gonçalves', 'Lopez', 'Sanchez', 'Rossi', 'Esposito',
  'Nguyen', 'Tran', 'Pham', 'Le Goff', 'Le Gall', 'Kowalski', 'Nowak', 'Yilmaz', 'Kaya', 'Popescu',
] as const;

export const RUES = [
  'rue des Tilleuls', 'avenue de la République', 'rue Victor-Hugo', 'rue Jean-Jaurès', 'allée des Peupliers',
  'rue du Moulin', 'place de la Mairie', 'rue Pasteur', 'boulevard Gambetta', 'rue des Écoles',
  'résidence Les Glycines', 'rue de la Gare', 'chemin des Vignes', 'rue Jules-Ferry', 'avenue du Général-Leclerc',
  'rue des Lilas', 'impasse des Acacias', 'rue Aristide-Briand', 'cité des Fleurs', 'rue de la Paix',
  'rue Émile-Zola', 'résidence du Parc', 'rue Louise-Michel', 'avenue Anatole-France', 'rue des Cerisiers',
] as const;

/** An ASCII e-mail local part from a first and a last name: "Élodie", "Le Gall" → "elodie.le-gall". */
export function emailLocalPart(prenom: string, nom: string): string {
  const ascii = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `${ascii(prenom)}.${ascii(nom)}`;
}
