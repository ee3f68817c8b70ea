import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { Component as DataRoute } from '../../src/features/data/data-route';
import { Component as PlanRoute } from '../../src/features/plan/plan-route';
import { createAppStore } from '../../src/store/app-store';
import { sampleBackupData } from '../backup-sample';
import { renderWithStore } from '../support/render-with-store';

/** What another tab of the app does: change a row, then this tab hears the key and reads it back. */
async function changeInAnotherTab(
  rendered: Awaited<ReturnType<typeof renderWithStore>>,
  change: (other: ReturnType<typeof createAppStore>['store']) => Promise<unknown>,
  keys: string[],
) {
  const other = createAppStore({ db: rendered.db });
  await other.hydrate();
  await change(other.store);
  await rendered.reload({ settings: keys });
}

it('the preferences follow an import and a change made in another tab', async () => {
  const rendered = await renderWithStore(<DataRoute />, { path: '/data' });
  expect(screen.getByRole('radio', { name: 'Follow the system' })).toBeChecked();

  await rendered.store.getState().replaceAllData(sampleBackupData());
  await waitFor(() => expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked());
  expect(screen.getByRole('checkbox', { name: /^Sound/ })).not.toBeChecked();

  await changeInAnotherTab(rendered, (other) => other.getState().updatePreferences({ theme: 'light' }), [
    'preferences',
  ]);
  expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
});

it('a set-up date follows an import and another tab, but never over the date being typed in it', async () => {
  const user = userEvent.setup();
  const rendered = await renderWithStore(<PlanRoute />, { path: '/plan' });
  const start = screen.getByLabelText('Start date');
  const exam = screen.getByLabelText('Exam date');
  await user.type(start, '2026-12-01');
  await user.type(exam, '2026-11-01');
  await user.tab();
  expect(screen.getByText('The exam must come after the start date.')).toBeInTheDocument();
  expect(exam).toHaveValue('2026-11-01');

  // The import replaces the exam date the refusal was about: the field shows the stored date, without the message.
  await rendered.store.getState().replaceAllData(sampleBackupData());
  await waitFor(() => expect(exam).toHaveValue('2027-01-15'));
  expect(start).toHaveValue('2026-11-23');
  expect(screen.queryByText('The exam must come after the start date.')).not.toBeInTheDocument();

  await changeInAnotherTab(rendered, (other) => other.getState().updateSetup({ examDate: '2027-02-01' }), [
    'setup',
  ]);
  expect(exam).toHaveValue('2027-02-01');

  // The learner is typing a start date when another tab stores a different one: what they typed stays.
  await user.clear(start);
  await user.type(start, '2026-11-30');
  await changeInAnotherTab(rendered, (other) => other.getState().updateSetup({ startDate: '2026-11-25' }), [
    'setup',
  ]);
  expect(start).toHaveFocus();
  expect(start).toHaveValue('2026-11-30');
});
