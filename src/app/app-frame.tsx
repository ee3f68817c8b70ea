import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';

const links = [
  { to: '/', label: 'Today', end: true },
  { to: '/plan', label: 'Plan', end: false },
  { to: '/session', label: 'Session', end: false },
  { to: '/misses', label: 'Misses', end: false },
  { to: '/review', label: 'Review', end: false },
  { to: '/progress', label: 'Progress', end: false },
  { to: '/data', label: 'Data', end: false },
];

/**
 * The page frame every view sits in: skip link, app name, main navigation and the main landmark. It reads no
 * store, so the build renders it into each view's static document (static-shell.ts) and a first visit paints
 * the same frame before any script has run.
 */
export function AppFrame({
  headerEnd,
  busy,
  children,
}: {
  headerEnd: ReactNode;
  busy: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <span className="app-name">ML-PRO Study Tracker</span>
          {headerEnd}
        </div>
        <nav aria-label="Main" className="app-nav">
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} aria-busy={busy}>
        {children}
      </main>
    </>
  );
}
