import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { localIsoDate } from '../../domain/dates';
import { reviewRatings } from '../../domain/review-grades';
import type { ReviewRating } from '../../domain/review-records';
import { countText } from '../../domain/count-text';
import { dueReason, targetRetention } from '../../domain/review-schedule';
import { newId } from '../../store/ids';
import { hasRows } from '../../store/selectors';
import type { Store } from '../../store/store-types';
import { useAppStore } from '../../store/use-app-store';
import { viewHeadings } from '../../domain/view-headings';
import { Page } from '../../ui/page';
import { ReviewLead } from './review-lead';
import { useNow } from '../../ui/use-now';
import { useReviewPlanInput, useReviewQueue } from '../../widgets/use-review-plan';
import { AnkiExport } from './anki-export';
import { ReviewCard } from './review-card';
import { loadRuleRewrite } from './review-parts';
import { ReviewSummary } from './review-summary';
import { useLastGrade } from './use-last-grade';
import { useReviewKeys } from './use-review-keys';
import './review.css';

/** ts-fsrs and the previews: fetched once a rule is shown (or graded), never by the view's first paint. */
const loadGrading = () => import('./grade-previews');

/** A returning learner with rules to review fetches the grading and the rewrite offer while the store hydrates. */
export function preloadParts(state: Store): Promise<unknown> {
  return hasRows(state.misses) ? Promise.all([loadGrading(), loadRuleRewrite()]) : Promise.resolve();
}

/**
 * Today's due rules one at a time: the cue first, the learner recalls, Space shows the rule, 1-4 grade it.
 * The card on screen and whether it is shown live in the address, so a reload or a shared link opens the
 * same place; grades are stored the moment they are given.
 */
