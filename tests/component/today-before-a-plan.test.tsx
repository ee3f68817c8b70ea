import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { Component as TodayView } from '../../src/features/today/today-route';
import { renderWithStore } from '../support/render-with-store';

it('shows no booking card and no hours until there is a plan, even once a task is ticked', async () => {
  const user = userEvent.setup();
  const { store } = await renderWithStore(<TodayView />);
  // A blank app offers week 1's tasks; ticking one is the learner's first data, not a plan.
  const [firstTask] = await screen.findAllByRole('checkbox');
  await user.click(firstTask!);
  expect(await screen.findByRole('link', { name: 'set up your plan' })).toBeInTheDocument();
  expect(firstTask).toBeChecked();
  expect(screen.queryByRole('region', { name: 'Booking signal' })).not.toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'Hours this week' })).not.toBeInTheDocument();

  await store.getState().updateSetup({ startingPoint: 'lighter-on-mlops', hoursBand: '6-8' });
  expect(await screen.findByRole('region', { name: 'Booking signal' })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'Hours this week' })).toBeInTheDocument();
});
