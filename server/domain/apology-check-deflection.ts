/**
 * Deflection: a "but" (or "however") right after an apology or admission, which can
 * quietly take it back. Not the correlative "not only … but", nor a "but" that owns more.
 */
import type { Finding } from "./apology-check";
import { COPY } from "./apology-check-copy";
import { LOOKAHEAD_LIMIT, LOOKBEHIND_LIMIT, sentenceIndex } from "./apology-check-text";

const BUT = /\b(?:but|however)\b/gi;

/** Something in the clause before the "but" that is an apology or admission. */
const APOLOGY_CUE =
  /\b(?:sorry|apologi[sz]e|apologies|apology|forgive\s+me|my\s+fault|I\s+(?:know|admit|realize|realise|understand|accept|regret|own|take|was\s+wrong|am\s+wrong|messed\s+up|screwed\s+up|made\s+(?:a\s+)?(?:mistake|mistakes|terrible|horrible|huge|bad)|hurt|lied|cheated|betrayed|broke|deceived|hid|did|shouldn't|should\s+have|should've|was\s+(?:unfaithful|dishonest|selfish))|I'm\s+(?:wrong|ashamed|to\s+blame)|(?:it|that|what\s+I\s+did)\s+was\s+wrong)\b/i;

/** Correlative or idiomatic "but" that is not a deflection. */
const NOT_ONLY_BEFORE = /\bnot\s+(?:only|just|merely|simply)\b/i;
const IDIOM_BEFORE = /\b(?:nothing|anything|all|everything|last)\s*$/i;

/**
 * What follows a sincere "but": owning it more, not less.
 * Anchored at the start of the text right after the "but".
 */
const SINCERE_AFTER_BUT = new RegExp(
  String.raw`^[\s,]*(?:` +
    [
      String.raw`(?:I\s+)?also\b(?!\s+(?:think|feel|felt|believe|thought)\b)`,
      String.raw`more\s+than\s+that\b`,
      String.raw`I\s+(?:didn't|did\s+not)\s+have\s+to\b`,
      String.raw`not\s+least\b`,
      String.raw`for\s+(?:you|the\s+grace)\b`,
      String.raw`the\s+truth\s+is\b`,
      String.raw`(?:I\s+know\s+)?(?:that|this|it|there)(?:'s|\s+is|\s+was)\s+(?:no|not\s+an?)\s+(?:excuse|reason|justification)`,
      String.raw`(?:I\s+know\s+)?(?:that|this|it|none\s+of\s+(?:that|this|it))\s+(?:doesn't|does\s+not|didn't|did\s+not|won't|will\s+not|can't|cannot)\s+(?:excuse|justify|change|undo|make|erase|mean|take)`,
      String.raw`(?:I\s+know\s+|I\s+understand\s+|I\s+see\s+)?(?:that\s+)?(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:on\s+me|my\s+(?:fault|choice|responsibility|doing)|wrong|no\s+excuse)`,
      String.raw`I\s+(?:know|understand|realize|realise|see|accept)\s+(?:now\s+)?(?:that\s+)?(?:I|what|how|why|it\s+was|this\s+was|that\s+was|there\s+is\s+no|there's\s+no|nothing)\b`,
      String.raw`now\s+I\s+(?:see|know|understand|realize|realise)\b`,
      String.raw`I\s+(?:still\s+)?(?:chose|decided|went\s+ahead|made\s+the\s+choice|take|own|accept|did\s+it\s+anyway|kept|continued|went\s+back|lied|hid|didn't\s+stop|never\s+stopped|still\s+did)\b`,
      String.raw`I\s+did\s+(?:it|that|this)\s+anyway\b`,
      String.raw`it\s+was\s+(?:still\s+)?(?:my|wrong)\b`,
      String.raw`I\s+want\s+to\b`,
      String.raw`I(?:'m|\s+am)\s+(?:still\s+)?(?:here|going\s+to|not\s+going|not\s+leaving|willing|ready|committed|determined|trying|learning|working|grateful|so\s+grateful)\b`,
      String.raw`I(?:'ll|\s+will)\s+(?:keep|show|earn|spend|work|do|be\s+here|answer|listen|try|wait|stay)\b`,
      String.raw`I\s+hope\b`,
      String.raw`I\s+(?:can't|cannot|couldn't)\s*(?:[.!]|$|undo|take\s+it\s+back|change\s+what|erase)`,
      String.raw`I\s+(?:didn't|did\s+not|wasn't|was\s+not)\s*(?:[.!;]|$)`,
      String.raw`(?:I\s+)?(?:didn't|did\s+not)\s+(?:stop|tell\s+you|come\s+clean)`,
    ].join("|") +
    ")",
  "i",
);

/** Nothing but quotes, dashes or spaces: the "but" opens its sentence. */
const ONLY_PUNCTUATION = /^[\s"'(\-\u2013\u2014]*$/;

export function findDeflections(text: string, starts: readonly number[], out: Finding[], original: string): void {
  for (const m of text.matchAll(BUT)) {
    const start = m.index;
    const end = start + m[0].length;
    const si = sentenceIndex(starts, start);
    const sStart = starts[si]!;
    let before = text.slice(Math.max(sStart, start - LOOKBEHIND_LIMIT * 2), start);
    if (ONLY_PUNCTUATION.test(before) && si > 0) {
      // "I'm sorry. But you have to understand…": look at the previous sentence.
      before = text.slice(Math.max(starts[si - 1]!, sStart - LOOKBEHIND_LIMIT * 2), sStart);
    }
    if (NOT_ONLY_BEFORE.test(before) || IDIOM_BEFORE.test(before)) continue;
    if (!APOLOGY_CUE.test(before)) continue;
    const after = text.slice(end, Math.min(text.length, end + LOOKAHEAD_LIMIT));
    if (SINCERE_AFTER_BUT.test(after)) continue;
    out.push({ kind: "deflection", start, end, phrase: original.slice(start, end), ...COPY.deflection });
  }
}
