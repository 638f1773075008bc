'use client';
import { signOut } from 'next-auth/react';
import { useState } from 'react';

export function SignOutButton() {
  const [enCours, setEnCours] = useState(false);
  return (
    <button
      type="button"
      data-sans-renouvellement
      disabled={enCours}
      onClick={() => {
        setEnCours(true);
        void signOut({ callbackUrl: '/connexion' });
      }}
      className="rounded border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-70"
    >
      Se déconnecter
    </button>
  );
}
