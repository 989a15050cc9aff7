/**
 * Rules that put the cause somewhere other than the writer's choice: circumstances and
 * states (justification), fate or drift, and the past or other people.
 */
import { ONLY_HUMAN_COPY } from "./apology-check-copy";
import { rule, type Rule } from "./apology-check-text";

const INTENSIFIERS = String.raw`(?:(?:so|really|very|just|too|pretty|incredibly|extremely|completely|totally|a\s+bit|a\s+little|feeling|getting|kind\s+of|kinda|super|deeply|terribly|always|still|already|also|under)\s+){0,3}`;

export const STATES = String.raw`(?:stressed(?:\s+out)?|drunk|wasted|high|tipsy|lonely|alone(?!\s+with)|depressed|exhausted|overwhelmed|vulnerable|confused|unhappy|miserable|bored|tempted|neglected|ignored|unappreciated|unloved|unwanted|invisible|desperate|insecure|(?:angry|furious|jealous|resentful)(?!\s+(?:at|with)\s+myself)|burn(?:ed|t)\s+out|worn\s+(?:down|out)|run\s+down|starved\s+for\s+(?:attention|affection)|not\s+myself|not\s+thinking\s+(?:straight|clearly)|in\s+(?:such\s+)?a\s+(?:bad|dark|weird|terrible|low)\s+place|barely\s+(?:holding\s+(?:it\s+)?together|coping|keeping\s+my\s+head\s+above\s+water)|disconnected|isolated|empty|numb|drowning|suffocating|trapped|stuck|low(?!\s+(?:key|point))|going\s+through\s+(?:a\s+lot|so\s+much|a\s+hard\s+time|a\s+rough\s+time|something)|under\s+(?:a\s+lot\s+of\s+|so\s+much\s+|too\s+much\s+|a\s+ton\s+of\s+)?(?:pressure|stress)|(?:a\s+lot\s+of\s+|so\s+much\s+|too\s+much\s+)?pressure)`;

const I_WAS = String.raw`\bI(?:\s+felt\s+like\s+I\s+was|\s+was|'m|\s+am|\s+had\s+been|'d\s+been|\s+felt|\s+was\s+feeling|\s+have\s+been|'ve\s+been|\s+got)`;

const J = ["negated", "reported", "excused"] as const;
const FATE = ["negated", "reported", "excused"] as const;
const OUTSIDE = ["negated", "reported", "excused", "declined"] as const;

const KIN = String.raw`(?:ex|ex-\w+|parents?|mother|mum|mom|father|dad|family|brother|sister|(?:last|previous|first|old)\s+(?:\w+\s+)?(?:wife|husband|girlfriend|boyfriend|partner|relationship|marriage))`;
const PAST = String.raw`(?:childhood|upbringing|past|trauma|parents|father|mother|dad|mum|mom|family|ex|attachment\s+(?:style|issues)|(?:anxious|avoidant|insecure)\s+attachment|(?:last|previous|first)\s+(?:relationship|marriage))`;

