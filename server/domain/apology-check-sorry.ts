/**
 * Rules about what the "sorry" is for: an "if" (conditional), regret for being found out or
 * for the partner's feelings (misplaced regret), and promises in place of asking.
 */
import { SORRY_YOU_FEEL_COPY } from "./apology-check-copy";
import { rule, type Rule } from "./apology-check-text";

const C = ["reported"] as const;
const FOUND = ["negated", "reported", "excused"] as const;

const I_WILL = String.raw`\bI(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to|'m\s+gonna|\s+am\s+gonna)`;

/** Coming to know: what the regret is about when it is about being found out. */
const FOUND_OUT = String.raw`(?:found\s+out|find\s+out|finding\s+out|learn(?:ed|t)?(?:\s+about)?|discover(?:ed)?|saw|see(?:n)?|read|came\s+out|come\s+out|got\s+out|came\s+to\s+light|hear(?:d)?\s+(?:about|it|this|that)|blew\s+up|came\s+(?:crashing\s+down|tumbling\s+out)|looking\s+(?:in|at|through)|reading|finding|seeing|checking|going\s+through|stumbled\s+(?:on|upon|across)|came\s+across|uncovered|know\s+now|found\s+me\s+out|blown\s+up|exploded|went\s+public|checked|looked\s+(?:at|through|in)|went\s+through|(?:found|find)\s+(?:the|my|his|her|those|these|it|them|that|what))`;

