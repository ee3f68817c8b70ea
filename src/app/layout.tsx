import { useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router-dom';
import { PwaUpdate } from './pwa-update';
import { StorageBanners } from './storage-banners';
import { ThemeToggle } from './theme-toggle';

const links = [
  { to: '/', label: 'Today', end: true },
  { to: '/plan', label: 'Plan', end: false },
  { to: '/session', label: 'Session', end: false },
  { to: '/misses', label: 'Misses', end: false },
  { to: '/data', label: 'Data', end: false },
];

const activeLink = (pathname: string) =>
  links.find((link) => (link.end ? pathname === link.to : pathname.startsWith(link.to)));

/**
 * On a phone the navigation sits at the bottom, under the thumb, and the header names the page you are on; on a
 * wide screen both are one bar at the top. Each link returns to the view as it was left: a filtered miss log
 * stays filtered after a look at the plan.
 */
export function Layout() {
  const navigation = useNavigation();
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
          <ThemeToggle />
        </div>
        <nav aria-label="Main" className="app-nav">
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={{ pathname: link.to, search: searches[link.to] ?? '' }} end={link.end}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <StorageBanners />
        <PwaUpdate />
        <Outlet />
      </main>
    </>
  );
}
