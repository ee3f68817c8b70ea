// What each view's HTML document shows before any script runs: the page frame and the view's heading, the
// same markup React renders a moment later (npm run build renders it with the real components; see
// build/route-documents.ts). Only what never depends on the learner's data or the date is here, so a
// returning learner never sees wrong content flash: the heading, the lead where it is fixed text, and the
// fixed text that opens a view (the miss log's record steps), which is often its largest paint.
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom';
import { planIntro } from '../domain/seed';
import { viewHeadings } from '../domain/view-headings';
import { Page } from '../ui/page';
import { RecordSteps } from '../features/misses/record-steps';
import { ReviewLead } from '../features/review/review-lead';
import { AppFrame } from './app-frame';

const lead = (text: string) => createElement('p', null, text);

/**
 * What each view's document paints: its heading and fixed lead as the route component passes them to Page, and
 * any fixed opening (tests/e2e/static-shell.spec.ts checks the view renders the same markup).
 */
export const staticViews: Record<string, { title: string; lead?: ReactNode; opening?: () => ReactNode }> = {
  '/': { title: viewHeadings.today.title, lead: lead(viewHeadings.today.lead) },
  '/plan': { title: viewHeadings.plan.title, lead: lead(planIntro) },
  '/session': { title: viewHeadings.session.title, lead: lead(viewHeadings.session.lead) },
  '/misses': {
    title: viewHeadings.misses.title,
    lead: lead(viewHeadings.misses.lead),
    opening: () => createElement(RecordSteps),
  },
  '/review': { title: viewHeadings.review.title, lead: createElement(ReviewLead) },
  '/progress': { title: viewHeadings.progress.title, lead: lead(viewHeadings.progress.lead) },
  '/data': { title: viewHeadings.data.title, lead: lead(viewHeadings.data.lead) },
  '/rehearsal': { title: viewHeadings.rehearsal.title, lead: lead(viewHeadings.rehearsal.lead) },
};

const loading = () => createElement('p', { className: 'boot', role: 'status' }, 'Loading your study plan…');

/**
 * The markup inside #shell for `path`; for any other address (index.html serves them all) the frame and a loading
 * line. `base` is the build's sub-path (`/` or e.g. `/ml-pro/`), which every link in the frame starts with.
 */
export function renderShell(path: string | null, base = '/'): string {
  const heading = path ? staticViews[path] : undefined;
  const content: ReactNode = heading
    ? createElement(Page, {
        title: heading.title,
        lead: heading.lead,
        children: createElement(Fragment, null, heading.opening?.(), loading()),
      })
    : loading();
  // The theme toggle needs the store; an empty box of its size keeps the header from moving when it arrives.
  const placeholder = createElement('span', { className: 'button icon-button', 'aria-hidden': true });
  return renderToStaticMarkup(
    createElement(
      StaticRouter,
      { basename: base, location: `${base}${(path ?? '/').slice(1)}` },
      createElement(AppFrame, { headerEnd: placeholder, busy: true, staticCopy: true, children: content }),
    ),
  );
}