export const SORRY_RULES: readonly Rule[] = [
  // -- conditional
  rule("conditional", String.raw`\b(?:sorry|apologi[sz]e|apologies)\s+if\b`, C),
  rule(
    "conditional",
    String.raw`\b(?:sorry|apologi[sz]e|apologies)\s+(?:for\s+)?(?:any|whatever|anything)\s+(?:hurt|pain|harm|upset|trouble|offen[cs]e|confusion|distress|inconvenience|misunderstanding|I\s+(?:did|might|may|said|caused))\b`,
    C,
  ),
  rule(
    "conditional",
    String.raw`\bif\s+(?:I|I've|I\s+have|I\s+ever|I\s+somehow|I\s+did)\s+(?:ever\s+|somehow\s+|in\s+any\s+way\s+)?(?:hurt|upset|offended|caused|made\s+you|wronged|disappointed|did\s+anything|done\s+anything|said\s+anything|did\s+something|done\s+something|said\s+something|let\s+you\s+down|crossed\s+a\s+line)\b`,
    C,
  ),
  rule(
    "conditional",
    String.raw`\bif\s+(?:anything\s+I\s+(?:did|said)|that|this|it|any\s+of\s+(?:that|this|it)|what\s+I\s+did|my\s+(?:[\w']+\s+){0,2}?[\w']+)\s+(?:has\s+|have\s+|ever\s+)?(?:hurt|upset|offended|bothered|caused|made\s+you)\b`,
    C,
  ),
  rule(
    "conditional",
    String.raw`\bif\s+you(?:\s+were|\s+felt|\s+feel|\s+got|\s+are|'re|\s+have\s+been|'ve\s+been|\s+ever\s+felt)\s+(?:at\s+all\s+|in\s+any\s+way\s+|so\s+|a\s+little\s+|a\s+bit\s+)?(?:hurt|upset|offended|bothered|betrayed|disrespected|let\s+down|uncomfortable|(?:like|that)\s+I)\b`,
    C,
  ),
  rule(
    "conditional",
    String.raw`\bif\s+that's\s+(?:how\s+you\s+(?:feel|see\s+it|took\s+it)|what\s+you\s+think)\b`,
    C,
    SORRY_YOU_FEEL_COPY,
  ),
  rule("conditional", String.raw`\bto\s+(?:whatever|the|any)\s+extent\s+(?:that\s+)?(?:I|my|what\s+I)\b`, C),
  rule(
    "conditional",
    String.raw`\bI\s+(?:may|might)\s+have\s+(?:hurt|upset|offended|caused|let\s+you\s+down|made\s+you)\b`,
    ["negated", "reported"],
  ),

  // -- regret for being found out, or for the partner's feelings
  rule(
    "misplaced_regret",
    `\\b(?:sorry|I\\s+(?:really\\s+|truly\\s+|just\\s+)?(?:regret|hate)|I\\s+feel\\s+(?:so\\s+)?(?:awful|terrible|bad|horrible|sick)|it\\s+(?:kills\\s+me|breaks\\s+my\\s+heart)|the\\s+(?:worst|hardest)\\s+(?:part|thing)(?:\\s+for\\s+me)?\\s+is|I(?:'m|\\s+am)\\s+(?:so\\s+|really\\s+|just\\s+)?(?:gutted|devastated|upset|heartbroken)|I\\s+can't\\s+stand|(?:my\\s+(?:biggest|only|main|one)\\s+regret|what\\s+I\\s+(?:regret|hate)(?:\\s+most)?|what\\s+I'm\\s+sorry\\s+(?:about|for))\\s+is)\\s+(?:(?:so\\s+much\\s+)?that\\s+)?(?:you|it|this|that|everything|all\\s+(?:of\\s+)?this|the\\s+truth|the\\s+whole\\s+thing|(?:my|the)\\s+(?:[\\w']+\\s+)?(?:lies|lying|affair|secret|secrets|messages|texts|cheating))\\s+(?:(?:ever|all|had\\s+to|have\\s+to|did|even|got\\s+to|would|should)\\s+)*${FOUND_OUT}\\b(?!(?:\\s+[\\w']+){0,6}?\\s+(?:instead\\s+of|rather\\s+than|and\\s+not|not)\\s+(?:hearing\\s+it\\s+)?from\\s+me)`,
    FOUND,
  ),
  rule(
    "misplaced_regret",
    String.raw`\b(?:my\s+(?:biggest|only|main|one)\s+regret|what\s+I\s+regret(?:\s+most)?)\s+is\b[^.!?]{0,40}?\bbefore\s+you\s+(?:saw|found|knew|noticed|caught|could\s+find)`,
    FOUND,
  ),
  rule(
    "misplaced_regret",
    String.raw`\bsorry\s+(?:for|about)\s+upsetting\s+you\b|\bI\s+(?:wish\s+(?:I'd|I\s+had)|should\s+have|should've)\s+been\s+(?:more\s+)?(?:careful|discreet|smarter\s+about\s+it)\b(?!\s+with\s+(?:your|you|us|our))`,
    FOUND,
  ),
  rule(
    "misplaced_regret",
    String.raw`\b(?:sorry|regret|hate|wish)\s+(?:that\s+)?(?:I\s+)?(?:got|getting|was|being)\s+(?:caught|found\s+out)\b|\b(?:sorry|regret)\s+(?:that\s+)?(?:you|it)\s+(?:ever\s+)?(?:caught\s+me|got\s+out)\b`,
    FOUND,
  ),
  rule(
    "misplaced_regret",
    String.raw`\bI\s+wish\s+(?:that\s+)?(?:you(?:'d|\s+had|\s+would\s+have|\s+hadn't)\s+(?:never\s+|not\s+)?(?:found|seen|read|discovered|learned|looked|checked)|you\s+never\s+(?:found|saw|read|discovered|learned|looked|checked)|it\s+(?:had\s+)?never\s+(?:came|come)\s+out)`,
    FOUND,
  ),
  rule(
    "misplaced_regret",
    String.raw`\b(?:sorry|I\s+regret)\s+(?:that\s+)?you(?:\s+feel|\s+felt|'re\s+feeling|\s+are\s+feeling|\s+were\s+feeling|\s+see\s+it|\s+saw\s+it|\s+took\s+it|\s+think|\s+thought|\s+(?:are|were|got)\s+(?:so\s+)?(?:upset|offended|bothered|angry|hurt|mad)|'re\s+(?:so\s+)?(?:upset|offended|bothered|angry|hurt|mad|hurting|sad|struggling|in\s+pain|disappointed|let\s+down))\b|\bsorry\s+(?:that\s+)?you\s+(?:had|have)\s+to\s+(?:deal\s+with|go\s+through|face)\s+(?:the\s+)?(?:fallout|consequences|aftermath|mess|drama)\b`,
    FOUND,
    SORRY_YOU_FEEL_COPY,
  ),
  rule(
    "misplaced_regret",
    String.raw`\bsorry\s+(?:that\s+)?(?:it|this|that|what\s+happened|all\s+(?:of\s+)?this)\s+(?:has\s+|have\s+|had\s+)?(?:so\s+)?(?:hurt|upset|bothered|angered|affected|made\s+you)\b|\bsorry\s+(?:that\s+)?(?:this|it|all\s+(?:of\s+)?this)\s+(?:has\s+been|is|was)\s+(?:so\s+|such\s+)?(?:upsetting|hard|painful|difficult|a\s+lot)\s+for\s+you\b|\bsorry\s+(?:for|about)\s+(?:how\s+you(?:\s+feel|'re\s+feeling|\s+felt)|your\s+(?:hurt\s+)?feelings|how\s+(?:this|it|that)\s+(?:made|makes)\s+you\s+feel)\b`,
    FOUND,
    SORRY_YOU_FEEL_COPY,
  ),

  // -- promise
  rule("promise", String.raw`\bI\s+(?:promise|swear|vow|guarantee)\b(?!\s+(?:to\s+myself|nothing))`, ["reported"]),
  rule("promise", `${I_WILL}\\s+never\\s+(?:[\\w']+\\s+){0,8}?again\\b`, ["reported"]),
  rule("promise", String.raw`\b(?:I\s+give\s+you|you\s+have)\s+my\s+(?:word|promise)\b`, ["reported"]),
  rule("promise", String.raw`\bnever\s+(?:ever\s+)?again\b`, ["reported"]),
  rule(
    "promise",
    `${I_WILL}\\s+never\\s+(?:ever\\s+)?(?:so\\s+much\\s+as\\s+|again\\s+)?(?:again\\b|do|hurt|lie|cheat|betray|deceive|see|talk|speak|contact|text|message|call|keep|hide|let|put|break|go\\s+back|make\\s+you|be\\s+unfaithful|stray|look\\s+at|touch)\\b`,
    ["reported"],
  ),
  rule(
    "promise",
    String.raw`\bI(?:\s+won't|\s+will\s+not)\s+ever\b|\bI(?:\s+won't|\s+will\s+not)\s+(?:\w+\s+){0,4}?again\b`,
    ["reported"],
  ),
  rule(
    "promise",
    String.raw`\b(?:it|this|that)(?:\s+will\s+never|\s+won't(?:\s+ever)?|\s+will\s+not(?:\s+ever)?|(?:'s|\s+is)\s+(?:never|not)\s+going\s+to|'ll\s+never)\s+happen\s+again\b`,
    ["reported"],
  ),
  rule(
    "promise",
    String.raw`\bI(?:'ve|\s+have)\s+changed\b|\bI(?:'m|\s+am)\s+(?:now\s+)?a\s+(?:(?:completely|totally|whole|brand)\s+)?(?:changed|different|new)\s+(?:man|woman|person)\b`,
    ["negated", "reported"],
  ),
  rule("promise", `${I_WILL}\\s+change\\b(?!\\s+(?:my|the|our|jobs?|numbers?|phones?|how\\s+you))`, [
    "negated",
    "reported",
  ]),
  rule(
    "promise",
    String.raw`(?:(?<=(?:^|[.!?,;:\u2013\u2014-])\s*)|(?<=\b(?:just|please|you\s+can|you\s+have\s+to|you\s+need\s+to|you've\s+got\s+to|you\s+must|you\s+should)\s+))trust\s+me\b`,
    ["reported"],
  ),
  rule(
    "promise",
    String.raw`\bfrom\s+(?:now|this\s+day|today|this\s+moment|here)\s+on(?:wards?)?\b|\bno\s+more\s+(?:secrets|lies|lying|hiding)\b`,
    ["reported"],
  ),
  rule(
    "promise",
    `${I_WILL}\\s+(?:always|forever)\\s+(?:be\\s+(?:honest|faithful|loyal|truthful|true|transparent|open|yours)|tell\\s+you\\s+the\\s+truth|choose\\s+you|put\\s+you\\s+first)\\b`,
    ["reported"],
  ),
  rule("promise", `${I_WILL}\\s+make\\s+it\\s+up\\s+to\\s+you\\b`, ["reported"]),
  rule("promise", String.raw`\b(?:this|that|it)\s+was\s+the\s+(?:very\s+)?last\s+time\b`, ["reported"]),
  rule(
    "promise",
    String.raw`\byou(?:'ll|\s+will)\s+never\s+(?:have\s+to\s+(?:worry|wonder|doubt|question|check|look|ask)|(?:[\w']+\s+){1,4}?again)\b`,
    ["reported"],
  ),
];
