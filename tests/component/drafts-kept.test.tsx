/**
 * Drafts of the forms that edit one row, proven in jsdom where drafts live in sessionStorage (no database is
 * connected): a "reload" here unmounts the form and renders it again in the same document.
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, expect, it } from 'vitest';
import { draftStorage } from '../../src/db/drafts-repository';
import { localIsoDate } from '../../src/domain/dates';
import { Component as DataRoute } from '../../src/features/data/data-route';
import { draftOfMiss, emptyMissDraft } from '../../src/domain/miss-validation';
import type { MissRecord } from '../../src/domain/records';
import { MissForm } from '../../src/features/misses/miss-form';
import { Component as MissesView } from '../../src/features/misses/misses-route';
import { RuleRewrite } from '../../src/features/review/rule-rewrite';
import { connectDrafts, readTabCopy, restoredMessage } from '../../src/platform/drafts';
import { AppStoreContext, useAppStore } from '../../src/store/use-app-store';
import { StudyLogCard } from '../../src/widgets/study-log-card';
import { renderWithStore } from '../support/render-with-store';

afterEach(() => sessionStorage.clear());

type Store = Awaited<ReturnType<typeof renderWithStore>>['store'];

/** Renders `ui` again against the same store, as a reload of the tab would. */
async function reloadInto(store: Store, ui: ReactNode) {
  render(
    <AppStoreContext value={store}>
      <MemoryRouter>{ui}</MemoryRouter>
    </AppStoreContext>,
  );
  // The stored draft is read asynchronously after the first render.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function storedMiss(store: Store, rule: string): Promise<MissRecord> {
  const set = await store
    .getState()
    .saveSet({ date: '2026-11-01', label: 'Set', questions: '5', correct: '4' });
  if (!set.ok) throw new Error('set should save');
  const miss = await store
    .getState()
    .saveMiss({ ...emptyMissDraft(set.id), domain: 'mlops', failureMode: 'leakage', rule });
  if (!miss.ok) throw new Error('miss should save');
  return store.getState().misses[miss.id]!;
}

/** The miss log's editor: it closes once the miss is saved, or on Cancel. */
function EditMiss({ miss }: { miss: MissRecord }) {
  const [open, setOpen] = useState(true);
  if (!open) return <p>Closed</p>;
  return (
    <MissForm
      initial={draftOfMiss(miss)}
      missId={miss.id}
      heading="Edit miss"
      submitLabel="Save changes"
      onSaved={() => setOpen(false)}
      onCancel={() => setOpen(false)}
    />
  );
}

const ruleLabel = 'The one sentence rule you should have used';

it('an edited miss, once saved, leaves no draft to restore over a later change of that miss', async () => {
  const user = userEvent.setup();
  const { store, unmount } = await renderWithStore(<p>Start</p>);
  const miss = await storedMiss(store, 'Canary first.');
  unmount();
  await reloadInto(store, <EditMiss miss={miss} />);
  const rule = screen.getByLabelText(ruleLabel);
  await user.clear(rule);
  await user.type(rule, 'Shadow first.');
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  await screen.findByText('Closed');
  expect(store.getState().misses[miss.id]?.rule).toBe('Shadow first.');

  // The rule is reworded elsewhere (a rewrite on /review), then the miss is opened for editing again.
  const reworded = await store
    .getState()
    .saveMiss({ ...draftOfMiss(miss), rule: 'Mirror traffic first.' }, miss.id);
  expect(reworded.ok).toBe(true);
  cleanup();
  await reloadInto(store, <EditMiss miss={store.getState().misses[miss.id]!} />);
  expect(screen.getByLabelText(ruleLabel)).toHaveValue('Mirror traffic first.');
  expect(screen.queryByText(restoredMessage)).not.toBeInTheDocument();
});

it('an edited miss keeps its typed text across a reload, for that miss only; Cancel discards it', async () => {
  const user = userEvent.setup();
  const { store, unmount } = await renderWithStore(<p>Start</p>);
  const first = await storedMiss(store, 'Canary first.');
  const second = await storedMiss(store, 'Roll back first.');
  unmount();
  await reloadInto(store, <EditMiss miss={first} />);
  await user.type(screen.getByLabelText(ruleLabel), ' Then watch.');
  cleanup();

  await reloadInto(store, <EditMiss miss={second} />);
  expect(screen.getByLabelText(ruleLabel)).toHaveValue('Roll back first.');
  expect(screen.queryByText(restoredMessage)).not.toBeInTheDocument();
  cleanup();

  await reloadInto(store, <EditMiss miss={first} />);
  const form = screen.getByRole('form', { name: 'Edit miss' });
  expect(within(form).getByLabelText(ruleLabel)).toHaveValue('Canary first. Then watch.');
  expect(within(form).getByRole('status')).toHaveTextContent(restoredMessage);
  await user.click(within(form).getByRole('button', { name: 'Cancel' }));
  cleanup();

  await reloadInto(store, <EditMiss miss={first} />);
  expect(screen.getByLabelText(ruleLabel)).toHaveValue('Canary first.');
  expect(store.getState().misses[first.id]?.rule).toBe('Canary first.');
});

