import { render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { PwaUpdate } from '../../src/app/pwa-update';
import { createAppStore } from '../../src/store/app-store';
import { AppStoreContext } from '../../src/store/use-app-store';

// The plugin says a worker is waiting, as Firefox does on a first install interrupted by a navigation.
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [true, () => undefined],
    offlineReady: [false, () => undefined],
    updateServiceWorker: async () => undefined,
  }),
}));

afterEach(() => vi.unstubAllGlobals());

function renderWithController(controller: object | null) {
  vi.stubGlobal('navigator', { ...navigator, serviceWorker: { controller } });
  render(
    <AppStoreContext value={createAppStore({ db: null, now: () => 1_000 }).store}>
      <PwaUpdate />
    </AppStoreContext>,
  );
}

it('offers no update on a first install, when no older version controls the page', () => {
  renderWithController(null);
  expect(screen.queryByText('A new version of the app is ready.')).not.toBeInTheDocument();
});

it('offers the update when an older version controls the page', () => {
  renderWithController({});
  expect(screen.getByText('A new version of the app is ready.')).toBeInTheDocument();
});
