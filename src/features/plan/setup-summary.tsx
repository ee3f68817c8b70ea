import { useEffect, useRef } from 'react';
import { formatShortDate } from '../../domain/dates';
import { hoursBands } from '../../domain/seed';
import type { Setup } from '../../domain/setup';
import { useRoute } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';

/** Chosen once, the set-up needs no screen of its own: the page starts with the weeks, and "Change" reopens it. */
export function isSetUp(setup: Setup): boolean {
  return setup.startingPoint !== null && setup.hoursBand !== null && setup.startDate !== null;
}

export function SetupSummary({ onChange }: { onChange(): void }) {
  const setup = useAppStore((s) => s.setup);
  const route = useRoute();
  const parts = [
    route.info.name,
    hoursBands.find((band) => band.id === setup.hoursBand)?.label,
    setup.startDate && `from ${formatShortDate(setup.startDate)}`,
    setup.examDate ? `exam ${formatShortDate(setup.examDate)}, ${setup.examTime}` : 'exam not booked',
  ];
  return (
    <section className="card setup-summary" aria-labelledby="setup-heading">
      <h2 id="setup-heading" className="visually-hidden">
        Set-up
      </h2>
      <p>
        <strong>Your route:</strong> {parts.filter(Boolean).join(' · ')}
      </p>
      <button type="button" id="setup-change" className="secondary" onClick={onChange}>
        Change <span className="visually-hidden">the set-up</span>
      </button>
    </section>
  );
}

/** Opening the set-up puts focus on its first choice; closing it puts focus back on "Change". */
export function useFocusOnToggle(editing: boolean) {
  const was = useRef(editing);
  useEffect(() => {
    if (was.current === editing) return;
    was.current = editing;
    const target = editing
      ? document.getElementById('setup-heading')?.closest('section')?.querySelector('input')
      : document.getElementById('setup-change');
    target?.focus();
  }, [editing]);
}
