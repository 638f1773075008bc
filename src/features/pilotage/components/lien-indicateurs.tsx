import Link from 'next/link';

/** From an EDS of the dashboard to its 55 indicators (/indicateurs). */
export function LienIndicateurs({ code, nom }: { code: string; nom: string }) {
  return (
    <Link href={`/indicateurs?${new URLSearchParams({ eds: code }).toString()}`} className="font-medium">
      Indicateurs de {nom}
    </Link>
  );
}
