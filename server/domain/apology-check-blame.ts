/**
 * Rules that move the weight onto the partner: blame, and counter-accusation (what the
 * partner did, brought up to balance the account).
 */
import { rule, type Rule } from "./apology-check-text";

const B = ["negated", "reported"] as const;

/** Wrongs a partner can be accused of in return. */
const WRONG = String.raw`(?:lied|cheated|flirted|hid|(?:been\s+)?(?:lying|cheating|hiding|flirting|texting)|kept\s+(?:things|secrets|stuff)|kissed|texted|messaged|went\s+behind|betrayed|hurt\s+me|broke|deceived|snooped|yelled|went\s+through\s+my|read\s+my|looked\s+at|crossed\s+(?:a|the)\s+line|said\s+(?:(?:awful|terrible|horrible|cruel|nasty|hurtful|worse)\s+)?things|had\s+(?:secrets|an\s+affair|a\s+crush|your\s+own)|did\s+(?:it|that|this|things|stuff|the\s+same(?:\s+thing)?|worse|something)|done\s+(?:it|that|this|things|stuff|the\s+same(?:\s+thing)?|worse|something))`;

export const BLAME_RULES: readonly Rule[] = [
  // -- blame
  rule(
    "blame",
    String.raw`\bbecause\s+(?:of\s+)?you(?!(?:'re|\s+are|\s+were)\s+(?:so\s+)?(?:worth|right|the\s+one|the\s+person|my\b|important|everything|amazing|hurting|in\s+pain|brave|honest|kind|patient|good)|\s+(?:deserve|deserved|matter|mattered|asked|mean|meant|love|loved|trusted|trust|need|needed|did\s+nothing|didn't\s+deserve|have\s+(?:every|a)\s+right|had\s+(?:every|a)\s+right|gave\s+me(?!\s+(?:a|any)\s+reason)|chose\s+to\s+stay|stayed)\b|(?:'re|\s+are)\s+still\s+here)`,
    B,
  ),
  rule(
    "blame",
    String.raw`\byou\s+made\s+me(?!\s+(?:feel\s+)?(?:so\s+)?(?:safe|happy|loved|better|whole|seen|a\s+better|the\s+(?:man|woman|person)|laugh|smile|believe|promise|want\s+to\s+be\s+better))\b`,
    B,
  ),
  rule(
    "blame",
    String.raw`\byou\s+make\s+me\s+(?:do|act|feel\s+(?:so\s+)?(?:alone|lonely|invisible|unwanted|trapped|crazy)|crazy|so\s+angry)\b`,
    B,
  ),
  rule(
    "blame",
    String.raw`\byou\s+(?:drove|pushed|forced)\s+me(?!\s+(?:home|to\s+(?:the|work|school|my|your|therapy|counseling|get\s+help)))\b`,
    B,
  ),
  rule(
    "blame",
    String.raw`\bif\s+(?:only\s+)?you(?:\s+hadn't|\s+had\s+not|'d\s+not|(?:'d|\s+had)\s+(?:only\s+|just\s+|ever\s+)?(?:been|paid|listened|given|shown|spent|cared|made|tried|noticed|treated|wanted|loved|touched|stayed|come)|\s+weren't\s+(?:always|so|constantly|never)|\s+were\s+not\s+(?:always|so|constantly)|\s+were\s+(?:more|less|ever|home|around|nicer|kinder|warmer|present|not\s+so)|\s+didn't\s+(?:always|constantly|ignore|push|nag|shut|make|treat|spend|work)|(?:\s+would|'d)\s+(?:have|just|only|ever)\s+(?:been|paid|listened|given|shown|spent|cared|noticed|treated|wanted|loved|touched)|\s+would've|\s+(?:ever|actually)\s+(?:paid|listened|noticed|cared|touched|wanted|showed)|\s+(?:paid|listened|cared|gave|showed|spent)\s+(?:more|any|me))\b`,
    B,
  ),
  rule(
    "blame",
    String.raw`\byou(?:\s+were|\s+have\s+been|'ve\s+been)\s+(?:so\s+|always\s+|never\s+|constantly\s+|just\s+)*(?:distant|cold|absent|never\s+(?:there|home|around)|not\s+there|unavailable|always\s+(?:working|busy|gone))\b`,
    B,
  ),
  rule(
    "blame",
    String.raw`\byou(?:\s+were|'re|\s+are)\s+(?:always|constantly)\s+(?:working|busy|gone|on\s+your\s+phone|at\s+work|tired)\b`,
    B,
  ),
  rule("blame", String.raw`\byou\s+weren't\s+(?:ever\s+)?there\b(?!\s+to\s+see)`, B),
  rule(
    "blame",
    String.raw`\byou\s+never\s+(?:had\s+time|made\s+time|paid\s+(?:any\s+)?attention|listen(?:ed)?|noticed|touched\s+me|wanted\s+me|gave\s+me(?!\s+(?:a|any)\s+reason)|showed\s+me|cared|asked\s+me|were\s+there)\b`,
    B,
  ),
  rule(
    "blame",
    String.raw`\byou\s+stopped\s+(?:being\s+(?:my|a)\s+(?:wife|husband|partner|friend)|caring|paying\s+attention|touching\s+me|wanting\s+me|listening|noticing\s+me|making\s+time|loving\s+me)\b`,
    B,
  ),
  rule("blame", String.raw`\byou\s+(?:ignored|neglected|rejected|abandoned)\s+me\b`, B),
  rule("blame", String.raw`\byou\s+(?:left|gave)\s+me\s+no\s+(?:choice|option|other\s+option)\b`, B),
  rule("blame", String.raw`\bit\s+takes\s+two\b`, B),
  rule("blame", String.raw`\bwe(?:'re|\s+are|\s+were)\s+both\s+(?:to\s+blame|responsible|at\s+fault)\b`, B),
  rule(
    "blame",
    String.raw`\bwe\s+both\s+(?:made\s+mistakes|messed\s+up|screwed\s+up|did\s+things|share\s+(?:the\s+)?(?:blame|responsibility))\b`,
    B,
  ),
  rule(
    "blame",
    String.raw`\byour\s+(?:part|share|role|side)(?:\s+in\s+(?:this|it|all\s+(?:of\s+)?this))?\s+(?:too|as\s+well)\b|\byour\s+(?:part|share|role)\s+in\s+(?:this|it|all\s+(?:of\s+)?this)\b`,
    B,
  ),
  rule(
    "blame",
    String.raw`\b(?:(?:partly|partially|half|also|just\s+as\s+much|as\s+much)\s+)?your\s+fault(?:\s+too)?\b`,
    B,
  ),
  rule(
    "blame",
    String.raw`\byou(?:'re|\s+are|\s+were)\s+(?:partly\s+|also\s+|just\s+as\s+|equally\s+|as\s+much\s+)?(?:to\s+blame|responsible\s+(?:for\s+this\s+)?too)\b`,
    B,
  ),
  rule("blame", String.raw`\byou\s+(?:started\s+it|know\s+how\s+you\s+(?:get|are|can\s+be))\b`, B),
  rule(
    "blame",
    String.raw`\byou\s+should\s+have\s+(?:known|noticed|seen\s+it|paid\s+(?:more\s+)?attention|been\s+there|asked)\b`,
    B,
  ),
  rule(
    "blame",
    String.raw`\bwhat\s+did\s+you\s+expect\b|\byou\s+were\s+the\s+one\s+who\s+(?:wanted|suggested|started|pushed|brought\s+up|pulled\s+away)\b`,
    B,
  ),
  rule(
    "blame",
    String.raw`\byou\s+(?:hadn't|haven't|had\s+not|have\s+not)\s+(?:touched|kissed|looked\s+at|wanted|noticed|held|complimented)\s+me\b|\byou\s+(?:always\s+|constantly\s+)?(?:put|chose|choose|prioriti[sz]ed?)\s+(?:the\s+\w+|work|your\s+\w+|everyone|everything)\s+(?:\w+\s+)?(?:before|over|ahead\s+of)\s+me\b`,
    B,
  ),
  rule(
    "blame",
    String.raw`\byou(?:\s+were|'re|\s+are|'ve\s+been)\s+(?:so\s+|always\s+|too\s+)?(?:wrapped\s+up|caught\s+up|obsessed|consumed)\s+(?:in|with)\s+(?:your|the|work)\b|\byou\s+made\s+it\s+(?:so\s+|too\s+|really\s+)?(?:hard|impossible|difficult)\s+(?:for\s+me\s+)?to\b|\byou\s+(?:always|never|constantly)\s+(?:react|overreact|explode|blow\s+up|get\s+(?:angry|upset|mad))\b`,
    B,
  ),
  rule(
    "blame",
    String.raw`\byou(?:\s+were|'ve\s+been|\s+have\s+been|'re|\s+are)\s+(?:always|so|too|constantly|really)\s+(?:suspicious|paranoid|jealous|controlling|insecure|possessive|needy|clingy)\b`,
    B,
  ),
  rule(
    "blame",
    String.raw`\byou\s+(?:kept\s+|keep\s+)?(?:pushing|shutting)\s+me\s+(?:away|out)\b|\byou\s+(?:shut|pushed)\s+me\s+out\b`,
    B,
  ),

  // -- counter-accusation
  rule(
    "counter_accusation",
    String.raw`\byou(?:'re|\s+are|\s+were|\s+weren't|\s+aren't|\s+haven't\s+been|'ve\s+not\s+been|\s+have\s+not\s+been)\s+(?:not\s+)?(?:exactly|hardly|far\s+from|no)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:innocent|perfect|blameless|saint|angel|open\s+book|honest|faithful|truthful|transparent)\b|\byou(?:'re|\s+are|\s+were|\s+weren't|\s+aren't)\s+(?:not\s+)?(?:(?:always|exactly|completely|totally|that)\s+)?(?:innocent|perfect|blameless|a\s+saint|an\s+angel|faithful|honest|loyal|truthful)\s+(?:either|yourself|too)\b|\byou(?:'re\s+not|\s+are\s+not|\s+were\s+not|\s+weren't|\s+aren't)\s+(?:exactly\s+|completely\s+|totally\s+)?(?:innocent|blameless|perfect|a\s+saint)\s+(?:in\s+(?:all\s+)?(?:this|that)|here)\b`,
    ["reported"],
  ),
  rule(
    "counter_accusation",
    String.raw`\b(?:don't|do\s+not|stop)\s+(?:act(?:ing)?|pretend(?:ing)?|play(?:ing)?)\s+(?:all\s+|so\s+|like\s+you're\s+|like\s+you\s+are\s+|the\s+|that\s+you're\s+)?(?:innocent|perfect|victim|saint|blameless|shocked|surprised|the\s+only\s+one\s+who)\b|\b(?:don't|do\s+not|stop)\s+(?:act(?:ing)?\s+like|pretend(?:ing)?(?:\s+that)?)\s+you(?:'ve|\s+have)?\s+(?:never|not|didn't|haven't|did\s+nothing)\b`,
    ["reported"],
  ),
  rule(
    "counter_accusation",
    `\\byou(?:'ve|\\s+have|\\s+had)?\\s+(?:also\\s+|even\\s+|often\\s+)?${WRONG}\\b(?:\\s+[\\w']+){0,6}?[\\s,]+(?:(?:too|as\\s+well|yourself|before|first|plenty)\\b|remember\\s*\\?)|\\byou(?:\\s+did|'ve\\s+done|\\s+have\\s+done)\\s+(?:the\\s+same(?:\\s+thing)?\\s+to\\s+me|worse)\\b`,
    B,
  ),
  rule(
    "counter_accusation",
    String.raw`\bwhat\s+about\s+(?:you\b(?!\s*[,?]?\s*(?:how|are\s+you))|what\s+you\s+did|when\s+you|your\s+(?!needs|feelings)|the\s+way\s+you|how\s+you|(?:all\s+)?the\s+times?\s+you)`,
    B,
  ),
  rule(
    "counter_accusation",
    `\\b(?:let's\\s+not|don't|do\\s+not|we\\s+can't|you\\s+can't|did\\s+you|have\\s+you|you)\\s+(?:forget|forgot|forgotten)\\s+(?:about\\s+)?(?:(?:what|how|when|the\\s+(?:time|night|day)|about\\s+(?:what|when|the\\s+time))\\s+you\\b|(?:that\\s+)?you\\s+${WRONG})|\\b(?:remember|recall)\\s+(?:what|when|how|the\\s+time)\\s+you\\s+${WRONG}`,
    ["reported"],
  ),
  rule(
    "counter_accusation",
    `\\byou(?:'re|\\s+are|\\s+were)\\s+the\\s+one\\s+who\\s+(?:[\\w']+\\s+)?${WRONG}|\\b(?:should|shall)\\s+I\\s+(?:bring\\s+up|mention|remind\\s+you\\s+(?:of|about)|talk\\s+about)\\s+(?:what|how|when|the\\s+time)\\s+you\\b|\\bwe(?:'re|\\s+are)\\s+(?:even|square|quits)\\b|\\bthat\\s+makes\\s+(?:us|it)\\s+even\\b`,
    ["reported"],
  ),
  rule(
    "counter_accusation",
    String.raw`\byou(?:'re|\s+are)\s+(?:one|the\s+last\s+(?:one|person))\s+to\s+talk\b|\b(?:secrets|skeletons|sins|lies)\s+of\s+your\s+own\b|\byou(?:'ve|\s+have)\s+(?:got\s+)?(?:your\s+own\s+)?(?:secrets|skeletons)\b|\b(?:at\s+least\s+I|I)\s+(?:didn't|never|wouldn't)\s+do\s+what\s+you\s+did\b|\byour\s+own\s+(?:behaviou?r|mistakes|lies|lying|affair|past|secrets|actions|cheating|flirting)\b|\byou(?:'ve|\s+have)\s+done\s+(?:plenty|lots|a\s+lot|your\s+share)\s+(?:of\s+)?(?:things|stuff|wrong|bad)?|\b(?:you're|you\s+are|stop|don't)\s+(?:acting|act|talking|talk|behaving)\s+(?:like|as\s+if)\s+you(?:'ve|\s+have)?\s+(?:never|not|didn't)\s+(?:made|done|been|had|hurt|lied)\b|\byou\s+(?:can't|cannot|have\s+no\s+right\s+to|don't\s+get\s+to|are\s+in\s+no\s+position\s+to)\s+(?:really\s+)?(?:judge|lecture|criticise|criticize|blame)\s+me\b|\byou\s+owe\s+me\s+(?:the\s+same|an\s+(?:apology|explanation)|honesty|the\s+truth\s+too)\b|\bI(?:'m|\s+am)\s+not\s+the\s+only\s+one\s+(?:who|that)\b(?!(?:'s|\s+is)\s+hurting)|\bwe(?:'ve|\s+have)\s+both\s+(?:kept|lied|hidden|hid|done)\b|\byou\s+haven't\s+(?:exactly|always)\s+been\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:innocent|perfect|blameless|saint|angel|open\s+book|honest|faithful|truthful|transparent)\b|\b(?:don't|do\s+not)\s+(?:lecture|preach\s+to)\s+me\b|\bwhat\s+you\s+did\b[^.!?;]{0,40}?\bwas\s+(?:worse|just\s+as\s+bad|no\s+better)\b|\bso\s+(?:did|have|had)\s+you\b|\byou\s+did\s+too\b|\byou(?:'ve)?\s+(?:lied\s+to\s+me|cheated\s+on\s+me|betrayed\s+me|went\s+behind\s+my\s+back)\b|\b(?:let's|we\s+need\s+to|we\s+should)\s+talk\s+about\s+(?:your\s+(?:lies|lying|affair|cheating|secrets|mistakes|behaviou?r)|what\s+you\s+did)\b|\byou(?:'re|\s+are)\s+no\s+better\b|\byou\s+(?:flirt|lie|cheat)\s+(?:with\s+everyone|all\s+the\s+time|constantly)\b|\btwo\s+can\s+play\s+at\s+that\s+game\b|\blook\s+who's\s+talking\b|\bpot\s+calling\s+the\s+kettle\b|\blike\s+you(?:'ve|\s+have)?\s+never\s+(?:lied|cheated|done|hidden|kept|flirted|hurt)\b|\byou\s+of\s+all\s+people\b`,
    ["reported"],
  ),
];
