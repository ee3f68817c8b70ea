/**
 * Text as a person sees it. Invisible characters do not count as content, lengths are counted in the characters
 * a reader perceives (an emoji or an accented letter is one, however many UTF-16 units it takes), and a sentence
 * ends at a stop that starts a new sentence, not at the one after "Mr." or "e.g.".
 */

// Zero-width space, word joiner, byte-order mark, soft hyphen, Mongolian vowel separator: never content.
const alwaysInvisible = /[\u200B\u2060\uFEFF\u00AD\u180E]/g;
// Zero-width (non-)joiners shape emoji and scripts inside text, so they are kept there and trimmed at the edges.
const edgeInvisible = /^[\s\u200C\u200D]+|[\s\u200C\u200D]+$/g;
const visible = /[^\s\u200C\u200D]/;

/** Trimmed, with invisible characters removed; '' when nothing visible is left. */
export function cleanText(text: string): string {
  const cleaned = text.replace(alwaysInvisible, '').replace(edgeInvisible, '');
  return visible.test(cleaned) ? cleaned : '';
}

const graphemes =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('en', { granularity: 'grapheme' })
    : null;

/** How much text is segmented at once; see `visibleLength`. */
const pieceLength = 256;

/**
 * Where a piece of text may end at or after `from`: between two ASCII characters other than CR LF, where a
 * perceived character always ends (no ASCII character extends, joins or prefixes another). The text's end
 * when there is no such place.
 */
function pieceEnd(text: string, from: number): number {
  for (let i = Math.max(from, 1); i < text.length; i += 1) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i);
    if (before < 0x80 && after < 0x80 && !(before === 0x0d && after === 0x0a)) return i;
  }
  return text.length;
}

/**
 * Length in user-perceived characters (grapheme clusters). Engines segment in time that grows with the square
 * of the text's length (100,000 characters take seconds, a pasted or imported megabyte minutes), so long text
 * is counted in pieces cut where no perceived character can span the cut.
 */
export function visibleLength(text: string): number {
  if (!graphemes) return [...text].length;
  let count = 0;
  for (let start = 0; start < text.length;) {
    const end = pieceEnd(text, start + pieceLength);
    for (const _ of graphemes.segment(text.slice(start, end))) count += 1;
    start = end;
  }
  return count;
}

export function hasLineBreak(text: string): boolean {
  return /[\r\n\u2028\u2029]/.test(text);
}

/** Words that end in a stop without ending a sentence (compared in lower case, without the stop). */
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'cf',
  'approx',
  'no',
  'fig',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'est',
  'min',
  'max',
  'sec',
  'vol',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

const sentenceBoundary = /([.!?])(["'’”)\]]?)\s+(?=\p{Lu})/gu;

/**
 * Where a sentence ends inside one line: a stop (. ! ?), optionally closed by a quote or bracket, followed by a
 * space and a capital letter, unless the stop is a full stop after an abbreviation ("Mr.", "e.g.") or a single
 * initial ("J. Smith"). Each match's groups are the stop and its closer.
 */
export function sentenceEnds(text: string): RegExpExecArray[] {
  const ends: RegExpExecArray[] = [];
  for (const match of text.matchAll(sentenceBoundary)) {
    if (match[1] === '.') {
      const before = text.slice(0, match.index);
      const word = /(\S+)$/.exec(before)?.[1]?.replace(/^["'‘“([]+/, '') ?? '';
      if (abbreviations.has(word.toLowerCase()) || /^\p{L}$/u.test(word)) continue;
    }
    ends.push(match);
  }
  return ends;
}

/** One sentence on one line (see `sentenceEnds`). */
export function isOneSentence(text: string): boolean {
  return !hasLineBreak(text) && sentenceEnds(text.trim()).length === 0;
}
