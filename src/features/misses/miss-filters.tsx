import { useId } from 'react';
import { formatShortDate } from '../../domain/dates';
import { sessionSetFilter, type MissFilter } from '../../domain/miss-filter';
import type { MixedSetRecord } from '../../domain/records';
import { failureModes, weakDomains, weakLanes } from '../../domain/seed';

export function MissFilters({
  filter,
  sets,
  onChange,
}: {
  filter: MissFilter;
  sets: readonly MixedSetRecord[];
  onChange(patch: Partial<MissFilter>): void;
}) {
  const id = useId();
  const select = (
    key: keyof MissFilter,
    label: string,
    options: readonly { id: string; label: string }[],
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={filter[key]}
        onChange={(event) => onChange({ [key]: event.target.value })}
      >
        <option value="">All</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="miss-filters">
      <legend>Filter the log</legend>
      <div className="field">
        <label htmlFor={`${id}-text`}>Search</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filter.text}
          placeholder="Words in the rule, doc or set"
          onChange={(event) => onChange({ text: event.target.value })}
        />
      </div>
      <div className="field-row">
        {select('domain', 'Domain', weakDomains)}
        {select('failureMode', 'Failure mode', failureModes)}
        {select('lane', 'Lane', weakLanes)}
        {select('set', 'Set', [
          ...sets.map((set) => ({ id: set.id, label: `${set.label} (${formatShortDate(set.date)})` })),
          { id: sessionSetFilter, label: 'Written in a session' },
        ])}
        {select('status', 'Status', [
          { id: 'needs-details', label: 'Needs details' },
          { id: 'not-revisited', label: 'Not revisited yet' },
          { id: 'revisited', label: 'Revisited' },
        ])}
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={filter.from}
            onChange={(event) => onChange({ from: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={filter.to}
            onChange={(event) => onChange({ to: event.target.value })}
          />
        </div>
      </div>
    </fieldset>
  );
}
