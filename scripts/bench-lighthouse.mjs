// Lighthouse 12.2.3, mobile form factor, slow 4G and 4x CPU slowdown, run a few times per page in one
// headless Chromium, two ways: `devtools` throttles the browser itself while it loads (what a phone lives
// through), `simulate` (Lighthouse's default) loads unthrottled and estimates the slow load from the trace,
// which misjudges a page that paints before its scripts run. Lighthouse clears the origin's storage before each run, so
// every run is a first visit. Runs are interleaved (page 1, page 2, ..., page 1, ...) so a machine that
// gets busier halfway through slows every page alike and ratios between pages stay fair.
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

/** The element Lighthouse took as the largest contentful paint, as a selector and a snippet. */
function lcpElement(lhr) {
  const items = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = items.flatMap((item) => item.items ?? [item]).find((item) => item.node)?.node;
  return node ? `${node.selector} ${node.snippet ?? ''}`.trim() : null;
}

/** Every script the page loaded by network idle, in request order. */
function scriptUrls(lhr) {
  return (lhr.audits['network-requests']?.details?.items ?? [])
    .filter((item) => item.resourceType === 'Script')
    .map((item) => item.url);
}

/**
 * @param {{ targets: { label: string, url: string }[], runs: number, chromePath: string, port: number, throttlingMethod: 'devtools' | 'simulate' }} options
 * @returns per target: medians of the scores and metrics, the LCP element and scripts of the first run, and every sample
 */
export async function runLighthouse({ targets, runs, chromePath, port, throttlingMethod }) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    port,
    chromeFlags: ['--headless=new', ...chromiumFlags],
    logLevel: 'silent',
  });
  const samplesOf = new Map(targets.map((t) => [t.label, []]));
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const { label, url } of targets) {
        const { lhr } = await lighthouse(
          url,
          {
            port: chrome.port,
            logLevel: 'error',
            output: 'json',
            onlyCategories: ['performance', 'accessibility'],
            throttlingMethod,
          },
          undefined,
        );
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${label}: ${lhr.runtimeError.message}`);
        samplesOf.get(label).push({
          performance: lhr.categories.performance.score,
          accessibility: lhr.categories.accessibility.score,
          metrics: Object.fromEntries(metricIds.map((id) => [id, lhr.audits[id]?.numericValue ?? null])),
          accessibilityFailures: accessibilityFailures(lhr),
          lcpElement: lcpElement(lhr),
          scripts: scriptUrls(lhr),
          warnings: lhr.runWarnings,
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return targets.map(({ label }) => {
    const samples = samplesOf.get(label);
    return {
      route: label,
      performance: median(samples.map((s) => s.performance)),
      accessibility: median(samples.map((s) => s.accessibility)),
      metrics: Object.fromEntries(
        metricIds.map((id) => [id, median(samples.map((s) => s.metrics[id] ?? 0))]),
      ),
      lcpElement: samples[0].lcpElement,
      scripts: samples[0].scripts,
      samples,
    };
  });
}
