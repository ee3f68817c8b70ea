import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Component as RehearsalView } from '../../src/features/rehearsal/rehearsal-route';
import { Component as SessionView } from '../../src/features/session/session-route';
import { renderWithStore } from '../support/render-with-store';

/**
 * A screen wake lock as browsers give it: each request resolves when the test says so, to a sentinel the
 * page releases or the browser drops when the page hides.
 */
function fakeWakeLock() {
  const sentinels: { released: boolean; release: () => Promise<void> }[] = [];
  const pending: (() => void)[] = [];
  const request = vi.fn(
    (type: 'screen') =>
      new Promise((resolve) => {
        expect(type).toBe('screen');
        pending.push(() => {
          const sentinel = {
            released: false,
            release: () => {
              sentinel.released = true;
              return Promise.resolve();
            },
          };
          sentinels.push(sentinel);
          resolve(sentinel);
        });
      }),
  );
  const grant = () => act(async () => pending.splice(0).forEach((give) => give()));
  const held = () => sentinels.filter((s) => !s.released).length;
  return { request, grant, held, sentinels };
}

let hidden = false;

function setHidden(value: boolean) {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

let wakeLock: ReturnType<typeof fakeWakeLock>;

beforeEach(() => {
  wakeLock = fakeWakeLock();
  hidden = false;
  vi.spyOn(document, 'hidden', 'get').mockImplementation(() => hidden);
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: wakeLock });
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'wakeLock');
  vi.restoreAllMocks();
});

/** Pause lets the screen sleep; Resume asks for the lock again (the second request of the test). */
async function pauseAndResume(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Pause' }));
  await screen.findByRole('button', { name: 'Resume' });
  await waitFor(() => expect(wakeLock.held()).toBe(0));
  await user.click(screen.getByRole('button', { name: 'Resume' }));
  await screen.findByRole('button', { name: 'Pause' });
  await waitFor(() => expect(wakeLock.request).toHaveBeenCalledTimes(2));
  await wakeLock.grant();
}

describe('the screen stays on while a clock runs', () => {
  it('/session: held while running, released on pause, taken once again when the page shows', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderWithStore(<SessionView />, { path: '/session' });
    expect(wakeLock.request).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Start session' }));
    await waitFor(() => expect(wakeLock.request).toHaveBeenCalledTimes(1));
    await wakeLock.grant();
    expect(wakeLock.held()).toBe(1);

    await pauseAndResume(user);

    // Hidden, the browser drops the lock; shown twice before the new request is answered, one lock is taken.
    act(() => setHidden(true));
    wakeLock.sentinels.forEach((s) => (s.released = true));
    act(() => setHidden(false));
    act(() => setHidden(false));
    expect(wakeLock.request).toHaveBeenCalledTimes(3);
    await wakeLock.grant();
    expect(wakeLock.held()).toBe(1);

    unmount();
    await waitFor(() => expect(wakeLock.held()).toBe(0));
  });

  it('/rehearsal: held while the practice exam runs, released on pause and when it is finished', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithStore(<RehearsalView />, { path: '/rehearsal' });
    await user.type(await screen.findByRole('textbox', { name: 'Question source' }), 'Practice exam 1');
    await user.click(screen.getByRole('checkbox', { name: /Untimed/ }));
    await user.click(screen.getByRole('button', { name: 'Start the practice exam' }));
    await screen.findByRole('button', { name: 'Finish and enter score' });
    await waitFor(() => expect(wakeLock.request).toHaveBeenCalledTimes(1));
    await wakeLock.grant();
    expect(wakeLock.held()).toBe(1);

    await pauseAndResume(user);
    expect(wakeLock.held()).toBe(1);

    const run = Object.values(store.getState().rehearsals)[0]!;
    await act(async () => {
      await (await store.getState().rehearsal()).finishRehearsal(run.id, 40);
    });
    await screen.findByRole('button', { name: 'Start the practice exam' });
    await waitFor(() => expect(wakeLock.held()).toBe(0));
  });
});
