import { readFileSync } from 'node:fs';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { EmptyAppStart } from '../../src/widgets/empty-app-start';
import { renderWithStore } from '../support/render-with-store';

const fixtureName = 'backup-v1-release-0.1.0.json';
const fixture = readFileSync(`tests/fixtures/${fixtureName}`, 'utf8');
const file = (content: string, name: string) => new File([content], name, { type: 'application/json' });

it('offers a new plan and a restore side by side, and restores a released backup at once', async () => {
  const { store } = await renderWithStore(<EmptyAppStart />);
  expect(screen.getByRole('link', { name: 'Start a new plan' })).toHaveAttribute('href', '/plan');
  await userEvent.upload(screen.getByLabelText('Restore from a backup'), file(fixture, fixtureName));
  expect(await screen.findByRole('status')).toHaveTextContent(`Restored from ${fixtureName}.`);
  const expected = JSON.parse(fixture) as { data: { ticks: unknown[]; misses: unknown[] } };
  expect(Object.keys(store.getState().ticks)).toHaveLength(expected.data.ticks.length);
  expect(Object.keys(store.getState().misses)).toHaveLength(expected.data.misses.length);
  expect(screen.queryByRole('link', { name: 'Start a new plan' })).not.toBeInTheDocument();
});

it('refuses a file that is not a backup next to the field, and stays empty', async () => {
  const { store } = await renderWithStore(<EmptyAppStart />);
  await userEvent.upload(
    screen.getByLabelText('Restore from a backup'),
    file('{"format":"other"}', 'x.json'),
  );
  expect(await screen.findByRole('alert')).toHaveTextContent(/Nothing was changed/);
  expect(screen.getByLabelText('Restore from a backup')).toHaveAttribute('aria-invalid', 'true');
  expect(store.getState().ticks).toEqual({});
  expect(screen.getByRole('link', { name: 'Start a new plan' })).toBeInTheDocument();
});

it('is not shown once the browser holds any of the learner’s data', async () => {
  const { store } = await renderWithStore(<EmptyAppStart />);
  expect(screen.getByLabelText('Restore from a backup')).toBeInTheDocument();
  await act(async () => {
    await store.getState().setTicked('sparkml-pipelines', true);
  });
  expect(screen.queryByLabelText('Restore from a backup')).not.toBeInTheDocument();
});
