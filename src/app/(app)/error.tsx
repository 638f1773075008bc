'use client';
import { ErrorPanel } from '@/ui/error-panel';

/** Inside the application shell: the header and menu stay usable. */
export default function Error({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} dansLaCoquille />;
}
