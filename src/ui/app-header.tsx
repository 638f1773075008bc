import { NavLinks } from './nav-links';
import { SignOutButton } from './sign-out-button';

export type AppHeaderProps = {
  nom: string;
  role: string;
  eds: string[];
  liens: { href: string; label: string }[];
};

/** The banner of every authenticated page: app name, who is connected, the role's menu, logout. */
export function AppHeader({ nom, role, eds, liens }: AppHeaderProps) {
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <p className="text-xl font-bold text-blue-800">Sillage</p>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <p>
            <span className="font-semibold">{nom}</span>
            <span className="text-slate-700"> — {role}</span>
            {eds.length > 0 ? <span className="block text-slate-700">{eds.join(', ')}</span> : null}
          </p>
          <SignOutButton />
        </div>
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-2">
        <NavLinks liens={liens} />
      </div>
    </header>
  );
}
