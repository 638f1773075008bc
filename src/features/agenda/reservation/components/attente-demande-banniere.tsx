import { formatDateHeure } from '@/ui/format';

/**
 * The 48-hour answer target of the foyer's open request: green under 48 hours, highlighted beyond, in words
 * (never by colour alone: the sentence says "dépassé").
 */
export function AttenteDemandeBanniere({ attente }: { attente: { depuis: Date; depasse: boolean; texte: string } | null }) {
  if (!attente) {
    return <p className="mb-4 text-slate-700">Aucune demande en attente de réponse pour ce foyer.</p>;
  }
  return (
    <p
      id="attente-demande"
      className={`mb-4 rounded border-l-4 px-4 py-3 ${attente.depasse ? 'border-red-700 bg-red-50 font-semibold text-red-900' : 'border-green-700 bg-green-50 text-green-900'}`}
    >
      {attente.texte}
      <span className="block text-sm font-normal">Premier contact de la demande : {formatDateHeure(attente.depuis)}.</span>
    </p>
  );
}