export const EXCUSE_RULES: readonly Rule[] = [
  // -- justification
  rule(
    "justification",
    String.raw`\bI\s+(?:only|just)\s+(?!(?:want|wanted|need|needed|hope|wish|say|said|tell|told|think|thought|know|knew|realized|realised)\b)(?:[\w']+\s+){1,4}?because\b`,
    J,
  ),
  rule("justification", String.raw`\bI\s+did\s+(?:it|that|this)\s+(?:only|just|partly)\s+because\b`, J),
  rule("justification", String.raw`\bthe\s+only\s+reason\s+(?:why\s+)?I\b`, J),
  rule("justification", `${I_WAS}\\s+${INTENSIFIERS}${STATES}\\b`, J),
  rule(
    "justification",
    String.raw`\b(?:work|my\s+job|the\s+(?:job|move|kids|baby|stress|pressure|money)|everything|life)\s+(?:had|made|got|left)\s+me\s+${INTENSIFIERS}${STATES}\b`,
    J,
  ),
  rule(
    "justification",
    String.raw`\bbecause\s+I\s+(?:was|felt|'m|am)\s+${INTENSIFIERS}(?:afraid|scared|terrified|frightened|worried)\s+(?:of|that|you|to)\b`,
    J,
  ),
  rule("justification", String.raw`\bI\s+(?:wasn't|was\s+not)\s+thinking(?:\s+(?:straight|clearly))?\b`, J),
  rule("justification", String.raw`\bI\s+had\s+(?:my|good|my\s+own|a\s+good|valid|real)\s+reasons?\b`, J),
  rule(
    "justification",
    String.raw`\bI(?:\s+had|'d)\s+(?:been\s+)?(?:drinking|a\s+few\s+drinks|too\s+much\s+to\s+drink)\b|\bI(?:\s+had|'d\s+had)\s+(?:a\s+few|a\s+couple\s+of|two|three|four|five|several|too\s+many)\s+(?:drinks|beers|glasses|shots|pints)\b`,
    J,
  ),
  rule("justification", String.raw`\b(?:it\s+was|blame\s+it\s+on)\s+the\s+(?:alcohol|drinks?|booze|wine|pills)\b`, J),
  rule("justification", String.raw`\bI\s+(?:just\s+)?got\s+(?:carried\s+away|caught\s+up)\b`, J),
  rule("justification", String.raw`\bin\s+the\s+heat\s+of\s+the\s+moment\b`, J),
  rule("justification", String.raw`\bI\s+couldn't\s+(?:help|stop)\s+(?:it|myself)\b`, J),
  rule(
    "justification",
    String.raw`\b(?:she|he|they)\s+(?:came\s+on\s+to\s+me|seduced\s+me|pursued\s+me|kissed\s+me\s+first|started\s+it|made\s+the\s+first\s+move|wouldn't\s+leave\s+me\s+alone|threw\s+(?:herself|himself|themselves)\s+at\s+me)`,
    J,
  ),
  rule(
    "justification",
    String.raw`\b(?:lied|did\s+it|hid\s+it|kept\s+it\s+(?:from\s+you|(?:a\s+)?secret|quiet)|didn't\s+tell\s+you)\s+(?:only\s+|just\s+)?(?:to|because\s+I\s+wanted\s+to)\s+(?:protect|spare)\s+you\b`,
    J,
  ),
  rule("justification", String.raw`\bI\s+was\s+(?:only\s+|just\s+)?trying\s+to\s+(?:protect|spare)\s+you\b`, J),
  rule(
    "justification",
    String.raw`\bbecause\s+I\s+didn't\s+want\s+(?:to\s+(?:hurt|upset|worry|lose|scare|burden)\s+you|you\s+to\s+(?:worry|be\s+(?:upset|hurt|sad|worried)|get\s+hurt|find\s+out|leave))\b`,
    J,
  ),
  rule(
    "justification",
    String.raw`\bI\s+(?:just\s+|really\s+)?needed\s+(?:someone|somebody|attention|comfort|affection|an\s+escape|to\s+feel|an?\s+(?:outlet|release|break|distraction|way\s+out))\b`,
    J,
  ),

  // -- fate or drift
  rule(
    "fate",
    String.raw`\b(?:it|this|that|things|everything|stuff)\s+(?:(?:just|simply|somehow|sort\s+of|kind\s+of|kinda)\s+)+(?:happened|happens|unfolded|escalated|snowballed|spiral(?:l)?ed|developed|evolved|started|began|crept\s+up|went\s+too\s+far|went\s+from\s+there|took\s+over)\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`(?<=(?:^|[.!?;:]\s*|\band\s+|\bthen\s+|\bso\s+))it\s+(?:all\s+)?happened(?=\s*(?:[.!?,;]|$|without\b|by\s+accident|on\s+its\s+own|out\s+of\s+nowhere))`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\b(?:things|it|everything|stuff|the\s+situation)\s+(?:just\s+|quickly\s+|slowly\s+)?(?:got|went|spun|spiral(?:l)?ed)\s+(?:out\s+of\s+(?:hand|control)|too\s+far)\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\b(?:things|it|this|that)\s+(?:just\s+|quickly\s+|slowly\s+|gradually\s+)?(?:escalated|snowballed|spiral(?:l)?ed)\b|\b(?:it|things|this|that)\s+(?:just\s+|somehow\s+|slowly\s+|gradually\s+)?(?:turned|grew|developed)\s+into\s+(?:something\s+more|more|an\s+affair)\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\b(?:it|this|that|things|the\s+(?:affair|relationship|friendship|flirting|texting))\s+(?:just\s+|sort\s+of\s+|kind\s+of\s+)*crept\s+(?:up\s+on|in|into)\b|\blife\s+got\s+in\s+the\s+way\b|\bwe\s+(?:just\s+|slowly\s+|somehow\s+)?lost\s+(?:each\s+other|our\s+way)\b|\bwe\s+were\s+(?:basically|practically|already|more\s+like|just\s+like|like)\s+(?:roommates|flatmates|housemates|strangers)\b|\bwe\s+(?:were|weren't|had|hadn't|'d)\b[^.!?;]{0,60}?\banyway\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\b(?:it|this|things)\s+(?:all\s+)?(?:started|began)\s+(?:so\s+|very\s+|totally\s+|completely\s+|quite\s+)?(?:innocently|innocent|harmlessly|as\s+(?:a\s+)?(?:friendship|friends|nothing))\b|\b(?:it|things)\s+(?:just\s+)?(?:went|escalated|progressed|moved)\s+from\s+there\b|\bit\s+was\s+(?:always\s+)?(?:coming|on\s+the\s+cards|in\s+the\s+cards)\b|\b(?:the|our)\s+(?:spark|passion|magic|love|sex\s+life|love\s+life|intimacy|connection)\s+(?:was|had\s+been|'d\s+been|had)\s+(?:already\s+|long\s+)?(?:gone|dead|died|over)\b|\b(?:never\s+)?(?:meant|supposed|intended)\s+(?:for\s+it\s+)?to\s+(?:go|get)\s+(?:that|this|so)\s+far\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\b(?:it|this|that|it\s+all)\s+was\s+(?:(?:just|all|kind\s+of|sort\s+of|really|so|very)\s+)?(?:an?\s+)?(?:accident|accidental|sudden|unplanned|spontaneous|out\s+of\s+the\s+blue)\b|\bnothing\s+(?:was|of\s+it\s+was)\s+planned\b|\bit\s+(?:wasn't|was\s+not)\s+planned\b|\b(?:we|it|this)\s+(?:were|was)\s+always\s+going\s+to\s+(?:end\s+up|happen|come\s+to|fall\s+apart|break)|\b(?:things|it|we)\s+(?:between\s+us\s+)?(?:were|was|had\s+been)\s+(?:already\s+)?(?:broken|over|dead|falling\s+apart)\s+(?:long\s+)?before\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\bwe\s+(?:were|had\s+been|'d\s+been)\s+(?:already\s+|basically\s+|just\s+)?(?:living\s+separate\s+lives|like\s+ships\s+in\s+the\s+night|barely\s+(?:together|a\s+couple))\b|\b(?:the\s+)?(?:distance|gap|silence|coldness)\s+between\s+us\s+(?:made|let|allowed|opened)\b|\b(?:it|things)\s+(?:then\s+|eventually\s+|soon\s+|just\s+)?(?:got|became|turned)\s+(?:physical|serious|sexual|romantic|complicated|intimate)\b|\blife\s+(?:just\s+)?(?:takes|took|gets|got|happens|happened)\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\b(?:we|I)\s+(?:just\s+|kind\s+of\s+|sort\s+of\s+|somehow\s+)?fell\s+(?:into|in\s+with)\s+(?:it|this|that|old\s+(?:habits|patterns|ways)|bed|an?\s+(?:affair|pattern|routine|habit|relationship))\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\bone\s+of\s+those\s+things\b|\b(?:we|I)\s+(?:just\s+)?got\s+swept\s+(?:up|away|along)\b|\b(?:it|things)\s+(?:just\s+|kind\s+of\s+|sort\s+of\s+)?got\s+away\s+from\s+(?:me|us)\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\b(?:it|this|everything|things)\s+(?:all\s+)?happened\s+(?:so|too|really|very)\s+(?:fast|quickly|suddenly)\b|\bI\s+(?:didn't|did\s+not|never)\s+see\s+it\s+coming\b|\bwe\s+(?:just\s+)?clicked\b|\bI\s+(?:never|didn't)\s+(?:thought|think|expected|imagined|meant)\s+(?:it|this|things)\s+(?:would|could)\s+(?:go|get)\s+(?:this|that|so)\s+far\b|\b(?:things|we|it)\s+(?:had\s+been|'d\s+been|were|was)\s+(?:so\s+|really\s+|pretty\s+)?(?:rocky|strained|difficult|distant|cold|bad|rough|shaky)\s+(?:between\s+us\s+)?(?:for\s+(?:ages|years|months|a\s+while|so\s+long)|by\s+then|long\s+before)\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\bsomewhere\s+along\s+the\s+(?:way|line)\b|\bwe(?:'d|\s+had)?\s+become\s+(?:strangers|roommates|flatmates|housemates)\b|\b(?:it|this)\s+(?:wasn't|was\s+not)\s+(?:something|anything)\s+I\s+planned\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\bperfect\s+storm\b|\b(?:neither|none)\s+of\s+us\s+could\s+(?:control|stop|help)\b|\b(?:out\s+of|beyond)\s+(?:my|our)\s+control\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\bone\s+thing\s+led\s+to\s+another\b|\bbefore\s+I\s+knew\s+it\b|\bI\s+(?:just\s+|somehow\s+)?found\s+myself\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\b(?:we|I)\s+(?:just\s+|somehow\s+|kind\s+of\s+|sort\s+of\s+)?ended\s+up\s+(?:in\s+bed|sleeping|kissing|together|seeing\s+each\s+other|at\s+(?:her|his|their)|back\s+at|in\s+(?:her|his|their))`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\b(?:it|this|that|something\s+like\s+this)(?:\s+was|'s|\s+is|\s+had\s+been|\s+felt)\s+(?:(?:just|always|probably|kind\s+of|sort\s+of|only)\s+)?(?:bound\s+to\s+(?:happen|go\s+wrong|end|fall\s+apart|break)|inevitable|meant\s+to\s+(?:be|happen)|a\s+matter\s+of\s+time|going\s+to\s+happen|fate|destiny|written\s+in\s+the\s+stars)\b|\bonly\s+a\s+matter\s+of\s+time\b|\bsooner\s+or\s+later\s+(?:it|this|something)\s+(?:was|would)\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\bwe(?:'d|\s+had|'ve|\s+have|\s+were|'re|\s+are)?\s+(?:been\s+)?(?:already\s+|slowly\s+|just\s+|long\s+since\s+)?(?:drifting|drifted|grown|growing|grew|drift|grow)\s+apart\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\bwe\s+(?:weren't|were\s+not|hadn't\s+been|haven't\s+been)\s+(?:really\s+|even\s+)?(?:getting\s+along|happy|connecting|in\s+a\s+good\s+place)\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\b(?:our|the)\s+(?:marriage|relationship)\s+(?:was|had\s+been|'d\s+been)\s+(?:already\s+|basically\s+|practically\s+|pretty\s+much\s+|long\s+)?(?:over|dead|dying|finished|on\s+the\s+rocks|falling\s+apart)\b`,
    FATE,
  ),
  rule(
    "fate",
    String.raw`\b(?:these|such)\s+things\s+happen\b|\bthings\s+like\s+this\s+happen\b|\bstuff\s+happens\b|\bit\s+happens\s+(?:in\s+(?:every|a\s+lot\s+of|many)\s+(?:marriages|relationships|couples))`,
    FATE,
    ONLY_HUMAN_COPY,
  ),

  // -- the past or other people as the reason
  rule(
    "outside_cause",
    String.raw`\b(?:after|given|because\s+of)\s+(?:how|what|the\s+way|everything|all\s+the\s+(?:stuff|things))\s+(?:(?!I\b|you\b)[\w']+\s+){1,3}?(?:treated|hurt|did\s+to|put\s+me|left|cheated|betrayed|raised|abandoned|lied\s+to|happened\s+(?:to\s+me|with))`,
    OUTSIDE,
  ),
  rule(
    "outside_cause",
    String.raw`\b(?:because\s+of|due\s+to|stems\s+from|goes\s+back\s+to|rooted\s+in|blame(?:\s+it\s+on)?|it's\s+(?:all\s+)?from)\s+(?:my|what\s+my|how\s+my)\s+${PAST}\b`,
    OUTSIDE,
  ),
  rule(
    "outside_cause",
    String.raw`\b(?:the\s+way\s+(?:I|we|my\s+generation|men|women|people)\s+(?:was|were)\s+(?:raised|brought\s+up)|I\s+was\s+(?:raised|brought\s+up|taught)\s+(?:to|that|in\s+a)|(?:growing|grew)\s+up\s+(?:with|in|around)\s+(?:a|an|my|parents|people)|I\s+never\s+learned\s+(?:how\s+)?(?:any\s+better|to\s+(?:be\s+honest|trust|talk|open\s+up))|(?:with|after)\s+(?:my|the)\s+(?:parents|childhood|upbringing)\s+I\s+had|(?:my|his|her)\s+${KIN}\s+(?:did\s+the\s+same|taught\s+me|showed\s+me|always\s+did))\b`,
    OUTSIDE,
  ),
  rule(
    "outside_cause",
    String.raw`\b(?:that's|that\s+is|this\s+is|which\s+is)\s+(?:why|how\s+come)\s+I\s+(?:(?:always|still|just|sometimes|tend\s+to)\s+)?(?:lie|lied|lying|cheat|cheated|did\s+(?:it|that|this|what\s+I\s+did)|do\s+(?:it|this|that)|hide|hid|keep|kept|stray|strayed|went|go|texted|slept|turned|look|looked|run|ran|shut|push|pushed|act|acted|reach|reached|never\s+told|didn't\s+tell|couldn't\s+tell|can't\s+(?:be|tell|open|trust)|don't\s+(?:tell|talk|open|trust))\b`,
    OUTSIDE,
  ),
  rule(
    "outside_cause",
    String.raw`\b(?:everyone|everybody|people|we\s+all|all\s+of\s+us)\s+(?:makes?|made)\s+mistakes\b|\b(?:nobody's|nobody\s+is|no\s+one\s+is|no\s+one's|no-one\s+is|no-one's)\s+perfect\b|\bI(?:'m|\s+am)\s+only\s+human\b`,
    ["negated", "reported", "declined"],
    ONLY_HUMAN_COPY,
  ),
  rule(
    "outside_cause",
    String.raw`\b(?:everyone|everybody|all\s+(?:men|women|guys|couples)|most\s+(?:people|men|women|guys|couples)|(?:lots|plenty)\s+of\s+(?:people|couples|men|women|guys))(?:\s+(?:at|in|from|I\s+know)\s+(?:the\s+|my\s+|our\s+)?\w+|\s+I\s+(?:know|work\s+with))?\s+(?:ha(?:s|ve)\s+had\s+(?:an\s+)?affairs?|does|do|did|go\s+through|goes\s+through|cheats?|has\s+done|have\s+done|would\s+have|would've|slips?\s+up|messes\s+up|mess\s+up|flirts?|lies?|sleeps\s+around|sleep\s+around|has\s+affairs|have\s+affairs)\b`,
    ["negated", "reported", "declined"],
    ONLY_HUMAN_COPY,
  ),
  rule(
    "outside_cause",
    String.raw`\b(?:it's|it\s+is|this\s+is|that's)\s+(?:(?:pretty|really|very|so|super|actually|totally|completely|perfectly)\s+)?(?:common|normal|what\s+people\s+do)\b(?!\s+(?:to\s+(?:feel|be|want|need|ask|have)|for\s+you|that\s+you|if\s+you))|\bhappens\s+to\s+(?:everyone|everybody|the\s+best\s+of\s+us|a\s+lot\s+of\s+people)\b`,
    ["negated", "reported", "declined"],
    ONLY_HUMAN_COPY,
  ),
  rule(
    "outside_cause",
    String.raw`\b(?:my\s+(?:friends?|mates?|colleagues?|coworkers?|brother|sister|boss|family)|the\s+(?:guys|girls|lads|others)(?:\s+at\s+(?:work|the\s+office))?|(?:she|he|they))\s+(?:kept\s+|always\s+|just\s+)?(?:talked|pressured|egged|pushed|convinced|persuaded|encouraged|dared)\s+me\s+(?:into|on|to)\b|\b(?:my\s+(?:friends?|mates?|colleagues?|coworkers?|brother|sister|family)|everyone|they)\s+(?:kept\s+)?(?:telling|told|saying|said)\s+(?:me\s+)?(?:that\s+)?(?:it\s+was|it's|it\s+is)\s+(?:fine|okay|ok|harmless|normal|nothing|no\s+big\s+deal)\b`,
    OUTSIDE,
  ),
  rule(
    "outside_cause",
    String.raw`\b(?:everyone|everybody|all\s+my\s+friends|most\s+of\s+my\s+friends|half\s+(?:of\s+)?my\s+friends|my\s+(?:friends|mates)|the\s+(?:guys|girls|lads|others))\b[^.!?;]{0,25}?\b(?:was|were|is|are)\s+(?:all\s+)?doing\s+(?:it|the\s+same)\b|\b(?:half|all|most)\s+(?:of\s+)?my\s+(?:friends|mates|colleagues)\s+(?:have\s+|had\s+)?(?:cheated|done\s+(?:it|worse|the\s+same)|do\s+it|did\s+it)\b`,
    OUTSIDE,
    ONLY_HUMAN_COPY,
  ),
  rule(
    "outside_cause",
    String.raw`\bmy\s+(?:history|past|baggage|trauma|issues|childhood|upbringing)\b[^.!?;]{0,30}?\b(?:so\s+I\s+(?:lied|cheated|hid|panicked|ran|shut|pushed|never|couldn't|can't|didn't|kept|looked|went|turned|strayed)|made\s+me|is\s+why|that's\s+why|means\s+I)\b|\b(?:messed|screwed|damaged|scarred)\s+me\s+(?:up\b|for\s+life)|\b(?:she|he|they|her\s+\w+|his\s+\w+)\s+(?:was|were)\s+the\s+ones?\s+who\s+(?:kept\s+)?(?:inviting|texting|calling|messaging|pursuing|chasing|pushing|asking|started|came|made|initiated|reached\s+out)|\b(?:society|the\s+internet|social\s+media|dating\s+apps|these\s+apps|the\s+culture|our\s+culture|the\s+world|my\s+job|work)\s+(?:makes|made)\s+it\s+(?:so\s+|too\s+|really\s+)?(?:easy|normal|hard\s+not)\b`,
    OUTSIDE,
  ),
  rule(
    "outside_cause",
    `\\bmy\\s+${KIN}\\s+(?:cheated|lied|left|hurt|betrayed|abandoned|did\\s+(?:worse|the\\s+same|this)\\s+to\\s+me)\\b[^.!?;]{0,30}?\\bso\\s+I\\b|\\bruns\\s+in\\s+(?:the|my|our)\\s+family\\b|\\bin\\s+my\\s+(?:blood|genes|DNA)\\b|\\bhow\\s+(?:men|women|guys|people)\\s+are(?:\\s+wired)?\\b|\\b(?:she|he|they)\\s+knew\\s+I\\s+was\\s+(?:married|taken|in\\s+a\\s+relationship|with\\s+you)\\b|\\b(?:anyone|anybody|any\\s+(?:man|woman|guy|person)|most\\s+people)\\s+(?:would|could)(?:\\s+have|'ve)?\\s+(?:been\\s+tempted|done\\s+(?:the\\s+same|it)|given\\s+in|slipped|fallen|cracked|strayed)`,
    OUTSIDE,
    ONLY_HUMAN_COPY,
  ),
  rule(
    "outside_cause",
    String.raw`\b(?:a\s+)?(?:generational|genetic|family)\s+(?:thing|pattern|curse|trait)\b`,
    OUTSIDE,
  ),
  rule(
    "outside_cause",
    String.raw`\bI(?:'m|\s+am)\s+(?:just\s+)?(?:wired|built|made|programmed)\s+(?:that|this)\s+way\b|\bthat's\s+(?:just\s+)?(?:who|how)\s+I\s+am\b|\b(?:men|women|everyone|people)\s+in\s+my\s+family\s+(?:have\s+)?(?:always\s+)?(?:had|cheated|lied|did|do|does)\b`,
    OUTSIDE,
  ),
  rule(
    "outside_cause",
    String.raw`\b(?:comes|came|stems|stemmed|goes\s+back)\s+(?:from|to)\b[^.!?;]{0,40}?\b(?:as\s+a\s+(?:kid|child|teenager|boy|girl)|growing\s+up|when\s+I\s+was\s+(?:a\s+kid|young|little|a\s+child))\b|\b(?:it's|it\s+is|it\s+was)\s+(?:all\s+|just\s+|probably\s+)?my\s+(?:anxious|avoidant|insecure)\s+attachment\b|\bin\s+my\s+(?:culture|family|religion|community|country)\b[^.!?;]{0,30}?\b(?:is|are|was|were)\s+(?:normal|handled|common|accepted|expected)\b`,
    OUTSIDE,
  ),
  rule(
    "outside_cause",
    String.raw`\bbecause\s+of\s+(?:how|the\s+way)\s+I\s+(?:grew\s+up|was\s+raised|was\s+brought\s+up)\b|\b(?:people|everyone|everybody|men|women|guys)\s+(?:cheat|lie|do\s+(?:it|this))\s+all\s+the\s+time\b`,
    OUTSIDE,
  ),
  rule(
    "outside_cause",
    String.raw`\bI\s+(?:come|came)\s+from\s+a\s+(?:family|home|house|place|background)\s+(?:where|that|of)\b`,
    OUTSIDE,
  ),
  rule(
    "outside_cause",
    String.raw`\bI\s+(?:guess\s+I\s+|probably\s+)?(?:learned|picked\s+up|got)\s+(?:it|that|this)\s+from\s+(?:my|her|him|them)\b`,
    OUTSIDE,
  ),
  rule(
    "outside_cause",
    String.raw`\bI\s+(?:just\s+)?went\s+along\s+with\s+(?:it|them|her|him|everyone|the\s+others)\b`,
    OUTSIDE,
  ),
];
