import { emptyMissDraft } from '../../src/domain/miss-validation';
import type { AppStore } from '../../src/store/app-store';

/** A set with three misses in monitoring and drift response: that lane collapses in it. */
export async function collapsingSet(store: AppStore, date: string) {
  const set = await store
    .getState()
    .saveSet({ date, label: `Set of ${date}`, questions: '20', correct: '16' });
  if (!set.ok) throw new Error('set should save');
  for (const rule of ['One.', 'Two.', 'Three.']) {
    const draft = {
      ...emptyMissDraft(set.id),
      domain: 'mlops',
      failureMode: 'bad-monitoring-reaction',
      rule,
    };
    const miss = await store.getState().saveMiss(draft);
    if (!miss.ok) throw new Error('miss should save');
  }
}
