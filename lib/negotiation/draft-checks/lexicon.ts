// Runs everywhere (Node, side panel): compact synonym sets the draft checks share; kept as data so they can grow without touching the logic.

/** Builds a case-insensitive word-bounded alternation. */
const any = (...alts: string[]) => new RegExp(`\\b(?:${alts.join('|')})\\b`, 'i');

// ---- money, beyond what compromise tags as #Money ("USD 400", "400 bucks")
export const MONEY_EXTRA = /(?:\b(?:USD|EUR|GBP|SEK|NOK|DKK|ILS|NIS|CAD|AUD|CHF)\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:USD|EUR|GBP|SEK|NOK|DKK|ILS|NIS|CAD|AUD|CHF|bucks|dollars|euros?|pounds|kr|shekels)\b|[$€£¥₪]\s?\d)/i;
/** The figure is the client's, not the freelancer's price. */
export const CLIENT_FIGURE = any('your budget', 'you (?:mentioned|offered|suggested|quoted|proposed|said|named|have)', 'your (?:offer|figure|number)');
/** Money handed back or already settled (a refund, a credit, what was paid): no price is being set, so nothing to explain. */
export const NOT_A_QUOTE = any('refund(?:s|ed|ing)?', 'reimburs\\w*', 'credit(?:ed)? (?:you|back|it back)', 'compensat\\w*', "you(?:'ve| have)? (?:already )?paid", 'paid so far', 'money back');

/** compromise cannot alternate lemmas inside one pattern ("({pay}|{spend})" never matches), so each lemma gets its own pattern. */
export const byLemma = (template: string, lemmas: string[]): string[] => lemmas.map((l) => template.replace('LEMMA', `{${l}}`));

// ---- refusals
/** compromise: first person, a negation, then the verb being refused. */
// Alternations after a `.{0,2}` gap do not match in compromise 14, hence one pattern per ending; the dates plugin tags "start" as #Date.
export const NEGATED_FIRST_PERSON = ['(i|we) .{0,2} #Negative .{0,2} #Verb', '(i|we) .{0,2} #Negative .{0,2} start', '(i|we) .{0,2} #Negative .{0,2} begin'];
/** Negated verbs that are not refusals ("can't wait", "don't hesitate", "won't charge"). */
export const NEGATED_BENIGN = [
  // "I'm not sure that's right for you" doubts, it does not refuse.
  '(i|we) .{0,2} #Negative .{0,2} (sure|certain|convinced)',
  ...byLemma('(i|we) .{0,2} #Negative .{0,2} LEMMA', [
  'wait', 'hesitate', 'worry', 'mind', 'think', 'know', 'believe', 'expect', 'see', 'mean', 'doubt', 'forget', 'miss', 'charge', 'bill', 'need', 'want', 'recall', 'remember', 'have',
  // Honest hedges about outcomes, not refusals of the client's request.
  'guarantee', 'promise',
]),
];
export const REFUSAL_PHRASE = new RegExp(
  [
    String.raw`^no\s*[,.!—–-]`,
    // "Sorry, but no —": the bare no after a softener still refuses.
    String.raw`\b(?:sorry|afraid|but|honestly|unfortunately),?\s+no\s*[,.!—–-]`,
    String.raw`\bno (?:discounts?|way|exceptions?|free (?:work|samples?|tests?|trials?)|rush (?:jobs|work|orders))\b`,
    String.raw`\b(?:not|isn'?t|is not|wouldn'?t be|won'?t be) (?:possible|feasible|an option|doable)\b`,
    String.raw`\b(?:is|are|'s|would be|will be) (?:simply |just |completely |totally |honestly )?(?:impossible|out of the question)\b`,
    String.raw`\b(?:unable|not able) to\b`,
    String.raw`\b(?:have|need|must|will have) to (?:decline|pass|say no|turn (?:it|this) down)\b`,
    String.raw`\b(?:i|we) (?:decline|refuse|must decline)\b`,
    String.raw`\bnot in a position to\b`,
    String.raw`\b(?:doesn'?t|does not|won'?t|will not) work for (?:me|us)\b`,
    String.raw`\bnope\b`,
    // Holding the price, bare, is a refusal of the ask too: "The price stays at €1,900." (with the reason it stays, it explains).
    String.raw`\b(?:the|my|our) (?:price|rate|fee|quote|day rate|total) (?:stays|remains|will stay|will remain|is staying) (?:at\s*[$€£]?\s?[\d,.]+k?(?:\s?(?:€|£|eur|euros?|usd|dollars?|gbp))?|as it is|the same|where it is)\s*[.!]?\s*$`,
    // "Paying after launch won't work." — the arrangement itself is refused, whoever the subject is.
    String.raw`\b(?:won'?t|will not|doesn'?t|does not|isn'?t going to|is not going to|can'?t|cannot) work(?:\s+for\s+(?:me|us|this (?:project|job)))?(?=\s*(?:[.!;,—–-]|$))`,
    String.raw`\b(?:isn'?t|is not|wouldn'?t be|won'?t be) (?:realistic|workable|something (?:i|we) (?:can|could) do)\b`,
  ].join('|'),
  'i',
);
/** Signs the freelancer acknowledged the client's goal or offered another way, warmly. */
export const ACKNOWLEDGEMENT = new RegExp(
  [
    String.raw`\b(?:i|we) (?:\w+ )?(?:understand|appreciate|reali[sz]e|hear you|see (?:why|that|how|where|what)|get (?:it|that|why|how|where))\b`,
    String.raw`\b(?:i|we) know (?:you|that|how|it'?s important|this matters)\b`,
    String.raw`\b(?:totally|completely|fully) (?:get|understand|see)\b`,
    String.raw`\byou'?re (?:absolutely |completely |quite )?(?:right|correct)\b`,
    String.raw`\b(?:fair|good|great|valid) (?:point|question|ask)\b`,
    String.raw`\bmakes (?:total |complete |perfect )?sense\b`,
    String.raw`\bthanks?(?: you)?(?: so much| again| very much)? for\b`,
    String.raw`\b(?:happy|glad|delighted|keen) to\b`,
    String.raw`\b(?:i|we)'?d (?:love|like) to help\b|\b(?:i|we)'?d love to\b`,
    String.raw`\bwhat (?:i|we) can do\b`,
    String.raw`\bunderstandabl[ey]\b`,
    String.raw`\b(?:it|that) makes sense (?:that|why|you)\b`,
    String.raw`\bthat'?s (?:completely |totally |entirely )?(?:fair|reasonable|understandable)\b`,
    String.raw`\b(?:i|we) can see why\b`,
  ].join('|'),
  'i',
);

