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

function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0x7f || code === 0x0d) return false;
  }
  return true;
}

/**
 * Length in user-perceived characters (grapheme clusters). Engines segment in time that grows with the square
 * of the text's length (100,000 characters take seconds, a pasted or imported megabyte minutes), so long text
 * is counted in pieces. A piece's last perceived character may go on past the piece, so it is counted again as
 * the first of the next piece; every earlier boundary is the one a single pass finds, since no rule for where a
 * perceived character ends looks further ahead than the next code point.
 */
export function visibleLength(text: string): number {
  // Most text is ASCII, where every character is perceived alone except CR LF: no segmenting needed.
  if (isPlainAscii(text)) return text.length;
  if (!graphemes) return [...text].length;
  let count = 0;
  let start = 0;
  let length = pieceLength;
  while (start + length < text.length) {
    let end = start + length;
    // Whole code points only: half of one would be read as a character of its own and end the one before it.
    if (/[\ud800-\udbff]/.test(text.charAt(end - 1))) end += 1;
    let pieces = 0;
    let lastStart = 0;
    for (const { index } of graphemes.segment(text.slice(start, end))) {
      pieces += 1;
      lastStart = index;
    }
    if (lastStart === 0) {
      // One perceived character longer than a piece (a letter under hundreds of marks): look further.
      length *= 2;
      continue;
    }
    count += pieces - 1;
    start += lastStart;
    length = pieceLength;
  }
  for (const _ of graphemes.segment(text.slice(start))) count += 1;
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
