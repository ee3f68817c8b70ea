import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type FormEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RadioGroup } from '../../src/ui/radio-group';
import { SelectField } from '../../src/ui/select-field';
import { TextField } from '../../src/ui/text-field';
import { useFocusFirstError } from '../../src/ui/use-focus-first-error';

describe('form fields', () => {
  it('a text field names its input, describes it by its hint and error, and marks it invalid', async () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <TextField id="rule" label="Rule" hint="One sentence." value="" onChange={onChange} />,
    );
    const input = screen.getByRole('textbox', { name: 'Rule' });
    expect(input).toHaveAccessibleDescription('One sentence.');
    expect(input).not.toHaveAttribute('aria-invalid');
    await userEvent.setup().type(input, 'a');
    expect(onChange).toHaveBeenCalledWith('a');

    rerender(
      <TextField
        id="rule"
        label="Rule"
        hint="One sentence."
        error="Write it."
        value=""
        onChange={onChange}
      />,
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('One sentence. Write it.');
  });

  it('a select field offers its empty choice and reports the value chosen', async () => {
    const onChange = vi.fn();
    render(
      <SelectField
        id="domain"
        label="Domain"
        value=""
        emptyLabel="All"
        options={[{ value: 'mlops', label: 'MLOps' }]}
        onChange={onChange}
        error="Choose one."
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Domain' });
    expect(screen.getByRole('option', { name: 'All' })).toHaveValue('');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('Choose one.');
    await userEvent.setup().selectOptions(select, 'MLOps');
    expect(onChange).toHaveBeenCalledWith('mlops');
  });

  it('a radio group is one named group that carries its error, and whose radios carry its hint', async () => {
    const onChange = vi.fn();
    render(
      <RadioGroup
        legend="Theme"
        name="theme"
        value="light"
        hint="Applies at once."
        error="Pick one."
        options={[
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark', detail: 'Easier at night' },
        ]}
        onChange={onChange}
      />,
    );
    const group = screen.getByRole('radiogroup', { name: 'Theme' });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
    const dark = screen.getByRole('radio', { name: /^Dark/ });
    expect(dark).toHaveAccessibleName('Dark Easier at night');
    expect(dark).toHaveAccessibleDescription('Applies at once. Pick one.');
    await userEvent.setup().click(dark);
    expect(onChange).toHaveBeenCalledWith('dark');
  });

  it('focuses the first invalid field once per failed submit, not while typing', async () => {
    function Form() {
      const [errors, setErrors] = useState<Record<string, string>>({});
      const [name, setName] = useState('');
      const [city, setCity] = useState('');
      const form = useFocusFirstError(errors);
      const submit = (event: FormEvent) => {
        event.preventDefault();
        setErrors({ ...(name ? {} : { name: 'Name?' }), ...(city ? {} : { city: 'City?' }) });
      };
      return (
        <form ref={form} onSubmit={submit} noValidate>
          <TextField id="name" label="Name" value={name} error={errors.name} onChange={setName} />
          <TextField id="city" label="City" value={city} error={errors.city} onChange={setCity} />
          <button type="submit">Save</button>
        </form>
      );
    }
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ada');
    await user.click(screen.getByRole('textbox', { name: 'City' }));
    await user.type(screen.getByRole('textbox', { name: 'City' }), 'x');
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveFocus();
    await user.clear(screen.getByRole('textbox', { name: 'City' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveFocus();
  });
});
