import type { AppStore } from '../store/app-store';
import type { Store } from '../store/store-types';
import { rowTableNames } from '../domain/tables';

const learnerData: readonly (keyof Store)[] = ['setup', ...rowTableNames];

/**
 * Asks the browser to keep this site's storage under pressure, at the first moment there is something worth
 * keeping. Asking on load would prompt (in some browsers) before the learner has any reason to say yes.
 */
export function requestPersistenceOnFirstData(store: AppStore): void {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist || !storage.persisted) return;
  const unsubscribe = store.subscribe((state, previous) => {
    if (!learnerData.some((key) => state[key] !== previous[key])) return;
    unsubscribe();
    void storage
      .persisted()
      .then((persisted) => persisted || storage.persist())
      .catch(() => undefined);
  });
}
