import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Component as PlanView } from '../../src/features/plan/plan-route';
import {
  bookingChecks,
  compressionPlan,
  defaultPlan,
  finalRules,
  hoursBands,
  lastSevenDays,
  sessionPhases,
  startingPoints,
  weakLanes,
} from '../../src/domain/seed';
import { renderWithStore } from '../support/render-with-store';

describe('/plan', () => {
  it('shows every row of the seed tables', async () => {
    await renderWithStore(<PlanView />);
    const tables = within(screen.getByRole('region', { name: 'All routes at a glance' }));
    for (const p of startingPoints) expect(tables.getByRole('cell', { name: p.label })).toBeInTheDocument();
    for (const b of hoursBands) expect(tables.getByRole('cell', { name: b.betterRoute })).toBeInTheDocument();
    for (const w of defaultPlan) expect(tables.getByRole('cell', { name: w.whatToDo })).toBeInTheDocument();
    const compression = tables.getByRole('table', { name: 'Compression option for experienced candidates' });
    for (const w of compressionPlan)
      expect(within(compression).getByRole('cell', { name: w.focus })).toBeInTheDocument();
    for (const d of lastSevenDays)
      expect(screen.getByRole('checkbox', { name: d.focus })).toBeInTheDocument();
    for (const lane of weakLanes)
      expect(screen.getByRole('rowheader', { name: lane.label })).toBeInTheDocument();
    for (const p of sessionPhases) expect(screen.getByRole('cell', { name: p.whatToDo })).toBeInTheDocument();
    for (const r of finalRules) expect(screen.getByText(r.text)).toBeInTheDocument();
    for (const s of bookingChecks) expect(screen.getByText(s.text)).toBeInTheDocument();
  });

  it('recommends a route from the hours, with its reason and a pace check', async () => {
    const user = userEvent.setup();
    await renderWithStore(<PlanView />);
    await user.click(screen.getByRole('radio', { name: /you are strong in modeling/ }));
    await user.click(screen.getByRole('radio', { name: /3-5 hrs\/week/ }));
    expect(screen.getByRole('heading', { name: /Your route: 8-12 week part-time plan/ })).toBeInTheDocument();
    expect(screen.getByText(/shorter than your hours need/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /^4-week compression/ }));
    expect(screen.getByText(/You chose the 4-week compression over the recommended/)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { name: /^Week \d/ })).toHaveLength(4);
  });

  it('ticks a task, shows progress and stores it', async () => {
    const user = userEvent.setup();
    const { db } = await renderWithStore(<PlanView />);
    const week1 = screen.getByRole('article', { name: /^Week 1:/ });
    await user.click(within(week1).getByRole('checkbox', { name: 'SparkML pipelines' }));
    expect(within(week1).getByText('Week 1: 1 of 3 done (33%)')).toBeInTheDocument();
    await waitFor(async () => expect(await db.ticks.get('sparkml-pipelines')).toBeTruthy());
  });

  it('highlights the current week and dates the weeks', async () => {
    const user = userEvent.setup();
    await renderWithStore(<PlanView />);
    await user.click(screen.getByRole('button', { name: 'Start today' }));
    const current = screen.getAllByRole('article').find((a) => a.getAttribute('aria-current') === 'date');
    expect(current).toHaveAccessibleName(/^Week 1:/);
    expect(within(current!).getByText('This week')).toBeInTheDocument();
  });

  it('shows a message for an exam before the start and saves nothing', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithStore(<PlanView />);
    store.getState().updateSetup({ startDate: '2026-12-01' });
    const exam = await screen.findByLabelText('Exam date');
    await user.type(exam, '2026-11-01');
    expect(await screen.findByText('The exam must come after the start date.')).toBeInTheDocument();
    expect(store.getState().setup.examDate).toBeNull();
  });

  it('keeps a refused exam date as typed beside its message while other fields save and the form re-renders', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithStore(<PlanView />);
    const refusal = 'The exam must come after the start date.';
    await user.type(screen.getByLabelText('Start date'), '2026-12-01');
    const exam = screen.getByLabelText('Exam date');
    await user.type(exam, '2026-11-01');
    await user.tab();
    expect(await screen.findByText(refusal)).toBeInTheDocument();

    // Another field's save answers after the refusal, and a store change from elsewhere re-renders the form.
    await user.click(screen.getByRole('radio', { name: /3-5 hrs\/week/ }));
    await store.getState().updateSetup({ examTime: '11:00' });
    await waitFor(() => expect(store.getState().setup.hoursBand).toBe('3-5'));
    expect(screen.getByText(refusal)).toBeInTheDocument();
    expect(exam).toHaveValue('2026-11-01');
    expect(exam).toHaveAttribute('aria-invalid', 'true');
    expect(store.getState().setup.examDate).toBeNull();

    await user.clear(exam);
    await user.type(exam, '2027-01-15');
    await waitFor(() => expect(store.getState().setup.examDate).toBe('2027-01-15'));
    expect(screen.queryByText(refusal)).not.toBeInTheDocument();
  });

  it('asks for a justification before a self-check is ticked', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithStore(<PlanView />);
    const check = screen.getByRole('checkbox', { name: bookingChecks[0].text });
    await user.click(check);
    expect(screen.getByRole('alert')).toHaveTextContent('Write one line on why');
    expect(check).not.toBeChecked();
    const fields = screen.getAllByRole('textbox', { name: 'Why this is true for you (one line)' });
    await user.type(fields[0]!, 'I can name the alias, the tests and the blast radius');
    await user.click(check);
    expect(check).toBeChecked();
    expect(store.getState().signals['safe-to-promote']?.justification).toBe(
      'I can name the alias, the tests and the blast radius',
    );
  });
});
