import { describe, expect, it } from 'vitest';
import {
  docChoice,
  draftOfMiss,
  emptyMissDraft,
  isOneSentence,
  isWebLink,
  parseMissDraft,
  parseSetDraft,
} from '../../src/domain/miss-validation';

const validMiss = {
  ...emptyMissDraft('set-1'),
  domain: 'deployment',
  failureMode: 'unsafe-rollout',
  rule: 'Route a small share of traffic to the new version before promoting it.',
};

describe('parseSetDraft', () => {
  it('accepts a sane set and trims the label', () => {
    const parsed = parseSetDraft({ date: '2026-11-20', label: ' Set 1 ', questions: '20', correct: '15' });
    expect(parsed).toEqual({
      ok: true,
      value: { date: '2026-11-20', label: 'Set 1', questions: 20, correct: 15 },
    });
  });

  it('rejects more correct than questions, non-numbers and a missing date', () => {
    const parsed = parseSetDraft({ date: '', label: '', questions: '2.5', correct: '30' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors).sort()).toEqual(['date', 'label', 'questions']);
    const tooMany = parseSetDraft({ date: '2026-11-20', label: 'x', questions: '10', correct: '11' });
    expect(tooMany.ok ? null : tooMany.errors.correct).toMatch(/more right than the 10/);
  });
});

describe('parseMissDraft', () => {
  it('accepts a miss with a lesson to revisit', () => {
    const parsed = parseMissDraft({ ...validMiss, revisit: '3.1' });
    expect(parsed.ok && parsed.value.revisit).toEqual({ kind: 'lesson', lessonId: '3.1' });
  });

  it('requires the rule, in one sentence of at most 200 characters', () => {
    const messageFor = (rule: string) => {
      const parsed = parseMissDraft({ ...validMiss, rule });
      return parsed.ok ? null : parsed.errors.rule;
    };
    expect(messageFor('   ')).toMatch(/one sentence/);
    expect(messageFor('Use aliases. Never stages.')).toMatch(/one sentence/);
    expect(messageFor('a'.repeat(201))).toMatch(/200 characters/);
    expect(messageFor('a'.repeat(200))).toBeNull();
  });

  it('takes only http(s) links for an official doc', () => {
    const withDoc = (docUrl: string) =>
      parseMissDraft({ ...validMiss, revisit: docChoice, docTitle: 'Model Serving', docUrl });
    expect(withDoc('javascript:alert(1)').ok).toBe(false);
    expect(withDoc('ftp://docs.databricks.com').ok).toBe(false);
    const ok = withDoc('https://docs.databricks.com/en/machine-learning/model-serving/');
    expect(ok.ok && ok.value.revisit).toEqual({
      kind: 'doc',
      title: 'Model Serving',
      url: 'https://docs.databricks.com/en/machine-learning/model-serving/',
    });
  });

  it('needs a set unless the miss was written in a session', () => {
    expect(parseMissDraft({ ...validMiss, setId: '' }).ok).toBe(false);
    expect(parseMissDraft({ ...validMiss, setId: '' }, true).ok).toBe(true);
  });

  it('round-trips a saved miss into the form', () => {
    const parsed = parseMissDraft({
      ...validMiss,
      revisit: docChoice,
      docTitle: 'Doc',
      docUrl: 'http://a.b/c',
    });
    if (!parsed.ok) throw new Error('expected a valid miss');
    expect(parseMissDraft(draftOfMiss(parsed.value))).toEqual(parsed);
  });
});

describe('isOneSentence and isWebLink', () => {
  it('allows abbreviations inside a sentence but not a second sentence', () => {
    expect(isOneSentence('Prefer Champion aliases, e.g. for serving.')).toBe(true);
    expect(isOneSentence('Check drift first! Then retrain.')).toBe(false);
    expect(isOneSentence('Line one\nline two')).toBe(false);
  });

  it('accepts http and https only', () => {
    expect(isWebLink('https://docs.databricks.com')).toBe(true);
    expect(isWebLink('data:text/html,hi')).toBe(false);
    expect(isWebLink('https://')).toBe(false);
  });
});

describe('a practice exam’s miss left for later', () => {
  it('is kept blank in its set, while a set miss with details still needs its rule', async () => {
    const { validateMiss } = await import('../../src/domain/validation/miss');
    const { blankMiss } = await import('../../src/domain/records');
    const later = blankMiss('m1', { setId: 's1', sessionId: null }, 1);
    expect(validateMiss(later, { setIds: new Set(['s1']) })).toEqual({});
    expect(validateMiss({ ...later, domain: 'mlops' })).toEqual({ rule: 'Write the rule in one sentence.' });
  });
});
