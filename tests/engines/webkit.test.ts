import { engineJourneys } from './engine-journeys';
import { runJourneys } from './run-journeys';
import { openWebKit } from './webkit-browser';

runJourneys(
  'webkit',
  () => Promise.resolve({ open: openWebKit, close: () => Promise.resolve() }),
  engineJourneys.webkit,
);