// ---- asking the client to set the price
export const NAME_YOUR_PRICE = any(
  '(?:name|suggest|propose|give me|send me|quote me) (?:an?|your|the) (?:price|rate|fee|figure|number|amount|budget)',
  '(?:price|rate|fee|figure|number|amount) that (?:works|suits|fits) (?:for )?(?:you|your)',
  // "What would you consider a fair day rate?": the client is asked to set the figure, however it is worded.
  "(?:what|which)(?:'s| is)? (?:would|do|does|did|might)? ?you (?:consider|think|see as|regard as|call|feel is|think is|would say is|have budgeted)(?: to be)? (?:an? |the |your )?(?:fair|reasonable|right|good|appropriate|acceptable|normal|usual)?\\s?(?:\\w+ )?(?:price|rate|fee|budget|figure|amount|sum)",
  "what (?:would|do) you (?:think|consider|feel) (?:is |would be )?(?:fair|reasonable|right)",
  // "What would feel fair to you?", "the rate you usually pay": the figure is left to them.
  "what (?:would|does|do|might) (?:feel|seem|sound|be) (?:fair|reasonable|right|ok|okay|acceptable) (?:to|for) you",
  "(?:rate|price|fee|amount|figure) (?:that )?you (?:usually |normally |typically |generally )?(?:pay|paid|spend|budget(?:ed)?|are used to paying)", 'your (?:budget|number|figure|ballpark|price range|max(?:imum)?)');
export const BUDGET_IN_MIND = any('(?:budget|figure|number|amount|ballpark|price|range) (?:do you have )?in mind', "(?:what|how much)(?:'s| is| was| would be)? (?:the|your) (?:budget|spend)", '(?:budget|figure|ballpark) (?:are|were) you', 'what (?:kind of|sort of)? ?budget', 'how much (?:budget|money)');
/** compromise: the client as the one who would pay. */
export const CLIENT_PAYS = byLemma('you .{0,4} LEMMA', ['pay', 'spend', 'afford', 'invest', 'offer']);
export const PRICE_QUESTION_WORD = any('what', 'how much', 'which', 'let me know', 'tell me', 'give me', 'share', 'send me', 'name');
/** "Does $900 fit your budget?" names the price first: that is fine. */
export const FITS_BUDGET = any('(?:fits?|within|suits?|works? (?:for|with)|match(?:es)?|over|exceeds?|in line with) (?:your|the) budget');

