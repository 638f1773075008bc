/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL or the embedded database. */
import { withDatabase } from './connect';
import { applyMigrations } from './schema-engine';
import { describeDatabaseError } from './errors';

try {
  const applied = await withDatabase(applyMigrations);
  console.log(applied.length ? `Migrations appliquées : ${applied.join(', ')}` : 'La base est à jour.');
} catch (error) {
  console.error(describeDatabaseError(error));
  process.exit(1);
}
