import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import {
  emptyMissFilter,
  filterLog,
  isFilterEmpty,
  logEntries,
  type MissFilter,
} from '../../domain/miss-filter';
import { draftOfMiss } from '../../domain/miss-validation';
import type { MissRecord } from '../../domain/records';
import { useAppStore } from '../../store/use-app-store';
import { MissFilters } from './miss-filters';
import { MissForm } from './miss-form';
import { MissRow } from './miss-row';

const numberFormat = new Intl.NumberFormat('en');

/**
 * The whole log, newest first. Only the rows in view are in the DOM, so ten thousand misses scroll and filter
 * as fast as ten; the filter itself is one pass over entries that are sorted once per change of the log.
 */
export function MissLog() {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  const deleteMiss = useAppStore((s) => s.deleteMiss);
  const restoreMiss = useAppStore((s) => s.restoreMiss);
  const setRevisited = useAppStore((s) => s.setRevisited);
  const [filter, setFilter] = useState<MissFilter>(emptyMissFilter);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<MissRecord | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const entries = useMemo(() => logEntries(Object.values(misses), sets), [misses, sets]);
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(() => filterLog(entries, deferredFilter), [entries, deferredFilter]);
  const setList = useMemo(
    () => Object.values(sets).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt),
    [sets],
  );

  // The app does not use the React Compiler, and the virtualizer's functions are only read during render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 150,
    overscan: 6,
    getItemKey: (index) => shown[index]?.miss.id ?? index,
  });

  const onEdit = useCallback((id: string) => {
    setEditingId(id);
    requestAnimationFrame(() => document.getElementById('miss-edit-heading')?.focus());
  }, []);
  const onDelete = useCallback(
    (id: string) => {
      const removed = deleteMiss(id);
      if (!removed) return;
      setDeleted(removed);
      setEditingId((current) => (current === id ? null : current));
      requestAnimationFrame(() => undoRef.current?.focus());
    },
    [deleteMiss],
  );
  const undo = () => {
    if (!deleted) return;
    restoreMiss(deleted);
    setDeleted(null);
    headingRef.current?.focus();
  };
  const closeEditor = () => {
    setEditingId(null);
    headingRef.current?.focus();
  };

  const editing = editingId ? misses[editingId] : undefined;
  const total = entries.length;
  const countText = isFilterEmpty(filter)
    ? `${numberFormat.format(total)} ${total === 1 ? 'miss' : 'misses'}`
    : `Showing ${numberFormat.format(shown.length)} of ${numberFormat.format(total)} misses`;
  const needingDetails = useMemo(
    () => entries.filter((e) => e.miss.domain === null || e.miss.failureMode === null).length,
    [entries],
  );

  return (
    <section className="card" aria-labelledby="miss-log-heading" id="log">
      <h2 id="miss-log-heading" ref={headingRef} tabIndex={-1}>
        Miss log
      </h2>
      {needingDetails > 0 && (
        <p className="message warning">
          {needingDetails} {needingDetails === 1 ? 'miss needs' : 'misses need'} all four record steps
          (domain, failure mode, rule, lesson or doc to revisit): use &quot;Add details&quot; on{' '}
          {needingDetails === 1 ? 'it' : 'each'} (filter Status: Needs details).
        </p>
      )}
      {editing && (
        <MissForm
          key={editing.id}
          initial={draftOfMiss(editing)}
          missId={editing.id}
          allowNoSet={editing.sessionId !== null}
          heading="Edit miss"
          headingId="miss-edit-heading"
          submitLabel="Save changes"
          onSaved={closeEditor}
          onCancel={closeEditor}
        />
      )}
      {deleted && (
        <div className="banner" role="status">
          <p>
            Deleted: {deleted.rule || 'a miss without a rule'}{' '}
            <button type="button" ref={undoRef} className="secondary" onClick={undo}>
              Undo delete
            </button>
          </p>
        </div>
      )}
      <MissFilters
        filter={filter}
        sets={setList}
        onChange={(patch) => setFilter((f) => ({ ...f, ...patch }))}
      />
      <p className="actions">
        <span role="status" aria-live="polite" className="miss-count">
          {countText}
        </span>
        {!isFilterEmpty(filter) && (
          <button type="button" className="secondary" onClick={() => setFilter(emptyMissFilter)}>
            Clear filters
          </button>
        )}
      </p>
      {total === 0 ? (
        <p className="muted">No misses yet. Record a mixed set above, then add each miss.</p>
      ) : (
        <div
          ref={scrollRef}
          className="miss-scroll"
          tabIndex={0}
          role="region"
          aria-label={`Miss log entries, ${countText}`}
        >
          <div role="list" className="miss-list" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const entry = shown[item.index]!;
              return (
                <div
                  key={item.key}
                  role="listitem"
                  aria-posinset={item.index + 1}
                  aria-setsize={shown.length}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="miss-item"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <MissRow
                    entry={entry}
                    set={entry.miss.setId ? sets[entry.miss.setId] : undefined}
                    onEdit={onEdit}
                    onDelete={onDelete}
                    onRevisited={setRevisited}
                  />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
