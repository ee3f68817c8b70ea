import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinedRule, rulesToJoin, withRulesJoined } from '../../src/domain/joined-rules';
import { maxRuleLength } from '../../src/domain/validation/rule-text';
import { cleanText, isOneSentence, visibleLength } from '../../src/domain/validation/text';

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('joinedRule', () => {
  it('joins lines and sentences with "; ", keeping every word', () => {
    expect(joinedRule('Canary first.\nThen promote the alias.')).toBe(
      'Canary first; Then promote the alias.',
    );
    expect(joinedRule('Roll back! Then retrain.')).toBe('Roll back; Then retrain.');
    expect(joinedRule('Check drift\r\n\r\n  compare windows')).toBe('Check drift; compare windows');
    expect(joinedRule('He said "stop." Then we paused.')).toBe('He said "stop"; Then we paused.');
    expect(joinedRule('Line one,\n.\nline two')).toBe('Line one; line two');
  });

  it('leaves a rule that is one sentence exactly as stored', () => {
    for (const rule of ['Ask Mr. Smith first.', 'Use aliases, e.g. Champion, before promoting.', '', ' x ']) {
      expect(joinedRule(rule)).toBe(rule);
    }
  });

  it('drops the spaces when "; " would pass the length limit, and cuts only a rule already over it', () => {
    const long = `${'a'.repeat(99)}\n${'b'.repeat(100)}`;
    expect(visibleLength(long)).toBe(maxRuleLength);
    expect(joinedRule(long)).toBe(`${'a'.repeat(99)};${'b'.repeat(100)}`);
    const overLong = `${'word '.repeat(100)}end`;
    const cut = joinedRule(overLong);
    expect(visibleLength(cut)).toBeLessThanOrEqual(maxRuleLength);
    expect(cut).toMatch(/^(word )+word…$/);
  });

  it('counts and joins both rules of a miss, and hands back the same miss when neither needs it', () => {
    const miss = { rule: 'One.\nTwo.', saferAction: 'Three. Four.' };
    expect(rulesToJoin([miss, { rule: 'Fine.', saferAction: '' }])).toBe(2);
    expect(withRulesJoined(miss)).toEqual({ rule: 'One; Two.', saferAction: 'Three; Four.' });
    const fine = { rule: 'Fine.', saferAction: '' };
    expect(withRulesJoined(fine)).toBe(fine);
  });

  const pieces = fc.oneof(
    fc.constantFrom(
      '.',
      '!',
      '?',
      ' ',
      '\n',
      '\r\n',
      '\u2028',
      ',',
      ';',
      '"',
      ')',
      'Mr.',
      'e.g.',
      'J.',
      '\u200B',
    ),
    fc.stringMatching(/^[A-Za-z]{1,8}$/),
  );
  const texts = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''));

  it('always gives one sentence within the length limit, with every word of a rule that fit it', () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string({ maxLength: 300 })), (text) => {
        const joined = joinedRule(text);
        expect(isOneSentence(cleanText(joined))).toBe(true);
        expect(visibleLength(joined)).toBeLessThanOrEqual(maxRuleLength);
        if (visibleLength(text) <= maxRuleLength)
          expect(words(cleanText(joined))).toEqual(words(cleanText(text)));
        expect(joinedRule(joined)).toBe(joined);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves every one-sentence rule within the limit unchanged', () => {
    fc.assert(
      fc.property(texts, (text) => {
        fc.pre(isOneSentence(cleanText(text)) && visibleLength(text) <= maxRuleLength);
        expect(joinedRule(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
