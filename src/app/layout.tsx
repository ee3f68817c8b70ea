import { NavLink, Outlet, useNavigation } from 'react-router-dom';
import { PwaUpdate } from './pwa-update';
import { StorageBanners } from './storage-banners';
import { ThemeToggle } from './theme-toggle';

const links = [
  { to: '/', label: 'Today', end: true },
  { to: '/plan', label: 'Plan', end: false },
  { to: '/session', label: 'Session', end: false },
  { to: '/misses', label: 'Misses', end: false },
  { to: '/review', label: 'Review', end: false },
  { to: '/data', label: 'Data', end: false },
];

export function Layout() {
  const navigation = useNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <span className="app-name">ML-PRO Study Tracker</span>
          <ThemeToggle />
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
      <main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <StorageBanners />
        <PwaUpdate />
        <Outlet />
      </main>
    </>
  );
}