const log = () => within(screen.getByRole('region', { name: 'Log study time' }));

/** The study log card with 30 minutes of "Video" and 30 of "Docs" logged today. */
async function renderTwoLoggedEntries() {
  const rendered = await renderWithStore(<StudyLogCard />);
  const today = localIsoDate(Date.now());
  for (const what of ['Video', 'Docs']) {
    const saved = await rendered.store.getState().saveStudyLog({ date: today, minutes: '30', what }, today);
    expect(saved.ok).toBe(true);
  }
  return { ...rendered, today };
}

it('study time typed on Today or /session comes back after a reload, and is gone once logged', async () => {
  const user = userEvent.setup();
  const { store } = await renderWithStore(<StudyLogCard />);
  await user.type(log().getByLabelText('Minutes'), '45');
  await user.type(log().getByLabelText('What you studied'), 'Chapter 2.5 no');
  cleanup();

  await reloadInto(store, <StudyLogCard />);
  expect(log().getByLabelText('Minutes')).toHaveValue(45);
  expect(log().getByLabelText('What you studied')).toHaveValue('Chapter 2.5 no');
  expect(log().getByText(restoredMessage)).toBeInTheDocument();
  await user.type(log().getByLabelText('What you studied'), 'tes{Enter}');
  await log().findByText(/Logged 45 min on/);
  expect(Object.values(store.getState().studyLogs)).toMatchObject([
    { minutes: 45, what: 'Chapter 2.5 notes' },
  ]);
  cleanup();

  await reloadInto(store, <StudyLogCard />);
  expect(log().getByLabelText('Minutes')).toHaveValue(null);
  expect(log().getByLabelText('What you studied')).toHaveValue('');
  expect(log().queryByText(restoredMessage)).not.toBeInTheDocument();
});

it('an edit of logged study time comes back for that entry only, and is gone once saved', async () => {
  const user = userEvent.setup();
  const { store, today } = await renderTwoLoggedEntries();
  await user.click(await log().findByRole('button', { name: 'Edit Video' }));
  const editMinutes = () => within(log().getByRole('list')).getByLabelText('Minutes');
  await user.clear(editMinutes());
  await user.type(editMinutes(), '50');
  cleanup();

  await reloadInto(store, <StudyLogCard />);
  await user.click(log().getByRole('button', { name: 'Edit Docs' }));
  expect(editMinutes()).toHaveValue(30);
  expect(log().queryByText(restoredMessage)).not.toBeInTheDocument();
  await user.click(log().getByRole('button', { name: 'Cancel' }));
  await user.click(log().getByRole('button', { name: 'Edit Video' }));
  expect(editMinutes()).toHaveValue(50);
  expect(log().getByText(restoredMessage)).toBeInTheDocument();
  await user.click(log().getByRole('button', { name: 'Save changes' }));
  await log().findByText('Saved.');
  const minutesOf = (what: string) =>
    Object.values(store.getState().studyLogs).find((entry) => entry.what === what)?.minutes;
  expect([minutesOf('Video'), minutesOf('Docs')]).toEqual([50, 30]);
  // Changed again elsewhere (another tab), then opened here: the stored entry shows, not the saved edit's text.
  const video = Object.values(store.getState().studyLogs).find((entry) => entry.what === 'Video')!;
  expect(
    (await store.getState().saveStudyLog({ date: today, minutes: '55', what: 'Video' }, today, video.id)).ok,
  ).toBe(true);
  cleanup();

  await reloadInto(store, <StudyLogCard />);
  await user.click(log().getByRole('button', { name: 'Edit Video' }));
  expect(editMinutes()).toHaveValue(55);
  expect(log().queryByText(restoredMessage)).not.toBeInTheDocument();
});

/** The review card shows the rewrite only while the rule has its slipping wording; a new wording starts afresh. */
function SlippingRule({ id, wording }: { id: string; wording: string }) {
  const miss = useAppStore((state) => state.misses[id]!);
  return miss.rule === wording ? <RuleRewrite miss={miss} slips={3} /> : <p>Rewritten</p>;
}

it('a rule being rewritten on /review comes back open after a reload, and is gone once saved', async () => {
  const user = userEvent.setup();
  const { store } = await renderWithStore(<p>Start</p>);
  const miss = await storedMiss(store, 'Canary first.');
  const slipping = <SlippingRule id={miss.id} wording="Canary first." />;
  cleanup();
  await reloadInto(store, slipping);
  await user.click(screen.getByRole('button', { name: 'Rewrite this rule' }));
  await user.clear(screen.getByLabelText('Rewritten rule'));
  await user.type(screen.getByLabelText('Rewritten rule'), 'Send 5% of traffic first');
  cleanup();

  await reloadInto(store, slipping);
  expect(screen.getByLabelText('Rewritten rule')).toHaveValue('Send 5% of traffic first');
  expect(screen.getByRole('status')).toHaveTextContent(restoredMessage);
  await user.type(screen.getByLabelText('Rewritten rule'), '.');
  await user.click(screen.getByRole('button', { name: 'Save the rule' }));
  await screen.findByText('Rewritten');
  expect(store.getState().misses[miss.id]?.rule).toBe('Send 5% of traffic first.');
  // The card shows the new rule as soon as the store holds it; the draft goes when the save's write resolves.
  // Wording the rule back before then would remount the form on the old rule, and it would restore the draft.
  await waitFor(() => expect(readTabCopy(`rewrite:${miss.id}`)).toBeUndefined());

  // Worded back on /misses and slipping again: the rewrite starts closed, without the old text.
  await store.getState().saveMiss({ ...draftOfMiss(miss), rule: 'Canary first.' }, miss.id);
  cleanup();
  await reloadInto(store, slipping);
  expect(screen.getByRole('button', { name: 'Rewrite this rule' })).toBeInTheDocument();
  expect(screen.queryByLabelText('Rewritten rule')).not.toBeInTheDocument();
});

