/**
 * Rules that make it smaller (minimizing) or hurry the partner's healing (pressure to move
 * on, a timetable for getting over it).
 */
import { ANYWAY_COPY } from "./apology-check-copy";
import { rule, type Rule } from "./apology-check-text";

const M = ["negated", "reported"] as const;
const R = ["negated", "reported", "declined", "paced"] as const;

/** Being done with it: what a partner is asked to do too soon. */
const MOVE_ON = String.raw`(?:move\s+on|move\s+forward|move\s+past\s+(?:this|it|that)|put\s+(?:this|it|that|all\s+(?:of\s+)?(?:this|that|it))\s+behind\s+us|leave\s+(?:this|it|that)\s+(?:in\s+the\s+past|behind(?:\s+us)?)|let\s+(?:this|it|that)\s+go|drop\s+(?:it|this|that|the\s+subject)|draw\s+a\s+line\s+under\s+(?:it|this|that)|turn\s+the\s+page|close\s+(?:this|that)\s+chapter|forgive\s+and\s+forget|pretend\s+(?:it|this|that)\s+(?:never\s+happened|didn't\s+happen)|be\s+(?:normal|happy|us)\s+(?:again|for\s+(?:one|a|once))|find\s+a\s+way\s+(?:past|through|to\s+move\s+on\s+from)\s+(?:this|it|that)|(?:get|go)\s+back\s+to\s+(?:normal|how\s+(?:things|we)\s+were|the\s+way\s+(?:things|we)\s+were|being\s+us)|focus\s+on\s+the\s+future|look\s+(?:forward|ahead)|think\s+about\s+the\s+future|forget\s+(?:about\s+)?(?:it|this|that|all\s+(?:of\s+)?this)(?:\s+ever\s+happened)?|get\s+past\s+(?:this|it|that)|be\s+(?:back\s+to\s+normal|done\s+with\s+(?:this|it|that)|over\s+(?:this|it|that)|past\s+(?:this|it|that))|stop\s+(?:talking\s+about\s+(?:it|this|that)|bringing\s+(?:it|this|that)\s+up|bringing\s+up\s+(?:the\s+past|what\s+happened)|dwelling(?:\s+on\s+(?:it|this|that))?|going\s+over\s+(?:it|this|that)|rehashing|discussing\s+(?:it|this|that)|mentioning\s+(?:it|this|that))|not\s+(?:dwell|rehash|keep\s+(?:talking|bringing)|talk\s+about\s+(?:it|this|that)\s+(?:any\s*more|again)))`;

/** Getting over it, for a timetable: "you should be over this by now". */
const HEALED = String.raw`(?:be\s+(?:over|past|done\s+with)\s+(?:it|this|that)|be\s+over\s+it|let\s+(?:it|this|that)\s+go|move\s+on|have\s+moved\s+on|forgive\s+me|have\s+forgiven\s+me|trust\s+me\s+again|start\s+(?:trusting|forgiving)\s+me|be\s+ready\s+to\s+(?:forgive|move\s+on|trust)|get\s+over\s+(?:it|this|that)|have\s+gotten\s+over|be\s+back\s+to\s+normal|be\s+fine|be\s+(?:okay|ok|normal|happy)\s+again|be\s+healed|have\s+healed|stop\s+(?:being\s+(?:angry|upset|hurt|mad)|hurting))`;

const BY_WHEN = String.raw`(?:by\s+now|already|yet|soon|by\s+(?:the\s+)?(?:summer|christmas|spring|autumn|fall|winter|new\s+year|next\s+(?:week|month|year)|then|(?:our|your|my)\s+(?:anniversary|birthday)))`;

