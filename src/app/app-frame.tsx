import { useState, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router-dom';

const links = [
  { to: '/', label: 'Today', end: true },
  { to: '/plan', label: 'Plan', end: false },
  { to: '/session', label: 'Session', end: false },
  { to: '/misses', label: 'Misses', end: false },
  { to: '/review', label: 'Review', end: false },
  { to: '/progress', label: 'Progress', end: false },
  { to: '/data', label: 'Data', end: false },
];

const activeLink = (pathname: string) =>
  links.find((link) => (link.end ? pathname === link.to : pathname.startsWith(link.to)));

/**
 * The page frame every view sits in: skip link, app name, main navigation and the main landmark. It reads no
 * store, so the build renders it into each view's static document (static-shell.ts) and a first visit paints
 * the same frame before any script has run.
 *
 * On a phone the navigation sits at the bottom, under the thumb, and the header names the page you are on; on a
 * wide screen both are one bar at the top. Each link returns to the view as it was left: a filtered miss log
 * stays filtered after a look at the plan.
 */
export function AppFrame({
  headerEnd,
  busy,
  children,
  staticCopy = false,
}: {
  headerEnd: ReactNode;
  busy: boolean;
  children: ReactNode;
  /**
   * The copy the build paints before the app runs. Its navigation is shown but left to the app to operate:
   * hidden from assistive technology and out of the Tab order, so a key pressed in the moment before the app
   * renders does not start a full page load. Its skip link stays usable and hands focus over (shell-handover.ts).
   */
  staticCopy?: boolean;
}) {
  const { pathname, search } = useLocation();
  const [searches, setSearches] = useState<Record<string, string>>({});
  const active = activeLink(pathname);
  if (active && (searches[active.to] ?? '') !== search) setSearches({ ...searches, [active.to]: search });
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <span className="app-name">
            ML-PRO<span className="app-name-rest"> Study Tracker</span>
            {active && (
              <span className="app-section" aria-hidden="true">
                {active.label}
              </span>
            )}
          </span>
          {headerEnd}
        </div>
        <nav aria-label="Main" className="app-nav" aria-hidden={staticCopy || undefined}>
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink
                  to={{ pathname: link.to, search: searches[link.to] ?? '' }}
                  end={link.end}
                  tabIndex={staticCopy ? -1 : undefined}
                >
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
