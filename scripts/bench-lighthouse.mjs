// Lighthouse 12.2.3 with its defaults (mobile form factor, simulated slow 4G and 4x CPU slowdown), run a
// few times per route in one headless Chromium; Lighthouse clears the origin's storage before each run, so
// every run is a first visit.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './bench-browser.mjs';
import { chromiumFlags } from './chromium-path.mjs';

const metricIds = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** What a failed accessibility audit flagged, for the report: audit id and the selectors it named. */
function accessibilityFailures(lhr) {
  return lhr.categories.accessibility.auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
    .map((audit) => ({
      id: audit.id,
      selectors: (audit.details?.items ?? []).map((item) => item.node?.selector).filter(Boolean),
    }));
}

export async function runLighthouse({ baseUrl, routes, runs, chromePath, port }) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    port,
    chromeFlags: ['--headless=new', ...chromiumFlags],
    logLevel: 'silent',
  });
  const results = [];
  try {
    for (const route of routes) {
      const samples = [];
      for (let run = 0; run < runs; run += 1) {
        const { lhr } = await lighthouse(
          `${baseUrl}${route}`,
          {
            port: chrome.port,
            logLevel: 'error',
            output: 'json',
            onlyCategories: ['performance', 'accessibility'],
          },
          undefined,
        );
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${route}: ${lhr.runtimeError.message}`);
        samples.push({
          performance: lhr.categories.performance.score,
          accessibility: lhr.categories.accessibility.score,
          metrics: Object.fromEntries(metricIds.map((id) => [id, lhr.audits[id]?.numericValue ?? null])),
          accessibilityFailures: accessibilityFailures(lhr),
          warnings: lhr.runWarnings,
        });
      }
      results.push({
        route,
        performance: median(samples.map((s) => s.performance)),
        accessibility: median(samples.map((s) => s.accessibility)),
        metrics: Object.fromEntries(
          metricIds.map((id) => [id, median(samples.map((s) => s.metrics[id] ?? 0))]),
        ),
        samples,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
