import { createElement } from 'react';
import { lazyPart } from '../../ui/lazy-part';

/**
 * The heaviest part of the page (the virtualised list, the charts, the repair offer), loaded after the forms so a
 * learner fresh from a mixed set can start typing sooner, and not at all before there is a set or a miss.
 */
export const MissLogSections = lazyPart(
  () => import('./miss-log-sections').then((m) => m.MissLogSections),
  createElement('p', { className: 'muted', role: 'status' }, 'Loading your miss log…'),
);

/** After a practice exam (`/misses?walk=<set id>`): its misses one by one. Loaded only for that. */
export const MissWalk = lazyPart(
  () => import('./miss-walk').then((m) => m.MissWalk),
  createElement('p', { className: 'muted', role: 'status' }, 'Loading…'),
);
