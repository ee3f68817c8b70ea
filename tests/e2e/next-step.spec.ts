import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { aSet, learner, misses, openWith, setupRow } from './learner-rows';

/**
 * Judgment rule 9, the next step first: on a phone, Today's first screen holds the day's next action (the first
 * open task or the day's focus, and "Start a session"), with a collapsing lane's warning showing and real data:
 * week 1 ticked, a collapsing set with its misses (whose rules are due for review), time logged this week.
 */
const days = [
  ['a route day (week 3)', '2026-06-17T08:00:00', /^aliases$/],
  ['the last 7 days', '2026-07-14T09:00:00', /^Day 6: /],
  ['the final 72 hours', '2026-07-18T09:00:00', /^Day 2: /],
] as const;

const rows = {
  settings: [setupRow(learner)],
  ticks: ['sparkml-pipelines', 'inference-fit', 'scaling-strategy'].map((id) => ({ id, tickedAt: 1 })),
  sets: [aSet('c', '2026-06-08', 15, 3)],
  misses: [...misses('c', 'bad-monitoring-reaction', 4), ...misses('c', 'leakage', 1)],
  studyLogs: [{ id: 'log-1', date: '2026-06-08', minutes: 90, what: 'Docs', createdAt: 1, updatedAt: 1 }],
};

for (const [width, height] of [
  [360, 740],
  [1280, 800],
] as const) {
  for (const [name, time, action] of days) {
    test(`at ${width}x${height} on ${name}, with a collapsing lane, Today's next action is on the first screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await openWith(page, time, rows);
      await expect(page.getByText(/A lane is still collapsing: monitoring and drift response/)).toBeVisible();
      const next = page.getByRole('checkbox', { name: action }).first();
      const session = page.getByRole('link', { name: 'Start a 60-minute session' }).first();
      for (const target of [next, session]) {
        await expect(target).toBeVisible();
        const box = (await target.boundingBox())!;
        expect(box.y + box.height, `${await target.textContent()} bottom edge`).toBeLessThanOrEqual(height);
      }
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}`))).toEqual([]);
    });
  }
}
