import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate } from './login';

/** Inactivity after which a session expires (the client renews it only on user activity). */
export const SESSION_IDLE_SECONDS = Number(process.env.SILLAGE_SESSION_MINUTES ?? 30) * 60;

export const authOptions: AuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_IDLE_SECONDS, updateAge: 0 },
  jwt: { maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: '/connexion', error: '/connexion' },
  providers: [
    CredentialsProvider({
      name: 'Identifiants',
      credentials: { email: { label: 'Adresse électronique', type: 'email' }, password: { label: 'Mot de passe', type: 'password' } },
      async authorize(credentials, req) {
        const forwarded = req.headers?.['x-forwarded-for'];
        const ip = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim() || 'inconnue';
        const result = await authenticate({ email: credentials?.email ?? '', password: credentials?.password ?? '', ip });
        if (!result.ok) throw new Error(result.code);
        return { id: String(result.agent.id), name: `${result.agent.prenom} ${result.agent.nom}`, role: result.agent.role };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.role = user.role;
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? '';
        session.user.role = typeof token.role === 'string' ? token.role : '';
      }
      return session;
    },
  },
};
