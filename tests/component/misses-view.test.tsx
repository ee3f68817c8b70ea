import { screen, within } from '@testing-library/react';
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
    expect(domain).toHaveFocus();
    await user.selectOptions(domain, 'MLOps');
    await user.selectOptions(within(missForm).getByLabelText('Failure mode'), 'poor testing');
    expect(within(missForm).getByText('Lane: MLflow lifecycle and promotion')).toBeInTheDocument();
    await user.type(
      within(missForm).getByLabelText('The one sentence rule you should have used'),
      'Test the model in staging before promotion.{Enter}',
    );
    expect(within(missForm).getByRole('status')).toHaveTextContent('Miss saved to Mixed set 1.');
    expect(domain).toHaveFocus();
    expect(domain).toHaveValue('');
    expect(within(missForm).getByLabelText('Mixed set')).not.toHaveValue('');
    expect(screen.getByText('1 miss')).toBeInTheDocument();
    expect(Object.values(store.getState().misses)).toMatchObject([
      { domain: 'mlops', failureMode: 'poor-testing', rule: 'Test the model in staging before promotion.' },
    ]);
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
    const set = store
      .getState()
      .saveSet({ date: '2026-11-01', label: 'Set A', questions: '20', correct: '19' });
    if (!set.ok) throw new Error('set should save');
    const missForm = screen.getByRole('form', { name: '2. Add its misses' });
    const setSelect = within(missForm).getByLabelText('Mixed set');
    await user.selectOptions(setSelect, await within(missForm).findByRole('option', { name: /^Set A/ }));
    expect(setSelect).not.toHaveAccessibleDescription(/wrong answer/);
    store
      .getState()
      .saveMiss({ ...emptyMissDraft(set.id), domain: 'mlops', failureMode: 'leakage', rule: 'One.' });
    expect(await within(missForm).findByText(/has 1 wrong answer and already 1 miss/)).toBeInTheDocument();
    expect(setSelect).toHaveAccessibleDescription(/Set A \(19\/20\) has 1 wrong answer and already 1 miss/);
  });

  it('brings a rule back for a retest, on the miss log and on Today', async () => {
    const user = userEvent.setup();
    const threeDaysAgo = Date.now() - 3 * 86_400_000;
    const { store } = await renderWithStore(<MissesView />, { path: '/misses', now: () => threeDaysAgo });
    const set = store
      .getState()
      .saveSet({ date: '2026-11-01', label: 'Old set', questions: '5', correct: '4' });
    if (!set.ok) throw new Error('set should save');
    store.getState().saveMiss({
      ...emptyMissDraft(set.id),
      domain: 'mlops',
      failureMode: 'leakage',
      rule: 'Join features as of the label time.',
      cue: 'Churn features joined to labels',
    });
    const retests = await screen.findByRole('region', { name: 'Rule retests due' });
    expect(within(retests).getByText('Day 3 retest')).toBeInTheDocument();
    expect(within(retests).getByText('Question: Churn features joined to labels')).toBeInTheDocument();
    expect(within(retests).getByText(/^Old set · MLOps · leakage · written /)).toBeInTheDocument();
    expect(within(retests).queryByText('Join features as of the label time.')).not.toBeInTheDocument();
    await user.click(within(retests).getByRole('button', { name: 'Reveal the rule' }));
    expect(within(retests).getByText('Join features as of the label time.')).toBeInTheDocument();
    await user.click(within(retests).getByRole('button', { name: 'Held: I recalled it' }));
    expect(within(retests).getByText('No rules are due for a retest today.')).toBeInTheDocument();
    expect(Object.values(store.getState().misses)[0]?.retests).toEqual([
      { day: 3, held: true, at: threeDaysAgo },
    ]);
  });
});

describe('Today', () => {
  it('lists due retests and the four booking signals', async () => {
    const threeDaysAgo = Date.now() - 3 * 86_400_000;
    const { store } = await renderWithStore(<TodayView />, { now: () => threeDaysAgo });
    const set = store.getState().saveSet({ date: '2026-11-01', label: 'Set', questions: '5', correct: '4' });
    if (!set.ok) throw new Error('set should save');
    store.getState().saveMiss({
      ...emptyMissDraft(set.id),
      domain: 'mlops',
      failureMode: 'unsafe-rollout',
      rule: 'Canary first.',
    });
    const retests = await screen.findByRole('region', { name: 'Rule retests due' });
    expect(retests).toHaveTextContent('1 rule is due for a quick self-retest.');
    expect(within(retests).getByRole('link', { name: 'Retest now' })).toHaveAttribute(
      'href',
      '/misses#retests',
    );
    const booking = screen.getByRole('region', { name: 'Booking signal' });
    expect(within(booking).getAllByRole('listitem')).toHaveLength(4);
    expect(booking).toHaveTextContent('0 of 4');
  });
});
