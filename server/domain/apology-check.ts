/**
 * Apology check: a pure, deterministic, dependency-free scan of an apology
 * draft for phrasing that tends to hurt a betrayed partner (excuses, blame,
 * minimizing, "if" apologies, promises and "but"s that take the apology back).
 *
 * The composer runs this on every keystroke, underlines each finding and
 * shows its `why` and `suggestion`. It only advises; it never blocks.
 *
 * Design notes:
 * - All regular expressions are compiled once at module load. Each rule is a
 *   single left-to-right scan of the text, so the whole check is linear-ish in
 *   the length of the text (a small constant number of passes).
 * - Curly quotes are normalised to straight ones before matching. Every
 *   replacement is one UTF-16 unit for one UTF-16 unit, so offsets found in the
 *   normalised text are valid offsets into the original text.
 * - Precision matters more than coverage: a false underline under a sincere
 *   sentence is worse than a missed one, so rules are deliberately specific
 *   and guarded against negation ("it wasn't your fault") and reported speech
 *   ("I told you it was just a friendship, and that was a lie").
 */

export type FindingKind =
  | "justification"
  | "blame"
  | "minimizing"
  | "conditional"
  | "promise"
  | "deflection";

export interface Finding {
  readonly kind: FindingKind;
  /** Offset of the first character of the phrase in the input text. */
  readonly start: number;
  /** Offset just past the last character of the phrase (exclusive). */
  readonly end: number;
  /** Always equal to `text.slice(start, end)`. */
  readonly phrase: string;
  /** Short, warm explanation of why this phrasing can hurt the partner. */
  readonly why: string;
  /** What to write instead. */
  readonly suggestion: string;
}

/** All kinds, in a stable order (also used as a tie-breaker when sorting). */
export const FINDING_KINDS: readonly FindingKind[] = [
  "justification",
  "blame",
  "minimizing",
  "conditional",
  "promise",
  "deflection",
];

interface Copy {
  readonly why: string;
  readonly suggestion: string;
}

const COPY: Readonly<Record<FindingKind, Copy>> = {
  justification: {
    why: "Reasons can sound like excuses right now. Your partner needs to hear that this was your choice, not your circumstances.",
    suggestion: "Try owning the choice: 'I chose to do this, and nothing makes it okay.'",
  },
  blame: {
    why: "This puts part of the weight on your partner. Owning it fully is what lets them start to trust again.",
    suggestion: "Try keeping it about your own choices: 'This was my choice, and none of it is your fault.'",
  },
  minimizing: {
    why: "This can make what happened sound smaller than it feels to your partner. Letting it be as big as it is shows you understand.",
    suggestion: "Try naming the weight of it: 'I know how deeply this hurt you.'",
  },
  conditional: {
    why: "The 'if' makes the hurt sound uncertain. Your partner knows they were hurt, and hearing you say it plainly helps them feel heard.",
    suggestion: "Try saying it directly: 'I'm sorry I hurt you.'",
  },
  promise: {
    why: "After trust is broken, even heartfelt promises are hard to believe. Steady actions over time will say it better.",
    suggestion: "Try asking instead: 'Will you give me the chance to show you?'",
  },
  deflection: {
    why: "A 'but' right after an apology can quietly take it back. Your partner may only hear what comes after it.",
    suggestion: "Try ending the apology there, or use 'and': 'I'm sorry. I was wrong, and I want to understand how this hurt you.'",
  },
};

const SORRY_YOU_FEEL_COPY: Copy = {
  why: "This can sound like the problem is how your partner feels, rather than what you did.",
  suggestion: "Try naming what you did: 'I'm sorry for what I did to you.'",
};

const ANYWAY_COPY: Copy = {
  why: "'Anyway' can sound like moving on before your partner is ready. Staying with their hurt a little longer shows you care.",
  suggestion: "Try staying with it: 'I know this still hurts, and I'm here.'",
};

const ONLY_HUMAN_COPY: Copy = {
  why: "This can sound like what happened was ordinary or expected. To your partner it was anything but.",
  suggestion: "Try speaking only for yourself: 'I made this choice, and I'm responsible for it.'",
};

// ---------------------------------------------------------------------------
// Guards: context checks that veto a match.
// ---------------------------------------------------------------------------

type Guard = "negated" | "reported" | "excused";

