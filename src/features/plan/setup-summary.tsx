import { formatShortDate } from '../../domain/dates';
import { useRoute } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import { hoursBandById } from '../../domain/seed-lookups';

export function SetupSummary({ onChange }: { onChange(): void }) {
  const setup = useAppStore((s) => s.setup);
  const route = useRoute();
  const parts = [
    route.info.name,
    hoursBandById(setup.hoursBand)?.label,
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
