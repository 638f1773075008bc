import { NotFoundPanel } from '@/ui/not-found-panel';

/** Inside the application shell (the page is already inside <main>). */
export default function NotFound() {
  return <NotFoundPanel dansLaCoquille />;
}
