/**
 * Each view's heading and fixed lead. The view renders them and the build paints them into the view's HTML
 * document before any script runs (src/app/static-shell.ts), so they must never depend on the learner's data or
 * the date. The lead is often a first visit's largest paint, which is why it is there before the scripts.
 * The plan's lead is the seed's own introduction (seed.ts `planIntro`), kept out of here so the other views'
 * chunks do not carry the seed.
 */
export const viewHeadings = {
  today: {
    title: 'Today',
    lead: 'Your day on the route: what to study now, what is due for review, how this week’s hours compare with what you promised, and whether you are ready to book.',
  },
  plan: { title: 'Your study plan' },
  session: {
    title: 'Study session',
    lead: 'Sixty minutes in five phases, each with a field to fill in. The time is kept from saved timestamps, so a reload, a sleeping laptop or a background tab does not lose it.',
  },
  misses: {
    title: 'Miss log',
    lead: 'What to record after every mixed set, then what your misses say about where to work next.',
  },
  review: { title: 'Rule review' },
  rehearsal: {
    title: 'Practice exam',
    lead: 'The real exam is about 60 questions in 120 minutes: two minutes a question. Use your own questions (a Databricks practice exam, a course, a book); this keeps the clock, your pace and your flags, then walks your misses into the miss log.',
  },
  progress: {
    title: 'Progress',
    lead: 'Every day from your start to your exam, and how the weeks went against what you promised.',
  },
  data: {
    title: 'Your data',
    lead: 'Everything stays in this browser: nothing is sent to a server. Back it up, move it to another device, or take it elsewhere.',
  },
} as const satisfies Record<string, { title: string; lead?: string }>;
