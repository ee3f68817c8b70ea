import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { DateField } from '../../src/features/plan/date-field';

// A browser without a date picker (older Safari on macOS) renders type="date" as a text box.
vi.mock('../../src/platform/engine-features', () => ({ dateInputSupported: () => false }));

it('without a date picker, asks for YYYY-MM-DD, refuses other text unsaved, and saves a real date', async () => {
  const onSave = vi.fn(async () => undefined);
  render(<DateField label="Exam date" value={null} onSave={onSave} />);
  const field = screen.getByLabelText('Exam date');
  expect(field).toHaveAttribute('placeholder', 'YYYY-MM-DD');
  expect(field).toHaveAccessibleDescription('Type the date as YYYY-MM-DD.');

  await userEvent.type(field, '31/12/2026');
  await userEvent.tab();
  expect(onSave).not.toHaveBeenCalled();
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(field).toHaveAccessibleDescription(/Enter the date as YYYY-MM-DD, for example 2026-12-31/);

  await userEvent.clear(field);
  await userEvent.type(field, '2026-12-31');
  expect(onSave).toHaveBeenLastCalledWith('2026-12-31');
  await userEvent.tab();
  expect(field).not.toHaveAttribute('aria-invalid');
});
