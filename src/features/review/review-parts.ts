import { lazyPart } from '../../ui/lazy-part';

/**
 * The offer to rewrite a rule the learner keeps missing: only a rule with slips has one, so a first visit does
 * not download it (nor the miss log's checks it uses); a returning learner's visit preloads it while the store
 * hydrates (the review route's `preloadParts`).
 */
export const RuleRewrite = lazyPart(() => import('./rule-rewrite').then((m) => m.RuleRewrite));
