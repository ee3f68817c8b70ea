import { launchFirefox } from './firefox-browser';
import { engineJourneys } from './engine-journeys';
import { runJourneys } from './run-journeys';

runJourneys('firefox', launchFirefox, engineJourneys.firefox);
