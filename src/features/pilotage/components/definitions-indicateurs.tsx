/** What each figure counts, in the words of the service. */
export function DefinitionsIndicateurs() {
  return (
    <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm text-slate-800 md:grid-cols-2">
      <div>
        <dt className="font-semibold">Foyers accueillis</dt>
        <dd>Foyers distincts ayant eu dans l’année une fiche contact ou un rendez-vous honoré.</dd>
      </div>
      <div>
        <dt className="font-semibold">Rendez-vous honorés</dt>
        <dd>Rendez-vous des travailleurs sociaux tenus dans l’année.</dd>
      </div>
      <div>
        <dt className="font-semibold">Rendez-vous programmés</dt>
        <dd>Rendez-vous des travailleurs sociaux dus dans l’année, honorés ou non (hors annulés et non encore renseignés).</dd>
      </div>
      <div>
        <dt className="font-semibold">Aides payées</dt>
        <dd>Aides financières payées dans l’année, en nombre et en montant.</dd>
      </div>
    </dl>
  );
}