// ---- what justifies a price
export const JUSTIFICATION = any(
  'includ(?:e|es|ed|ing)',
  'cover(?:s|ed|ing)?',
  'consists? of',
  'comprises?',
  'made up of',
  'break(?:s)? down',
  'breakdown',
  'for that(?: price)? you(?:\'ll| will)? get',
  'you(?:\'ll| will) (?:get|receive)',
  'pays? for',
  'accounts? for',
  'based on',
  'reflects?',
  'that buys',
  'per (?:step|stage|item)',
  // A price that points back at a breakdown already given ("as broken down in the proposal").
  'broken down',
  'itemi[sz]ed',
  'as (?:set out|outlined|detailed|listed|laid out|itemi[sz]ed|explained|specified) (?:in|above|earlier|before)',
  // "…which is where the €4,800 comes from".
  'where (?:the|that|this|my) [^.?!]{0,20}comes? from',
);
/** A reason clause given with the figure itself ("since it means clearing my weekend"); only counts next to the price. */
export const REASON = any(
  'because',
  // "€433, pro rata from the €1,300 for the copy for six pages": a share of a figure already given is its reason.
  'pro rata from',
  'since (?:it|this|that|the|i|we)',
  'due to',
  'as (?:it|this|that) (?:takes|involves|requires|means|needs)',
  'which (?:takes|involves|requires|means)',
  'works? out (?:at|to|as)',
  'i\\.e\\.',
  'reflect(?:s|ing)?',
  // What the money buys, said with the figure ("£450 … that gives you two finished screens").
  '(?:that|which|it) (?:gives|gets|buys) you',
  // The work time behind the figure ("€80, about an hour of re-rendering", "two days' work").
  "(?:an?|half an?|\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of) (?:hours?|days?|weeks?)(?:'s|')? (?:of )?(?:work|\\w+ing)",
);
/** The price was set before ("€1,800 as in the quote", "as agreed"): confirming it needs no new justification. */
export const AGREED_PRICE = any('as (?:in|per) (?:the|my|our) (?:quote|proposal|estimate|contract)', 'as (?:agreed|discussed|quoted)', '(?:agreed|quoted) (?:price|fee|total|rate)');
/** Quantity times rate: "30 hours at €75/h", "300 words at €0.30". */
export const RATE_CALC = /\b\d[\d,.]*[\s-]?(?:hours?|hrs?|h|days?|words?|pages?|minutes?|mins?|slides?|images?|photos?|posts?|articles?)\b[^.?!]{0,30}?(?:\bat\b|@|×|\bx\b)\s*(?:[$€£¥₪]\s?)?\d/i;
/** A rate stated per unit ("€0.30 per word", "€75/h"); with a count of that unit nearby it explains a total. */
export const PER_UNIT_RATE = /(?:per|\/|an?)\s?(word|hour|h|page|day|slide|image|photo|minute|post|article)s?\b/gi;
/** Money written with a currency: used to count the figures of an inline breakdown. */
export const MONEY_TOKEN = /(?:[$€£¥₪]\s?\d[\d,.]*k?|\b\d[\d,.]*\s?(?:USD|EUR|GBP|SEK|NOK|DKK|ILS|NIS|CAD|AUD|CHF|kr|€|£)(?![\p{L}]))/giu;
/** An item followed by its own figure inside a sentence ("layout 1,200, infographics 500"). */
export const LINE_ITEM = /\p{L}[\p{L} ]{1,40}?[:\s—–-]+(?:[$€£¥₪]\s?)?\d[\d,.]*\s?(?:k|€|£|kr|EUR|USD|GBP|SEK)?(?=\s*(?:[,;)]|and\b|\.?$))/gu;
/** A price or discount traded for something from the client. */
export const TRADE = any(
  "if (?:you|we)(?:'re| are)? (?:\\w+ ){0,2}(?:can|could|able|agree|extend|pay|sign|drop|reduce|remove|cut|skip|move|go with|book|commit|accept|give|send|simplify|swap|trim|push|keep|limit|take|wait|happy to|willing to|prepared to|ok with|okay with|fine with)",
  'provided(?: that)?',
  'as long as',
  'in (?:exchange|return)',
  'on (?:the )?condition',
  'swap(?:ping)?',
  'trade(?: off)?',
  'with (?:a|the) (?:smaller|reduced|simpler|lighter) scope',
  // Less work for less money is a trade too: the client gives up part of the scope.
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten) \\w+ instead of (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)',
  'fewer', 'leav(?:es|ing) out',
  // A reduction that starts only when the promised volume does: "kicks in when the campaigns arrive", "from the fourth project you book".
  'kicks? in (?:when|once|after|from)', '(?:from|after|starting with) the (?:second|third|fourth|fifth|sixth|next|\\w+th) (?:project|order|booking|job|article|episode|campaign)',
  "make (?:it|this|this one|the \\w+) (?:smaller|simpler|lighter|shorter|leaner)",
  '(?:smaller|reduced|simpler|lighter|shorter|slimmer) (?:scope|study|package|version|project|brief)',
);

