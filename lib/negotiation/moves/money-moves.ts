// Runs everywhere (Node, side panel): detectors for the client's moves about money (price, discount, budget, payment, free work, promises).
import { roleAmounts } from '../understand/roles';
import { find, findFigure, has, join, type Hit, type MessageContext, type MoveDetector } from './rule';
import type { Sentence } from './segment';

const PRICE_NOUN = String.raw`(?:price|prices|pricing|cost|costs|rate|rates|fee|fees|quote|quotation|estimate|total|offer|budget|charge|charges|amount|sum)`;
/** Talk about a price without naming it ("that's over what we planned", "the other quote was half"). */
const PRICE_TALK = /\b(quote|quoted|offer|proposal|expensive|pricey|steep|afford|planned for|budgeted|cheaper|charge|invoice)\b/;
const MONEY_CONTEXT = new RegExp(String.raw`\b${PRICE_NOUN}\b|[$€£]|\b\d[\d,.]*\s?k?\b|\b(?:money|euros?|dollars?|pounds?|bucks)\b`);

const priceQuestion: MoveDetector = {
  id: 'price_question',
  detect(s) {
    // "best price" / "best you can do" asks for a discount, not a figure.
    // "Last price" is the final number they hope for; "half rate" names the cut (a fixed fee is only a way of charging).
    if (has(s, /\b(best|better|good|lowest|lower|special|final|last|reduced|fair|cheaper|volume|half|discounted) (price|rate|offer|deal|fee)\b|\bbest you can do\b/)) return null;
    // "At half your usual rate" names the cut, not a question about the rate.
    if (has(s, /\b(half|a third|a quarter|a fraction|\d+ ?%) (of )?(your|the) (usual |normal |standard |regular |day |hourly |full )?(price|rate|fee|quote)\b/)) return null;
    // Asking them to move on their rate ("sharpen your pencil on the day rate") is a discount request.
    if (has(s, /\b(sharpen|do (a bit |a little )?better|come down|go down|lower|reduce|reduced|knock|shave|flexib\w*|negotiab\w*|discount\w*|wiggle room|leeway|room (on|for|with))\b/)) return null;
    // Procurement asks by stating a requirement: "our department requires a formal quotation".
    // A page or table about prices is a deliverable: "can you also add a pricing page?"
    if (has(s, /\b(price|pricing|rates?) (page|table|section|tab|grid|block|module|component|slide|screen|plans?|tiers?)s?\b/) && !has(s, /\b(how much|cost|costs|charge|quote|estimate|fee|fees)\b/)) return null;
    const asking = s.isQuestion || /^\s*(so |and |ok |okay )?(what|how much)\b/.test(s.lower) || has(s, /\b(please|kindly|could you|can you|would you|let me know|tell me|send|share|provide|give|interested|requires?|need|needs|invite[sd]? you|submit)\b/);
    if (!asking) return null;
    return find(
      s,
      [
        /\bhow much\b(?!\s+(?:time|longer|work|notice|effort|content|text|detail|more work))/,
        /\b(what|how)('s|'re| is| are| would| will| do| does| did| might| could)?\b[^.?!]{0,40}\b(charge|charges|bill|cost|costs|price|pricing|rates?|fees?|quote|estimate|comes? to|ask per|ask for|invoice)\b/,
        /\b(send|give|provide|share|tell|let me know|letting (me|us) know|know|quote)( (me|us))?( (with|know))?( (your|the|a|an|some|what))?( (rough|ballpark|approximate|detailed|full|current|hourly|daily|total|usual))?( (rates?|prices?|price ?list|pricing|quot(e|ation)|estimate|cost|costs|charges|fees?|tariffs?|offer|proposal|conditions))\b/,
        /\b(ballpark|how (do )?you price)\b|\bquote (me|us)\b|\b(proposal|quote|estimate|offer|breakdown) (with|including|of) (the )?(costs?|prices?|pricing|fees?)\b/,
        /\b(your|the) (day|daily|hourly|usual|standard|going|per-word|flat|weekly|monthly) (rate|fee|price)s?\b/,
        // What it would set them back, or how a condition moves the price: "what would that run us?", "would the price change if…?"
        /\b(what|how much) (would|will|does|do|might|could) (that|this|it|the( \w+){1,2}|an? [\w-]+( \w+)?) (run|set) (us|me)( back)?\b|\b(would|will|does|do|could) (the |your |that )?(price|rate|fee|quote|cost|total)s? (change|go up|increase|differ|be different|be affected)\b/,
        /\b(your|a) (price ?list|rate card|pricing)\b/,
        /\bwhat('s| is| will|'ll| would|'d) (that|this|it|the whole thing)( be)? (going to |gonna )?(run|set) (us|me)( back)?\b|\bwhat (does|would|will|do) (that|this|it|these|those|something like (that|this)) (usually |typically |normally |roughly )?(run|go for)\b|^\s*(the )?(price|prices|cost|rate|rates|quote)( and [^.?!]{1,30})?,? (please|pls)\b|, (price|prices|quote|rates?) (please|pls)\b/,
        // A tender: "invites you to submit an offer", "request for quotation".
        /\b(invite[sd]?|inviting) you to (submit|send|provide|make) (an? |your )(offer|quote|quotation|bid|tender|proposal)\b|\brequest for (quotation|quote|proposal|tender)s?\b/,
        /\bwhat (kind|sort|level|size|order) of (investment|budget|money|figure|spend|cost|outlay)\b|\b(what's|what is|what are) your (hourly|daily|day rate|rates?)\b|\b(a|an|your) (formal|written|itemi[sz]ed|binding|fixed[- ]price) (quotation|quote|estimate|offer)\b/,
      ],
      { confidence: 0.85, unlessNegated: true },
    );
  },
};

/** "Half of it" is a share of a price only when the sentence is about money ("legal had to rewrite half of it" is not). */
const SHARE_OF_PRICE = new RegExp(String.raw`\b(fraction|half|twice|double|triple|\w+ times) of (what|that|this|it)\b(?=[^.?!]*(${PRICE_NOUN}|[$€£]|\d|\b(pay|paid|paying|charge|charged|charging)\b))`);

const PRICE_DISCUSSED = /\b(price|prices|pricing|cost|costs|rate|rates|fee|fees|quote|quoted|charge|charged|charging|expensive|money|paying|pay so much)\b|[$€£]|\d/;

/** The message asks for something more: playing it down then defends the extra ask, not objects to the price. */
const EXTRA_ASK = /\b(also|as well|in addition|while you're at it|on top|one more|same (\w+ )?(fee|price|budget|rate|retainer)|(shouldn't|won't|wouldn't) (be |cost )?(anything )?extra|included|no extra)\b/;

const priceObjection: MoveDetector = {
  id: 'price_objection',
  detect(s, ctx) {
    if (has(s, /\b(deposit|advance|upfront|up front|prepayment)\b/)) return null;
    if (has(s, /\b(?:not|isn't|wasn't|never) (?:too |that |so )?(?:expensive|pricey|high|steep)\b/)) return null;
    const strong = find(
      s,
      [
        /\b(too|very|so|quite|rather|crazy|really|way too) (expensive|pricey|steep|costly|high)\b/,
        /\b(expensive|pricey|overpric\w*|overpa(id|y|ying)|exorbitant|excessive|costly|rip-?off|hefty|inflated|over the top)\b/,
        /\b(for|at) (much |far |a lot |way )?less\b|\ba (third|quarter|fraction|half) of (your|the) (price|quote|rate|fee)\b/,
        // Over what they planned / expected, said any way ("way over what we'd planned for", "more than we had in mind").
        /\b(higher|more|pricier|over|above|beyond|bigger|exceeds?) (than |what )?(what )?(we|i|our \w+|my \w+)('d|'ve| had| have| would have)? ?(originally |initially |usually |normally |ever )?(expected|budgeted|budget|planned|thought|anticipated|hoped|imagined|estimated|had in mind|can (justify|afford|pay|spend)|wanted|are used to|usually pay|normally pay|paid|spent|pay|spend)/,
        /\b(don't|dont|do not|can't|cant|cannot|fail to) (understand|see) (why|how)\b[^.?!]{0,40}([$€£]\s?\d|\d[\d,.]*\s?(k|€|£|eur|euros?|usd|dollars?|pounds?|gbp)\b|cost|price|charge|so much|that much|expensive|rate|fee)/,
        /\bwhy (is it |is this |does it cost |would it cost |are you charging |charge )?(so much|that much|this much|so expensive)\b|\bhow (can|could|does|do) (it|this|that|a \w+) (possibly )?cost (so much|that much|this much)\b/,
        /\b(it's|its|it is|that's|thats|this is|that is|it's basically|is basically) (just|only|basically|simply|merely|literally) (a |an |some )?(few |couple of |bit of )?(writing|text|typing|words|translation|copy|logo|lines|clicks|template|plugin|photos?|posts?|pages?|edits?|tweaks?|changes)\b/,
        /\b(can't|cannot|can not|unable to|not able to) (afford|justify)\b|\b(not sure|unsure|doubt|don't know (if|whether)) (i|we) (can|could) (afford|justify)\b/,
        // What they expected for that money: "for €3,000 I expected something a lot more polished".
        /\bfor (that|this|([$€£]\s?\d[\d,.]*\s?k?|\d[\d,.]*\s?(k|€|£|eur|euros?|usd|dollars?|pounds?))\b)( money| price)?,? (i|we)('d| would)? (expected|expect|hoped for|would expect)\b/,
        /\b(out of|over|above|beyond|exceeds?) (our|my|the) (range|budget|means|price range)\b/,
        /\babove (the )?market\b|\b(not|isn't|is not|wasn't|hardly) (in line|in keeping|consistent|competitive) with (the |what (the )?)?(market|going rate|industry|local (rates|prices))|\bout of (line|step) with (the )?(market|going rate)\b/,
        // A yardstick from their own spending: "more than we pay our in-house designer", "for that money we could hire an agency".
        /\bmore than (we|i) pay (our|an?|my) ([\w-]+ )?(designer|developer|employee|staff|team|writer|agency|intern|assistant|freelancer)s?\b|\bfor (that|this) (money|price|amount|kind of money|sort of money)\b[^.?!]{0,20}\b(we|i|you) could\b/,
        // Shock at the figure: "taken aback by the figure", "the quote surprised me"; a trivial sum for it: "for pocket money".
        /\b(taken aback|shocked|surprised|stunned|floored|gobsmacked|startled) (by|at) (the|your|that|this) (figure|price|quote|number|rate|fee|cost|amount|total|estimate)\b|\b(figure|price|quote|number|estimate|total) (really |quite |rather )?(surprised|shocked|floored|startled|stunned) (me|us)\b|\bfor (pocket money|peanuts|beer money|a few (quid|bucks|euros|dollars))\b/,
        /\b(disproportionate|unreasonable|out of proportion|not worth (it|that|the money|\d+))\b|^\s*[$€£]?\d[\d,.]*\s?k?\s?(\w+ )?for (a|an|one|just|only|two|three|\d+)\b[^.?!]{0,40}\?{2,}|\?\?+\s*(seriously|really)\b/,
        // "Half of the shots" counts things; only a share of a price objects to it.
        /\b(fraction|half|twice|double|triple|\w+ times) (of (yours|your \w+|the (price|quote|rate|fee|cost|market|going|other|others))|what|more|as much|the price)\b|\b(double|twice|triple|three times) the (other|others|rest|market|going|usual|average)\b/,
        // "Half of it" is a share of a price only when the sentence is about money ("legal had to rewrite half of it" is not).
        SHARE_OF_PRICE,
        // "Why would I pay for a logo when a generator makes one for free?"
        /\bwhy (would|should) (i|we|anyone|anybody) (pay|spend)\b|\bwhy pay\b[^.?!]{0,40}\bwhen\b/,
        // Their figure as a share of ours: "my budget was more like half that".
        /\b(more like|closer to|nearer|expecting|expected|thinking|thought|hoping for|budgeted)\b[^.?!]{0,10}\b(half|a third|a quarter|a fraction|two thirds) (of )?(that|this|it|what you|your)\b/,
        /\b(cheaper|less|lower) (elsewhere|offers?|package|quotes?|price|rates?)\b[^.?!]{0,40}\b(other|another|competitor|elsewhere|someone|found)/,
        /\b(others?|other \w+|another \w+|competitors?|someone|fiverr|upwork|etsy|agencies|studios|freelancers|designers|developers|writers|translators|vendors|suppliers|photographers|artists|illustrators|editors|firms)\b[^.?!]{0,60}\b(cheaper|for (only |just )?[$€£]?\d+(?![\d,.]*\s?(months?|weeks?|days?|years?|hours?|minutes?|pages?|words?|%))|half(?! (of )?the \w+s\b)|(a third|a quarter|a fraction) of (that|this|it|yours|the price|your \w+)|fraction|less|lower price)/,
        /\bcompared to (others|other \w+|the market|competitors)\b/,
        // What the last supplier charged, as a yardstick: "our previous vendor did the same for 300".
        /\b(previous|last|old|former|current|other|usual) (vendor|supplier|designer|freelancer|agency|translator|developer|writer|copywriter|photographer|guy|studio)\b[^.?!]{0,30}\b(did|does|made|delivered|built|wrote|designed|translated|only charged|only asked|only billed)\b[^.?!]{0,25}\bfor\b[^.?!]{0,10}(\d|half|less|nothing)/,
        // Someone quoted less: "a studio in Lisbon quoted us 40% less", "the other quote was half".
        /\b(quoted|offered|charges?|charged|asks?|asked|quote|offer) (us |me )?(\d+ ?% |about |around |roughly |almost |nearly )?(less|cheaper|lower)\b|\b(other|another|their|second|cheaper) (quote|offer|bid|proposal)\b[^.?!]{0,20}\b(was|is|came in|comes in)\b[^.?!]{0,15}\b(half|less|lower|cheaper|a third|\d+ ?% (less|lower|cheaper|below))\b|\b(quote|offer|bid)\b[^.?!]{0,30}\bfor (about |around |roughly )?(half|a third|a fraction) of (yours|your \w+|that|this|it)\b/,
        // Devaluing: an amateur or a machine could do it ("my nephew does this basically for free", "ChatGPT writes that in seconds").
        /\b((my|our|a) (nephew|niece|son|daughter|kid|cousin|friend|intern|brother|sister|husband|wife|partner|mate)|my it guy|our it guy)\b[^.?!]{0,40}\b(says|said|reckons|thinks|told me)\b[^.?!]{0,30}\b((should|would|could|only|just) take|(is|it's|its) (easy|simple|quick|nothing))\b/,
        /\b(anybody|anyone|any student|(my|our|a) (nephew|niece|son|daughter|kid|cousin|friend|intern|brother|sister|student|teenager)|a (kid|child|student|teenager)|chatgpt|ai|machine translation|google translate)\b[^.?!]{0,25}\b((?<!\b(we|i|you) )(could|can|would) (easily |just |probably )?(do|make|write|design|translate|build|code|knock|whip|bang|churn|throw|put)( (out|up|together|off))? (it|this|that|these|them|the same)\b|(could|can|would|does|do|did|makes?|writes?|gives?|translates?|offered|offers)\b[^.?!]{0,30}\b(for free|for nothing|for (less|half|peanuts|a fraction)|in (seconds|minutes|an hour|an afternoon|a day|a weekend)|cheaper|\d+ ?%))/,
        /\b(ridiculous|insane|crazy) (price|rate|amount|quote)|\bthat's (ridiculous|insane|crazy|a lot)\b/,
        // A figure called absurd: "3k for a logo is madness".
        /(^|[^\d])([$€£]\s?\d[\d,.]*\s?k?|\d[\d,.]*\s?(k|€|£|eur|euros?|usd|dollars?|bucks|pounds?)\b)[^.?!]{0,30}\b(is|seems|sounds|that's|feels) (just |frankly |honestly |simply |pure |absolute )?(madness|insane|crazy|absurd|ridiculous|outrageous|nuts|a joke|robbery|daylight robbery|extortion\w*)\b/,
        // …and a bare figure named with what it buys: "2400 for a logo is crazy", "1500 for 5 pages?? lol".
        /(^|[^\d,.])\d{3,}(,\d{3})? for (a|an|the|one|\d+|just a|just the|only a) [\w-]+( [\w-]+)? (is|seems|sounds|feels|r|are) (just |way |pretty |really |very |so |kind of |a bit |totally |absolutely |frankly )*(madness|insane|crazy|absurd|ridiculous|outrageous|nuts|a joke|robbery|daylight robbery|steep|too much|a lot|mad)\b/,
        // The work shrunk to a trivial pile: "it's a few shapes and a font".
        /\b(it's|its|it is|that's|this is|it's just|it's only) (a few|a couple of|two|three|some) (shapes|words|lines|clicks|colou?rs|sentences|edits|photos|slides|icons|letters)\b/,
        /\b(is|that's|it's) a lot (of money |for)\b|\ba lot of money\b/,
      ],
      { confidence: 0.85 },
    );
    if (strong) return strong;
    // Playing the work down ("just a couple of hours") objects to the price only when the price is being discussed;
    // said of an extra ask, it is scope creep dressed as small.
    // …and when nothing new is being asked for in the same message ("also…, shouldn't be extra").
    if (PRICE_DISCUSSED.test(ctx.lower) && !EXTRA_ASK.test(ctx.lower)) {
      const small = find(s, [/\b(just|only) (a few|a couple of|some) (lines|words|minutes|hours|clicks|sentences)\b/, /\bshouldn't take (you )?(more than|long|that long)\b/, /\bnot (so|that|very) (complicated?|hard|difficult|much work)\b/], { confidence: 0.8 });
      if (small) return small;
    }
    // "too much" / "a bit high" only count when the sentence is about the price.
    if (!MONEY_CONTEXT.test(s.lower)) return null;
    return find(s, /\b(too much|a bit (high|much|steep)|(seems?|looks?|sounds?|is|are) (a bit |a little |rather |quite |very )?(high|steep)|(seems?|looks?|sounds?|feels?) (like )?(quite |rather |an awful )?a lot)\b/, {
      confidence: 0.7,
      unlessNegated: true,
    });
  },
};

const discountRequest: MoveDetector = {
  id: 'discount_request',
  detect(s, ctx) {
    // Thanks for a past discount is not a request.
    if (has(s, /\b(thanks?|thank you|appreciate\w*)\b[^.?!]*\bdiscount|\bdiscount (you|we) (gave|offered|got)\b/)) return null;
    // A third party's offer is news: "the venue gives 10% off parking if you show the pass".
    if (has(s, /\b(gives|offers|gave|offered|gets|got|does|did)\b (you |u |us |me |everyone |people |members |guests )?(a |an )?\d+ ?(%|percent) (off|discount)\b/)) return null;
    // A discount someone already gave them is news, not a request: "the print shop gave us a 20% discount".
    if (has(s, /\b(gave|give|gives|offered|granted|got|received|applied) (us|me)? ?(a |an |the )?(\d+ ?(%|percent) )?(discount|reduction)\b/)) return null;
    // Their own promotion: "we're running a 30% Black Friday discount on all our courses".
    if (has(s, /\b(we('re| are|'ll be| will be)|i('m| am|'ll be| will be)|they('re| are)) (running|offering|having|doing|launching|giving|planning|holding)\b[^.?!]{0,30}(\b(discount|sale|promo\w*)\b|\d+ ?(%|percent) off\b)/)) return null;
    // A supplier's early-payment terms ("2% discount for payment within 10 days") and the client offering their own trade
    // to the freelancer ("if you ever need a plumber, mates rates") ask nothing off the freelancer's price.
    if (has(s, /\b(early[- ]payment|prompt[- ]payment|settlement|early[- ]settlement) (discount|reduction)\b|\b(discount|reduction|\d+ ?% off)\b[^.?!]{0,20}\b(for|on|if|with) (early|prompt) (payment|settlement)\b|\b(discount|\d+ ?% off)\b[^.?!]{0,25}\b(paid|payment|settled|pay) (with)?in \d+ days\b|\bif you (ever )?(need|want|fancy|are after)\b[^.?!]{0,40}\b(mates'? rates?|discount|on the house|cheap)|\b(mates'? rates?|discount|on the house)\b[^.?!]{0,30}\byou know where (i am|to find me)\b/)) return null;
    const direct = find(
      s,
      [
        /\bdiscount(s|ed)?\b/,
        /\b\d+ ?(%|percent) off\b|\bknock\w* [^.?!]{0,20} off\b|\boff the (total|price)\b/,
        /\b(lower|reduce|reducing|decrease|drop|cut|bring down|adjust)\b (the |your |this |that )?(price|rate|fee|cost|quote|total|invoice|amount)/,
        // "Take it down" without a price named is as often a takedown ("take it down from Dribbble"): only the price counts here.
        /\b(bring|get|take|knock)\b (the |your )?(price|rate|fee|cost|total|quote|number|figure|bill|invoice)\b[^.?!]{0,12}\bdown\b/,
        /\breduction\b|\bmeet (us|me) (half-?way|in the middle)\b/,
        /\b(best|better|good|special|reduced|lower|lowest|discounted|friendly|introductory|volume|cheaper|nice|mates?|partner|partners'?|agency|wholesale|trade|charity|non-?profit|ngo|student|startup|family|friends?|loyalty|loyal customer|bulk|reseller|preferred|insider|sweeter|kinder|softer) ((per[- ]\w+|unit|hourly|daily|day|word|page|package|monthly|bulk) )?(price|prices|rate|rates|deal|fee|offer|pricing|terms)\b/,
        // Asking them to improve their number ("do a bit better on the rate", "come down on the day rate", "sharpen your pencil").
        /\b(do|go) (a (bit|little|touch) |any |something |slightly |even )?better\b[^.?!]{0,20}\b(on|with|for) (the |your |that |this )?(\w+ )?(price|rate|fee|cost|quote|offer|number|figure|total)\b|\bsharpen (your|the) pencil\b|\b(improve|sweeten|revisit|rethink|reconsider|adjust) (your|the|that|this) (price|rate|fee|quote|offer|number|figure|pricing|amount|estimate|total|cost)\b|\bany (movement|give|leeway|room) (on|in|with) (the |your |that |this )?(price|rate|fee|cost|quote|number|figure)\b/,
        // Working for less than the price: "at cost", "at a reduced rate", "for a bit less".
        /\b(at|for) (cost|a (reduced|lower|friendlier|smaller|discounted|special) (rate|price|fee)|a (bit|little|touch) less|less money|slightly less)\b/,
        /\b(is|is that|that's|is this) (really )?(your|the) (final|last|best|lowest) (number|price|figure|offer|quote|word)\b|\bbest (and|&) final (price|offer|rate|quote|number)\b|\bround (it|the \w+|that|this) down\b|\bbest you can do\b|\b(shave|knock|chop)\b[^.?!]{0,20}\boff\b|\b(go|come) (a bit |a little |any |slightly |even )?lower\b|\b(favou?r|break|deal) on (the )?(price|rate|fee|cost)\b|\bkeep (the )?(price|rate|cost)s? (low|down)\b/,
        /\b(make|do) (it|this|that) (a bit |a little )?(cheaper|for less)\b|\b(go|be) cheap(er)?\b|\bcheaper\?/,
        // A lower sum offered to close the matter: "I'll send $500 today and we call it square".
        /\b(call it|we('re| are)|that makes us|and we're) (square|even|quits|all square|done)\b/,
        /\b(wiggle room|flexib\w+|negotiab\w+|negotiate|room|leeway)\b[^.?!]{0,25}\b(price|rate|fee|cost|budget|quote|number|figure|amount)\b/,
        /\b(price|rate|fee|quote)\b[^.?!]{0,20}\bnegotiab\w+/,
        /\bmatch (their|the|this|that|his|her) (price|offer|quote|rate)\b/,
        /\b(for|at) (only |just )?[$€£]?\d[\d,.]*k?\b(?!\s?(am|pm|o'clock|[:.]\d\d))[^.?!]{0,25}\binstead\b(?! of (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (morning|afternoon|evening)|today|tomorrow|(\d{1,2}([:.]\d\d)?\s?(am|pm)|\d{1,2}[:.]\d\d)\b))/,
        // Coming in under their own price, or at a fraction of it: "if you come in lower", "at half rate".
        /\b(come|go) in (a bit |a little |any |slightly |much )?(lower|under|cheaper|below)\b|\b(at|for) half (the |your )?(rate|price|fee|cost)\b|\bhalf[- ](rate|price)\b/,
      ],
      { confidence: 0.85, unlessNegated: true },
    );
    if (direct) return direct;
    // A smaller figure put back as a question after theirs: "€1,900 for half a day? … Can you do €1,200?"
    const counter = counterOffer(s, ctx);
    if (counter) return counter;
    // Bare asks that only mean "lower your price" when the message is about money
    // ("Is there any flexibility at all?", "Can you match it?", "Could you come down a little?").
    if (!MONEY_CONTEXT.test(ctx.lower) && !PRICE_TALK.test(ctx.lower)) return null;
    if (has(s, /\b(deadline|timeline|date|dates|schedule|hours|timing|delivery|scope|deposit|payment terms)\b/)) return null;
    return find(
      s,
      [
        /\b(any|some|a (bit|little) of|much) (flexibility|wiggle room|leeway|room (to move|for manoeuvre|for maneuver)|give)\b|\b(is|are) (that|this|it|the \w+) (at all )?(flexible|negotiable)\b|\bflexible (at all|on that|there)\b/,
        /\b(match|beat|equal|undercut) (it|that|this|them|theirs|their \w+|the other \w+|his|hers)\b/,
        /\b(come|go|move) down\b|\b(can|could) you do (any |a (bit|little) )?better\b|\bwork with (us|me) on (the |your )?(price|rate|number|figure)s?\b/,
        // Loose ways to say "lower it" ("bring it down a bit", "take a bit off"): only with money on the table.
        /\b(bring|get|knock)\b (it )?[^.?!]{0,12}\bdown\b|\btake\b[^.?!]{0,20}\boff\b/,
      ],
      { confidence: 0.75, unlessNegated: true },
    );
  },
};

const COUNTER = /\b(can|could|would|will) (you|u) (do|take|accept|go to|manage|make it)\b[^.?!]{0,25}$/;

/** A smaller figure asked for after a larger one earlier in the message: a request to come down, not a budget named first. */
function counterOffer(s: Sentence, ctx: MessageContext): Hit | null {
  if (!s.isQuestion) return null;
  const figure = findFigure(s);
  const mine = figure ? amountsIn(s.lower.slice(figure.from))[0] : undefined;
  if (!figure || mine === undefined || !COUNTER.test(s.lower.slice(0, figure.from))) return null;
  return ctx.sentences.some((o) => o.start < s.start && amountsIn(o.lower).some((a) => a > mine)) ? { ...figure, confidence: 0.8 } : null;
}

/** Money amounts written with a currency, in order ("€1,900" -> 1900, "$3k" -> 3000). */
function amountsIn(lower: string): number[] {
  return [...lower.matchAll(/[$€£]\s?(\d[\d,.]*)\s?(k?)\b|\b(\d[\d,.]*)\s?(k?)\s?(?:€|£|eur|euros?|usd|dollars?|pounds?|gbp)(?![a-z])/g)].map((m) => {
    const n = parseFloat((m[1] ?? m[3] ?? '').replace(/,(?=\d{3}\b)/g, '').replace(/,/g, '.'));
    return n * ((m[2] ?? m[4]) === 'k' ? 1000 : 1);
  });
}

const budgetAnchor: MoveDetector = {
  id: 'budget_anchor',
  detect(s, ctx) {
    const figure = findFigure(s);
    if (!figure || counterOffer(s, ctx)) return null;
    // "Professional Liability cover with a minimum limit of $1,000,000 per claim": an insurance limit, not a budget.
    if (has(s, /\b(insurance|insured|liability|indemnity|cover(age)?|per claim|per occurrence)\b/)) return null;
    // "only 10% upfront instead of 50" bargains over the advance, not over the budget.
    if (has(s, /\d+ ?(%|percent)/) && has(s, /\b(upfront|up front|up-front|deposit|advance|in advance)\b/)) return null;
    const cue = find(
      s,
      [
        /\b(budget|presupuesto|orçamento|budżet|бюджет)\b/,
        /\b(we|i)('ve|'d|'re| have| had| are| am| would)? ?(only |just )?(can|could|will|would|able to|ready to|willing to|prepared to|happy to) (only )?(pay|spend|offer|afford|invest|do|manage|stretch to)\b/,
        /\b(we|i) (usually |normally |typically |generally |always )?(pay|paid|spend)\b/,
        /\b(thinking|hoping|looking|expecting|aiming|planning)\b[^.?!]{0,25}\b(around|about|of|for|like|closer to|at|to pay|to spend)\b/,
        /\b(set|put|kept|put by) aside\b|\bearmarked\b|\ballocated\b|\b(stretch|go|extend|run) (to|up to|as far as)\b/,
        // …a sum, not a count: "we have around 2,000 visitors a month" names no money.
        /\b(have|got) (only |just )?(about |around |roughly |like |maybe |approx\.? |approximately |perhaps |more or less |something like )?[$€£]?\d(?![\d,.]*k?\s?(visitors|users|followers|employees|people|staff|customers|clients|pages|words|products|items|subscribers|members|students|locations|stores|shops|skus|views|downloads|episodes|videos|posts|articles|photos|languages|markets|countries)\b)/,
        /\bonly have\b|\bmax(imum)?\b|\bceiling\b|\blimit\b|\bat most\b/,
        /\b(is|would|could) [$€£]?\d[\d,.]*k?( \w+)? (be )?(doable|ok|okay|possible|enough|workable|feasible|do(able)? for you)\b|\bwhat (would|will|does|can|could) [$€£]?\d[\d,.]*k? (get|buy) (me|us)\b/,
        /\b(keep it |stay )?(under|below|up to|within)\b [$€£]?\d/,
        /\b(do|make|build|write|design|handle|take) (it|this|that|this one|the job|the work|the whole thing|everything) for (only |just |around |about )?[$€£]?\d/,
        // "what can you do for like 600??": what their figure buys.
        /\bwhat (can|could|would|will) (you|ya) do for (like |about |around |maybe |say |roughly |only |just )?[$€£]?\d/,
        /\bcharged (us|me)\b/,
        // Money that comes with a cap: "our grant only covers $2,000", "the funding is capped at €1,500".
        /\b(grant|funding|fund|budget line|allowance|sponsorship|money)\b[^.?!]{0,20}\b(only |just )?(covers?|allows?|is capped at|capped at|is limited to|tops out at|stretches to)\b/,
        // A counter-figure put forward as theirs: "we propose 0.06 EUR per word", "how about 900?", "would you do it for 700".
        /\b(we|i)( would| could| can|'d| will|'ll)?( like to)? (propose|suggest|offer|counter(-offer)?)\b|\b(how|what) about\b|\b(would|could|will) you (do|take|accept|consider|be open to|be ok with|be okay with|be happy with|settle for)\b|\b(can't|cannot|can not|won't|couldn't) go (above|over|beyond|higher than|past)\b|\bcounter-?offer\b|\b(other|usual) (vendors|suppliers|freelancers|agencies|translators|designers|writers) (charge|ask|take|quote)\b/,
      ],
      { confidence: 0.8, unlessNegated: true },
    );
    if (!cue) return null;
    // Our own price quoted back ("urs is 900") or another supplier's ("three other quotes, all under $1,500") is not their figure.
    const [role] = roleAmounts(s.lower, [{ text: s.lower.slice(figure.from, figure.to), value: 0, currency: null, index: figure.from }]);
    // (Our price only when the sentence says it is ours: a bare "250 for this?" after "I can't go above" is still theirs.)
    if (role && (role.role === 'competitor' || (role.role === 'our_price' && has(s, /\b(your|yours|urs|ur|you('ve| have)? (quoted|charge|charged|asked|want|proposed|sent))\b/)))) return null;
    // "Why would I pay you 400…" repeats our figure to object to it.
    if (has(s, /\bwhy (would|should) (i|we) (pay|spend)\b/)) return null;
    // What they paid someone else, as a comparison, is an objection rather than their figure.
    if (has(s, /\b(compared (to|with)|than|versus|vs\.?)\b[^.?!]{0,20}\b(we|i) (usually |normally |ever )?(paid|pay|used to pay|spend|spent)\b/)) return null;
    // A figure set against theirs ("at €60 instead of your €90") asks them to come down: a discount request.
    if (has(s, /\binstead of (your|the|their)\b/)) return null;
    return join(cue, figure, 0.85);
  },
};

const paymentTerms: MoveDetector = {
  id: 'payment_terms',
  detect(s, ctx) {
    // Holding payment back over a fault is a sanction (a complaint), not a proposed schedule.
    if (has(s, /\b(withhold\w*|hold\w* back|freez\w*)\b[^.?!]{0,20}\b(payment|invoice|balance|instal+ment|fee)/)) return null;
    // Paying on the freelancer's own terms, or offering to pay everything upfront, moves no payment term.
    if (has(s, /\b(as per|per|according to|in line with|under) (your|ur|the agreed|our agreed) (terms|invoice|contract|agreement)\b|\bpay(ing)? (the whole (thing|amount|lot|fee|project)|everything|it all|all of it|in full|100 ?%)( \w+)? (upfront|up front|up-front|in advance)\b/)) return null;
    // Payment on the terms already agreed, reported: "will reach your account within the agreed 14 days".
    if (has(s, /\b(within|in|on) the agreed\b|\b(payment|instal+ment|invoice|transfer|balance)\b[^.?!]{0,30}\b(has|have) been (authori[sz]ed|processed|released|scheduled)\b/) && !has(s, /\?|\b(instead|rather|could|can we|would you)\b/)) return null;
    const direct = find(
      s,
      [
        /\bnet[- ]?\d{2,3}\b/,
        /\b\d{2,3}[- ]days?\b[^.?!]{0,25}\b(terms|after|from|of|end of|eom|later)\b/,
        /\b(instal+ments?|staged payments?|split (the |it |this |that )?(payment|invoice|bill|cost|fee|total|amount)?\s?(in|into|across|over) |split (the )?(payment|invoice|bill)|(in|into) (two|three|four|five|six|\d+) (equal |monthly |weekly |quarterly |separate |smaller )?(parts|payments|instal+ments|tranches|stages|chunks)|(monthly|quarterly|weekly) (payments|instal+ments|chunks)|pay (half|part|a part|\d+ ?%) now|pay (it )?(off )?(in|over) (\w+ )?(months|instal+ments|parts|chunks))/,
        /\bpayment terms\b|\b(the )?(rest|remainder|balance)\b[^.?!]{0,10}\b(after|on|upon|when)\b[^.?!]{0,20}\b(sign-?off|delivery|completion|approval|launch)/,
        // "we hold the remaining €450 until the page gets to 2.5%": the balance made to wait on a condition.
        /\b(hold|keep|park|leave)\b[^.?!]{0,10}\b(the )?(remaining|rest of the|outstanding|final|last)\b[^.?!]{0,25}\buntil\b[^.?!]{0,40}(\d\s?%|\b(reaches|gets to|hits|results?|sales|conversions?|traffic|revenue)\b)/,
      ],
      { confidence: 0.85 },
    );
    if (direct) return direct;
    const advance = /\b(upfront|up-front|up front|in advance|advances?( payments?)?|deposits?|prepayments?|pre-payments?|down payments?)\b/;
    if (has(s, advance)) {
      const refused = find(
        s,
        [
          /\b(no|not|don't|doesn't|won't|can't|cannot|never|without|skip|instead of|waive|drop)\b[^.?!]{0,30}\b(upfront|up-front|up front|in advance|advances?|deposits?|prepayments?|pre-payments?|down payments?)\b/,
          /\b(upfront|up front|in advance|advance|deposit|prepayment)\b[^.?!]{0,25}\b(won't|isn't|not|too (much|high|big)|impossible|out of the question)\b/,
          /\b(reduce|lower|smaller|less|only|decrease|cut)\b[^.?!]{0,20}\b(deposit|advance|upfront)\b/,
          /\b(deposit|advance)\b[^.?!]{0,20}\bto \d+ ?%/,
          /\bcan we do \d+ ?%/,
        ],
        { confidence: 0.85 },
      );
      if (refused) return refused;
    }
    // A smaller share asked for once the advance has been named: "…except the 50% deposit. Could we do 20% instead?"
    if (ADVANCE.test(ctx.lower)) {
      const smaller = find(s, /\b(could|can|would) (we|you) (do|make it|go with|go for|accept|take|settle on) (just |only )?\d+ ?%|\b\d+ ?% (instead|rather)\b/, { confidence: 0.8 });
      if (smaller) return smaller;
    }
    // Equity or a share "once we raise" is a promise about the future, not a payment schedule.
    if (has(s, /\b(equity|shares?|stake|profit|revenue share|exposure)\b/)) return null;
    // Paying only on delivery / approval / results.
    if (!s.view.has('{pay}') && !has(s, /\b(pay\w*|invoice\w*|payment|settle\w*)\b/)) return null;
    return find(
      s,
      [
        /\b(pay|paid|payment|invoice|pays|settle)\w*\b[^.?!]{0,40}\b(after|upon|on|once|when|at the end of|following)\b[^.?!]{0,30}\b(delivery|delivered|completion|complete|completed|finished|approved|approval|sign-?off|signed[- ]off|acceptance|result|results|live|launch|launched|done|see|end of the project|project ends|milestone|handover|go-live|(the|our) (event|festival|conference|fair|show|season|campaign|wedding|opening|premiere|funding|grant)|(we|i|they) (get|receive|have|see) (the|it|them|all|my|our)|(my|our) (\w+ ){1,2}(comes? through|arrives?|clears?|lands?|is paid|gets paid))/,
        // Paid when someone else pays, or on publication: "once our client pays us", "payment is on publication".
        /\b(pay|paid|payment|pays)\w*\b[^.?!]{0,30}\b(once|when|after|as soon as|until)\b[^.?!]{0,20}\b(client|customer|funder|sponsor|investor|publisher|end client)s? (pays?|paid|has paid|have paid|pay us|comes? through)\b|\b(payment|paid|pay)\b[^.?!]{0,15}\b(on|upon|after) (publication|broadcast|airing|release)\b/,
        // Another billing rhythm asked for: "can we switch to paying at the end of each quarter rather than monthly?"
        /\bpay\w*\b[^.?!]{0,20}\b(at the end of (each|every|the) (quarter|month|year|season)|quarterly|annually|yearly|every (quarter|\w+ months))\b[^.?!]{0,20}\b(rather than|instead of)\b/,
        /\b(only|just|exclusively)\b(?:(?!\b(can't|cant|cannot|won't|wont|not|don't|dont)\b)[^.?!]){0,20}\b(pay|pays|paid|release\w* (funds|payment))\b[^.?!]{0,25}\b(on|upon|after|at)\b/,
        /\b(after|upon|on) (delivery|completion)\b[^.?!]{0,25}\b(pay|paid|payment)/,
        /\b(not|won't|never|don't|rather not)\b[^.?!]{0,15}\bpay\w*\b[^.?!]{0,30}\b(before|until)\b[^.?!]{0,30}\b(finish\w*|done|complete\w*|deliver\w*|approv\w*|the end|live|launch\w*|results?|test\w*|see\w*|check\w*|fix\w*|correct\w*|redo\w*|sort\w*)/,
        /\bpay\w* (you )?only (after|on|upon|when|once|at the end)\b/,
        /\bpay\w* (monthly|quarterly|in monthly \w+|per month|each month|in parts|in stages|bit by bit|gradually) (over|for|across)\b|\bspread (out )?(the )?(payments?|costs?|fee|price)\b/,
        // Paying later than due, asked as a question ("pay next week ok?"); a payment merely announced asks nothing.
        PAY_LATER,
      ],
      { confidence: 0.8 },
    );
  },
};

/**
 * A payment later than due, asked as a question: "pay next week ok?", "can I pay you on the 30th?", "ok if we settle
 * when the round lands?". A payment merely announced ("payment goes out next week") asks nothing. The rule reads it per
 * sentence; understanding reads it again over the message when the learned model overrules the rule.
 */
export const PAY_LATER = /\b(?:pay|settle)\w*(?: (?:you|u|it|up|the (?:rest|balance|invoice|remainder)))?\b[^.?!\n]{0,25}\b(?:next (?:week|month|friday|monday)|later|then|on the \d{1,2}(?:st|nd|rd|th)?|(?:at the )?end of (?:the |this |next )?month|after the \d{1,2}(?:st|nd|rd|th)?|in (?:a |\w+ )?(?:couple of )?weeks?)\b[^.?!\n]{0,20}(?:\?|\b(?:ok|okay|alright|fine|possible)\b)|\b(?:can|could|may) (?:i|we) (?:pay|settle)\b[^.?!\n]{0,40}\b(?:next week|next month|later|then|on the \d{1,2}|end of|after the|when|once)\b[^.?!\n]{0,40}\?|\b(?:pay|settle)\w*(?: up)?\b[^.?!\n]{0,10}\b(?:when|once|after|as soon as)\b[^.?!\n]{0,30}\b(?:the|our|my|a) (?:\w+ ){0,2}(?:lands?|comes? (?:in|through)|closes?|clears?|arrives?|is in)\b/i;

const ADVANCE = /\b(upfront|up-front|up front|in advance|advance payment|deposit|prepayment|pre-payment|down payment)\b/;

const TRIAL_THEN_CHOICE = /\bif (the |your )?(quality|result|results|it|this|that|they|these|those)('s|'re| is| are| looks?| turns? out)( \w+)? (good|ok|fine|right|great|on point|spot on|what we want|convincing)\b|\bif (we|i) like (it|them|the result|what we see)\b|\bdecide who (we|to)\b|\b(is|are) yours\b|\b(job|contract|project|gig|work|account)('s| is) yours\b/;

const WORK_NOUN = String.raw`(?:sample|samples|test|tests|trial|draft|drafts|demo|mock-?ups?|concepts?|versions?|designs?|logos?|banners?|articles?|pieces?|pitch|page|pages|work|job|task|translation|chapter|illustrations?)`;

const freeWork: MoveDetector = {
  id: 'free_work',
  detect(s, ctx) {
    if (has(s, /\b(thanks?|thank you)\b[^.?!]*\b(sample|test|demo)/)) return null;
    // What the client provides free to the freelancer: "lunch will be provided free of charge", "parking is free".
    if (has(s, /\b(lunch|breakfast|dinner|food|coffee|tea|drinks|snacks|parking|tickets?|entry|admission|accommodation|hotel|travel|meals?|wi-?fi|refreshments|delivery|shipping)\b[^.?!]{0,30}\b(free|free of charge|on us|complimentary)\b/) && !has(s, /\b(work|design|logo|sample|test|draft|article|translation|video|photos?|shoot|edit)\b/)) return null;
    // The client's own gift or a free tier of a tool: "popped it in the post, free of charge", "Enjoy, on the house!",
    // "is the free version of Figma enough?"
    if (has(s, /\b(enjoy|our treat|my treat|a (little )?(gift|present|thank-you)|popped it|in the post|dropped it (off|round))\b|\bfree (version|plan|tier|account|seat|edition)\b/) && !has(s, /\b(your|you (do|make|write|design|send|could|can|would))\b/)) return null;
    // "free" only inside quoted copy is text to set, not a term: "CTA -> 'Start free trial'".
    if (/\bfree\b/.test(s.lower) && !/\bfree\b/.test(s.lower.replace(/(^|[\s(>-])['"][^'"]{1,40}['"]/g, ' ')) && !has(s, /\b(unpaid|no pay|for nothing|no budget|can't pay|cannot pay)\b/)) return null;
    const unpaid = find(
      s,
      [
        /\b(for free|free of charge|at no (charge|cost)|no charge|as a ((small|little|quick|tiny|personal|special) )?(favou?r|freebie|gift)|on the house|without (charge|payment|paying)|unpaid|no payment|not paid|(not|un) ?(remunerated|compensated|reimbursed)|unremunerated|on spec|spec work|pro bono|gratis|gratuit\w*|for nothing|(on a )?voluntary basis|volunteer(ing)? (basis|your (time|services|skills))|as a volunteer)\b/,
        // No money on offer at all: "we can't pay right now", "there's no budget for this".
        /\b(can't|cannot|can not|unable to|not able to|won't be able to|couldn't|aren't able to) pay (you )?(anything|right now|now|at the moment|at this (point|stage)|yet|for (this|it|that))\b|\bno budget (for|at all|right now|yet)\b|\b(can't|cannot|can not|unable to|not able to|won't be able to) (offer|give|pay) (you )?(a|any) (fee|payment|money)\b(?! yet)|\bno fee\b|\b(have|got) no (budget|money)\b|\b(don't|do not|doesn't|does not) (really |actually |currently |yet )?have (a|any) (budget|money)\b(?! (figure|number|amount|range|estimate|confirmed|approved|signed off|sign-off)\b)/,
        // …not a free tool or resource: "one of those free logo generators".
        new RegExp(String.raw`\bfree\b (\w+ )?${WORK_NOUN}\b(?! (generators?|makers?|tools?|templates?|sites?|apps?|software|fonts?|resources?|librar(y|ies)|downloads?|packs?))|\b${WORK_NOUN} (for )?free\b`),
        // Something else instead of money, or no pay for work they chose not to use: "credit on our website instead of payment",
        // "we decided not to use your design, so we won't be paying for it".
        // (A share of the company or its profits instead of a fee is a promise of later money, not free work.)
        /(?<!\b(equity|shares?|stake|profits?|revenue|royalt\w*|commission|options)\b[^.?!]*)\b(instead of|in place of|rather than|in lieu of) (paying|payment|a fee|money|cash)\b(?![^.?!]*\b(equity|shares?|stake|profits?|revenue|royalt\w*|commission|options)\b)|\b(won't|will not|aren't going to|are not going to|not going to|can't|cannot|shouldn't have to)( be)? pay(ing)?( you)? for (it|this|that|them|the \w+|a \w+|work|something|anything)\b[^.?!]{0,40}\b(didn't|did not|don't|won't|never|not) (end up |ended up )?(use|used|using|need|needed|want|wanted|choose|chose|pick|picked)\b|\b(didn't|did not|won't|don't|not going to|decided not to) (use|need|go with)\b[^.?!]{0,60}\b(so|which means|therefore|hence|and so)\b[^.?!]{0,20}\b(won't|will not|not|no)\b[^.?!]{0,10}\bpay/,
        // Payment only if the result pleases: "if he likes it we'll pay for that one".
        /\bif (he|she|they|we|i|(the |your )?(\w+ )?(quality|result|sample|test|lesson|session|draft)) (likes?|loves?|approves?|is good|is ok|works( out)?|are happy|is happy)\b[^.?!]{0,40}\b(pay|book|hire|send you|give you|order)\b|\b(only |just )?pay\w*\b[^.?!]{0,15}\bif (we|i|they|the \w+) (like|love|approve|are happy|are satisfied|use|decide)\b|\bif (we|i) (like|love|approve of) (it|the \w+|them)\b[^.?!]{0,20}\b(pay|hire|sign)\b/,
      ],
      { confidence: 0.85 },
    );
    // Someone else doing it for free is a jab at the price, not a request for free work.
    const thirdParty = /\b(nephew|niece|cousin|friend|intern|student|kid|brother|sister|son|daughter|others|competitors?|chatgpt|ai|google translate|deepl|machine translation|an app|apps|software|canva|wordpress|wix|squarespace|templates?|generators?|someone else|other (freelancers|designers|writers|agencies))\b[^.?!]{0,30}\b(for free|for nothing|is free|are free|free of charge)\b/;
    // Paying "for nothing" is a verdict on work already paid for (a complaint), not unpaid work asked for.
    // "Invoices received without a PO number will be returned unpaid": a rule about invoices, not work asked for free.
    if (unpaid && !has(s, /\b(extra|additional|more) (cost|charge|fee)\b|\bno extra\b|\b(paying|paid|pay) (you )?for nothing\b|\b(invoices?|bills?)\b[^.?!]{0,60}\b(returned|rejected|sent back) unpaid\b/) && !has(s, thirdParty)) return unpaid;
    // A test, sample or contest used to choose among freelancers.
    if (has(s, /\bpaid (test|trial|sample)\b/)) return null;
    // A contest among freelancers is spec work by definition.
    const contest = find(s, /\b(design|logo|writing|creative|naming|pitch) (contest|competition)\b|\b(run|running|hold|holding|launch\w*|organi[sz]\w*) (a |an |our )?(\w+ )?(contest|competition)\b(?! for (our|my|the|their) (customers|clients|followers|fans|members|readers|users|audience|community|subscribers|guests|staff|kids|students))/, { confidence: 0.85 });
    if (contest) return contest;
    const trial = find(s, /\b(tests?|test \w+|trial|samples?|contest|competition|competing|pitch|mock[- ]?ups?|mock up|demo|concepts?|ideas|spec|submissions?|entries|mood ?boards?|sketch(es)?|(logo|design|creative|visual|style) (directions|routes|options))\b/, { confidence: 0.8 });
    if (!trial) return null;
    const selection = find(
      s,
      /\b(before (we |i )?(commit|decid|hir|pay|choos|sign|select|award)\w*|decide who (we|to) (go with|hire|pick|choose)|if (the )?(quality|result|it) (is|looks) (good|ok|fine|right)|so (that )?(we|i) can (see|choose|pick|evaluate|decide|compare|judge)|to evaluate|winn\w*|we'll pick|(gets|get|wins|win|awarded|receives?) the (contract|job|project|gig|work|commission)|invited|shortlist\w*|close on|deadline for submissions|pick one|choose (a|the|one)|if (we|i) like|if (we are|we're|i am|i'm) (satisfied|happy)|selection|candidates|decide (whether|if)|see if (it's|it is|you're|you are) a (good )?fit|if (we|i) (choose|pick|select|go with) (yours|you)|(get|win) the (job|contract|project|gig)|submit|best one|entries|among|first\s*[.,!?;]|first,? (then|and then|so|before)|before deciding)/,
      { confidence: 0.8 },
    );
    if (selection) return join(trial, selection, 0.8);
    // The test asked for here, the choice it serves said next: "…as a test please. If the quality is good, the job is yours."
    const asked = s.isQuestion || has(s, /\b(please|could you|can you|would you)\b/);
    return asked && TRIAL_THEN_CHOICE.test(ctx.lower) ? { ...trial, confidence: 0.75 } : null;
  },
};

/** "Credit you" / "mention you" said where pay is short or replaced. */
const CREDIT_FOR_PAY = /\b(credit|mention|tag) you\b/;
const NEVER = /(?!)/;
const NO_PAY = /\b(free|for nothing|unpaid|voluntary|volunteer\w*|donat\w*|no budget|tight budget|small budget|limited budget|bootstrapp\w*|can't pay|cannot pay|can't afford|instead of (a |the )?(fee|payment|paying|money)|in (return|exchange)|rather than pay\w*|exposure|visibility|portfolio|lower (rate|price|fee)|cheaper|discount|for less|at cost|pro bono|% of)\b/;

const futurePromise: MoveDetector = {
  id: 'future_promise',
  detect(s, ctx) {
    // "You can't show it in your portfolio" is confidentiality, not a promise of exposure.
    if (has(s, /\b(not|won't|can't|cannot|never|no|none|nothing|mustn't)\b[^.?!,]*\bportfolio\b/)) return null;
    return find(
      s,
      [
        /\b(exposure|publicity|get your name out|shout-?out|portfolio piece|great for your (cv|portfolio|resume|career)|good for your (cv|portfolio|resume|career))\b|\bvisibility (for you|for your \w+|you('ll| will) get)\b|\b(great|huge|massive|lots of|plenty of|good|real|give you|get|you'll get|you will get) (\w+ )?visibility\b/,
        // Crediting them is a promise only when it stands in for money ("can't pay, but we'll credit you"); thanking paid
        // work with a credit in the newsletter is courtesy.
        NO_PAY.test(ctx.lower) ? CREDIT_FOR_PAY : NEVER,
        /\b(equity|profit[- ]?shar\w*|share of (the )?(profits?|revenue|sales|income)|revenue[- ]shar\w*|stake in|shares in)\b/,
        /(?<!\b(for|on|in|with|about) )\b(lots( more)?( of)?|plenty( more)?( of)?|loads( more)?( of)?|tons( more)?( of)?|regular|steady|ongoing|future|long[- ]term|repeat|many( more)?|much more|bigger|constant|a lot (more )?of|all our future|recurring|follow-?up|more and more) (work|projects?|jobs?|orders?|business|clients|client|partnership|collaboration|assignments|referrals|contracts?|customers?)\b/,
        // Referrals and word of mouth as the payment: "I'll recommend you to everyone in my network".
        /\b(recommend|refer|introduce|promote|tag|feature|mention|plug|vouch for) you\b[^.?!]{0,40}\b(network|everyone|friends|contacts|followers|clients|colleagues|partners|community|audience|everything|all our|posts?|stories)\b|\b(spread|put in) (the|a) (word|good word)\b|\bword of mouth\b/,
        /\bon the horizon\b|\b(start|beginning) of a (long|long-term|lasting|great|big|beautiful) (\w+ )?(relationship|partnership|collaboration)\b|\b(experience|credit|exposure|publicity)\b[^.?!]{0,20}\b(is|should be|will be|would be) worth\b/,
        /\b(work|jobs?|projects?) where (this|that) came from\b|\b(for|to) your portfolio\b|\b(look|looks|be|go|addition|piece|great|nice|good|fantastic|amazing|perfect|shine)\b[^.?!]{0,20}\bin your portfolio\b|\b(once|when|after|as soon as) (we|the (company|startup|business|app|site)) (get|gets|have|has|raise|raises|take|takes|grow|grows|start|starts|make|makes|close|closes|secure|secures|land|lands|kick|kicks)\b[^.?!]{0,30}\b(funding|funded|off|in|profit\w*|money|revenue|investment|investors?|seed|round|bigger|launch\w*|sponsor\w*)\b|\bpay you properly\b|\bwhen we('re| are) (bigger|profitable|funded)\b/,
        /\b(more|further|additional|\d+ more) (work|projects?|jobs?|orders?|business|articles|assignments)\b[^.?!]{0,40}\b(coming|later|next (month|quarter|year)|future|down the line|going forward)/,
        /\b(bring|send|refer) (you )?[^.?!]{0,25}\b(projects?|clients?|work|customers)\b[^.?!]{0,15}\b(later|in future|in the future|down the line|every month|from my network)/,
        /\binvestment\b[^.?!]{0,40}\b(long[- ]term|future)\b/,
        // Later volume held out as the reward: "we'll send you the full project", "you'd get all of them", "first in line for our campaigns".
        /\b(we('ll| will|'d| would)|i('ll| will|'d| would))\b[^.?!]{0,30}\b(send|give|hand|award|offer) you the (full|whole|entire|rest of the|remaining|bigger|main) (project|job|contract|order|book|series|manual|translation|work|account)\b|\byou('d| would|'ll| will) get (all|every one|each|the rest) of (them|those|these|it)\b|\b(grow|growing) together\b|\b(first in line|(our|my) first call|(our|my) (first|top) choice)\b|\bstock options\b/,
        // Paid out of what the work earns: "the rest out of the revenue the new shop brings in".
        /\b(out of|from) (the|our|its) (\w+ )?(revenue|profits?|sales|proceeds|earnings|takings)\b/,
        // Volume announced for later: "next year we will have maybe 500 pages to translate".
        /\b(next (year|month|quarter|season)|later (this|next) year|in the future|after that|down the line)\b[^.?!]{0,30}\b(we('ll| will)|there('ll| will)) (have|be|need)\b[^.?!]{0,30}\b(\d+|lots|loads|plenty|many|more|a lot)\b/,
        // Exposure without the word: "we'd put your name and Instagram right next to it", "tons of people will see it".
        /\b(we('ll| will|'d| would)|i('ll| will|'d| would))\b[^.?!]{0,10}\b(put|display|show|feature|print|add|include|credit) your (name|logo|handle|instagram|website|business|brand|details)\b|\b(tons|lots|loads|thousands|hundreds|plenty) of (people|eyes|visitors|customers|followers)\b[^.?!]{0,20}\b(will|would|'ll) (see|notice|find)\b/,
        // Later volume or standing held out as the reward: "we'll hire you for the whole series", "our go-to designer as we grow",
        // "all of our packaging work for the next two years", "months of work for you", "5% of profits once it launches".
        /\b(we'll|we will|we'd|we would|i'll|i will|i'd)\b[^.?!]{0,20}\b(hire|book|use|commission|keep|bring) you\b[^.?!]{0,15}\b(for|on) (the )?(whole|entire|full|rest of|all|every|remaining|next|future)\b|\bmake you (our|my) (go-to|main|preferred|exclusive|regular|default|first|house|in-house|lead|official)\b|\bgive you (all|every|most|the rest) (of )?(our|my|the)\b[^.?!]{0,25}\b(work|projects?|jobs?|business|orders?|contracts?)\b|\b(months|years|weeks) (and (months|years) )?of (steady |regular |paid )?(work|projects|business)\b|\b\d+ ?(%|percent) of (the |our |all )?(profits?|revenue|sales|income|earnings|proceeds|royalties)\b/,
        // Full pay deferred to a future event: "once the programme secures its funding, we would move to your normal rates".
        /\b(once|when|after|as soon as)\b[^.?!]{0,40}\b(funding|funded|grant|investment|investors?|revenue|profitable|budget (is )?approved)\b[^.?!]{0,60}\b(normal|full|usual|regular|proper|standard) (rates?|fees?|prices?)\b|\b(move|switch|go back) to your (normal|full|usual|regular|standard) (rates?|fees?|prices?)\b|\blong[- ]term (research |creative |business )?partner\b/,
      ],
      { confidence: 0.8, unlessNegated: true },
    );
  },
};

export const MONEY_MOVES: MoveDetector[] = [priceQuestion, priceObjection, discountRequest, budgetAnchor, paymentTerms, freeWork, futurePromise];
