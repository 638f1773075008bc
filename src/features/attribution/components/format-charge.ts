import { formatNombre } from '@/ui/format';
import type { TsChargeDto } from '../queries';

const decimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "0,8" */
export const formatEtpt = (etpt: number) => decimal.format(etpt);

/** "Camille Laurent — 120 foyers, 1,0 ETPT (seuil atteint)": a TS as offered in a select. */
export function optionTs(t: TsChargeDto): string {
  return `${t.nom} — file active ${formatNombre(t.fileActive)}, ${formatEtpt(t.etpt)} ETPT${t.auDessus ? ' (seuil atteint)' : ''}`;
}
