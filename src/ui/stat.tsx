/** One key figure with its label (inside a <dl>). */
export function Stat({ label, valeur, ton = 'neutre' }: { label: string; valeur: string; ton?: 'neutre' | 'alerte' }) {
  const border = ton === 'alerte' ? 'border-amber-400 bg-amber-50' : 'border-slate-300 bg-white';
  return (
    <div className={`rounded border px-4 py-3 ${border}`}>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums text-slate-900">{valeur}</dd>
    </div>
  );
}
