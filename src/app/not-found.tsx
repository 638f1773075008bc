import type { Metadata } from 'next';
import { NotFoundPanel } from '@/ui/not-found-panel';

export const metadata: Metadata = { title: 'Page introuvable' };

export default function NotFound() {
  return (
    <main id="contenu">
      <NotFoundPanel />
    </main>
  );
}
