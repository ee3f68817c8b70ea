import { createElement, useEffect, useState, type ComponentProps } from 'react';
import type { RuleRewrite as Loaded } from './rule-rewrite';

type Props = ComponentProps<typeof Loaded>;

let loaded: typeof Loaded | null = null;

/** Fetches the rewrite offer's code (and the miss log's checks it uses); the review route preloads it. */
export const loadRuleRewrite = () =>
  import('./rule-rewrite').then((m) => {
    loaded = m.RuleRewrite;
    return m.RuleRewrite;
  });

/**
 * The offer to rewrite a rule the learner keeps missing: only a rule with slips has one, so a first visit does
 * not download it; a returning learner's visit preloads it while the store hydrates (the review route's
 * `preloadParts`). It renders nothing until its code is there and never suspends, so showing a rule is never
 * held back by it.
 */
export function RuleRewrite(props: Props) {
  const [Part, setPart] = useState<typeof Loaded | null>(() => loaded);
  useEffect(() => {
    if (Part) return;
    let live = true;
    void loadRuleRewrite().then((component) => {
      if (live) setPart(() => component);
    });
    return () => {
      live = false;
    };
  }, [Part]);
  return Part ? createElement(Part, props) : null;
}
