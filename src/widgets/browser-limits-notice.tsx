import { useId, useState } from 'react';
import { fallbackText, missingFeatures, type EngineFeature } from '../platform/engine-features';
import { markSeen, wasSeen } from '../platform/seen-notices';

const noticeKey = (feature: EngineFeature) => `engine-${feature}`;

/**
 * Says, once, which of `features` this browser lacks and what the app does instead, in the view they affect.
 * After "Got it" the same gap is not mentioned again in this browser.
 */
export function BrowserLimitsNotice({ features }: { features: readonly EngineFeature[] }) {
  const id = useId();
  const [unseen, setUnseen] = useState(() =>
    missingFeatures(features).filter((feature) => !wasSeen(noticeKey(feature))),
  );
  if (unseen.length === 0) return null;
  return (
    <section className="banner" aria-labelledby={id}>
      <h2 id={id} className="visually-hidden">
        What this browser does differently
      </h2>
      <ul>
        {unseen.map((feature) => (
          <li key={feature}>{fallbackText[feature]}</li>
        ))}
      </ul>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          unseen.forEach((feature) => markSeen(noticeKey(feature)));
          setUnseen([]);
        }}
      >
        Got it
      </button>
    </section>
  );
}