// ---- apologising for the price
/** Talking the price down yourself ("$300 is nothing for this"). */
export const MINIMISER = any("(?:is|it'?s|that'?s) (?:really |honestly |basically |practically )?(?:nothing|peanuts|a steal|a bargain|pocket change|next to nothing)");
export const APOLOGY = any('sorry', 'apologi[sz]e', 'apologies', 'unfortunately', "i'?m afraid", 'regret');
export const PRICE_WORD = any('price', 'prices', 'pricing', 'rate', 'rates', 'fee', 'fees', 'cost', 'costs', 'charge', 'quote', 'total', 'expensive', 'discounts?', 'budget', 'more than you (?:expected|hoped|planned|wanted)',
  'cheap(?:er)?', 'pric(?:ey|ier)', 'steep', 'afford(?:able)?', '(?:too|this|so) much');
export const HEDGE = new RegExp(
  [
    String.raw`\bi know (?:it'?s|this is|that'?s|it is) (?:a lot|a bit much|expensive|pricey|steep|high|not cheap|more than)`,
    String.raw`\bi hope (?:that'?s|this is|it'?s|that is|this isn'?t|that isn'?t) (?:not )?(?:too (?:much|high|expensive|steep)|ok(?:ay)?|alright|fine|affordable|reasonable|acceptable)`,
    String.raw`\b(?:only|just|a mere|merely)\s*(?:[$€£¥₪]\s?\d|\d[\d,.]*\s?(?:USD|EUR|GBP|SEK|kr|dollars|euros?)\b)`,
    String.raw`\bif (?:that'?s|this is|it'?s|that is|it is) (?:too (?:expensive|much|high|steep|pricey)|out of (?:your|the) (?:budget|range)|over (?:your|the) budget|more than you)`,
    String.raw`\bi feel (?:a (?:bit|little) |slightly |rather |so )?bad\b|\bi hate to (?:ask|charge|say (?:it|this|that)|quote|tell you)\b|\bi know,? i know\b`,
    // Hoping aloud the figure is bearable: "(hopefully that's not too steep!)".
    String.raw`\bhopefully (?:that'?s|this is|it'?s|that is|it is|this isn'?t|that isn'?t|it isn'?t) (?:not )?(?:too (?:much|high|expensive|steep|pricey)|ok(?:ay)?|alright|fine|affordable|reasonable|acceptable|within)`,
    // Owning discomfort about the figure ("I feel a bit awkward saying this, but my rate…").
    String.raw`\b(?:i|i'?m|i am) (?:feel |feeling )?(?:a (?:bit|little) |slightly |quite |rather |so )?(?:awkward|embarrassed|uncomfortable|guilty|nervous|sheepish) (?:saying|asking|about|to (?:say|ask|charge|quote))\b|\bthis feels (?:a (?:bit|little) )?(?:awkward|uncomfortable)\b`,
    String.raw`\bbelow what (?:most|others|other \w+)\b|\bcheaper than (?:most|others)\b`,
    // Doubting one's own figure: "honestly I'm not sure that's right for you".
    String.raw`\b(?:i'?m|i am) not (?:sure|certain|convinced) (?:that'?s|this is|it'?s|it is|that is|the (?:price|fee|rate|figure|quote) is) (?:right|fair|ok|okay|reasonable|too much|worth)`,
  ].join('|'),
  'i',
);

