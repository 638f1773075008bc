'use client';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

const MESSAGES = {
  TROP_DE_TENTATIVES: 'Trop de tentatives de connexion. Réessayez dans quelques minutes.',
  // The same for an unknown address and a wrong password: never confirm an account exists.
  DEFAUT: 'Adresse électronique ou mot de passe incorrect.',
} as const;

export function ConnexionForm() {
  const router = useRouter();
  const [erreur, setErreur] = useState<string | null>(null);
  const [enCours, setEnCours] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setEnCours(true);
    setErreur(null);
    try {
      const result = await signIn('credentials', { email: String(data.get('email') ?? ''), password: String(data.get('password') ?? ''), redirect: false });
      if (!result || result.error || !result.ok) {
        setErreur(result?.error === 'TROP_DE_TENTATIVES' ? MESSAGES.TROP_DE_TENTATIVES : MESSAGES.DEFAUT);
        setEnCours(false);
        return;
      }
      router.replace('/');
      router.refresh();
    } catch {
      setErreur('La connexion a échoué : vérifiez votre réseau puis réessayez.');
      setEnCours(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <div role="alert" className={erreur ? 'rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900' : undefined}>
        {erreur}
      </div>
      <div className="flex flex-col">
        <label htmlFor="email" className="mb-1 font-medium">
          Adresse électronique
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-invalid={erreur ? true : undefined}
          className="rounded border border-slate-500 px-3 py-2"
        />
      </div>
      <div className="flex flex-col">
        <label htmlFor="password" className="mb-1 font-medium">
          Mot de passe
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={erreur ? true : undefined}
          className="rounded border border-slate-500 px-3 py-2"
        />
      </div>
      <button type="submit" disabled={enCours} aria-busy={enCours || undefined} className="w-full rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-70">
        Se connecter
      </button>
    </form>
  );
}
