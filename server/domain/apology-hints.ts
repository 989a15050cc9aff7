/**
 * What an apology part may be missing, as research on apologies ranks it (Lewicki, Polin &
 * Lount, 2016): acknowledging responsibility first, then offering repair. One quiet hint
 * per part, computed in the writer's browser from their own words, never stored and never
 * shown to the partner. Advice, never a score or a block.
 *
 * Each check is a few linear scans with patterns compiled once, so it can run whenever the
 * writer pauses, on a phone too.
 */
import { normalise } from "./apology-check-text";

export type ApologyPart = "whatIDid" | "howItHurt" | "whatIAmDoing";

export interface PartHint {
  readonly title: string;
  readonly detail: string;
}

export const PART_HINTS: Readonly<Record<ApologyPart, PartHint>> = {
  whatIDid: {
    title: "Say what you did, in your own words.",
    detail:
      "This tells how you felt or what was going on. Your partner needs to hear your own actions: “I lied to you about where I was.”",
  },
  howItHurt: {
    title: "Say what it was like for them.",
    detail:
      "This part is about your partner, more than about you. Try it from their side: “You stopped trusting your own memory.”",
  },
  whatIAmDoing: {
    title: "Name something you are already doing.",
    detail:
      "Intentions and promises are hard to lean on right now. One step you already take says more: “I see a counsellor every Thursday.”",
  },
};