// ---- giving a discount
/** compromise: lowering verbs by lemma, so "lowered", "reducing", "brings … down" all count. */
export const LOWERING = [
  ...byLemma('LEMMA .{0,4} (to|by) #Money', ['lower', 'reduce', 'drop', 'cut', 'slash', 'trim']),
  ...byLemma('LEMMA .{0,4} down', ['bring', 'come', 'go', 'knock', 'take']),
];
export const PRICE_OBJECT = any('price', 'rate', 'fee', 'fees', 'total', 'cost', 'quote', 'retainer', 'invoice', 'budget', 'it', 'that', 'bill', 'amount');
export const DISCOUNT_PHRASE = new RegExp(
  [
    String.raw`\b(?:give|offer|apply|do|take|knock|shave|add|include)\b[^.?!]{0,25}\bdiscount\b`,
    String.raw`\bdiscount(?:ed)? (?:of|rate|price)\b`,
    String.raw`\d+ ?%\s?off\b`,
    // "20% less than my quote", "revised the quotation to 15% less".
    String.raw`\b\d+ ?%\s?(?:less|lower|cheaper|below)\b`,
    // Matching whatever the client names: "tell me what you can afford and I'll match it".
    String.raw`\b(?:i'?ll|i will|i can|i'?m happy to|happy to)\s+(?:match|meet)\s+(?:it|that|your (?:budget|number|figure|price|offer))\b`,
    String.raw`\bfor\s*(?:[$€£]\s?)?\d[\d,.]*k?\s*(?:\w+\s+)?instead\b`,
    String.raw`\b(?:take|knock|shave)\b[^.?!]{0,25}\boff\b`,
    String.raw`\bhalf(?:-| )price\b`,
    String.raw`\b(?:special|reduced|discounted|friends? (?:and family )?) (?:price|rate|deal)\b`,
    String.raw`\bwaive\b`,
    String.raw`\b(?:lower|reduc|drop|cut|slash|trim)\w*\b[^.?!]{0,25}\b(?:down|to|by)\s*(?:[$€£]|\d|half|a (?:fifth|third|quarter))`,
    String.raw`\b(?:bring|brings|brought|knock|knocks|come|comes|came|go|goes|went)\b[^.?!]{0,25}\bdown\b(?! (?:so |really |very |pretty |rather )?(?:well|badly|a storm|a treat|great|nicely))`,
    String.raw`\b(?:lower|reduce|cut|drop|slash|trim)\w*\b (?:my |the |our |your )?(?:[\w-]+ )?(?:price|rate|fee|total|cost|quote|retainer)\b`,
  ].join('|'),
  'i',
);
export const NO_DISCOUNT = any(
  'no discounts?',
  "(?:i'?d|i would|we'?d|we would) rather not (?:\\w+ ){0,2}(?:discount|lower|reduce|cut|drop|go (?:lower|below))",
  "(?:can'?t|cannot|won'?t|don'?t|do not|will not|not able to|unable to|not going to|couldn'?t|wouldn'?t) (?:\\w+ ){0,2}(?:discount|lower|reduce|cut|drop|go (?:lower|below))",
  // "I can't take 10% off the same scope": the discount is the thing refused.
  "(?:can'?t|cannot|won'?t|don'?t|do not|will not|not able to|unable to|not going to|couldn'?t|wouldn'?t) (?:\\w+ ){0,2}(?:take|knock|shave|give|offer|do|bring|come)\\b[^.?!]{0,25}\\b(?:off|discount|down)",
);

