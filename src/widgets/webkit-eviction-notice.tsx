import { useState } from 'react';
import { Link } from 'react-router-dom';
import { isWebKitTabNotInstalled, webKitInstallPlace } from '../platform/browser-engine';
import { markSeen, wasSeen } from '../platform/seen-notices';
import { useHasLearnerData } from './use-has-learner-data';

const notice = 'webkit-eviction';

/**
 * In a Safari (WebKit) tab not added to the Home Screen (or a Mac's Dock), the browser erases the app's data after seven days
 * without a visit. Shown once the learner has something to lose, until they say they have read it; the stricter
 * backup reminder keeps guarding after that.
 */
export function WebKitEvictionNotice() {
  const hasData = useHasLearnerData();
  const [shown, setShown] = useState(() => isWebKitTabNotInstalled() && !wasSeen(notice));
  if (!shown || !hasData) return null;
  return (
    <section className="banner warning" aria-labelledby="webkit-eviction-heading">
      <h2 id="webkit-eviction-heading" className="visually-hidden">
        Keep your data in Safari
      </h2>
      {webKitInstallPlace(navigator.userAgent, navigator.maxTouchPoints) === 'dock' ? (
        <p>
          Safari deletes a website&rsquo;s saved data after seven days without a visit unless you add it to
          the Dock, so choose File, then &ldquo;Add to Dock&rdquo;, and open the app from there.
        </p>
      ) : (
        <p>
          Safari, like every browser on iPhone and iPad, deletes a website&rsquo;s saved data after seven days
          without a visit unless it is on your Home Screen, so tap Share, then &ldquo;Add to Home
          Screen&rdquo;, and open the app from there.
        </p>
      )}
      <div className="actions">
        <Link className="button secondary" to="/data">
          Export a backup
        </Link>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            markSeen(notice);
            setShown(false);
          }}
        >
          Got it
        </button>
      </div>
    </section>
  );
}