export function Component() {
  const now = useNow(60_000);
  const today = localIsoDate(now);
  const { items: plan, due } = useReviewQueue(today);
  const planInput = useReviewPlanInput(today);
  const examDate = useAppStore((s) => s.setup.examDate);
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  const cards = useAppStore((s) => s.reviewCards);
  const logs = useAppStore((s) => s.reviewLogs);
  const recordReview = useAppStore((s) => s.recordReview);
  const undoReview = useAppStore((s) => s.undoReview);
  const [params, setParams] = useSearchParams();
  const [lastGrade, setLastGrade] = useLastGrade(logs);
  const [status, setStatus] = useState('');

  const current = due.find((item) => item.missId === params.get('card')) ?? due[0];
  const revealed = !!current && params.get('card') === current.missId && params.get('shown') === '1';
  const retention = targetRetention(examDate, today);
  const miss = current ? misses[current.missId] : undefined;
  const history = useMemo(
    () => (miss ? Object.values(logs).filter((l) => l.missId === miss.id) : []),
    [logs, miss],
  );
  const previewInput = useMemo(
    () =>
      revealed && current && miss
        ? {
            grade: {
              missId: miss.id,
              rule: miss.rule,
              start: current.start,
              card: cards[miss.id],
              history,
              now,
              retention,
            },
            item: current,
            plan: planInput,
          }
        : undefined,
    [revealed, current, miss, cards, history, now, retention, planInput],
  );
  // The grade buttons show at once; each one's next date joins it when the scheduler has loaded.
  const [computed, setComputed] = useState<{
    input: typeof previewInput;
    previews: Record<ReviewRating, string>;
  }>();
  useEffect(() => {
    if (!previewInput) return;
    let live = true;
    void loadGrading().then(({ gradePreviews }) => {
      if (live)
        setComputed({
          input: previewInput,
          previews: gradePreviews(previewInput.grade, previewInput.item, previewInput.plan),
        });
    });
    return () => {
      live = false;
    };
  }, [previewInput]);
  const previews = computed && computed.input === previewInput ? computed.previews : undefined;

  const show = (missId: string | undefined, shown: boolean) =>
    setParams(missId ? { card: missId, ...(shown ? { shown: '1' } : {}) } : {}, { replace: true });

  const reveal = () => {
    if (current && !revealed) show(current.missId, true);
  };

  // A second key press while the grading code is still arriving would grade the same card twice.
  const grading = useRef(false);
  const grade = async (rating: ReviewRating) => {
    if (!current || !miss || !revealed || grading.current) return;
    grading.current = true;
    const loaded = await loadGrading().catch(() => null);
    grading.current = false;
    if (!loaded) {
      setStatus('The grading code could not load: reload the page, then grade this rule again.');
      return;
    }
    const { gradeCard, cardFromLogs } = loaded;
    const gradedAt = Date.now();
    const previous = cards[current.missId] ?? null;
    const { start } = current;
    const { log } = gradeCard({
      missId: miss.id,
      rule: miss.rule,
      start,
      card: previous ?? undefined,
      history,
      rating,
      now: gradedAt,
      retention,
      logId: newId(),
    });
    const next = due.find((item) => item.missId !== current.missId);
    show(next?.missId, false);
    const label = reviewRatings.find((r) => r.rating === rating)!.label;
    setLastGrade({ log, previous, start, before: history.map((earlier) => earlier.id) });
    setStatus(`Graded ${label}. Next review: ${previews?.[rating] ?? 'scheduled'}.`);
    // The card is rebuilt from every stored grade of the rule, so one graded in another tab meanwhile counts too.
    const written = await recordReview(log, (logs, stored) =>
      cardFromLogs({ miss, start, logs, examDate, stored, slipChange: rating === 1 ? 1 : 0 }),
    );
    if (!written.ok) setStatus('That grade could not be saved; it has been undone.');
  };

  const undo = async () => {
    if (!lastGrade) return;
    const { log, previous, start, before } = lastGrade;
    const graded = misses[log.missId];
    const loaded = await loadGrading().catch(() => null);
    if (!graded || !loaded) {
      setStatus('The undo could not be made: reload the page, then try again.');
      return;
    }
    setLastGrade(null);
    show(log.missId, false);
    // Only this grade goes. When no other tab graded the rule meanwhile, the card is put back as it was;
    // otherwise it is rebuilt from the rule's other grades, another tab's included.
    const undone = await undoReview(log, (logs, stored) =>
      logs.length === before.length && logs.every((left) => before.includes(left.id))
        ? (previous ?? undefined)
        : loaded.cardFromLogs({
            miss: graded,
            start,
            logs,
            examDate,
            stored,
            slipChange: log.rating === 1 ? -1 : 0,
          }),
    );
    setStatus(undone.ok ? 'Last grade undone: the rule is back.' : 'The undo could not be saved.');
  };

  useReviewKeys({ reveal, grade: (rating) => void grade(rating), undo: () => void undo() });

  return (
    <Page title={viewHeadings.review.title} lead={<ReviewLead />}>
      <p className="review-status">
        {due.length > 0 ? `${countText(due.length, 'rule')} due now` : 'Nothing due now'} · target recall{' '}
        {Math.round(retention * 100)}%{examDate && retention > 0.9 ? ', raised as the exam nears' : ''}
      </p>
      {current && miss ? (
        <ReviewCard
          key={current.missId}
          miss={miss}
          set={miss.setId ? sets[miss.setId] : undefined}
          card={cards[current.missId]}
          lane={current.lane}
          reason={dueReason(current, today, examDate)}
          position={`${due.indexOf(current) + 1} of ${due.length}`}
          revealed={revealed}
          previews={previews}
          onReveal={reveal}
          onGrade={(rating) => void grade(rating)}
        />
      ) : (
        <ReviewSummary plan={plan} today={today} />
      )}
      <p className="actions">
        <button type="button" className="secondary" onClick={() => void undo()} disabled={!lastGrade}>
          Undo last grade
        </button>
      </p>
      <p role="status" className="message">
        {status}
      </p>
      <AnkiExport today={today} />
    </Page>
  );
}