// ---- proposals and their four terms
/** The draft presents itself as a proposal or a summary of terms: it must then carry all four. */
export const PROPOSAL_STRONG = new RegExp(
  [
    String.raw`^(?:(?:my|our|the)\s+)?(?:proposal|offer)\b\s*(?:[:—–-]|for\b[^.?!\n]{0,60}[:—–-])`,
    String.raw`\b(?:here'?s|here is|below is|this is|attached is|please find|enclosed is)\s+(?:my|our|the|a|an)\s+(?:\w+\s+){0,2}(?:proposal|offer|deal)\b`,
    String.raw`\b(?:my|our)\s+(?:\w+\s+)?(?:proposal|offer)\s+(?:for|is|below)\b`,
    String.raw`\b(?:here'?s|this is) what (?:i|we)(?:'d| would)? (?:propose|suggest|recommend|can offer)\b|\b(?:i|we) (?:would )?propose\b`,
    String.raw`\bto (?:confirm|summari[sz]e|recap)(?: (?:the terms|everything|what we agreed))?(?: in writing)?\s*:`,
  ].join('|'),
  'im',
);
/** A quote or estimate framed as such; a proposal only once it also sets timing or payment terms. */
export const PROPOSAL_WEAK = new RegExp(
  [
    String.raw`^(?:quote|quotation|estimate|my quote|my estimate)\b[^.?!\n]{0,60}:`,
    String.raw`\b(?:here'?s|here is|below is|this is|attached is|please find|enclosed is)\s+(?:my|our|the)\s+(?:\w+\s+){0,2}(?:quote|quotation|estimate)\b`,
    String.raw`\b(?:my|our)\s+(?:\w+\s+)?(?:quote|quotation|estimate|price|fee)\s+(?:for|is|below)\b`,
    String.raw`\bthe\s+(?:quote|estimate|fee|price|total|cost)\s+(?:for\s+[^.?!]{0,40}\s+)?(?:is|comes to|would be|will be)\b`,
  ].join('|'),
  'im',
);
/** A price followed by an invitation to start: "Want to go ahead?", "Shall I book it in?", "When would you like to start?" */
export const GO_AHEAD = any(
  '(?:want|like|ready) (?:me )?to (?:go ahead|proceed|start|get started|book (?:it|you|this)(?: in)?|kick off|lock (?:it|this) in)',
  '(?:shall|should) (?:i|we) (?:go ahead|proceed|start|get started|book (?:it|you|this)(?: in)?|kick off)',
  'when would you like (?:me )?to start',
);
/** Taking the job on ("Happy to take this on", "I'd love to take on the show"): with a date, it sets out the deal. */
export const TAKE_ON = any('take (?:this|it|the \\w+( \\w+)?) on', 'take on (?:the|this|your)');

/** An offer to do the job itself ("I'd design the layout…", "we'll build…"): a proposal once it names the work and a price or payment. */
export const OFFER_TO_WORK =
  /\b(?:i|we)(?:'d| would|'ll| will| can| could)\s+(?:\w+ly\s+|also\s+|then\s+|first\s+)?(?:design|build|deliver|write|translate|develop|create|produce|redesign|shoot|photograph|record|code|illustrate|animate|recruit|model|render|mix|master)\b(?!\s+(?:by|on|in|within|before|after|until|it|this|that|them|everything|the work|as|once|when)\b)/i;
/** The work is added to a deal already in place, whose terms carry over ("beyond the current quote", "shall I update the quote?"). */
export const EXISTING_DEAL = any(
  // Holding a price already quoted: "my price stays at €4,800".
  '(?:price|fee|rate|quote|total)(?: for [^.?!]{1,30}?)? (?:stays|remains|stands|will stay|will remain) (?:at|as)','(?:current|original|existing|signed|agreed) (?:quote|contract|agreement|scope|proposal|estimate|terms)', 'update (?:the|our|my) (?:quote|contract|agreement|estimate)', '(?:add|added) (?:it |this |them )?to (?:the|our|your) (?:final |next |monthly )?(?:invoice|contract|agreement|quote)',
  // "Yes, that plan works for me: €400 now, …": a payment plan for work already done is no new proposal.
  '(?:that|this|your) (?:payment )?plan works for me');