export const MINIMIZING_RULES: readonly Rule[] = [
  // -- minimizing
  rule(
    "minimizing",
    String.raw`\b(?:no|not|[a-z]+n't)\s+(?:really\s+|even\s+)?(?:such\s+|that\s+)?(?:a\s+)?big(?:\s+of\s+a)?\s+(?:deal|thing)\b`,
    ["reported"],
  ),
  rule(
    "minimizing",
    String.raw`\b(?:it|this|that)(?:\s+was|\s+is|'s)\s+(?:just|only|simply|merely)\b(?!\s+(?:then|when|how|what|who|the\s+way|one\s+of\s+those|after|before|as|now|later|because|me\b|the\s+(?:beginning|start|tip)|one\s+of\s+(?:many|the\s+(?:many|lies))|the\s+first|part\s+of|the\s+truth))`,
    M,
  ),
  rule(
    "minimizing",
    String.raw`\bonly\s+(?:happened\s+)?(?:once|one\s+time|twice|a\s+(?:few|couple)\s+(?:of\s+)?times)\b`,
    M,
  ),
  rule(
    "minimizing",
    String.raw`\b(?:it|that|this|she|he|they|the\s+(?:affair|texts|messages|kiss|sex|fling))\s+(?:meant|means)\s+nothing\b`,
    M,
  ),
  rule(
    "minimizing",
    String.raw`\b(?:it|that|this|she|he|they|the\s+(?:affair|texts|messages|kiss|sex|fling))\s+(?:never\s+meant|didn't\s+mean|doesn't\s+mean|did\s+not\s+mean)\s+(?:anything|a\s+thing)\b`,
    M,
  ),
  rule(
    "minimizing",
    String.raw`\b(?:we|I)\s+(?:only|just)\s+(?:kissed|talked|texted|messaged|flirted|chatted|hung\s+out|met\s+up|had\s+(?:coffee|lunch|drinks|a\s+drink|sex)|slept\s+together|went\s+out)\b`,
    M,
  ),
  rule(
    "minimizing",
    String.raw`\bwe(?:\s+were|'re|\s+are)\s+(?:just|only)\s+(?:friends|talking|texting|colleagues|coworkers|flirting)\b`,
    M,
  ),
  rule(
    "minimizing",
    String.raw`\b(?:nothing|not\s+much)\s+(?:really\s+|even\s+)?(?:physical\s+|sexual\s+)?(?:really\s+)?happened\b`,
    ["reported"],
  ),
  rule(
    "minimizing",
    String.raw`\b(?:a|one|just\s+a|some)\s+(?:(?:stupid|silly|dumb|little|tiny|small|harmless|meaningless|innocent|one-time|one\s+time|drunken|brief|quick)\s+){1,2}(?:mistake|thing|slip|fling|kiss|flirtation|lapse|moment|indiscretion|lie|affair|crush|night|text)s?\b`,
    M,
  ),
  rule(
    "minimizing",
    String.raw`\bjust\s+(?:a\s+(?:fling|kiss|mistake|phase|friendship|few\s+(?:texts|messages)|bit\s+of\s+fun|moment|one-night\s+stand|one\s+night\s+stand|game)|some\s+(?:texts|messages|flirting)|texting|flirting|sex|physical)\b`,
    M,
  ),
  rule("minimizing", String.raw`\bover-?react(?:ing|ed|ion|s)?\b`, M),
  rule(
    "minimizing",
    String.raw`\b(?:blowing|blown|blow)\s+(?:this|it|things|everything)\s+(?:way\s+|so\s+far\s+)?out\s+of\s+proportion\b`,
    M,
  ),
  rule(
    "minimizing",
    String.raw`\bmaking\s+(?:such\s+|too\s+|way\s+too\s+|so\s+much\s+of\s+)?(?:a\s+)?(?:big\s+(?:a\s+)?deal|mountain\s+out\s+of)`,
    M,
  ),
  rule("minimizing", String.raw`\b(?:too|so|overly|way\s+too)\s+sensitive\b`, M),
  rule(
    "minimizing",
    String.raw`\b(?:it|that)\s+(?:was|happened)\s+(?:so\s+)?(?:a\s+long\s+time|years|ages|forever|months)\s+ago\b`,
    M,
  ),
  rule(
    "minimizing",
    String.raw`\b(?:it|that|this)(?:\s+wasn't|\s+was\s+not|\s+isn't|\s+is\s+not|'s\s+not)\s+(?:even\s+)?(?:that\s+|really\s+|so\s+|as\s+)?(?:bad|serious)\b`,
    ["reported"],
  ),
  rule("minimizing", String.raw`\b(?:it|that)(?:\s+was|'s|\s+is)\s+nothing\b(?!\s+(?:but|like|compared|you))`, M),
  rule(
    "minimizing",
    String.raw`\bat\s+least\s+I\s+(?:told|didn't|never|came\s+clean|was\s+honest|admitted|ended|stopped)\b`,
    M,
  ),
  rule("minimizing", String.raw`\bpurely\s+(?:physical|sexual)\b`, M),
  rule(
    "minimizing",
    String.raw`\b(?:it's|it\s+is|it\s+was)\s+not\s+(?:like|as\s+if)\s+I\s+(?:slept|had\s+sex|cheated|left|did\s+anything)\b`,
    M,
  ),
  rule(
    "minimizing",
    String.raw`\bwe\s+(?:never|didn't)\s+(?:actually|even|really)\s+(?:slept\s+together|had\s+sex|kissed|did\s+anything)\b`,
    M,
  ),
  rule(
    "minimizing",
    String.raw`\b(?:harmless|innocent|meaningless)\s+(?:flirting|fun|texting|banter|messages|chat(?:ting)?|kiss(?:ing)?)\b|\bnot\s+the\s+end\s+of\s+the\s+world\b`,
    M,
  ),
  rule(
    "minimizing",
    String.raw`\ba\s+(?:moment|lapse|second)\s+of\s+(?:weakness|madness|stupidity|(?:poor|bad)\s+judge?ment)\b`,
    M,
  ),
  rule(
    "minimizing",
    String.raw`\bmaking\s+(?:this|it|that)\s+(?:into\s+)?(?:something\s+(?:it|that)\s+(?:never\s+was|wasn't|isn't)|(?:so\s+much\s+)?bigger\s+than\s+it)`,
    M,
  ),

  // -- pressure to move on, or a timetable for healing
  rule(
    "rushing",
    `\\b(?:can|could|shall|would|will)(?:'t|n't)?\\s+(?:we|you)\\s+(?:please\\s+)?(?:just\\s+|at\\s+least\\s+)?(?:try\\s+to\\s+)?(?:${MOVE_ON}|get\\s+past\\s+(?:this|it|that))`,
    R,
  ),
  rule(
    "rushing",
    `\\blet's\\s+(?:please\\s+)?(?:just\\s+)?(?:try\\s+to\\s+)?${MOVE_ON}|\\blet's\\s+not\\s+(?:make\\s+(?:this|it|that)\\s+(?:into\\s+)?a\\s+(?:whole\\s+|big\\s+)?(?:thing|deal|drama)|dwell|rehash|go\\s+(?:over|through)\\s+(?:it|this|that)\\s+again|keep\\s+(?:talking|bringing)|talk\\s+about\\s+(?:it|this|that))`,
    R,
  ),
  rule(
    "rushing",
    `\\b(?:we|you)(?:\\s+really)?\\s+(?:need|have|ought|got|'ve\\s+got)\\s+to\\s+(?:just\\s+)?(?:${MOVE_ON}|${HEALED})|\\b(?:we|you)(?:\\s+really)?\\s+(?:should|must)\\s+(?:just\\s+)?(?:try\\s+to\\s+)?${MOVE_ON}`,
    R,
  ),
  rule(
    "rushing",
    `\\b(?:it's|it\\s+is)\\s+(?:about\\s+|high\\s+)?time\\s+(?:for\\s+(?:us|you)\\s+to|we|you|to)\\s+(?:all\\s+)?(?:just\\s+)?(?:${MOVE_ON}|${HEALED})|\\btime\\s+to\\s+move\\s+on\\b`,
    R,
  ),
  rule(
    "rushing",
    `\\b(?:I(?:'d|\\s+would)?\\s+(?:really\\s+|just\\s+|so\\s+)?(?:like|love|want|need)|I\\s+(?:expect|expected|thought))\\s+(?:us|you|things|everything)(?:\\s+to|\\s+would|'d)\\s+(?:[\\w']+\\s+){0,2}?(?:${HEALED}|${MOVE_ON})`,
    R,
  ),
  rule(
    "rushing",
    `\\b(?:you|we)(?:\\s+really)?(?:\\s+should|\\s+ought\\s+to|\\s+must|\\s+need\\s+to|\\s+have\\s+to|'ve\\s+got\\s+to|'d\\s+think\\s+you'd)\\s+(?:[\\w']+\\s+){0,2}?${HEALED}(?:\\s+[\\w']+){0,4}?\\s+${BY_WHEN}\\b|\\bsurely\\s+(?:you|we)\\s+(?:can|could|should|must)\\s+(?:[\\w']+\\s+){0,2}?(?:${HEALED}|${MOVE_ON})`,
    R,
  ),
  rule(
    "rushing",
    String.raw`\bhow\s+(?:much\s+)?long(?:er)?\s+(?:are|will|is|do|must|can)\s+(?:you|we|I)\s+(?:going\s+to\s+|gonna\s+|have\s+to\s+|need\s+to\s+)?(?:keep\s+)?(?:hold|punish|bring|throw|drag|make\s+me\s+pay|be\s+(?:angry|upset|mad)|stay\s+(?:angry|upset|mad)|go\s+on\s+about|do\s+this|talk\s+about)`,
    M,
  ),
  rule(
    "rushing",
    `\\b(?:you|we)\\s+(?:can't|cannot|can\\s+not)\\s+(?:just\\s+)?(?:keep|go\\s+on)\\s+(?:bringing|talking|punishing|holding|throwing|dragging|dwelling|going\\s+over|living\\s+in\\s+(?:this|the\\s+past)|being\\s+(?:angry|upset|mad|hurt))\\b|\\bwhen\\s+(?:are|will|do|can)\\s+(?:you|we)\\s+(?:going\\s+to\\s+|gonna\\s+|be\\s+able\\s+to\\s+)?(?:finally\\s+)?(?:${HEALED}|${MOVE_ON})`,
    R,
  ),
  rule(
    "rushing",
    String.raw`\b(?:it's|it\s+is|that's|that\s+is)\s+(?:all\s+)?in\s+the\s+past\b|\b(?:we've|we\s+have|we)\s+(?:already\s+)?(?:talked\s+about|gone\s+over|been\s+over|discussed)\s+(?:this|it|that)\s+(?:enough|to\s+death|a\s+million\s+times|more\s+than\s+enough)\b|\bgive\s+me\s+a\s+break\b|\byou\s+(?:keep|always)\s+bringing\s+(?:it|this|that)?\s*up\b|\b(?:can|could)\s+we\s+(?:please\s+)?not\s+(?:do|go\s+(?:over|through)|talk\s+about|have)\s+(?:this|it|that)\s+(?:again|tonight|now)\b|\bhow\s+much\s+longer\s*\?|\byou(?:'ve|\s+have)\s+had\s+(?:plenty\s+of\s+|enough\s+|more\s+than\s+enough\s+|months\s+|weeks\s+|years\s+)?(?:time\s+)?to\s+(?:process|heal|get\s+over|deal\s+with|think\s+about|move\s+on)\b|\b(?:it's|it\s+has)\s+been\s+(?:long\s+enough|(?:more\s+than\s+)?enough\s+time)\b|\byou(?:'ll|\s+will|'d|\s+would)\s+feel\s+better\s+(?:once|when|if)\s+you\s+(?:stop|let|move|forget|get\s+over)\b|\bstop\s+asking\s+(?:me\s+)?(?:about\s+(?:it|this|that|her|him)|(?:so\s+many\s+)?questions)\b|\b(?:let's\s+not|can\s+we\s+not|I\s+don't\s+want\s+to)\s+(?:spend|waste)\s+(?:another|more|any\s+more|the\s+whole)\s+(?:night|day|evening|weekend|time)\s+on\s+(?:this|it|that)\b|\b(?:is|has\s+been|was)\s+(?:long|more\s+than\s+long)\s+enough\s+(?:to\s+be\s+(?:angry|upset|mad|hurt)|for\s+(?:you|this|us))\b|\b(?:we've|we\s+have|I've|I\s+have)\s+(?:already\s+)?(?:spent|wasted|given)\s+(?:enough|so\s+much|too\s+much|long\s+enough)\s+(?:time\s+)?on\s+(?:this|it|that)\b|\b(?:do|must|should)\s+we\s+(?:really\s+)?(?:have\s+to\s+|need\s+to\s+)?(?:talk\s+about|go\s+over|go\s+through|discuss|bring\s+up)\s+(?:this|it|that)\s+(?:again|every|all\s+the\s+time|now)\b|\bcut\s+me\s+(?:some\s+)?slack\b|\bI(?:'m|\s+am)\s+(?:so\s+|really\s+|getting\s+)?(?:(?:tired|sick)\s+of|done)\s+(?:being\s+punished|talking\s+about|hearing\s+about|going\s+over|apologi[sz]ing|saying\s+sorry|this\s+(?:conversation|topic))`,
    R,
  ),
  rule(
    "rushing",
    `\\b(?:we|you)\\s+(?:can't|cannot|won't|will\\s+never)\\s+(?:ever\\s+)?(?:${MOVE_ON}|${HEALED}|heal)\\s+(?:if|unless|until|while)\\s+you\\b`,
    ["reported"],
  ),
  rule(
    "rushing",
    `\\bwhy\\s+can't\\s+(?:we|you)\\s+(?:just\\s+)?(?:be\\s+(?:happy|normal|okay|ok|fine)(?:\\s+again)?|${MOVE_ON}|${HEALED})`,
    R,
  ),
  rule("rushing", `\\bI(?:'m|\\s+am)\\s+(?:begging|asking)\\s+you\\s+to\\s+(?:just\\s+)?${MOVE_ON}`, R),
  rule(
    "rushing",
    `\\bby\\s+(?:the\\s+)?(?:spring|summer|christmas|autumn|fall|winter|new\\s+year|next\\s+(?:week|month|year)|then|now)\\b[^.!?]{0,20}?\\byou(?:'ll|\\s+will|'d|\\s+would|\\s+should)\\s+(?:[\\w']+\\s+){0,2}?${HEALED}`,
    R,
  ),
  rule(
    "rushing",
    `\\byou(?:'ll|\\s+will)\\s+(?:have\\s+to|need\\s+to)\\s+(?:[\\w']+\\s+){0,2}?${HEALED}|\\byou(?:'ll|\\s+will)\\s+(?:[\\w']+\\s+){0,2}?${HEALED}\\b[^.!?]{0,20}?\\b(?:eventually|sooner\\s+or\\s+later)\\b`,
    R,
  ),
  rule(
    "rushing",
    String.raw`\bhold(?:ing)?\s+(?:this|it|that)\s+over\s+(?:me|my\s+head)\b|\b(?:keep|stop)\s+punishing\s+me\b|\bthrow(?:ing)?\s+(?:it|this|that)\s+(?:back\s+)?in\s+my\s+face\b|\b(?:stop|quit)\s+(?:living\s+in\s+the\s+past|dwelling(?:\s+on\s+(?:it|this|that|the\s+past))?|dragging\s+(?:it|this|that)\s+up|bringing\s+(?:it|this|that)\s+up|bringing\s+up\s+the\s+past|rehashing|harping\s+on)`,
    R,
  ),
  rule(
    "rushing",
    String.raw`\b(?:get|got|getting)\s+over\s+(?:it|this|that)\b|\b(?:just|please\s+just)\s+forgive\s+me\b|\bforgive\s+me\s+already\b`,
    R,
  ),
  rule("rushing", String.raw`(?<=(?:^|[.!?,;:\u2013\u2014-])\s*)anyways?\b`, [], ANYWAY_COPY),
];