it('an entry deleted in another tab while being edited keeps the typed text, and saving logs it anew', async () => {
  const user = userEvent.setup();
  const { store } = await renderWithStore(<StudyLogCard />);
  const today = localIsoDate(Date.now());
  const saved = await store.getState().saveStudyLog({ date: today, minutes: '30', what: 'Video' }, today);
  if (!saved.ok) throw new Error('the entry should save');
  await user.click(await log().findByRole('button', { name: 'Edit Video' }));
  // The second form after the one for a new entry.
  const edited = () => log().getAllByLabelText('What you studied')[1];
  await user.type(edited()!, ' on serving');

  act(() => void store.getState().deleteStudyLog(Object.keys(store.getState().studyLogs)[0]!));
  expect(await log().findByRole('alert')).toHaveTextContent('deleted or replaced in another tab');
  // The form moves under the notice and gets its text back from the draft, which is read asynchronously.
  await waitFor(() => expect(edited()).toHaveValue('Video on serving'));
  await user.click(log().getByRole('button', { name: 'Save changes' }));
  await log().findByText('Saved.');
  expect(Object.values(store.getState().studyLogs)).toMatchObject([
    { minutes: 30, what: 'Video on serving' },
  ]);
  expect(log().queryByRole('alert')).not.toBeInTheDocument();
});

it('a closed tab gets its draft back from the database, and a reset on /data forgets it for good', async () => {
  const user = userEvent.setup();
  const { store, db } = await renderWithStore(<StudyLogCard />);
  connectDrafts(draftStorage(db));
  try {
    await user.type(log().getByLabelText('What you studied'), 'Docs on serving');
    await waitFor(async () =>
      expect((await db.drafts.toArray()).map((row) => row.value)).toMatchObject([
        { what: 'Docs on serving' },
      ]),
    );
    cleanup();
    // A closed tab takes its sessionStorage copy with it; only the database's copy is left, which the next
    // tab offers.
    sessionStorage.clear();
    await reloadInto(store, <StudyLogCard />);
    await user.click(await log().findByRole('button', { name: 'Restore' }));
    expect(log().getByLabelText('What you studied')).toHaveValue('Docs on serving');
    expect(log().getByText(restoredMessage)).toBeInTheDocument();
    cleanup();

    await reloadInto(store, <DataRoute />);
    await user.click(screen.getByRole('button', { name: 'Reset everything…' }));
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    await screen.findByText(/Everything was deleted/);
    cleanup();
    await reloadInto(store, <StudyLogCard />);
    expect(log().getByLabelText('What you studied')).toHaveValue('');
    expect(log().queryByText(restoredMessage)).not.toBeInTheDocument();
    expect(await db.drafts.count()).toBe(0);
  } finally {
    connectDrafts(null);
  }
});

it('a mixed set renamed but not yet scored comes back after a reload', async () => {
  const user = userEvent.setup();
  const { store } = await renderWithStore(<MissesView />, { path: '/misses' });
  const setForm = () => within(screen.getByRole('form', { name: '1. Record a mixed set' }));
  await user.clear(setForm().getByLabelText('Set name'));
  await user.type(setForm().getByLabelText('Set name'), 'Practice exam B');
  cleanup();

  await reloadInto(store, <MissesView />);
  expect(setForm().getByLabelText('Set name')).toHaveValue('Practice exam B');
  expect(setForm().getByRole('status')).toHaveTextContent(restoredMessage);
});

it('a reload while editing logged study time reopens that entry with what was typed', async () => {
  const user = userEvent.setup();
  const { store } = await renderTwoLoggedEntries();
  await user.click(await log().findByRole('button', { name: 'Edit Docs' }));
  const editMinutes = () => within(log().getByRole('list')).getByLabelText('Minutes');
  await user.clear(editMinutes());
  await user.type(editMinutes(), '75');
  cleanup();

  await reloadInto(store, <StudyLogCard />);
  expect(editMinutes()).toHaveValue(75);
  expect(log().getByText(restoredMessage)).toBeInTheDocument();
  expect(log().getByRole('button', { name: 'Edit Video' })).toBeInTheDocument();
  expect(log().queryByRole('button', { name: 'Edit Docs' })).not.toBeInTheDocument();
});
