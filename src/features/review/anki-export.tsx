import { useMemo, useState } from 'react';
import type { IsoDate } from '../../domain/dates';
import { ankiFileName, buildAnkiExport } from '../../domain/review-anki';
import { downloadText } from '../../platform/download';
import { useAppStore } from '../../store/use-app-store';

/** The rules as an Anki import file, for a learner who keeps their cards in Anki. */
export function AnkiExport({ today }: { today: IsoDate }) {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  const [status, setStatus] = useState('');
  // The view re-renders on every reveal and grade; a count over every miss is work only when they change.
  const rules = useMemo(
    () => Object.values(misses).filter((miss) => miss.rule.trim() !== '').length,
    [misses],
  );
  const download = () => {
    const text = buildAnkiExport(Object.values(misses), new Map(Object.entries(sets)));
    downloadText(ankiFileName(today), text, 'text/plain;charset=utf-8');
    setStatus(`Downloaded ${rules} ${rules === 1 ? 'rule' : 'rules'} for Anki.`);
  };
  return (
    <section className="card" aria-labelledby="anki-heading">
      <h2 id="anki-heading">Take your rules to Anki</h2>
      <p className="hint">
        A tab-separated text file for Anki&apos;s File › Import: one Basic note per rule, tagged by domain,
        failure mode and lane. Importing it again updates the same notes.
      </p>
      <button type="button" className="secondary" onClick={download} disabled={rules === 0}>
        Download rules for Anki (.txt)
      </button>
      <p role="status" className="message">
        {status}
      </p>
    </section>
  );
}
