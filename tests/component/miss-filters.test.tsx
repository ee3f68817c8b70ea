import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyMissFilter, type MissFilter } from '../../src/domain/miss-filter';
import { MissFilters } from '../../src/features/misses/miss-filters';

function matchMediaOf(phone: boolean) {
  return (query: string) =>
    ({
      matches: phone && query.includes('max-width'),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList;
}

function Filters({ initial = emptyMissFilter }: { initial?: MissFilter }) {
  const [filter, setFilter] = useState(initial);
  return (
    <MissFilters filter={filter} sets={[]} onChange={(patch) => setFilter((f) => ({ ...f, ...patch }))} />
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('the miss log filters', () => {
  it('fold on a phone behind one Filter button that counts the filters on', async () => {
    vi.stubGlobal('matchMedia', matchMediaOf(true));
    const user = userEvent.setup();
    render(<Filters />);
    const filters = screen.getByRole('group', { name: 'Filter the log' });
    expect(within(filters).getByRole('searchbox', { name: 'Search' })).toBeVisible();
    expect(within(filters).queryByRole('combobox', { name: 'Domain' })).not.toBeInTheDocument();
    const toggle = within(filters).getByRole('button', { name: 'Filter' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Domain' }), 'MLOps');
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'Revisited');
    // Search words are not counted: the search box is always in view.
    await user.type(within(filters).getByRole('searchbox', { name: 'Search' }), 'canary');
    expect(toggle).toHaveAccessibleName('Filter 2 on');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(filters).queryByRole('combobox', { name: 'Domain' })).not.toBeInTheDocument();
  });

  it('show every filter on a wide screen, with no Filter button', () => {
    vi.stubGlobal('matchMedia', matchMediaOf(false));
    render(<Filters />);
    expect(screen.queryByRole('button', { name: /^Filter/ })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Domain' })).toBeVisible();
  });

  it('say when From is after To, stay open on a phone to show it, and swap the dates', async () => {
    vi.stubGlobal('matchMedia', matchMediaOf(true));
    const user = userEvent.setup();
    render(<Filters initial={{ ...emptyMissFilter, from: '2026-11-20', to: '2026-11-01' }} />);
    const to = screen.getByLabelText('To');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription('The From date is after this date, so no miss can match.');
    await user.click(screen.getByRole('button', { name: 'Swap the dates' }));
    expect(screen.getByLabelText('From')).toHaveValue('2026-11-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-11-20');
    expect(screen.queryByText(/so no miss can match/)).not.toBeInTheDocument();
  });
});
