import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/error-boundary';
import { StorageBanners } from '../../src/app/storage-banners';
import { syncTheme } from '../../src/app/theme';
import { ThemeToggle } from '../../src/app/theme-toggle';
import { renderWithStore } from '../support/render-with-store';

function Broken(): never {
  throw new Error('view exploded');
}

describe('app shell', () => {
  it('offers a way out instead of a blank page when a view crashes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderWithStore(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong on this page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Reload this page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Today' })).toHaveAttribute('href', '/');
    expect(screen.getByText('view exploded')).toBeInTheDocument();
  });

  it('switches between light and dark and stores the choice', async () => {
    const user = userEvent.setup();
    const { store, db } = await renderWithStore(<ThemeToggle />);
    const stop = syncTheme(store);
    await user.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Switch to light theme' }));
    expect(document.documentElement.dataset.theme).toBe('light');
    await waitFor(async () =>
      expect((await db.settings.get('preferences'))?.value).toMatchObject({ theme: 'light' }),
    );
    stop();
  });

  it('names a newer app version, not private mode, when that is why nothing is stored', async () => {
    const { store } = await renderWithStore(<StorageBanners />);
    store.setState({ persistence: 'memory', memoryReason: 'newer-version' });
    expect(await screen.findByRole('status')).toHaveTextContent('A newer version of the app');
    expect(screen.queryByText(/private mode/)).not.toBeInTheDocument();
  });

  it('shows a failed save until it is dismissed', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithStore(<StorageBanners />);
    store.setState({ storageError: 'Your device is out of storage space.' });
    expect(await screen.findByRole('alert')).toHaveTextContent('out of storage space');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
