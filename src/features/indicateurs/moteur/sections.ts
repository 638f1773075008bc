/** The sections of the Cour's list (indicateurs.md §3), in the order of the reports. */
export const SECTIONS_INDICATEURS: readonly { id: string; titre: string; numeros: readonly number[] }[] = [
  { id: 'foyers-volume', titre: 'Foyers suivis — volume', numeros: [1, 2, 3] },
  { id: 'foyers-indicateurs', titre: 'Foyers suivis — indicateurs', numeros: [4, 5, 6] },
  { id: 'socio-demographie', titre: 'Foyers et situation socio-démographique', numeros: [7, 8, 9, 10] },
  { id: 'rdv-volume', titre: 'Rendez-vous — volume', numeros: [11, 12, 13, 14, 15, 16] },
  { id: 'rdv-indicateurs', titre: 'Rendez-vous — indicateurs', numeros: [17, 18, 19, 20] },
  { id: 'durees', titre: 'Durées', numeros: [21, 22, 23, 24] },
  { id: 'contenu', titre: 'Contenu de l’accompagnement', numeros: [25, 26, 27, 28, 29, 30, 31, 32] },
  { id: 'bilans-sorties', titre: 'Bilans et sorties', numeros: [33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43] },
  { id: 'travailleurs-sociaux', titre: 'Travailleurs sociaux', numeros: [44, 45, 46, 47, 48, 49] },
  { id: 'dispositifs-connexes', titre: 'Dispositifs connexes', numeros: [50, 51, 52, 53, 54, 55] },
];