/** "Timeline: …", "Payment: …": a line labelling one of the terms. */
export const TERM_FIELD = /^[ \t]*(?:[-*•–]\s*)?(?:deliverables?|scope|what you get|timeline|timing|deadline|delivery|schedule|price|fee|cost|total|budget|investment|payment(?: terms)?|billing|terms)\s*:/im;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const NUMBER_WORD = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|a few|a couple of)`;
export const DEADLINE = new RegExp(
  [
    String.raw`\b(?:within|in|over|takes?|about|around)\s+${NUMBER_WORD}\s+(?:(?:more|extra|full|calendar|working|business)\s+)?(?:days?|weeks?|months?|business days?|working days?)\b`,
    String.raw`\b${NUMBER_WORD}[\s-](?:days?|weeks?|months?|business days?|working days?)\s+(?:from|after|of)\b`,
    String.raw`\b${NUMBER_WORD}[\s-](?:day|week|month)\s+(?:turnaround|timeline|delivery|project)\b`,
    String.raw`\b(?:by|until|before|on|no later than)\s+(?:(?:next|this|the)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end of|the end of|\d{1,2}(?:st|nd|rd|th)|week|month|${MONTH})`,
    String.raw`\b${MONTH}\s\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?${MONTH}(?=\W|$)`,
    String.raw`\b(?:deadline|turnaround|timeline|delivery date|due date|due (?:on|by)|go live|goes live|ready (?:by|on|in|within))\b`,
    String.raw`\b\d+\s*-\s*\d+\s*(?:days|weeks)\b`,
  ].join('|'),
  'i',
);
export const PAYMENT_TERMS = new RegExp(
  [
    String.raw`\b(?:deposit|up ?front|up-front|in advance|advance payment|invoic\w*|billed|billing|net ?\d+|instal{1,2}ments?|milestones?|payable|paypal|bank transfer|wire transfer|stripe|balance|retainer)\b`,
    String.raw`\b(?:pay|paid|payment|payments)\b[^.?!]{0,30}\b(?:on|upon|after|before|within|in|via|by|at|when|once|half|stages?|monthly|weekly)\b`,
    String.raw`\b\d{1,3}\s?%\s?(?:now|on|upon|at|before|to (?:start|begin|book|secure|reserve|confirm)|when|after)\b`,
    String.raw`\b\d{2}/\d{2}\b|\bhalf (?:now|before|at the start|on signing)\b`,
  ].join('|'),
  'i',
);
/** What will be handed over: a labelled scope or a named piece of work (activities such as "research" or "edits" alone do not say what is delivered). */
export const DELIVERABLE = new RegExp(
  [
    String.raw`\b(?:deliverables?|scope|you(?:'ll| will) (?:get|receive))\b`,
    String.raw`\b(?:logos?|sites?|website|web ?shop|(?:landing )?pages?|apps?|articles?|posts?|blog|copy|copywriting|translation|designs?|videos?|banners?|newsletters?|issues?|reports?|audit|brand(?:ing)?|rebrand|guide|illustrations?|manuscript|catalogue|catalog|campaign|white paper|mock-?ups?|wireframes?|integration|store|shop|icons?|podcast|episodes?|texts?|documents?|presentation|deck|layouts?|animations?|features?|plugin|api|mvp|screens?|concepts?|photos?|photography|packshots?|shots|slides|ebook|course|script|templates?|emails?|sequence|descriptions?|brochure|flyers?|manual)\b`,
    String.raw`\b(?:design|build|translate|develop|create|produce|redesign|illustrate|animate|record|shoot|code|mix|master|photograph)\b`,
    // "deliver WAV and MP3 masters": whatever is named right after the verb ("deliver by June" names nothing).
    String.raw`\bdeliver(?:s|ing)?\s+(?!by|on|in|within|before|after|until|it|this|that|them|everything|the work|as|once|when)\w`,
  ].join('|'),
  'i',
);

// ---- next steps at the end of the body
export const NEXT_STEP = new RegExp(
  [
    String.raw`\blet me know\b|\btell me\b|\bget back to me\b|\bfeel free to\b|\bkeep me posted\b|\b(?:go|take it) from there\b`,
    String.raw`\b(?:just|kindly)\s+(?:suggest|name|send|share|tell|let|reply|confirm|pick|choose)\b`,
    String.raw`\b(?:i|we)(?:'ll| will| can| could)\s+(?:(?:\w+ly|then|also|just|first|now)\s+)?(?:tell you|let you know|confirm|send|share|start|call|email|follow up|prepare|draft|get back|update|check in|book|set up|reserve|put together|deliver|make|begin|schedule|ring|forward|circle back|return)\b`,
    String.raw`\blet'?s\s+(?:talk|schedule|book|set up|meet|hop|jump|chat|discuss|arrange|go|get|start|plan|agree)\b`,
    String.raw`\b(?:once|when|as soon as)\s+you\s+(?:confirm|send|approve|sign|reply|let me|agree|are ready|'re ready|have)\b`,
    String.raw`\bplease\s+(?!note|be aware|understand|read|keep in mind|remember|accept|respect)\w+`,
    String.raw`\b(?:need|want|would like) you to (?:confirm|reply|sign|decide|call|send|let me know|get back)\b`,
    String.raw`\b(?:send|share)\s+(?:me|it|them|over)\b`,
    String.raw`\blook(?:ing)? forward to (?:hearing|your (?:reply|thoughts|answer|feedback))\b`,
    String.raw`\b(?:talk|speak|see you|chat)\s+(?:on|tomorrow|next|this|at)\b`,
    // "sign it by Monday and we start": the step after the client's is spelled out.
    String.raw`\b(?:and|then|so)\s+(?:i|we)(?:'ll| will| can)?\s+(?:start|begin|get started|kick off|get going|book it)\b`,
  ].join('|'),
  'i',
);

