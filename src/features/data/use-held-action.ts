import { useState } from 'react';

/**
 * One action at a time with the buttons held: its failure becomes the message next to them, and `settle` runs
 * afterwards whatever happened (to show what is stored).
 */
export function useHeldAction({ onStart, settle }: { onStart(): void; settle?(): Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    onStart();
    try {
      await work();
    } catch (failure) {
      setError(
        `That did not work (${failure instanceof Error ? failure.message : String(failure)}). Nothing was changed.`,
      );
    } finally {
      await settle?.();
      setBusy(false);
    }
  };
  return { act, busy, error, setError };
}
