import { useId, useState } from 'react';
import { formatShortDate } from '../../domain/dates';
import {
  activeFilterCount,
  isDateRangeReversed,
  sessionSetFilter,
  type MissFilter,
} from '../../domain/miss-filter';
import type { MixedSetRecord } from '../../domain/records';
import { failureModes, weakDomains, weakLanes } from '../../domain/seed';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { phoneQuery, useMediaQuery } from '../../ui/use-media-query';

const options = (items: readonly { id: string; label: string }[]) =>
  items.map((item) => ({ value: item.id, label: item.label }));
const statusOptions = [
  { value: 'needs-details', label: 'Needs details' },
  { value: 'not-revisited', label: 'Not revisited yet' },
  { value: 'revisited', label: 'Revisited' },
];

/**
 * Search stays in view; the seven other filters fold on a phone behind one "Filter" button that says how many
 * are on, so the log starts on the first screen instead of under eight stacked selects.
 */
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
  const isPhone = useMediaQuery(phoneQuery);
  const [open, setOpen] = useState(false);
  const active = activeFilterCount(filter);
  const reversed = isDateRangeReversed(filter);
  const field = (key: keyof MissFilter) => ({
    id: `${id}-${key}`,
    value: filter[key],
    onChange: (value: string) => onChange({ [key]: value }),
  });
  return (
    <fieldset className="miss-filters">
      <legend>Filter the log</legend>
      <TextField
        {...field('text')}
        type="search"
        label="Search"
        placeholder="Words in the rule, cue, doc, set or domain"
        wide
      />
      {isPhone && (
        <button
          type="button"
          className="secondary filter-toggle"
          aria-expanded={open || reversed}
          aria-controls={`${id}-panel`}
          onClick={() => setOpen(!open)}
        >
          Filter {active > 0 && <span className="badge">{`${active} on`}</span>}
        </button>
      )}
      <div id={`${id}-panel`} hidden={isPhone && !open && !reversed}>
        <div className="field-row">
          <SelectField {...field('domain')} label="Domain" emptyLabel="All" options={options(weakDomains)} />
          <SelectField
            {...field('failureMode')}
            label="Failure mode"
            emptyLabel="All"
            options={options(failureModes)}
          />
          <SelectField {...field('lane')} label="Lane" emptyLabel="All" options={options(weakLanes)} />
          <SelectField
            {...field('set')}
            label="Set"
            emptyLabel="All"
            options={[
              ...sets.map((set) => ({ value: set.id, label: `${set.label} (${formatShortDate(set.date)})` })),
              { value: sessionSetFilter, label: 'Written in a session' },
            ]}
          />
          <SelectField {...field('status')} label="Status" emptyLabel="All" options={statusOptions} />
          <TextField {...field('from')} type="date" label="From" />
          <TextField
            {...field('to')}
            type="date"
            label="To"
            error={reversed ? 'The From date is after this date, so no miss can match.' : undefined}
          />
        </div>
        {reversed && (
          <p className="actions">
            <button
              type="button"
              className="secondary"
              onClick={() => onChange({ from: filter.to, to: filter.from })}
            >
              Swap the dates
            </button>
          </p>
        )}
      </div>
    </fieldset>
  );
}
