import { startTransition, useEffect, useState } from 'react';

/**
 * False for the first render, then true in a transition. A long view renders what the first screen shows at once
 * and the rest as interruptible work, so a mid-range phone gets no long task before it can respond to a tap.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    startTransition(() => setReady(true));
  }, []);
  return ready;
}
