import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { countText } from '../../domain/count-text';
import {
  emptyMissFilter,
  filterLog,
  isFilterEmpty,
  logEntries,
  type MissFilter,
} from '../../domain/miss-filter';
import { draftOfMiss } from '../../domain/miss-validation';
import type { MissRecord } from '../../domain/records';
import { readTabCopy, writeTabCopy } from '../../platform/drafts';
import { useAppStore } from '../../store/use-app-store';
import { NoMissesYet } from './empty-miss-log';
import { MissFilters } from './miss-filters';
import { MissForm } from './miss-form';
import { MissRow } from './miss-row';
import { useUrlFilter } from './use-url-filter';

const numberFormat = new Intl.NumberFormat('en');
const editingKey = 'editing:misses';

/**
 * The whole log, newest first. It scrolls with the page (a box scrolling inside a scrolling page traps a thumb),
 * and only the rows near the window are in the DOM, so ten thousand misses scroll and filter as fast as ten;
 * the filter itself is one pass over entries that are sorted once per change of the log.
 */
export function MissLog() {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  const deleteMiss = useAppStore((s) => s.deleteMiss);
  const restoreMiss = useAppStore((s) => s.restoreMiss);
  const setRevisited = useAppStore((s) => s.setRevisited);
  const setIds = useMemo(() => new Set(Object.keys(sets)), [sets]);
  const [filter, setFilter] = useUrlFilter(setIds);
  // Which miss this tab is editing outlives a reload, so the editor reopens with its restored draft.
  const [editingId, setEditingId] = useState(() => (readTabCopy(editingKey) as string | undefined) ?? null);
  useEffect(() => writeTabCopy(editingKey, editingId ?? undefined), [editingId]);
  // The miss being edited as last seen: if another tab deletes it or an import replaces everything, the
  // editor stays open with the learner's text (saving keeps it as a new miss) instead of vanishing with it.
  const [lastEdited, setLastEdited] = useState<MissRecord | null>(null);
  const [deleted, setDeleted] = useState<MissRecord | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const entries = useMemo(() => logEntries(Object.values(misses), sets), [misses, sets]);
  const listTop = useListTop(listRef, entries.length > 0);
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(() => filterLog(entries, deferredFilter), [entries, deferredFilter]);
  const setList = useMemo(
    () => Object.values(sets).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt),
    [sets],
  );

  const virtualizer = useWindowVirtualizer({
    count: shown.length,
    estimateSize: () => 150,
    overscan: 6,
    scrollMargin: listTop,
    getItemKey: (index) => shown[index]?.miss.id ?? index,
  });

  const onEdit = useCallback((id: string) => {
    setEditingId(id);
    requestAnimationFrame(() => document.getElementById('miss-edit-heading')?.focus());
  }, []);
  const onDelete = useCallback(
    (miss: MissRecord) => {
      setDeleted(miss);
      setEditingId((current) => (current === miss.id ? null : current));
      requestAnimationFrame(() => undoRef.current?.focus());
      // A failed delete reads the miss back and the storage banner says why: nothing is left to undo.
      void deleteMiss(miss.id).then((outcome) => {
        if (!outcome.ok) setDeleted((shown) => (shown === miss ? null : shown));
      });
    },
    [deleteMiss],
  );
  const undo = () => {
    if (!deleted) return;
    setDeleted(null);
    headingRef.current?.focus();
    // A failed restore offers the undo again, so the miss is not lost to one bad write.
    void restoreMiss(deleted).then((outcome) => {
      if (!outcome.ok) setDeleted(deleted);
    });
  };
  // Its failure is read back and shown in the storage banner, like every write's.
  const onRevisited = useCallback(
    (id: string, revisited: boolean) => void setRevisited(id, revisited),
    [setRevisited],
  );
  const closeEditor = () => {
    setEditingId(null);
    headingRef.current?.focus();
  };
  const change = (patch: Partial<MissFilter>) => setFilter((f) => ({ ...f, ...patch }));

  const storedEdit = editingId ? misses[editingId] : undefined;
  if (storedEdit && storedEdit !== lastEdited) setLastEdited(storedEdit);
  const editing = storedEdit ?? (lastEdited?.id === editingId ? lastEdited : undefined);
  // Reopened after a reload for a miss that is gone by now: nothing to edit.
  if (editingId && !editing) setEditingId(null);
  const total = entries.length;
  const countLabel = isFilterEmpty(filter)
    ? countText(total, 'miss', 'misses')
    : `Showing ${numberFormat.format(shown.length)} of ${countText(total, 'miss', 'misses')}`;
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
          {countText(needingDetails, 'miss needs', 'misses need')} all four record steps (domain, failure
          mode, rule, lesson or doc to revisit).{' '}
          <button type="button" className="secondary" onClick={() => change({ status: 'needs-details' })}>
            Show {needingDetails === 1 ? 'it' : 'them'}
          </button>
        </p>
      )}
      {editing && !storedEdit && (
        <p className="banner warning" role="alert">
          The miss you are editing was deleted or replaced in another tab. Your text is kept below: save it to
          keep it as a new miss, or cancel.
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
            Deleted: <span className="user-text">{deleted.rule || 'a miss without a rule'}</span>{' '}
            <button type="button" ref={undoRef} className="secondary" onClick={undo}>
              Undo delete
            </button>
          </p>
        </div>
      )}
      <MissFilters filter={filter} sets={setList} onChange={change} />
      <p className="actions">
        <span role="status" aria-live="polite" className="miss-count">
          {countLabel}
        </span>
        {!isFilterEmpty(filter) && (
          <button type="button" className="secondary" onClick={() => setFilter(emptyMissFilter)}>
            Clear filters
          </button>
        )}
      </p>
      {total === 0 ? (
        <NoMissesYet />
      ) : (
        <div
          ref={listRef}
          role="list"
          aria-label={`Miss log entries, ${countLabel}`}
          className="miss-list"
          style={{ height: virtualizer.getTotalSize() }}
        >
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
                style={{ transform: `translateY(${item.start - listTop}px)` }}
              >
                <MissRow
                  entry={entry}
                  set={entry.miss.setId ? sets[entry.miss.setId] : undefined}
                  onEdit={onEdit}
                  onDelete={onDelete}
                  onRevisited={onRevisited}
                />
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}

/**
 * Where the list starts in the page: the window virtualizer counts rows from there. Anything above it that
 * changes height (a retest revealed, the editor opened, filters unfolded) moves it, so it is re-measured
 * whenever the page's size changes.
 */
function useListTop(listRef: RefObject<HTMLElement | null>, present: boolean): number {
  const [top, setTop] = useState(0);
  useEffect(() => {
    const measure = () => {
      const list = listRef.current;
      if (list) setTop(Math.round(list.getBoundingClientRect().top + window.scrollY));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [listRef, present]);
  return top;
}
