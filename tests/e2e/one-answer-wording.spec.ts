import { expect, test } from './fixtures';
import { learner, openWith } from './learner-rows';
import { storedRows } from './stored-rows';

/** A set on Jun 27 with three misses, all in monitoring and drift response: that lane collapses. */
const collapsing = {
  sets: [
    { id: 's1', date: '2026-06-27', label: 'Set 1', questions: 20, correct: 17, createdAt: 1, updatedAt: 1 },
  ],
  misses: [1, 2, 3].map((n) => ({
    id: `m${n}`,
    setId: 's1',
    sessionId: null,
    domain: 'mlops',
    failureMode: 'bad-monitoring-reaction',
    rule: `Rule ${n}.`,
    saferAction: '',
    revisit: { kind: 'lesson', lessonId: '2.5' },
    revisited: false,
    retests: [],
    createdAt: n,
    updatedAt: n,
  })),
};

for (const [size, viewport] of [
  ['360x740', { width: 360, height: 740 }],
  ['1280x800', { width: 1280, height: 800 }],
] as const) {
  test.describe(`at ${size}`, () => {
    test.use({ viewport });

    test('a blank app shows no booking card and no hours, even after a first tick, until there is a plan', async ({
      page,
    }) => {
      await page.goto('/');
      const firstTask = page.getByRole('checkbox').first();
      await firstTask.check();
      await expect(page.getByRole('link', { name: 'set up your plan' })).toBeVisible();
      await expect(firstTask).toBeChecked();
      await expect(page.getByRole('region', { name: 'Booking signal' })).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Hours this week' })).toHaveCount(0);
    });

    test('/progress names the weeks past the route as Today and /plan do, and writes hours one way', async ({
      page,
    }) => {
      const log = (id: string, date: string, minutes: number) => ({
        id,
        date,
        minutes,
        what: 'Docs',
        createdAt: 1,
        updatedAt: 1,
      });
      await openWith(
        page,
        '2026-07-21T09:00:00',
        {
          settings: [{ key: 'setup', value: learner, updatedAt: 1 }],
          studyLogs: [log('a', '2026-06-02', 60), log('b', '2026-06-03', 45), log('c', '2026-07-14', 30)],
        },
        '/progress',
      );
      const weeks = page.getByRole('table', { name: 'Hours and study days per week' });
      await expect(weeks.getByRole('row', { name: /^Week 1 / })).toContainText('1 h 45 min');
      await expect(weeks.getByRole('row', { name: /^Last 7 days Mon Jul 13 – Sun Jul 19/ })).toContainText(
        '30 min',
      );
      await expect(
        weeks.getByRole('row', { name: /^The exam day and after the exam Mon Jul 20 – Tue Jul 21/ }),
      ).toBeVisible();
      await expect(weeks.getByRole('row', { name: /Week 7|after the route/ })).toHaveCount(0);
      await expect(page.getByText(/\d\.\d h\b|\d hours\b/)).toHaveCount(0);
    });

    test('once repair lessons are added, nothing asks to add them again, after a reload too, and each is named once', async ({
      page,
    }) => {
      await openWith(
        page,
        '2026-06-29T09:00:00',
        { settings: [{ key: 'setup', value: learner, updatedAt: 1 }], ...collapsing },
        '/misses#repair',
      );
      await page
        .getByRole('button', { name: /Add these lessons to this week for monitoring and drift response/ })
        .click();
      await expect.poll(async () => (await storedRows(page, 'extraTasks')).length).toBe(2);
      await page.reload();
      await expect(page.getByText(/A lane is still collapsing: monitoring and drift response/)).toBeVisible();
      await page.getByText('Details').first().click();
      await expect(page.getByText(/already in this week’s plan: tick them/)).toBeVisible();
      await expect(page.getByRole('link', { name: 'Add them from the miss log' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /Add these lessons/ })).toHaveCount(0);

      await page.goto('/plan');
      const added = page.getByRole('checkbox', {
        name: '2.5 Lakehouse Monitoring, Drift Metrics and Alerting Design',
      });
      await expect(added).toBeVisible();
      // Its name is its lesson: no lesson reference repeats it under the name (the Remove button names it only
      // for a screen reader, as the button's own name).
      await expect(added).toHaveAccessibleDescription('');
      await expect(added.locator('xpath=ancestor::li[1]').locator('.lesson-refs')).toHaveCount(0);
    });
  });
}
