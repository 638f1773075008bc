/** One clear French line for the usual reasons a database is not usable, instead of a stack trace. */
export function describeDatabaseError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  // Prisma's migration lock (another instance, or `prisma migrate`, is applying migrations): waited 10 s.
  if (/advisory lock/i.test(message)) {
    return `Migrations en cours d'application par une autre instance (${safeTarget()}) : relancez dans un instant.`;
  }
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'P1001'].includes(code) || /ECONNREFUSED|ENOTFOUND|timeout|Can't reach database server/i.test(message)) {
    return `Base de données injoignable (${safeTarget()}) : vérifiez DATABASE_URL ou que le serveur PostgreSQL est démarré.`;
  }
  if (code === '28P01' || /password authentication failed/i.test(message)) {
    return `Connexion refusée par la base de données (${safeTarget()}) : identifiant ou mot de passe incorrect.`;
  }
  if (code === '3D000') return `La base de données indiquée par DATABASE_URL n'existe pas (${safeTarget()}).`;
  return `Erreur de base de données : ${message.trim()}`;
}

function safeTarget(): string {
  const url = process.env.DATABASE_URL;
  if (!url) return 'base embarquée';
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL illisible';
  }
}
