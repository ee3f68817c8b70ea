import { lazy, Suspense } from 'react';
import { Outlet, useNavigation } from 'react-router-dom';
import { AppFrame } from './app-frame';
import { StorageBanners } from './storage-banners';
import { ThemeToggle } from './theme-toggle';

// The service worker registers and the update prompt loads after the first view, off the first visit's
// critical path: nothing in it is needed before an update exists.
const PwaUpdate = lazy(() => import('./pwa-update').then((m) => ({ default: m.PwaUpdate })));

export function Layout() {
  const navigation = useNavigation();
  return (
    <AppFrame headerEnd={<ThemeToggle />} busy={navigation.state === 'loading'}>
      <StorageBanners />
      <Outlet />
      {/* After the view: an update notice floats at the foot, so it comes last in Tab order too, and the
          offline-ready line sits below the view's content rather than over or above it. */}
      <Suspense fallback={null}>
        <PwaUpdate />
      </Suspense>
    </AppFrame>
  );
}
