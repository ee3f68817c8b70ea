import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Component as MissesView } from '../../src/features/misses/misses-route';
import { Component as TodayView } from '../../src/features/today/today-route';
import { emptyMissDraft } from '../../src/domain/miss-validation';
import { renderWithStore } from '../support/render-with-store';

// jsdom lays nothing out, so the virtualized rows themselves are checked in the e2e suite in Chromium.

describe('the miss log view', () => {
  it('records a set, then misses one after another by keyboard', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithStore(<MissesView />, { path: '/misses' });
    const setForm = screen.getByRole('form', { name: '1. Record a mixed set' });
    await user.type(within(setForm).getByLabelText('Questions'), '12');
    await user.type(within(setForm).getByLabelText('Correct'), '9{Enter}');

    const missForm = screen.getByRole('form', { name: '2. Add its misses' });
    const domain = within(missForm).getByLabelText('Weak domain');
    // Focus moves on once the set is stored.
    await waitFor(() => expect(domain).toHaveFocus());
    await user.selectOptions(domain, 'MLOps');
    await user.selectOptions(within(missForm).getByLabelText('Failure mode'), 'poor testing');
    expect(within(missForm).getByText('Lane: MLflow lifecycle and promotion')).toBeInTheDocument();
    await user.type(
      within(missForm).getByLabelText('The one sentence rule you should have used'),
      'Test the model in staging before promotion.{Enter}',
    );
    // "Saved" is said, and the form cleared, only once the miss is stored.
    await waitFor(() =>
      expect(within(missForm).getByRole('status')).toHaveTextContent('Miss saved to Mixed set 1.'),
    );
    expect(domain).toHaveFocus();
    expect(domain).toHaveValue('');
    expect(within(missForm).getByLabelText('Mixed set')).not.toHaveValue('');
    expect(screen.getByText('1 miss')).toBeInTheDocument();
    expect(Object.values(store.getState().misses)).toMatchObject([
      { domain: 'mlops', failureMode: 'poor-testing', rule: 'Test the model in staging before promotion.' },
    ]);

    // The next miss begun, "saved" no longer speaks for it: it comes back once that one is stored.
    await user.selectOptions(domain, 'deployment');
    expect(within(missForm).getByRole('status')).toHaveTextContent('');
    await user.selectOptions(within(missForm).getByLabelText('Failure mode'), 'poor testing');
    await user.type(
      within(missForm).getByLabelText('The one sentence rule you should have used'),
      'Canary a new model version before promoting it.{Enter}',
    );
    await waitFor(() =>
      expect(within(missForm).getByRole('status')).toHaveTextContent('Miss saved to Mixed set 1.'),
    );
    expect(screen.getByText('2 misses')).toBeInTheDocument();
  });

  it('shows field messages and saves nothing while the miss is invalid', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithStore(<MissesView />, { path: '/misses' });
    const missForm = screen.getByRole('form', { name: '2. Add its misses' });
    await user.type(
      within(missForm).getByLabelText('The one sentence rule you should have used'),
      'x{Enter}',
    );
    expect(within(missForm).getByText('Record the mixed set first, or choose it here.')).toBeInTheDocument();
    expect(within(missForm).getByText('Choose the weak domain.')).toBeInTheDocument();
    expect(within(missForm).getByLabelText('Mixed set')).toHaveFocus();
    expect(within(missForm).getByLabelText('The one sentence rule you should have used')).toHaveValue('x');
    expect(Object.keys(store.getState().misses)).toHaveLength(0);
  });

  it('warns before a set gets more misses than it had wrong answers', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithStore(<MissesView />, { path: '/misses' });
    const set = await store
      .getState()
      .saveSet({ date: '2026-11-01', label: 'Set A', questions: '20', correct: '19' });
    if (!set.ok) throw new Error('set should save');
    const missForm = screen.getByRole('form', { name: '2. Add its misses' });
    const setSelect = within(missForm).getByLabelText('Mixed set');
    await user.selectOptions(setSelect, await within(missForm).findByRole('option', { name: /^Set A/ }));
    expect(setSelect).not.toHaveAccessibleDescription(/wrong answer/);
    await store
      .getState()
      .saveMiss({ ...emptyMissDraft(set.id), domain: 'mlops', failureMode: 'leakage', rule: 'One.' });
    expect(await within(missForm).findByText(/has 1 wrong answer and already 1 miss/)).toBeInTheDocument();
    expect(setSelect).toHaveAccessibleDescription(/Set A \(19\/20\) has 1 wrong answer and already 1 miss/);
  });

  it('counts the rules due for review and links to the review', async () => {
    const threeDaysAgo = Date.now() - 3 * 86_400_000;
    const { store } = await renderWithStore(<MissesView />, { path: '/misses', now: () => threeDaysAgo });
    const set = await store
      .getState()
      .saveSet({ date: '2026-11-01', label: 'Old set', questions: '5', correct: '4' });
    if (!set.ok) throw new Error('set should save');
    await store.getState().saveMiss({
      ...emptyMissDraft(set.id),
      domain: 'mlops',
      failureMode: 'leakage',
      rule: 'Join features as of the label time.',
      cue: 'Churn features joined to labels',
    });
    // The count loads after the page; its placeholder has the same name.
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Rule review' })).toHaveTextContent('1 rule is due today.'),
    );
    const review = screen.getByRole('region', { name: 'Rule review' });
    expect(within(review).getByRole('link', { name: 'Review now' })).toHaveAttribute('href', '/review');
    expect(within(review).queryByText('Join features as of the label time.')).not.toBeInTheDocument();
  });
});

describe('Today', () => {
  it('counts due rule reviews and lists the four booking signals', async () => {
    const threeDaysAgo = Date.now() - 3 * 86_400_000;
    const { store } = await renderWithStore(<TodayView />, { now: () => threeDaysAgo });
    const set = await store
      .getState()
      .saveSet({ date: '2026-11-01', label: 'Set', questions: '5', correct: '4' });
    if (!set.ok) throw new Error('set should save');
    await store.getState().saveMiss({
      ...emptyMissDraft(set.id),
      domain: 'mlops',
      failureMode: 'unsafe-rollout',
      rule: 'Canary first.',
    });
    // The count loads after the page; its placeholder has the same name.
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Rule review' })).toHaveTextContent('1 rule is due today.'),
    );
    const review = screen.getByRole('region', { name: 'Rule review' });
    expect(within(review).getByRole('link', { name: 'Review now' })).toHaveAttribute('href', '/review');
    const booking = screen.getByRole('region', { name: 'Booking signal' });
    expect(within(booking).getAllByRole('listitem')).toHaveLength(4);
    expect(booking).toHaveTextContent('0 of 4');
  });
});
