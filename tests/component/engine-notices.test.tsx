import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { BrowserLimitsNotice } from '../../src/widgets/browser-limits-notice';
import { WebKitEvictionNotice } from '../../src/widgets/webkit-eviction-notice';
import { renderWithStore } from '../support/render-with-store';

const iPhoneSafari =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

// jsdom has no Web Locks, wake lock or Notification: the gaps a Safari tab on iPhone has too.
it('names each missing feature with its fallback, once', async () => {
  const features = ['wake-lock', 'notifications', 'web-locks'] as const;
  const { unmount } = render(<BrowserLimitsNotice features={features} />);
  const notice = screen.getByRole('region', { name: 'What this browser does differently' });
  expect(notice).toHaveTextContent(/cannot keep the screen on/);
  expect(notice).toHaveTextContent(/the chime and the tab title mark each phase instead/);
  expect(notice).toHaveTextContent(/keep the session in one tab/);
  await userEvent.click(screen.getByRole('button', { name: 'Got it' }));
  expect(screen.queryByRole('region')).not.toBeInTheDocument();
  unmount();
  render(<BrowserLimitsNotice features={features} />);
  expect(screen.queryByRole('region')).not.toBeInTheDocument();
});

it('says nothing about features the browser has', () => {
  vi.stubGlobal('navigator', { ...navigator, wakeLock: {}, locks: {} });
  vi.stubGlobal('Notification', class {});
  render(<BrowserLimitsNotice features={['wake-lock', 'notifications', 'web-locks']} />);
  expect(screen.queryByRole('region')).not.toBeInTheDocument();
});

function stubBrowser(userAgent: string, standalone: boolean, maxTouchPoints = 5) {
  vi.stubGlobal('navigator', { ...navigator, userAgent, standalone, maxTouchPoints });
}

it('in a Safari tab, explains the seven-day rule once the learner has data', async () => {
  stubBrowser(iPhoneSafari, false);
  const { store } = await renderWithStore(<WebKitEvictionNotice />);
  expect(screen.queryByRole('region')).not.toBeInTheDocument();
  await act(async () => {
    await store.getState().setTicked('sparkml-pipelines', true);
  });
  const notice = screen.getByRole('region', { name: 'Keep your data in Safari' });
  expect(notice).toHaveTextContent(/deletes a website’s saved data after seven days without a visit/);
  expect(notice).toHaveTextContent(/Add to Home Screen/);
  expect(screen.getByRole('link', { name: 'Export a backup' })).toHaveAttribute('href', '/data');
  await userEvent.click(screen.getByRole('button', { name: 'Got it' }));
  expect(screen.queryByRole('region')).not.toBeInTheDocument();
});

it('on a Mac, tells how to add the app to the Dock', async () => {
  stubBrowser(
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15',
    false,
    0,
  );
  const { store } = await renderWithStore(<WebKitEvictionNotice />);
  await act(async () => {
    await store.getState().setTicked('sparkml-pipelines', true);
  });
  expect(screen.getByRole('region', { name: 'Keep your data in Safari' })).toHaveTextContent(
    /unless you add it to the Dock, so choose File, then “Add to Dock”/,
  );
});

it('says nothing when opened from the Home Screen, or in another engine', async () => {
  stubBrowser(iPhoneSafari, true);
  const installed = await renderWithStore(<WebKitEvictionNotice />);
  await act(async () => {
    await installed.store.getState().setTicked('sparkml-pipelines', true);
  });
  expect(screen.queryByRole('region')).not.toBeInTheDocument();
  installed.unmount();

  stubBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0', false);
  const firefox = await renderWithStore(<WebKitEvictionNotice />);
  await act(async () => {
    await firefox.store.getState().setTicked('sparkml-pipelines', true);
  });
  expect(screen.queryByRole('region')).not.toBeInTheDocument();
});