interface Rule {
  readonly kind: FindingKind;
  readonly pattern: RegExp;
  readonly guards: readonly Guard[];
  readonly copy?: Copy;
}

/** A negation right before the match: "it wasn't your fault", "none of this was because you…". */
const NEGATED_BEFORE =
  /(?:(?:\b(?:not|never|no|none|nothing|nobody|neither)|n't)\s+(?:(?:at\s+all|even|really|ever)\s+)?(?:[\w']+\s+)?|\bnone\s+of\s+(?:this|that|it)\s+(?:is|was|has\s+been)\s+(?:[\w']+\s+)?)$/i;

/** Reported or disavowed speech right before the match: "I told you it was just…", "I won't pretend I was drunk". */
const REPORTED_BEFORE =
  /\b(?:say|says|said|saying|tell\s+myself|told\s+(?:you|myself|her|him|them|everyone|people)|telling\s+(?:you|myself|everyone)|pretend|pretended|pretending|claim|claimed|claiming|insist|insisted|insisting|promised(?:\s+you)?|swore(?:\s+to\s+you)?|convinced\s+myself|excuses?\s+like|call\s+it|called\s+it|calling\s+it|act\s+like|acted\s+like|acting\s+like|blame\s+it\s+on|hide\s+behind)\s+(?:that\s+)?["']?(?:[\w']+\s+){0,2}["']?\s*$/i;

/** An explicit disclaimer after the match: "I was drunk, but that's no excuse." */
const EXCUSE_DISCLAIMER_AFTER =
  /\b(?:no\s+excuse|not\s+an\s+excuse|isn't\s+an\s+excuse|is\s+not\s+an\s+excuse|doesn't\s+excuse|does\s+not\s+excuse|don't\s+excuse|can't\s+excuse|won't\s+excuse|doesn't\s+justify|does\s+not\s+justify|not\s+a\s+reason|no\s+reason)\b/i;

/** Clause separators used to cut the look-behind window. */
const CLAUSE_BREAK = /[,;:\u2013\u2014()]/;

// ---------------------------------------------------------------------------
// Pattern fragments.
// ---------------------------------------------------------------------------

const INTENSIFIERS = String.raw`(?:(?:so|really|very|just|too|pretty|incredibly|extremely|completely|totally|a\s+bit|a\s+little|feeling|getting|kind\s+of|kinda|super|deeply|terribly|always|still|already|also|under)\s+){0,3}`;

const STATES = String.raw`(?:stressed(?:\s+out)?|drunk|wasted|high|tipsy|lonely|alone(?!\s+with)|depressed|exhausted|overwhelmed|vulnerable|confused|unhappy|miserable|bored|tempted|neglected|ignored|unappreciated|unloved|unwanted|invisible|starved\s+for\s+(?:attention|affection)|not\s+myself|not\s+thinking\s+(?:straight|clearly)|in\s+a\s+(?:bad|dark|weird|terrible)\s+place|going\s+through\s+(?:a\s+lot|so\s+much|a\s+hard\s+time|a\s+rough\s+time|something)|under\s+(?:a\s+lot\s+of\s+|so\s+much\s+|too\s+much\s+|a\s+ton\s+of\s+)?(?:pressure|stress)|(?:a\s+lot\s+of\s+|so\s+much\s+|too\s+much\s+)?pressure)`;

const I_WAS = String.raw`\bI(?:\s+was|'m|\s+am|\s+had\s+been|'d\s+been|\s+felt|\s+was\s+feeling|\s+have\s+been|'ve\s+been|\s+got)`;

const I_WILL = String.raw`\bI(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to|'m\s+gonna|\s+am\s+gonna)`;

const re = (source: string): RegExp => new RegExp(source, "gi");

const rule = (kind: FindingKind, source: string, guards: readonly Guard[], copy?: Copy): Rule => ({
  kind,
  pattern: re(source),
  guards,
  ...(copy === undefined ? {} : { copy }),
});

const RULES: readonly Rule[] = [
  // -- justification --------------------------------------------------------
  rule("justification", String.raw`\bI\s+(?:only|just)\s+(?!(?:want|wanted|need|needed|hope|wish|say|said|tell|told|think|thought|know|knew|realized|realised)\b)(?:[\w']+\s+){1,4}?because\b`, ["negated", "reported", "excused"]),
  rule("justification", String.raw`\bI\s+did\s+(?:it|that|this)\s+(?:only|just|partly)\s+because\b`, ["negated", "reported", "excused"]),
  rule("justification", String.raw`\bthe\s+only\s+reason\s+(?:why\s+)?I\b`, ["negated", "reported", "excused"]),
  rule("justification", `${I_WAS}\\s+${INTENSIFIERS}${STATES}\\b`, ["negated", "reported", "excused"]),
  rule("justification", String.raw`\bI\s+had\s+(?:my|good|my\s+own|a\s+good|valid|real)\s+reasons?\b`, ["negated", "reported", "excused"]),
  rule("justification", String.raw`\bI(?:\s+had|'d)\s+(?:been\s+)?(?:drinking|a\s+few\s+drinks|too\s+much\s+to\s+drink)\b`, ["negated", "reported", "excused"]),
  rule("justification", String.raw`\b(?:it\s+was|blame\s+it\s+on)\s+the\s+(?:alcohol|drinks?|booze|wine|pills)\b`, ["negated", "reported", "excused"]),
  rule("justification", String.raw`\bI\s+(?:just\s+)?got\s+(?:carried\s+away|caught\s+up)\b`, ["negated", "reported", "excused"]),
  rule("justification", String.raw`\bin\s+the\s+heat\s+of\s+the\s+moment\b`, ["negated", "reported", "excused"]),
  rule("justification", String.raw`\bI\s+couldn't\s+(?:help|stop)\s+(?:it|myself)\b`, ["negated", "reported", "excused"]),
  rule("justification", String.raw`\b(?:she|he|they)\s+(?:came\s+on\s+to\s+me|seduced\s+me|pursued\s+me|kissed\s+me\s+first|started\s+it|made\s+the\s+first\s+move|wouldn't\s+leave\s+me\s+alone|threw\s+(?:herself|himself|themselves)\s+at\s+me)`, ["negated", "reported", "excused"]),
  rule("justification", String.raw`\b(?:lied|did\s+it|hid\s+it|kept\s+it\s+(?:from\s+you|(?:a\s+)?secret|quiet)|didn't\s+tell\s+you)\s+(?:only\s+|just\s+)?(?:to|because\s+I\s+wanted\s+to)\s+(?:protect|spare)\s+you\b`, ["negated", "reported", "excused"]),
  rule("justification", String.raw`\bI\s+was\s+(?:only\s+|just\s+)?trying\s+to\s+(?:protect|spare)\s+you\b`, ["negated", "reported", "excused"]),
  rule("justification", String.raw`\bbecause\s+I\s+didn't\s+want\s+to\s+(?:hurt|upset|worry|lose)\s+you\b`, ["negated", "reported", "excused"]),
  rule("justification", String.raw`\bI\s+(?:just\s+|really\s+)?needed\s+(?:someone|somebody|attention|comfort|affection|an\s+escape|to\s+feel)\b`, ["negated", "reported", "excused"]),
  rule("justification", String.raw`\bI(?:'m|\s+am)\s+only\s+human\b`, ["negated", "reported"], ONLY_HUMAN_COPY),

  // -- blame -----------------------------------------------------------------
  rule("blame", String.raw`\bbecause\s+(?:of\s+)?you(?!(?:'re|\s+are|\s+were)\s+(?:so\s+)?(?:worth|right|the\s+one|the\s+person|my\b|important|everything|amazing|hurting|in\s+pain|brave|honest|kind|patient|good)|\s+(?:deserve|deserved|matter|mattered|asked|mean|meant|love|loved|trusted|trust|need|needed|did\s+nothing|didn't\s+deserve|have\s+(?:every|a)\s+right|had\s+(?:every|a)\s+right|gave\s+me|chose\s+to\s+stay|stayed)\b|(?:'re|\s+are)\s+still\s+here)`, ["negated", "reported"]),
  rule("blame", String.raw`\byou\s+made\s+me(?!\s+(?:feel\s+)?(?:so\s+)?(?:safe|happy|loved|better|whole|seen|a\s+better|the\s+(?:man|woman|person)|laugh|smile|believe|promise|want\s+to\s+be\s+better))\b`, ["negated", "reported"]),
  rule("blame", String.raw`\byou\s+make\s+me\s+(?:do|act|feel\s+(?:so\s+)?(?:alone|lonely|invisible|unwanted|trapped|crazy)|crazy|so\s+angry)\b`, ["negated", "reported"]),
  rule("blame", String.raw`\byou\s+(?:drove|pushed|forced)\s+me(?!\s+(?:home|to\s+(?:the|work|school|my|your|therapy|counseling|get\s+help)))\b`, ["negated", "reported"]),
  rule("blame", String.raw`\bif\s+(?:only\s+)?you(?:\s+hadn't|\s+had\s+not|'d\s+not|(?:'d|\s+had)\s+(?:only\s+|just\s+|ever\s+)?(?:been|paid|listened|given|shown|spent|cared|made|tried|noticed|treated|wanted|loved|touched|stayed|come)|\s+weren't\s+(?:always|so|constantly|never)|\s+were\s+not\s+(?:always|so|constantly)|\s+were\s+(?:more|less|ever|home|around|nicer|kinder|warmer|present|not\s+so)|\s+didn't\s+(?:always|constantly|ignore|push|nag|shut|make|treat|spend|work)|(?:\s+would|'d)\s+(?:have|just|only|ever)\s+(?:been|paid|listened|given|shown|spent|cared|noticed|treated|wanted|loved|touched)|\s+would've|\s+(?:ever|actually)\s+(?:paid|listened|noticed|cared|touched|wanted|showed)|\s+(?:paid|listened|cared|gave|showed|spent)\s+(?:more|any|me))\b`, ["negated", "reported"]),
  rule("blame", String.raw`\byou(?:\s+were|\s+have\s+been|'ve\s+been)\s+(?:so\s+|always\s+|never\s+|constantly\s+|just\s+)*(?:distant|cold|absent|never\s+(?:there|home|around)|not\s+there|unavailable|always\s+(?:working|busy|gone))\b`, ["negated", "reported"]),
  rule("blame", String.raw`\byou(?:\s+were|'re|\s+are)\s+(?:always|constantly)\s+(?:working|busy|gone|on\s+your\s+phone|at\s+work|tired)\b`, ["negated", "reported"]),
  rule("blame", String.raw`\byou\s+weren't\s+(?:ever\s+)?there\b(?!\s+to\s+see)`, ["negated", "reported"]),
  rule("blame", String.raw`\byou\s+never\s+(?:had\s+time|made\s+time|paid\s+(?:any\s+)?attention|listen(?:ed)?|noticed|touched\s+me|wanted\s+me|gave\s+me|showed\s+me|cared|asked\s+me|were\s+there)\b`, ["negated", "reported"]),
  rule("blame", String.raw`\byou\s+stopped\s+(?:caring|paying\s+attention|touching\s+me|wanting\s+me|listening|noticing\s+me|making\s+time|loving\s+me)\b`, ["negated", "reported"]),
  rule("blame", String.raw`\byou\s+(?:ignored|neglected|rejected|abandoned)\s+me\b`, ["negated", "reported"]),
  rule("blame", String.raw`\byou\s+(?:left|gave)\s+me\s+no\s+(?:choice|option|other\s+option)\b`, ["negated", "reported"]),
  rule("blame", String.raw`\bit\s+takes\s+two\b`, ["negated", "reported"]),
  rule("blame", String.raw`\bwe(?:'re|\s+are|\s+were)\s+both\s+(?:to\s+blame|responsible|at\s+fault)\b`, ["negated", "reported"]),
  rule("blame", String.raw`\bwe\s+both\s+(?:made\s+mistakes|messed\s+up|screwed\s+up|did\s+things|share\s+(?:the\s+)?(?:blame|responsibility))\b`, ["negated", "reported"]),
  rule("blame", String.raw`\byou(?:'re|\s+are|\s+were|\s+weren't|\s+aren't)\s+(?:not\s+)?(?:exactly\s+)?(?:innocent|perfect|blameless|a\s+saint)\s+either\b`, ["reported"]),
  rule("blame", String.raw`\byou(?:\s+did|'ve\s+done|\s+have\s+done)\s+(?:it|that|the\s+same(?:\s+thing)?|this|worse)\s+(?:too|before|yourself)\b|\byou(?:\s+did|'ve\s+done|\s+have\s+done)\s+the\s+same(?:\s+thing)?\s+to\s+me\b`, ["negated", "reported"]),
  rule("blame", String.raw`\bwhat\s+about\s+(?:you|what\s+you\s+did|when\s+you|your|the\s+way\s+you|how\s+you)\b`, ["negated", "reported"]),
  rule("blame", String.raw`\byour\s+(?:part|share|role|side)(?:\s+in\s+(?:this|it|all\s+(?:of\s+)?this))?\s+(?:too|as\s+well)\b|\byour\s+(?:part|share|role)\s+in\s+(?:this|it|all\s+(?:of\s+)?this)\b`, ["negated", "reported"]),
  rule("blame", String.raw`\b(?:(?:partly|partially|half|also|just\s+as\s+much|as\s+much)\s+)?your\s+fault(?:\s+too)?\b`, ["negated", "reported"]),
  rule("blame", String.raw`\byou(?:'re|\s+are|\s+were)\s+(?:partly\s+|also\s+|just\s+as\s+|equally\s+|as\s+much\s+)?(?:to\s+blame|responsible\s+(?:for\s+this\s+)?too)\b`, ["negated", "reported"]),
  rule("blame", String.raw`\byou\s+(?:started\s+it|know\s+how\s+you\s+(?:get|are|can\s+be))\b`, ["negated", "reported"]),
  rule("blame", String.raw`\byou\s+should\s+have\s+(?:known|noticed|seen\s+it|paid\s+(?:more\s+)?attention|been\s+there|asked)\b`, ["negated", "reported"]),

  // -- minimizing ------------------------------------------------------------
  rule("minimizing", String.raw`\b(?:no|not|[a-z]+n't)\s+(?:really\s+|even\s+)?(?:such\s+|that\s+)?(?:a\s+)?big(?:\s+of\s+a)?\s+deal\b`, ["reported"]),
  rule("minimizing", String.raw`\b(?:it|this|that)(?:\s+was|\s+is|'s)\s+(?:just|only|simply|merely)\b(?!\s+(?:then|when|after|before|as|now|later|because|me\b|the\s+(?:beginning|start|tip)|one\s+of\s+(?:many|the\s+(?:many|lies))|the\s+first|part\s+of|the\s+truth))`, ["negated", "reported"]),
  rule("minimizing", String.raw`\bonly\s+(?:happened\s+)?(?:once|one\s+time|twice|a\s+(?:few|couple)\s+(?:of\s+)?times)\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\b(?:it|that|this|she|he|they|the\s+(?:affair|texts|messages|kiss|sex|fling))\s+(?:meant|means)\s+nothing\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\b(?:it|that|this|she|he|they|the\s+(?:affair|texts|messages|kiss|sex|fling))\s+didn't\s+mean\s+(?:anything|a\s+thing)\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\b(?:we|I)\s+(?:only|just)\s+(?:kissed|talked|texted|messaged|flirted|chatted|hung\s+out|met\s+up|had\s+(?:coffee|lunch|drinks|a\s+drink|sex)|slept\s+together|went\s+out)\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\bwe(?:\s+were|'re|\s+are)\s+(?:just|only)\s+(?:friends|talking|texting|colleagues|coworkers|flirting)\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\b(?:nothing|not\s+much)\s+(?:really\s+|even\s+)?(?:physical\s+|sexual\s+)?(?:really\s+)?happened\b`, ["reported"]),
  rule("minimizing", String.raw`\b(?:a|one|just\s+a)\s+(?:small|little|tiny|silly|harmless|meaningless|one-time|one\s+time|innocent)\s+(?:mistake|thing|slip|fling|kiss|flirtation|lapse|moment|indiscretion|lie)\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\bjust\s+(?:a\s+(?:fling|kiss|mistake|phase|friendship|few\s+(?:texts|messages)|bit\s+of\s+fun|moment|one-night\s+stand|one\s+night\s+stand|game)|some\s+(?:texts|messages|flirting)|texting|flirting|sex|physical)\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\bover-?react(?:ing|ed|ion|s)?\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\b(?:blowing|blown|blow)\s+(?:this|it|things|everything)\s+(?:way\s+|so\s+far\s+)?out\s+of\s+proportion\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\bmaking\s+(?:such\s+|too\s+|way\s+too\s+|so\s+much\s+of\s+)?(?:a\s+)?(?:big\s+(?:a\s+)?deal|mountain\s+out\s+of)`, ["negated", "reported"]),
  rule("minimizing", String.raw`\b(?:too|so|overly|way\s+too)\s+sensitive\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\b(?:get|got|getting)\s+over\s+(?:it|this|that)\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\b(?:can|could)\s+we\s+(?:please\s+)?(?:just\s+)?(?:move\s+on|put\s+(?:this|it)\s+behind\s+us|let\s+(?:this|it)\s+go|drop\s+it)\b|\blet's\s+(?:just\s+)?(?:move\s+on|put\s+(?:this|it)\s+behind\s+us|let\s+(?:this|it)\s+go|drop\s+it)\b|\btime\s+to\s+move\s+on\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\b(?:it's|it\s+is|that's|that\s+is)\s+(?:all\s+)?in\s+the\s+past\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\b(?:it|that)\s+(?:was|happened)\s+(?:so\s+)?(?:a\s+long\s+time|years|ages|forever|months)\s+ago\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\b(?:it|that|this)(?:\s+wasn't|\s+was\s+not|\s+isn't|\s+is\s+not|'s\s+not)\s+(?:even\s+)?(?:that\s+|really\s+|so\s+|as\s+)?(?:bad|serious)\b`, ["reported"]),
  rule("minimizing", String.raw`\b(?:everyone|everybody|people|we\s+all)\s+makes?\s+mistakes\b|\b(?:nobody's|nobody\s+is|no\s+one\s+is|no\s+one's|no-one\s+is|no-one's)\s+perfect\b|\b(?:these\s+things|stuff|things\s+like\s+this)\s+happen\b`, ["negated", "reported"], ONLY_HUMAN_COPY),
  rule("minimizing", String.raw`\bit\s+(?:just\s+)?(?:happened|sort\s+of\s+happened|kind\s+of\s+happened)\b(?!\s+(?:again|because|when|after|before|while|over|for|at|in|on|with|that))`, ["negated", "reported"]),
  rule("minimizing", String.raw`\b(?:it|that)(?:\s+was|'s|\s+is)\s+nothing\b(?!\s+(?:but|like|compared|you))`, ["negated", "reported"]),
  rule("minimizing", String.raw`\bat\s+least\s+I\s+(?:told|didn't|never|came\s+clean|was\s+honest|admitted|ended|stopped)\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`\bpurely\s+(?:physical|sexual)\b`, ["negated", "reported"]),
  rule("minimizing", String.raw`(?<=(?:^|[.!?,;:\u2013\u2014-])\s*)anyways?\b`, [], ANYWAY_COPY),

  // -- conditional -----------------------------------------------------------
  rule("conditional", String.raw`\b(?:sorry|apologi[sz]e|apologies)\s+if\b`, ["reported"]),
  rule("conditional", String.raw`\b(?:sorry|apologi[sz]e|apologies)\s+(?:for\s+)?(?:any|whatever|anything)\s+(?:hurt|pain|harm|upset|trouble|offen[cs]e|I\s+(?:did|might|may|said|caused))\b`, ["reported"]),
  rule("conditional", String.raw`\bif\s+(?:I|I've|I\s+have|I\s+ever|I\s+somehow|I\s+did)\s+(?:ever\s+|somehow\s+|in\s+any\s+way\s+)?(?:hurt|upset|offended|caused|made\s+you|wronged|disappointed|did\s+anything|done\s+anything|said\s+anything|did\s+something|done\s+something|said\s+something|let\s+you\s+down|crossed\s+a\s+line)\b`, ["reported"]),
  rule("conditional", String.raw`\bif\s+(?:anything\s+I\s+(?:did|said)|that|this|it|any\s+of\s+(?:that|this|it)|what\s+I\s+did|my\s+(?:actions|behaviou?r|choices))\s+(?:has\s+|have\s+|ever\s+)?(?:hurt|upset|offended|bothered|caused|made\s+you)\b`, ["reported"]),
  rule("conditional", String.raw`\bif\s+you(?:\s+were|\s+felt|\s+feel|\s+got|\s+are|'re|\s+have\s+been|'ve\s+been|\s+ever\s+felt)\s+(?:at\s+all\s+|in\s+any\s+way\s+|so\s+|a\s+little\s+|a\s+bit\s+)?(?:hurt|upset|offended|bothered|betrayed|disrespected|let\s+down|uncomfortable|(?:like|that)\s+I)\b`, ["reported"]),
  rule("conditional", String.raw`\bsorry\s+(?:that\s+)?you(?:\s+feel|\s+felt|'re\s+feeling|\s+are\s+feeling|\s+were\s+feeling|\s+see\s+it|\s+saw\s+it|\s+took\s+it|\s+think|\s+thought|\s+(?:are|were|got)\s+(?:so\s+)?(?:upset|offended|bothered|angry)|'re\s+(?:so\s+)?(?:upset|offended|bothered|angry))\b`, ["reported"], SORRY_YOU_FEEL_COPY),
  rule("conditional", String.raw`\bif\s+that's\s+(?:how\s+you\s+(?:feel|see\s+it|took\s+it)|what\s+you\s+think)\b`, ["reported"], SORRY_YOU_FEEL_COPY),
  rule("conditional", String.raw`\bto\s+(?:whatever|the|any)\s+extent\s+(?:that\s+)?(?:I|my|what\s+I)\b`, ["reported"]),
  rule("conditional", String.raw`\bI\s+(?:may|might)\s+have\s+(?:hurt|upset|offended|caused|let\s+you\s+down|made\s+you)\b`, ["negated", "reported"]),

  // -- promise -----------------------------------------------------------------
  rule("promise", String.raw`\bI\s+(?:promise|swear|vow|guarantee)\b(?!\s+(?:to\s+myself|nothing))`, ["reported"]),
  rule("promise", String.raw`\b(?:I\s+give\s+you|you\s+have)\s+my\s+(?:word|promise)\b`, ["reported"]),
  rule("promise", String.raw`\bnever\s+(?:ever\s+)?again\b`, ["reported"]),
  rule("promise", `${I_WILL}\\s+never\\s+(?:ever\\s+)?(?:again\\b|do|hurt|lie|cheat|betray|deceive|see|talk|speak|contact|text|message|call|keep|hide|let|put|break|go\\s+back|make\\s+you|be\\s+unfaithful|stray|look\\s+at|touch)\\b`, ["reported"]),
  rule("promise", String.raw`\bI(?:\s+won't|\s+will\s+not)\s+ever\b|\bI(?:\s+won't|\s+will\s+not)\s+(?:\w+\s+){0,4}?again\b`, ["reported"]),
  rule("promise", String.raw`\b(?:it|this|that)(?:\s+will\s+never|\s+won't(?:\s+ever)?|\s+will\s+not(?:\s+ever)?|(?:'s|\s+is)\s+(?:never|not)\s+going\s+to|'ll\s+never)\s+happen\s+again\b`, ["reported"]),
  rule("promise", String.raw`\bI(?:'ve|\s+have)\s+changed\b|\bI(?:'m|\s+am)\s+a\s+(?:changed|different|new)\s+(?:man|woman|person)\b`, ["negated", "reported"]),
  rule("promise", `${I_WILL}\\s+change\\b(?!\\s+(?:my|the|our|jobs?|numbers?|phones?|how\\s+you))`, ["negated", "reported"]),
  rule("promise", String.raw`(?:(?<=(?:^|[.!?,;:\u2013\u2014-])\s*)|(?<=\b(?:just|please|you\s+can|you\s+have\s+to|you\s+need\s+to|you've\s+got\s+to|you\s+must|you\s+should)\s+))trust\s+me\b`, ["reported"]),
  rule("promise", String.raw`\bfrom\s+now\s+on\b`, ["reported"]),
  rule("promise", `${I_WILL}\\s+(?:always|forever)\\s+(?:be\\s+(?:honest|faithful|loyal|truthful|true|transparent|open|yours)|tell\\s+you\\s+the\\s+truth|choose\\s+you|put\\s+you\\s+first)\\b`, ["reported"]),
  rule("promise", `${I_WILL}\\s+make\\s+it\\s+up\\s+to\\s+you\\b`, ["reported"]),
  rule("promise", String.raw`\b(?:this|that|it)\s+was\s+the\s+(?:very\s+)?last\s+time\b`, ["reported"]),
  rule("promise", String.raw`\byou(?:'ll|\s+will)\s+never\s+have\s+to\s+(?:worry|wonder|doubt|question)\b`, ["reported"]),
];

// ---------------------------------------------------------------------------
// Deflection ("but" that cancels what came before).
// ---------------------------------------------------------------------------

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
      String.raw`(?:I\s+)?also\b`,
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

const SENTENCE_END = /[.!?\u2026\n]+["')\]]*(?=\s|$)|\n/g;

// ---------------------------------------------------------------------------
// Implementation.
// ---------------------------------------------------------------------------

/** Straight-quote normalisation that preserves offsets (one unit for one unit). */
const CURLY_QUOTES = /[\u2018\u2019\u201A\u201B\u02BC\u2032\u0060\u00B4]/g;
const CURLY_DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;

function normalise(text: string): string {
  return text.replace(CURLY_QUOTES, "'").replace(CURLY_DOUBLE_QUOTES, '"');
}

/** Offsets at which each sentence starts, ascending; always begins with 0. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_END)) {
    const next = m.index + m[0].length;
    if (next < text.length && next > starts[starts.length - 1]!) starts.push(next);
  }
  return starts;
}

/** Index into `starts` of the sentence that contains `pos` (binary search). */
function sentenceIndex(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const LOOKBEHIND_LIMIT = 80;
const LOOKAHEAD_LIMIT = 120;

function clauseBefore(text: string, sentenceStart: number, pos: number): string {
  const from = Math.max(sentenceStart, pos - LOOKBEHIND_LIMIT);
  const window = text.slice(from, pos);
  let cut = -1;
  for (let i = window.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(window[i]!)) {
      cut = i;
      break;
    }
  }
  return window.slice(cut + 1);
}

function sentenceEnd(starts: readonly number[], index: number, textLength: number): number {
  return index + 1 < starts.length ? starts[index + 1]! : textLength;
}

function passesGuards(
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
    if (guard === "excused") {
      // Rest of this sentence plus the next one: "I was drunk. That's no excuse."
      const nextEnd = sentenceEnd(starts, si + 1, text.length);
      const after = text.slice(end, Math.min(nextEnd, end + LOOKAHEAD_LIMIT));
      if (EXCUSE_DISCLAIMER_AFTER.test(after)) return false;
    }
  }
  return true;
}

function findDeflections(text: string, starts: readonly number[], out: Finding[], original: string): void {
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
    out.push(makeFinding("deflection", start, end, original, COPY.deflection));
  }
}

function makeFinding(kind: FindingKind, start: number, end: number, original: string, copy: Copy): Finding {
  return { kind, start, end, phrase: original.slice(start, end), why: copy.why, suggestion: copy.suggestion };
}

const KIND_ORDER: Readonly<Record<FindingKind, number>> = {
  justification: 0,
  blame: 1,
  minimizing: 2,
  conditional: 3,
  promise: 4,
  deflection: 5,
};

function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/**
 * Merge overlapping findings of the same kind into one span, so the UI never
 * draws two underlines of the same kind over the same words. The copy of the
 * earliest (then longest) finding is kept.
 */
function mergeSameKind(sorted: readonly Finding[], original: string): Finding[] {
  const lastByKind = new Map<FindingKind, number>();
  const merged: Finding[] = [];
  for (const f of sorted) {
    const idx = lastByKind.get(f.kind);
    const prev = idx === undefined ? undefined : merged[idx];
    if (prev !== undefined && idx !== undefined && f.start < prev.end) {
      if (f.end > prev.end) {
        merged[idx] = { ...prev, end: f.end, phrase: original.slice(prev.start, f.end) };
      }
      continue;
    }
    lastByKind.set(f.kind, merged.length);
    merged.push(f);
  }
  return merged;
}

/**
 * Scan an apology draft and return advisory findings, sorted by `start`.
 * Pure and deterministic: same text in, same findings out; no I/O.
 */
export function checkApology(text: string): Finding[] {
  if (text.length === 0) return [];
  const norm = normalise(text);
  const starts = sentenceStarts(norm);
  const found: Finding[] = [];

  for (const r of RULES) {
    for (const m of norm.matchAll(r.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) continue;
      if (!passesGuards(r.guards, norm, starts, start, end)) continue;
      found.push(makeFinding(r.kind, start, end, text, r.copy ?? COPY[r.kind]));
    }
  }
  findDeflections(norm, starts, found, text);

  found.sort(compareFindings);
  return mergeSameKind(found, text);
}