// ---- pressure
export const PRESSURE = new RegExp(
  [
    String.raw`\b(?:decide|decision|commit|sign|confirm|answer|reply|book|respond)\w*\b[^.?!]{0,30}\b(?:today|tonight|right now|right away|immediately|by (?:the )?end of (?:the )?day|by \d{1,2}\s?(?:am|pm)|within the hour|now)\b`,
    String.raw`\blast chance\b|\bnow or never\b|\btake it or leave it\b`,
    String.raw`\b(?:offer|price|deal|discount|rate|quote)\b[^.?!]{0,25}\b(?:expires?|ends?|valid (?:only )?until|only (?:good|valid)|won'?t last)\b`,
    String.raw`\bonly (?:good|valid) (?:until|till|for)\b`,
    String.raw`\bonly\s+(?:got\s+|have\s+)?(?:\d+|one|two|three|a few|a couple of)\s+(?:\w+\s+)?(?:slots?|spots?|places?|openings?|seats?)\s+(?:left|remaining)\b`,
    // The price or the slot held only against a quick yes: "this price only holds if you confirm by tomorrow", "or it goes to the next person".
    String.raw`\b(?:price|offer|quote|rate|deal|slot|date)\b[^.?!]{0,15}\bonly (?:holds|stands|applies)\b|\bor (?:it|the (?:slot|spot|date|place)) (?:goes|will go|'ll go) to\b`,
    String.raw`\bneed (?:your|a|an) (?:decision|answer|confirmation|reply|yes)\b[^.?!]{0,15}\bwithin (?:\d+|twenty-four|forty-eight) hours\b|\bneed to hear (?:back )?(?:from you )?(?:today|tonight|by tonight|by the end of (?:the )?day)\b`,
    String.raw`\bhurry\b|\bact (?:fast|now|quickly)\b|\bdon'?t miss (?:out|this)\b|\bbefore it'?s too late\b|\blimited[- ]time\b|\bfirst come,? first served\b|\bwon'?t last\b`,
    String.raw`\bprices? (?:go|goes|will go|are going) up\b`,
    String.raw`\byou(?: really| just)? (?:need|have|must|'ve got|got) to (?:sign|decide|commit|book|pay|confirm|make (?:a|your|the) decision|act|move)\b[^.?!]{0,20}\b(?:now|today|tonight|immediately)\b`,
    String.raw`\b(?:otherwise|or else|or)\s+(?:i'?ll|i will)\s+give\s+(?:the|your|this)\s+(?:slot|spot|date|place)\b|\bor the (?:slot|spot|date|place) (?:goes|will go)\b`,
    String.raw`\bthe sooner you (?:commit|decide|sign|book|pay)\b`,
    // Demanding the answer now, or a call within the hour: "I really need a yes now", "call me within the hour".
    String.raw`\bneed (?:a|an|your) (?:yes|answer|decision|confirmation|reply|commitment|signature|go-ahead)\b[^.?!]{0,15}\b(?:now|today|tonight|immediately|asap|right away)\b`,
    String.raw`\b(?:call|ring|phone|get back to|text) me\b[^.?!]{0,15}\bwithin the hour\b|\blet me know (?:by|before) (?:tonight|midnight|noon|end of (?:the )?day|today)\b`,
    // Another buyer waiting, the slot not held: "another client is waiting for this slot and I won't hold it past midnight".
    String.raw`\b(?:another|other) clients? (?:is |are )?(?:waiting|interested|lined up|asking)\b[^.?!]{0,30}\b(?:slot|spot|date|place)\b|\bwon'?t (?:hold|keep|reserve) (?:it|the (?:slot|date|spot|place|price|quote)) (?:past|beyond|after)\b`,
    // A silence deadline with a threat attached ("if I don't hear back by tonight I'll give it to someone else").
    String.raw`\bif (?:i|we) (?:don'?t|do not) hear (?:back )?(?:from you )?(?:by|before) (?:today|tonight|tomorrow|midnight|noon|end of|the end of|\d)`,
    String.raw`\b(?:i'?ll|i will|i'?m going to|we'?ll) (?:have to )?(?:give|offer|release|pass|hand) (?:it|the (?:date|slot|spot|place))\s+to (?:someone|one of (?:them|the others)|another|the next)\b`,
  ].join('|'),
  'i',
);
