/**
 * The apology check's text machinery: offset-preserving normalisation, sentence
 * boundaries, and the context guards that veto a match. Shared by every kind of rule.
 */
import type { FindingKind } from "./apology-check";

export interface Copy {
  readonly why: string;
  readonly suggestion: string;
}

/**
 * - negated: a negation right before ("it wasn't your fault").
 * - reported: reported or disowned speech before ("I told you it was just…").
 * - excused: owned right after ("I was drunk, but that's no excuse", "…and I still chose it").
 * - declined: refused before ("I'm not going to ask you to move on", "I don't expect you to…").
 * - paced: the partner keeps the pace after ("…when you're ready").
 */
export type Guard = "negated" | "reported" | "excused" | "declined" | "paced";

export interface Rule {
  readonly kind: FindingKind;
  readonly pattern: RegExp;
  readonly guards: readonly Guard[];
  readonly copy?: Copy;
}

export const rule = (kind: FindingKind, source: string, guards: readonly Guard[], copy?: Copy): Rule => ({
  kind,
  pattern: new RegExp(source, "gi"),
  guards,
  ...(copy === undefined ? {} : { copy }),
});

const NEGATED_BEFORE =
  /(?:(?:\b(?:not|never|no|none|nothing|nobody|neither)|n't)\s+(?:(?:at\s+all|even|really|ever)\s+)?(?:[\w']+\s+)?|\bnone\s+of\s+(?:this|that|it)\s+(?:is|was|has\s+been)\s+(?:[\w']+\s+)?)$/i;

const REPORTED_BEFORE =
  /\b(?:say|says|said|saying|tell\s+myself|told\s+(?:you|myself|her|him|them|everyone|people)|telling\s+(?:you|myself|everyone)|pretend|pretended|pretending|claim|claimed|claiming|insist|insisted|insisting|promised(?:\s+you)?|swore(?:\s+to\s+you)?|convinced\s+myself|excuses?\s+like|call\s+it|called\s+it|calling\s+it|act\s+like|acted\s+like|acting\s+like|blame\s+it\s+on|hide\s+behind)\s+(?:that\s+)?["']?(?:[\w']+\s+){0,2}["']?\s*$/i;

const DECLINED_BEFORE =
  /\b(?:never|won't|will\s+not|not|don't|do\s+not|wouldn't|would\s+never|can't|cannot)\s+(?:going\s+to\s+|gonna\s+|ever\s+|even\s+)?(?:ask(?:ing)?|expect(?:ing)?|want(?:ing)?|need(?:ing)?|tell(?:ing)?|rush(?:ing)?|push(?:ing)?|pressur(?:e|ing)|mak(?:e|ing)|hurry(?:ing)?|demand(?:ing)?)\b[^.!?]*$|\b(?:no|never\s+a)\s+(?:rush|hurry|need|pressure|deadline)\b[^.!?]*$/i;

const OWNED_AFTER =
  /\b(?:no\s+excuse|not\s+an\s+excuse|isn't\s+an\s+excuse|is\s+not\s+an\s+excuse|doesn't\s+excuse|does\s+not\s+excuse|don't\s+excuse|can't\s+excuse|won't\s+excuse|doesn't\s+justify|does\s+not\s+justify|not\s+a\s+reason|no\s+reason|I\s+still\s+(?:chose|did|decided|made|should\s+have|went)|(?:still|was|is)\s+my\s+(?:choice|fault|decision|responsibility)|that's\s+on\s+me|(?:none\s+of\s+(?:it|that|this)|nothing)\s+(?:excuses|justifies)|should\s+have\s+(?:come|heard\s+it)\s+from\s+me|I\s+should\s+have\s+told\s+you|I\s+was\s+sober|not\s+your\s+(?:burden|fault|problem|job)|I\s+(?:still\s+)?(?:chose|decided)|because\s+of\s+(?:me|what\s+I\s+did|my\s+(?:lies|choices|actions))|it\s+was\s+on\s+me|not\s+(?:the\s+reason|why))\b/i;

const PACED_AFTER =
  /\b(?:(?:when|if|whenever)\s+(?:and\s+if\s+)?(?:you're|you\s+are|you\s+feel|you\s+want|you\s+choose|you\s+decide|you're\s+ever|you\s+ever|it\s+feels\s+right\s+to\s+you)|in\s+your\s+own\s+time|at\s+your\s+(?:own\s+)?pace|only\s+if\s+you)\b/i;

const CLAUSE_BREAK = /[,;:\u2013\u2014()]/;
const SENTENCE_END = /[.!?\u2026\n]+["')\]]*(?=\s|$)|\n/g;

const CURLY_QUOTES = /[\u2018\u2019\u201A\u201B\u02BC\u2032\u0060\u00B4]/g;
const CURLY_DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;

/** Straight quotes for curly ones; every replacement is one UTF-16 unit for one, so offsets stay valid. */
export function normalise(text: string): string {
  return text.replace(CURLY_QUOTES, "'").replace(CURLY_DOUBLE_QUOTES, '"');
}

/** Offsets at which each sentence starts, ascending; always begins with 0. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_END)) {
    const next = m.index + m[0].length;
    if (next < text.length && next > starts[starts.length - 1]!) starts.push(next);
  }
  return starts;
}

/** Index into `starts` of the sentence that contains `pos` (binary search). */
export function sentenceIndex(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export const LOOKBEHIND_LIMIT = 80;
export const LOOKAHEAD_LIMIT = 120;

function clauseBefore(text: string, sentenceStart: number, pos: number): string {
  const window = text.slice(Math.max(sentenceStart, pos - LOOKBEHIND_LIMIT), pos);
  for (let i = window.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(window[i]!)) return window.slice(i + 1);
  }
  return window;
}

function sentenceEnd(starts: readonly number[], index: number, textLength: number): number {
  return index + 1 < starts.length ? starts[index + 1]! : textLength;
}

export function passesGuards(
  guards: readonly Guard[],
  text: string,
  starts: readonly number[],
  start: number,
  end: number,
): boolean {
  if (guards.length === 0) return true;
  const si = sentenceIndex(starts, start);
  const sStart = starts[si]!;
  const before = clauseBefore(text, sStart, start);
  for (const guard of guards) {
    if (guard === "negated" && NEGATED_BEFORE.test(before)) return false;
    if (guard === "reported" && REPORTED_BEFORE.test(before)) return false;
    if (guard === "declined" && DECLINED_BEFORE.test(text.slice(Math.max(sStart, start - LOOKBEHIND_LIMIT), start)))
      return false;
    if (guard === "excused" || guard === "paced") {
      // The rest of this sentence plus the next one: "I was drunk. That's no excuse."
      const reach =
        guard === "excused" ? sentenceEnd(starts, si + 1, text.length) : sentenceEnd(starts, si, text.length);
      const after = text.slice(end, Math.min(reach, end + LOOKAHEAD_LIMIT));
      if ((guard === "excused" ? OWNED_AFTER : PACED_AFTER).test(after)) return false;
    }
  }
  return true;
}
