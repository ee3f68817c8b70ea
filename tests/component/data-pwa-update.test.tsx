import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { PwaUpdate } from '../../src/app/pwa-update';
import { createAppStore, type AppStore } from '../../src/store/app-store';
import { AppStoreContext } from '../../src/store/use-app-store';
import { flushUnsavedText, useUnsavedText } from '../../src/platform/unsaved-text';

const updateServiceWorker = vi.fn(() => undefined);
const registered: { onNeedReload?: () => void } = {};
vi.mock('../../src/platform/service-worker', () => ({
  useServiceWorker: (options: { onNeedReload?: () => void }) => {
    registered.onNeedReload = options.onNeedReload;
    return {
      needRefresh: [true, () => undefined],
      offlineReady: [false, () => undefined],
      updateServiceWorker,
    };
  },
}));

afterEach(() => updateServiceWorker.mockClear());

function Draft({ onFlush }: { onFlush?: () => void }) {
  const [text, setText] = useState('');
  useUnsavedText(text !== '', onFlush);
  return <input aria-label="Draft" value={text} onChange={(event) => setText(event.target.value)} />;
}

function renderPrompt(store: AppStore, withDraft = false, onFlush?: () => void) {
  render(
    <AppStoreContext value={store}>
      <PwaUpdate />
      {withDraft && <Draft onFlush={onFlush} />}
    </AppStoreContext>,
  );
}

const memoryStore = () => createAppStore({ db: null, now: () => 1_000 }).store;

it('updates when nothing would be lost', async () => {
  renderPrompt(memoryStore());
  expect(screen.getByText('A new version of the app is ready.')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
  expect(updateServiceWorker).toHaveBeenCalledOnce();
});

it('never reloads while a session is running', async () => {
  const store = memoryStore();
  store.getState().startSession();
  renderPrompt(store);
  await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
  expect(screen.getByText(/Finish or end your running session first/)).toBeInTheDocument();
  expect(updateServiceWorker).not.toHaveBeenCalled();
});

it('never reloads while a form holds unsaved text, and flushes drafts when the page hides', async () => {
  const onFlush = vi.fn();
  renderPrompt(memoryStore(), true, onFlush);
  await userEvent.type(screen.getByRole('textbox', { name: 'Draft' }), 'half a rule');
  await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
  expect(screen.getByText(/Save or clear the text you are typing first/)).toBeInTheDocument();
  expect(updateServiceWorker).not.toHaveBeenCalled();

  window.dispatchEvent(new Event('pagehide'));
  expect(onFlush).toHaveBeenCalledTimes(1);
  flushUnsavedText();
  expect(onFlush).toHaveBeenCalledTimes(2);

  await userEvent.clear(screen.getByRole('textbox', { name: 'Draft' }));
  await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
  expect(updateServiceWorker).toHaveBeenCalledTimes(1);
});

it('does not reload a tab with a running session when another tab applied the update', async () => {
  const store = memoryStore();
  store.getState().startSession();
  renderPrompt(store);
  act(() => registered.onNeedReload?.());
  expect(screen.getByText(/The app was updated in another tab/)).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Reload now' }));
  expect(screen.getByText(/Finish or end your running session first/)).toBeInTheDocument();
});
