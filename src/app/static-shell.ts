// What each view's HTML document shows before any script runs: the page frame and the view's heading, the
// same markup React renders a moment later (npm run build renders it with the real components; see
// build/route-documents.ts). Only what never depends on the learner's data or the date is here, so a
// returning learner never sees wrong content flash: the heading, the lead where it is fixed text, and the
// fixed text that opens a view (the miss log's record steps), which is often its largest paint.
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom';
import { planIntro } from '../domain/seed';
import { Page } from '../ui/page';
import { RecordSteps } from '../features/misses/record-steps';
import { AppFrame } from './app-frame';

/** Each view's heading and fixed lead, as its route component passes them to Page (tests/e2e/static-shell.spec.ts checks they match). */
export const viewHeadings: Record<string, { title: string; lead?: string; opening?: () => ReactNode }> = {
  '/plan': { title: 'Your study plan', lead: planIntro },
  '/session': { title: 'Study session' },
  '/misses': {
    title: 'Miss log',
    lead: 'What to record after every mixed set, then what your misses say about where to work next.',
    opening: () => createElement(RecordSteps),
  },
  '/review': { title: 'Rule review' },
  '/progress': {
    title: 'Progress',
    lead: 'Every day from your start to your exam, and how the weeks went against what you promised.',
  },
  '/data': {
    title: 'Your data',
    lead: 'Everything stays in this browser. Back it up, move it to another device, or take it elsewhere.',
  },
};

const loading = () => createElement('p', { className: 'boot', role: 'status' }, 'Loading your study plan…');

/** The markup inside #root for `path`; for any other address (index.html serves them all) the frame and a loading line. */
export function renderShell(path: string | null): string {
  const heading = path ? viewHeadings[path] : undefined;
  const content: ReactNode = heading
    ? createElement(Page, {
        title: heading.title,
        lead: heading.lead ? createElement('p', null, heading.lead) : undefined,
        children: createElement(Fragment, null, heading.opening?.(), loading()),
      })
    : loading();
  // The theme toggle needs the store; an empty box of its size keeps the header from moving when it arrives.
  const placeholder = createElement('span', { className: 'button icon-button', 'aria-hidden': true });
  return renderToStaticMarkup(
    createElement(
      StaticRouter,
      { location: path ?? '/' },
      createElement(AppFrame, { headerEnd: placeholder, busy: true, children: content }),
    ),
  );
}
