'use client';
import { ErrorPanel } from '@/ui/error-panel';

export default function Error({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="contenu">
      <ErrorPanel error={error} retry={retry} />
    </main>
  );
}
