/**
 * Bounds of an uploaded archive, shared by the form (checked before sending) and the server (checked
 * again on the bytes received and on the archive's contents).
 */
const MO = 1024 * 1024;

/** The archive as sent: 200 Mo. */
export const TAILLE_MAX_ARCHIVE = 200 * MO;

/**
 * The exchange files once decompressed, all together: 1 Go (CSV compresses 5 to 10 times). Checked on
 * the sizes the archive declares before anything is decompressed (zip bombs), and on the bytes actually
 * decompressed.
 */
export const TAILLE_MAX_DECOMPRESSEE = 1024 * MO;

/** Entries of the archive (files and folders): 17 files are expected. */
export const ENTREES_MAX = 1000;

/** "200 Mo", "1 Go", "3,4 Mo", "12 ko" (powers of 1024, French units). */
export function formatTaille(octets: number): string {
  const nombre = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(n);
  if (octets >= 1024 * MO) return `${nombre(octets / (1024 * MO))} Go`;
  if (octets >= MO) return `${nombre(octets / MO)} Mo`;
  if (octets >= 1024) return `${nombre(octets / 1024)} ko`;
  return `${octets} octet${octets > 1 ? 's' : ''}`;
}