/** Fewer words than this and the person is still starting; the send form asks for empty parts. */
const MIN_WORDS = 4;
const WORD = /[\p{L}\p{N}']+/gu;

const FEELING_OR_STATE_ED = String.raw`(?:wanted|needed|loved|liked|hoped|wished|seemed|believed|reali[sz]ed|worried|wondered|struggled|suffered|tried|missed|craved|longed|feared|cared|noticed|learned|deserved|owed|imagined|figured|guessed|assumed|expected|intended|appeared|happened|started\s+to\s+feel|decided\s+to\s+(?:try|change))`;
const IRREGULAR_ACTIONS = String.raw`(?:lied|hid|hidden|kept|told|went|gone|slept|met|saw|seen|sent|broke|broken|made|took|taken|left|spent|chose|chosen|did|done|said|gave|given|let|put|ran|stole|stolen|drove|spoke|spoken|wrote|written|bought|paid|began|begun|blamed|cheated|betrayed|deceived|kissed|texted|shut|cut|quit|read|led|fed|lost|threw|forgot|ignored)`;

/** An act of the writer's own: "I lied", "I've been seeing", "I had an affair", "I was unfaithful". */
const OWN_ACTION = new RegExp(
  String.raw`\bI(?:'ve|'d|\s+have|\s+had)?\s+(?:(?:also|then|still|even|just|never|always|often|repeatedly|deliberately|knowingly|secretly|actually|really|first|later|kept)\s+){0,2}(?:(?!${FEELING_OR_STATE_ED}\b)[a-z]+ed\b|${IRREGULAR_ACTIONS}\b)` +
    String.raw`|\bI(?:'ve|\s+have|'d|\s+had)\s+been\s+(?!(?:feeling|struggling|trying|thinking|hoping|going\s+through|wanting|needing|so|very|really)\b)[a-z]+ing\b` +
    String.raw`|\bI\s+(?:was|were)\s+(?:(?:so|very|really|completely|deeply)\s+)?(?:unfaithful|dishonest|disloyal|deceitful|cruel|selfish|careless|a\s+coward|lying|cheating|hiding|seeing|texting|sleeping|flirting|messaging|meeting|gambling|drinking|spending)\b` +
    String.raw`|\bI\s+had\s+(?:an\s+affair|a\s+(?:relationship|fling|one-night\s+stand|secret)|sex)\b` +
    String.raw`|\bmy\s+(?:lies|lying|affair|cheating|betrayal|choices?|decisions?|actions)\b`,
  "i",
);

const PARTNER_WORD = /\byou(?:'re|'ve|'d|'ll|rs|rself)?\b|\byour\b/gi;
const WRITER_WORD = /\b(?:I|I'm|I've|I'd|I'll|me|my|myself|mine)\b/gi;

const INTENTION_VERBS = String.raw`(?:will|want|wanna|hope|plan|intend|wish|promise|swear|try|mean|need|should|must|can|could|might|may|shall|would|'d|am\s+going|'m\s+going|going|gonna|trying|hoping|planning|thinking|wanting|promising|committed|determined|ready|willing|working\s+on\s+(?:myself|me|it|being|becoming|getting))`;
const PLACES = String.raw`(?:therapy|counsel(?:l)?ing|a\s+(?:counsel(?:l)?or|therapist|group|meeting|class|course)|meetings|AA|NA|SLAA|church|the\s+gym|bed\s+earlier)`;

/**
 * A step already taken or kept: "I see a counsellor", "I've blocked her number", "I'm going
 * to therapy", "we meet on Sundays", "I haven't contacted her since March".
 */
const CONCRETE_ACTION = new RegExp(
  String.raw`\b(?:I|we)(?:'m|'re|\s+am|\s+are)\s+(?:now\s+|also\s+|already\s+|still\s+)?(?:going\s+to\s+${PLACES}|(?!${INTENTION_VERBS}\b|feeling\b|being\b|learning\s+to\b)[a-z]+ing\b)` +
    String.raw`|\b(?:I|we)(?:'ve|\s+have|\s+had)\s+(?:already\s+|now\s+|also\s+|just\s+|finally\s+)?(?!(?:decided|promised|tried|wanted|hoped|thought|reali[sz]ed|learned|been\s+(?:thinking|trying|hoping|meaning|planning|wanting))\b)(?:been\s+[a-z]+ing|[a-z]+ed|told|given|sent|cut|quit|left|made|taken|set|found|paid|put|got|gotten|shown|started|begun|stopped|written|deleted|blocked|spoken|met|seen)\b` +
    String.raw`|\b(?:I|we)\s+(?:now\s+|also\s+|always\s+|already\s+|still\s+)?(?:see|go|meet|call|tell|show|share|answer|check|attend|read|write|text|leave|keep|take|spend|pay|sleep|come|give|send|hand|turn|drive|walk|talk|listen|journal|cook|bring|pick|update|join|book|log|sit|message)\b` +
    String.raw`|\b(?:I|we)\s+(?:already\s+|also\s+|finally\s+|just\s+)?(?!(?:wanted|hoped|tried|decided|promised|planned|intended|thought|reali[sz]ed|needed|meant|wished|felt)\b)(?:[a-z]+ed|told|quit|cut|left|gave|sent|wrote|made|took|set|found|paid|put|got|spoke|met|ended)\b` +
    String.raw`|\bI\s+(?:haven't|have\s+not|no\s+longer|don't|do\s+not|didn't|did\s+not)\s+(?:[a-z]+ed|spoken|seen|been|gone|text|see|talk|contact|call|message|drink|gamble|go)\b`,
  "i",
);

const countOf = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * The hint for what this part of the apology may be missing, or null when nothing seems
 * missing (or the part is still too short to tell).
 */
export function missingFromPart(part: ApologyPart, text: string): PartHint | null {
  if (countOf(text, WORD) < MIN_WORDS) return null;
  const norm = normalise(text);
  switch (part) {
    case "whatIDid":
      return OWN_ACTION.test(norm) ? null : PART_HINTS.whatIDid;
    case "howItHurt": {
      const partner = countOf(norm, PARTNER_WORD);
      const writer = countOf(norm, WRITER_WORD);
      return partner === 0 || writer >= 2 * partner + 2 ? PART_HINTS.howItHurt : null;
    }
    case "whatIAmDoing":
      return CONCRETE_ACTION.test(norm) ? null : PART_HINTS.whatIAmDoing;
  }
}
