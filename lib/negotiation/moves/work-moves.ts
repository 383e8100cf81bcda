// Runs everywhere (Node, side panel): detectors for the client's moves about the work itself (deadline, scope, revisions, complaints, boundaries, NDA, brief, direction, acceptance).
import { find, has, join, type MoveDetector } from './rule';
import type { Sentence } from './segment';

const DELIVERY = /\b(need|needs|needed|require|want|deliver\w*|ready|done|fixed|sorted|resolved|wrapped up|finish\w*|complete\w*|have (it|them|this|the)|send|back|turn\w*( [^.?!]{1,25})? around|due|launch\w*|live|must|by|get (it|this|them)|starts?|goes live|ship)\b/;

/** A real need for delivery (a weekday alone is also how meetings and replies are scheduled). */
const NEED_BY = /\b(need|needs|needed|require\w*|deliver\w*|ready|done|finish\w*|complete\w*|have (it|them|this|everything|all)|due|must|get (it|this|them|everything)|launch\w*|goes live|go live|in place|printed|published)\b/;

const rushDeadline: MoveDetector = {
  id: 'rush_deadline',
  detect(s) {
    if (has(s, /\b(no rush|no hurry|no need to (hurry|rush)|not urgent|take your time|whenever (you|it suits))\b/)) return null;
    // Urgency routed elsewhere or only supposed ("anything urgent go to Maya", "if it's urgent call me"), and a call being
    // scheduled ("tomorrow at 10 works for the call"), set no delivery date.
    if (has(s, /\b(anything|something|nothing|everything) (else )?urgent\b|\bif (it's |it is |anything's |something's |anything is |something is )?urgent\b|\burgent (matters|enquiries|inquiries|issues|questions)\b|\b(works|suits|is fine|is good|is ok|is okay) for (the |a |our |my )?(call|meeting|chat|zoom|catch-?up|appointment|interview)\b/)) return null;
    // Urgency of the client's own affairs ("we had an urgent meeting", "sorry I missed your call earlier") sets no deadline.
    if (has(s, /\b(urgent|rush\w*) (\w+ )?(meeting|call|question|questions|matter|matters|family|appointment|trip|email|message|errand)\b|\b(the|that|this) (urgent|rush) (\w+ )?(issue|problem|bug|request|thing|fix) (i|we|you) (mentioned|raised|flagged|reported|had|sent)\b|\b(called|rang|wrote|messaged|emailed|missed your call|tried you|spoke|mentioned|said)\b[^.?!]{0,20}\bearlier\b/)) return null;
    // "Urgent" as a label on news ("URGENT: the meeting has moved", "Urgent bit of admin:") or quoted as a word ("the
    // 'urgent' tag is automatic") sets no date; a need in the same sentence still does, through the patterns below.
    const labelOnly = has(s, /^\s*(urgent|important|asap)\s*([:!\u2014\u2013-]|bit of|note|update|news|heads[- ]up|admin|fyi|reminder|change)|['"](urgent|asap|rush)['"]|\burgent care\b/) && !has(s, /\b(need|needs|needed|must|require\w*|asap|by (today|tonight|tomorrow|eod|end of|monday|tuesday|wednesday|thursday|friday))\b(?![^'"]*['"])/);
    // "ASAP?" echoed back alone asks what they meant, it sets nothing.
    const echo = /^\s*(asap|urgent|rush)\s*\?+\s*$/.test(s.lower);
    const urgent = labelOnly || echo ? null : find(
      s,
      [
        // "Rushed" after a verdict verb ("it'll sound rushed", "it was rushed out the door") judges quality, not time.
        /\b(asap|a\.s\.a\.p|as soon as possible|urgent\w*|(?<!\b(sound|sounds|sounded|look|looks|looked|feel|feels|felt|seem|seems|seemed|reads?|too|bit|very|so|across|was|were|been|got) )rush\w*|hurry|prioriti[sz]e this|top priority|short notice|yesterday lol|need(ed)? (it|this|them) (done |finished |ready )?(by )?yesterday|(done|finished|ready) by yesterday|time-sensitive|time sensitive)\b/,
        /\bhow (fast|quickly|soon) (can|could) you\b/,
        // A deadline put as a threat: "if it isn't fixed by tomorrow…".
        /\bif (it|this|that|the \w+|they|these) (still )?(isn't|is not|aren't|are not|hasn't been|haven't been|'s not|'re not) (fixed|done|ready|sorted|resolved|delivered|live|finished|up|working)\b[^.?!]{0,10}\b(by|before|within) (tomorrow|tonight|today|the end of (the )?day|end of (the )?day|eod|this (afternoon|evening)|\d+ hours?|an hour|the morning)\b/,
        /\b(earlier than|sooner than|sooner\b|ahead of schedule|(moved|pulled|brought|bumped|move (it|the \w+)) (it |the \w+ |\w+ )?(up|forward)|pull\w* (it )?forward|brought forward|bring (it )?forward|\b(a|one|two|three|\d+|few|couple of) (days?|weeks?) earlier\b|\b(bit|little|much|even|slightly) earlier\b|got moved up)/,
        /\bby (?!(card|bank|cheque|check|paypal|transfer|bank transfer|cash|email|e-mail|post|phone|courier|hand|wire|stripe|invoice|credit card|debit card|direct debit)\b)[^.?!]{1,25}\b(instead of|rather than)\b/,
        /\b(by|before|for) the \d{1,2}(st|nd|rd|th)\b,? (not|rather than|instead of) the \d{1,2}(st|nd|rd|th)\b|\b(we|you) (said|agreed|planned|had) (on )?the \d{1,2}(st|nd|rd|th) (originally|initially|at first|before)\b|\b(originally|initially) (said|agreed|planned)\b[^.?!]{0,20}\bthe \d{1,2}(st|nd|rd|th)\b/,
        // Squeezing extra work into a short window: "could you fit in extra lessons this week?"
        /\b(fit|squeeze|cram)\b[^.?!]{0,30}\b(in|into)\b[^.?!]{0,30}\b(this week|today|tonight|tomorrow|before (then|the (exam|launch|event|show|deadline|meeting)))\b/,
        /\bspeed (things|it|this|that) up\b|\btime is (tight|short|running out)\b|\bup against (it|the clock)\b|\btight (deadline|timeline|turnaround)\b|\b(fast|quick|express)[- ]track\b/,
        /\b(very|super|really|as) (fast|quickly|quick)\b|\bfast,? please\b|\b(do|deliver|finish) it (fast|quickly)\b/,
      ],
      { confidence: 0.85, unlessNegated: true },
    );
    // Replying fast is a boundary question, not a delivery deadline; so is standing by "in case" something comes up.
    // Speed as the manner of a performance ("read it as fast as possible") is a style, not a date.
    const standby = /\b(in case|just in case|if (anything|something)|should (anything|something))\b[^.?!]{0,40}$/.test(s.lower.slice(0, urgent?.from ?? 0));
    const manner = /\b(read|reads|spoken|speak|speaks|talk|talks|narrated|voiced|played|plays|scroll\w*|animated|moves?|walks?|runs?|loads?|flash(es)?|cuts?) (\w+ )?$/.test(s.lower.slice(0, urgent?.from ?? 0));
    if (urgent && !standby && !manner && !has(s, /\b(answer|repl(y|ies)|respond\w*|reachable|available)\b/)) return urgent;
    const soon = find(
      s,
      [
        /\b(today|tonight|tomorrow|end of (the )?day|eod|this afternoon|this evening|first thing|within (an hour|\d+ hours?|a day|(a|one|two|three|four|five|a few|a couple of|[1-5]) (working |business )?days)|in (a|an|one|two|three|four|five|a couple of|a few|\d+) (hours?|days?)|next (day|morning))\b/,
        // A weekday or the end of this/next week, when something is needed by then: "we'd need it all by next Friday".
        /\b(by|before|until|no later than) (\d{1,2}([:.]\d\d)? ?(am|pm)? (on )?)?(this |next |the coming |coming )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|weekend|end of (the |this |next )?week|week'?s end)\b/,
      ],
      { confidence: 0.8, unlessNegated: true },
    );
    if (!soon) return null;
    // The client's own payment or a call they ask for ("the payment is done today", "I'll pay it Friday", "call me back
    // tonight") and the freelancer's option ("if you need anything signed get it to me by Thursday") set no delivery date.
    if (has(s, /\b(payment|pay|paid|transfer|transferred|deposit|invoice|instal+ment|iban|bank)\b/) && !has(s, /\b(you|u|your)\b/)) return null;
    if (has(s, /\b(call|ring|phone|text) (me|us)\b/) || /\bif (you|u) (need|want|have)\b/.test(s.lower.slice(0, soon.from))) return null;
    // A time word on a past event says when it happened ("they told me today", "it arrived this afternoon"): no date is set.
    if (/\b(told|said|mentioned|heard|learned|learnt|found out|realised|realized|noticed|saw|spoke|called|rang|emailed|messaged|wrote|arrived|landed|came|went|happened|started|launched|met|was|were)( (to )?(me|us|him|her|them|it|this|that))?( (only|just|already|earlier|first))? $|\b(had|got|received) (a|an|the|some|two|three) ([\w-]+ ){0,2}$/.test(s.lower.slice(Math.max(0, soon.from - 40), soon.from))) return null;
    // The client's own next step ("I'll sign it tonight", "we'll review it tomorrow") sets no deadline for the freelancer.
    const before = s.lower.slice(0, soon.from).split(/[,;:.!?\u2014]| and | but /).pop() ?? '';
    const after = s.lower.slice(soon.to).split(/[,;:.!?\u2014]| and | but /)[0] ?? '';
    const clause = `${before} ${s.lower.slice(soon.from, soon.to)} ${after}`;
    // …also in the present tense non-native writers use for a plan: "I send the deposit this afternoon".
    const ownStep = /\b(i|we|(our|my) [a-z]+( [a-z]+)?)('ll| will| can| could| shall|'m going to| am going to| are going to| plan to| hope to)\b(?! you\b)|^\s*(will|shall)\b|^\s*(i|we) (send|pay|sign|transfer|wire|call|ring|email|confirm|review|check)\b(?! you\b)|\bconfirmed\b|\b(i'm|i am|we're|we are) (free|available|around|in the office|off|out|away|travell?ing|busy)\b/;
    // "…if you want to go over the draft" is the freelancer's option, not the client's need.
    if (ownStep.test(clause) && !/(?<!\bif you )\b(need|needs|needed|want|require|expect|must|have to)\b/.test(clause)) return null;
    const weekday = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|weekend|week|week's end)\b/.test(s.lower.slice(soon.from, soon.to));
    const need = find(s, weekday ? NEED_BY : DELIVERY, { confidence: 0.8 });
    return need ? join(need, soon, 0.8) : null;
  },
};

const scopeCreep: MoveDetector = {
  id: 'scope_creep',
  detect(s, ctx) {
    // Pricing an extra they may never need ("what would a 4th round cost if we end up needing it?") asks for nothing yet.
    if (has(s, /\bif (we|i) (end up|ever|later|do) (need|needing|want|wanting)\b|\bin case (we|i) (need|want)\b/)) return null;
    const sameMoney = /\b(same (\w+ )?(price|budget|fee|rate|cost|amount|retainer|package|project)|covered by the (original|agreed|existing|current|same|initial) (fee|price|quote|budget|contract|retainer)|(keep|leave) the (\w+ )?(fee|price|rate|budget|retainer) (as is|as it is|the same|unchanged|where it is)|counts? as (part of )?the same (round|revision|job|order|project|package)|covered by (what|the \w+) (we|you) (agreed|quoted|signed)|(covered|included) (in|by) the (quote|price|fee|agreement|package|budget|contract)|(shouldn't|should not|won't|wouldn't|isn't|is not) (be |cost )?(anything )?extra|within the (same|existing|current|agreed|original|initial) (budget|price|agreement|fee|scope|contract|quote|estimate)|at no (extra|additional) (cost|charge)|no (extra|additional) (cost|charge|fee)|without (extra|additional) (cost|charge)|(fee|price|budget|cost) (stays|remains|will stay|stay)|price stay|within (what|the terms) (we|you) (agreed|quoted)|(budget|price|fee|quote) (hasn't|has not|won't|will not|doesn't|does not|didn't) (changed?|change|increase|move|go up)|included\b|includes?\b|in the price|without (changing|increasing|raising|adjusting|touching) the (quote|price|fee|budget|cost)|part of the (same )?(order|package|project|deal)|existing agreement)/;
    const changed = find(
      s,
      [
        /\b(requirements?|scope|brief|specs?|specification) (have |has )?(now )?(changed|grown|expanded|now includes?)\b/,
        // …not when recalled with thanks or an apology: "I know we changed our minds a lot".
        /(?<!\b(know|sorry|apologies|thanks|patient|despite how|that|when|how often|how many times) (we|i|they|he|she) )\bchanged (his|her|their|our|my) minds?\b/,
        /\bnow (needs?|includes?|requires?|should (also )?(cover|include))\b/,
        /\b(a few |two |three |\d+ |some |several )?(more|extra|additional|further|another) (rounds?|revisions?|iterations?)\b|\b(unlimited|endless|as many) (revisions?|rounds?|changes|edits|amends)\b|\b(\d+(st|nd|rd|th)|fourth|fifth|sixth|seventh|another|one more|an extra|an additional) (round|revision|iteration|set of (changes|revisions|edits))s?\b/,
        // The job itself grows: "should actually be a full site", "turn it into a series", "in three languages instead of one".
        /\b(should|will|would|needs? to|has to|must) (actually |now |instead |really )?(be|become) (a |an )?(full|complete|whole|entire|bigger|larger|multi-\w+|full-blown|proper)\b|\b(turn|expand|grow|extend|upgrade|scale)\w* (it|this|that|the \w+)( \w+)? into\b|\b(has|have|had|is|it's) (now |since |suddenly )?(turned|grown|expanded|evolved|ballooned|turning|growing) into\b|\b(two|three|four|five|six|several|\d+|more) (\w+ ){1,2}instead of (the )?(one|a single|just one|two|three|\d+)\b/,
        /\b(now|suddenly|actually) (also )?(wants?|needs?|requires?|expects?|asks? for|would like)\b[^.?!]{0,60}\b(instead of|rather than)\b/,
        // Taking the extra for granted: "I assumed that was part of the package", "I assume that's a small step from what you have".
        /\b(i|we) (had )?(assumed|assume|thought|figured|took it|understood|expected)( that)? (this|that|it|they|those|these|that's|it's|this is|it was)( \w+)? (was |were |is |are |would be |'d be )?(part of|included|covered|a (small|quick|tiny|minor) (step|addition|add-on|extra|job|thing))\b/,
        /\bbeyond the (\w+ )?(we |you )?(agreed|included|quoted)\b/,
        // The job widened to everything: "it should cover all six product lines, not just the two".
        /\b(cover|include|span|handle)\w* (all|every|both|the whole|the entire)\b[^.?!]{0,30}\bnot (just|only)\b/,
        // New pieces listed as small: "a few more bits came up", and a revision round spent on them: "use that for these?".
        /\b(a few|some|a couple of|couple of|few|two|three|four) (more|extra|other|new|additional) (little |small )?(bits|things|pieces|items|bits and pieces|tasks|bobs)\b[^.?!]{0,40}\b(came up|come up|popped up|cropped up|to add|we need|needed)\b/,
        /\buse (that|it|this|the|our|the last|the remaining|our last|our remaining) ?(\w+ )?(round|revision|revisions)?( \w+)? (for|on) (these|them|those|the new \w+)\b/,
        // Something new to be included that, they say themselves, was not in the order: "It was not part of the original scope."
        /\b(was|is|were|are) not (a )?part of the (original|agreed|initial|first) (scope|order|quote|brief|job|project)\b|\b(wasn'?t|weren'?t|isn'?t|aren'?t) (a )?part of the (original|agreed|initial|first) (scope|order|quote|brief|job|project)\b/,
      ],
      { confidence: 0.85 },
    );
    if (changed) return changed;
    const future = /\b(next (month|quarter|year)|in the future|for the future|future (projects?|work|reference)|at some point|one day|later|down the line|down the road|going forward|if this goes well)\b/;
    if (future.test(s.lower)) return null;
    // What the freelancer offers in general ("do you also do social media?") asks nothing of this job yet.
    // ("Could you also design the cards?" asks for the work itself: that stays scope creep.)
    if (has(s, /\bdo you (also |ever |happen to )?(do|offer|provide|handle|cover|take on|work on|work with)\b[^.?!]{0,40}\?|\bis (that|this|it) something you (also )?(do|offer|handle)\b/) && !has(s, /\b(the|this|our|these|that) (same |new |extra |\w+ )?(project|job|order|site|website|app|brochure|video|book|campaign|shoot|report|translation|design|logo)\b[^.?!]{0,20}\b(too|as well|also)\b/)) return null;
    // A sample or test is free work; copyright, exclusivity or source files are terms; "modern but also classic" is taste.
    if (has(s, /\b(sample|test|trial|demo)\b|\b(exclusiv\w*|copyright|ownership|rights|licen[cs]\w*|source files|nda)\b/)) return null;
    // A hedged wish list in a first brief ("maybe Spanish, maybe also Japanese") is undecided, not added work.
    if (has(s, /\b(maybe|perhaps|possibly) (also|even)\b/)) return null;
    // "Now wants X" counts as new work when the message keeps the old price.
    if (sameMoney.test(ctx.lower)) {
      const nowWants = find(s, /\b(now|also|additionally|suddenly) (wants?|needs?|requires?|would like|like|asks? for|expects?)\b/, { confidence: 0.85 });
      if (nowWants) return nowWants;
    }
    const extra = find(
      s,
      [
        /(?<!\bbut )\b(also|as well|additionally|in addition|while you're at it|throw in|on top|squeeze in|fit in|sneak in)\b|\btoo\b(?=\s*[,.!?)]|\s*$)/,
        /\badd(ing)? (a|an|\d+|two|three|four|five|more|another|some|extra|new)\b|\b(let's|lets) (just |also )?add\b/,
        /\b(\d+|two|three|four|five|a few|several|a couple of) (more|extra|additional)\b/,
        // "One more thing:" only introduces the next point; the point itself has to be new work.
        /\bone more (small |little |quick )?thing\b(?!\s*[:\u2014\u2013-])/,
      ],
      { confidence: 0.75 },
    );
    if (!extra) return null;
    const sameHere = find(s, sameMoney, { confidence: 0.9 });
    if (sameHere) return join(extra, sameHere, 0.9);
    // A further deliverable asked for, rather than "also, can we pay later".
    // Off-hours work still counts when the message keeps the old fee: "could you also answer DMs on weekends, same monthly fee".
    const kept = sameMoney.test(ctx.lower);
    if (has(s, /\b(sign|nda|price|pay\w*|discount|call|slack|whatsapp|available|reach|phone|contact|deposit|invoice)\b/)) return null;
    if (!kept && has(s, /\b(weekends?|sundays?|saturdays?|evenings?|nights?)\b/)) return null;
    if (has(s, /\b(by|before|until|in|within)\b[^.?!]{0,12}\b(tomorrow|tonight|today|\w+day|morning|christmas|the end|hours?|minutes|week)\b/)) return null;
    const deliverable = find(
      s,
      kept
        ? /\b(do|make|write|design|create|build|translate|resize|add|added|prepare|produce|deliver|draw|develop|set up|edit|record|film|shoot|throw in|optimi[sz]e|handle|cover|include|need|needs|want|wants|take care of|more|answer|manage|run|moderate|post|reply to|respond to|cut (a|an|one|two|three|\d+|some)|(knock|put|throw|whip|mock) (together|up))\b(?! (it|them|this|that|you)\b)/
        : /\b(do|make|write|design|create|build|translate|resize|add|added|prepare|produce|deliver|draw|develop|set up|edit|record|film|shoot|throw in|optimi[sz]e|handle|cover|include|need|needs|want|wants|take care of|more|cut (a|an|one|two|three|\d+|some)|(knock|put|throw|whip|mock) (together|up))\b(?! (it|them|this|that|you)\b)/,
      { confidence: 0.75 },
    );
    if (!deliverable) return null;
    const asked = s.isQuestion || has(s, /\b(please|pls|could|can|would|will you|we need|i need|we want|i want|need you to|want you to|like you to|let's|lets)\b|^\s*(also |and )?(need|needs|want)\b/) || sameMoney.test(ctx.lower);
    return asked ? join(extra, deliverable, sameMoney.test(ctx.lower) ? 0.85 : 0.7) : null;
  },
};

/** Stripping someone else's mark off their images: "remove the Shutterstock watermark", "remove their watermark". */
const THIRD_PARTY_WATERMARK =
  /\b(remove|crop out|hide|edit out|get rid of|strip)\w* (the |their |its |all (the )?|any )?(their|stock|getty|shutterstock|istock|adobe stock|photographer's) watermarks?\b|\b(remove|crop out|hide|edit out|get rid of|strip)\w* (their|its) watermarks?\b/;

const EDIT_VERB = String.raw`(?:re-?(?:record|shoot|render|export|draw|colou?r|cut|voice|dub|grade)|bump(?: up)?|change|move|shift|relabel|rename|recaption|swap|replace|remove|delete|fix|correct|adjust|tweak|shorten|lengthen|trim|cut|enlarge|rework|revise|rewrite|redo|update|amend|edit|rephrase|reword|darken|lighten|align|cent(?:er|re)|crop|flip|rotate|tone down|swap out|brighten|soften|tighten|loosen|simplify|condense|recolou?r|reorder|rearrange|punch up)`;

// Compiled once rather than per sentence.
const HAD_TO_EDIT = new RegExp(String.raw`\b(had to|have to|having to|will need to|going to have to|'ll have to) ${EDIT_VERB}\b[^.?!]{0,25}\b(myself|ourselves|themselves|in-house|internally)\b|\bhad to ${EDIT_VERB}\b`);
/** What never follows an edit of delivered work: no object ("slight change —"), a person ("bump us"), a move of plans ("move to"). */
const NOT_AN_EDIT = String.raw`(?! (of|forward|ahead|on|you|me|us|to|into|over|away|house|jobs?|the (payment|invoice|billing|contract|terms)|your copies|(our|my|the) (own )?(copies|files|data))\b)(?!\s*([\u2014\u2013:!-]|$))(?! (his|her|their|our|my) mind)(?! (a|an|one|two|three|four|five|\d+|some|several|another|extra) (short |new |quick |extra |separate |additional )?(clips?|teasers?|trailers?|reels?|promos?|cutdowns?|spots?|versions?)\b)`;
/** After a determiner the word is a noun ("one change though:", "a quick edit"), not an edit asked for. */
/** …and after a third-person subject it is their own doing ("when they change"). */
const AS_NOUN = String.raw`(?<!\b(?:one|a|an|the|another|this|that|any|small|minor|last|final|big|major|quick|slight|only|they|things|prices|which|who) )`;
const EDIT = new RegExp(String.raw`${AS_NOUN}\b${EDIT_VERB}\b${NOT_AN_EDIT}`);
const VERDICT_ON_WORK = /\btoo (stiff|formal|casual|wordy|salesy|bland|plain|busy|dark|light|small|big|long|short)\b|\bnot (so |very |really |that |too )?happy with (it|them|the \w+)\b|\b(sounds|reads) like a translation\b/;
const GENERIC_OBJECT = new RegExp(String.raw`^\s*(it|them|this|that|everything|things|accordingly|the (designs?|files?|work|drafts?|mock-?ups?|pages?|texts?|copy))\s*[.?!]*\s*$`);
// ("Can you please rework it?" too: the model's retraining in the fourteenth session left that one to the rule.)
const ASKED_EDIT = new RegExp(String.raw`\b(please|pls|can you|could you|would you|kindly)( please| kindly)?( also| just)? ${EDIT_VERB}\b${NOT_AN_EDIT}`);

const OWN_PROJECT_EDIT = new RegExp(String.raw`\b(we|i)('d| would)? (want|need|like|hope|are looking|'re looking) to ["']?${EDIT_VERB}\b[^.?!]{0,25}\b(of|on|in|for) (our|my) (app|site|website|product|platform|shop|store|business|process|system|service|software|tool)\b`);
const LOGISTICS_EDIT = new RegExp(
  String.raw`\b(${EDIT_VERB}|fix|set|book|arrange)\b (\w+ ){0,3}(call|calls|meeting|meetings|date|dates|time|times|appointment|slot|booking|schedule|calendar|invite|invitation|records|details|address|mailing list|password|login|account|portal|profile|plans?|diary|reservation|flight|trip|po number|vat number|bank details|email address|phone number on file)\b`,
);
/** Things the freelancer delivers: an edit of one of these is a revision whatever else the sentence holds. */
const DELIVERABLE = /\b(designs?|logos?|pages?|site|website|text|texts|copy|video|videos|files?|drafts?|photos?|images?|pictures?|flyers?|posters?|slides?|deck|brochure|report|translation|layout|banners?|menu|labels?|packaging|illustrations?|animation|edit|cut|chapter|article|post|posts|caption|captions|headline|header|footer|button|font|colou?rs?|version)\b/;
const NEW_JOB_EDIT = new RegExp(
  String.raw`\b((we|i)('d| would)?( really)? (want|need|like|love|hope|plan|are planning|'re planning|are hoping|'re hoping|are looking|'re looking|would like|'d like)|looking for (someone|somebody|a \w+|help)|time) to ["']?(${EDIT_VERB}|redesign|refresh|revamp|overhaul|modernise|modernize|rebrand)\b( and (${EDIT_VERB}|redesign|refresh|revamp|overhaul|modernise|modernize))?[^.?!]{0,15}\b(our|my|the company's)\b`,
);

function verbsOf(s: Sentence): Set<string> {
  return new Set((s.view.match('#Verb').out('array') as string[]).map((w) => w.toLowerCase().replace(/[^a-z]/g, '')));
}

const revisionRequest: MoveDetector = {
  id: 'revision_request',
  detect(s, ctx) {
    if (has(s, /\b(thanks?|thank you|appreciate\w*)\b[^.?!]*\b(fix|chang|updat|edit)\w*/)) return null;
    // Tweaking someone else's material is a wrong direction, not a revision of ours.
    if (has(s, /\b(competitor\w*|rival\w*|other company|another company)\b|\bso (it's|it is|it isn't|it's not|they're not|nobody|no one)\b[^.?!]{0,20}\b(identical|the same|copied|a copy|notices?|obvious|tell)\b/)) return null;
    // Once the message asks to copy someone else's work, "change the words a bit" disguises the copy.
    if (/\b(copy|clone|replicate|use|using|take|taking|lift|borrow|reuse)\b[^.?!]{0,60}\b(competitor\w*|rival\w*)\b/.test(ctx.lower)) return null;
    if (has(s, THIRD_PARTY_WATERMARK)) return null;
    // Editing someone else's material is no change to ours: "use the photos from our supplier's catalogue and edit our logo onto them",
    // "grab something from a free logo generator and tweak it", "use their text and just change the names" (a competitor's, named earlier).
    if (has(s, /\b(from|off) (our |their |the |a |an |one of )?(those |these |some )?([\w-]+ ){0,2}(suppliers?|manufacturers?|vendors?|distributors?|competitors?|rivals?|stock|generators?|templates?)('s|s')?\b/)) return null;
    if (/\b(competitor\w*|rival\w*)\b/.test(ctx.lower) && has(s, /\b(their|theirs)\b/)) return null;
    // Work still to come ("40 more videos to edit next year") is new work, not an edit of ours.
    if (has(s, new RegExp(String.raw`\b(more|other|new|future|further|upcoming|\d+) ([\w-]+ )?(videos|articles|pages|posts|episodes|photos|texts|files|projects|documents|chapters|books)\s+to ${EDIT_VERB}\b`))) return null;
    // The client's own project to improve, not our delivery: "we want to \"fix the UX\" of our app".
    if (has(s, OWN_PROJECT_EDIT) && !has(s, /\byou\b/)) return null;
    // Logistics and admin are no edit of delivered work: "could you change the date of our call", "update our records".
    if (has(s, LOGISTICS_EDIT) && !has(s, DELIVERABLE)) return null;
    // A new job put as an edit of their own thing: "we want to update our website and refresh the logo".
    if (has(s, NEW_JOB_EDIT) && !has(s, /\b(your|you (sent|delivered|made|did|wrote|designed))\b/)) return null;
    // A fault the client has since traced to their own side, or cleared, is news: "it was a caching problem on our end, all good now".
    if (has(s, /\b(on our (end|side)|our (fault|mistake|bad)|(all good|resolved|sorted|fixed|working) now|false alarm)\b|\b(that's|that is|it's|this is) on (us|me|our \w+|my \w+)\b|\bnot (on )?you\b|\bnot your (fault|doing|mistake)\b/)) return null;
    // Thanks for a fault the freelancer caught, a standing preference, or the client's own ability to edit later.
    if (has(s, /\b(thanks?|thank you|appreciate\w*|grateful) (you )?(for )?(flagging|spotting|catching|noticing|pointing out|mentioning|raising)\b|\b(particular|picky|fussy|strict|pedantic|obsessive|careful) (about|with|when it comes to)\b|\b(we|i|our [\w-]+( team)?)\b[^.?!]{0,30}\b(able to|can|could) (make|do) (\w+ )?(edits|changes|tweaks|updates)\b/)) return null;
    // The client's side doing the edit itself ("we'll update the product pages ourselves") asks nothing of the freelancer.
    if (has(s, new RegExp(String.raw`\b(we|i|(our|my) [a-z]+( [a-z]+)?)('ll| will|'re going to| are going to| am going to|'m going to| is going to| shall| can)( just| also| simply)? ${EDIT_VERB}\b`))) return null;
    // Revising a quote or a rate is haggling over money, not an edit to delivered work: "kindly revise and send your best rate".
    if (has(s, new RegExp(String.raw`\b${EDIT_VERB}\w*\b[^.?!]{0,25}\b(quot(e|ation)s?|price|prices|rates?|fees?|offer|estimate|invoice|budget|terms)\b`))) return null;
    // The client's own raw material to be worked on is a new job: "we've got raw footage, need it cut and subtitled".
    if (has(s, /\b(raw|unedited|unprocessed|unmixed) (footage|files|recordings?|audio|video|photos|material|interviews?|data)\b|\b(we('ve)?|i('ve)?) (got|have|shot|recorded|filmed)\b[^.?!]{0,40}\bneed (it|them|this|these)\b/) && !has(s, /\byour\b|\byou (sent|delivered|made|did|wrote)\b/)) return null;
    // Hiring someone to fix their own material is a new job, not a change to delivered work.
    if (has(s, /\b(someone|somebody|a (freelancer|designer|writer|developer|professional|copywriter|translator|pro)|an (expert|agency|editor)|you|help) to (fix|change|rework|redo|rewrite|update|improve|edit|correct)\b[^.?!]{0,30}[.?!]?$/) && !has(s, /\b(your|you (sent|delivered|made|did|wrote))\b/)) return null;
    // Procurement wording, not an edit: "align with our supplier framework".
    if (has(s, /\balign(ed)? (it |this )?(with|to) (our|the|their|your) (\w+ )?(framework|policy|policies|process|guidelines|requirements|standards|budget|terms|supplier\w*|procurement)\b/)) return null;
    // "change", "update", "cut"… are nouns as often as verbs: only the verb asks for an edit.
    // Someone else already had to fix it: a grievance, not a request.
    if (has(s, HAD_TO_EDIT)) return null;
    // An edit of nothing named ("fix whatever looks wrong") is no specific change.
    if (has(s, new RegExp(String.raw`\b${EDIT_VERB}\b (up )?(whatever|anything|everything that|what(ever)? (looks|seems|is|reads))\b`))) return null;
    const edit = find(s, EDIT, { confidence: 0.8, unlessNegated: true });
    // The verbs come from a compromise match, so they are read only once an edit word is there to check.
    if (edit && verbsOf(s).has(s.lower.slice(edit.from, edit.to).split(' ')[0] ?? '')) {
      // "Adjust the designs" names no change: weaker, and dropped when it only follows new scope.
      // …unless the message has just said what is wrong with it: "not so happy … too stiff. Can you please rework it?"
      const generic = GENERIC_OBJECT.test(s.lower.slice(edit.to)) && !VERDICT_ON_WORK.test(ctx.lower);
      return generic ? { ...edit, confidence: 0.65 } : edit;
    }
    const asked = find(s, ASKED_EDIT, { confidence: 0.8 });
    if (asked) return asked;
    const listed = find(
      s,
      [
        /\bmake (the|it|this|that|our|my|them|all) ?[^.?!]{0,25}\b(bigger|smaller|larger|darker|lighter|bolder|thinner|shorter|longer|wider|narrower|brighter|more (formal|casual|readable|visible|prominent|friendly)|less \w+|red|orange|yellow|green|blue|purple|pink|white|black|gr[ae]y)\b/,
        /\b(can|could) (the|this|that) \w+( \w+)? be [^.?!]{1,20} instead of\b|\buse ['"]?\w+['"]? instead of\b/,
        /\bshould (read|say|end in|start with|follow|match|be (pronounced|rendered|changed|replaced|moved|removed|written|spelled|spelt|capitali[sz]ed|in|bigger|smaller|darker|lighter)\b|be ['"])/,
        /\b(is|are|looks?|seems?|reads?) (a bit |a little |slightly |still )?(wrong|incorrect|misspelled|misspelt|outdated|too (long|short|small|big|dark|light|busy|bright))\b/,
        /\b(need|needs) to be (changed|fixed|corrected|updated|adjusted|removed|replaced|shortened|moved)\b/,
        // A corrected file asked for, or a feature asked to change: "send me a corrected version", "could her hair be a bit curlier?"
        /\b(send|give|deliver|upload|share) (me |us )?(a |an |the )?(corrected|revised|fixed|amended|updated) (version|file|copy|draft|report|cut|edit)\b|\b(can|could) (the|her|his|its|their|this|that) \w+( \w+){0,3} be (a (bit|little|touch|tad) |slightly |much )?(\w+er|more \w+|less \w+)\b/,
        /\b(a few|some|small|minor|our|the following|my|two|three|\d+) (edits|tweaks?|amendments|corrections|changes|comments|notes|fixes|things to (fix|change))\b|\bsmall tweak\b|^(here'?s |here is |some |our |my |the |a bit of |quick )?feedback (from|on|for)\b|\bfeedback (below|attached|as follows)\b|\bfeedback (from|on|for) [^.?!:]{0,40}:|^(feedback|notes|comments|changes|edits|corrections|tweaks|fixes)\b[^.?!:]{0,30}:\s*$/,
      ],
      { confidence: 0.8, unlessNegated: true },
    );
    // A feedback header over a list of approvals asks for nothing: "Feedback from the stakeholders: … No further changes".
    if (listed && !/\bno (further |more |other )?(changes|edits|revisions|tweaks)\b|\bnothing (else )?to (change|fix)\b/.test(ctx.lower)) return listed;
    // Defect notes on a delivered piece, never about money or time:
    // "music too loud under the interview", "typo in lower third", "logo should hold 2 sec longer".
    if (has(s, MONEY_OR_TIME) || has(s, /\byou (said|say|mentioned|think|thought|suggested|told|warned|advised|felt|feel)\b/)) return null;
    const defect = find(
      s,
      [
        /\b(is|are|looks?|seems?|feels?|reads?|sounds?|comes across|still) (a bit |a little |slightly |way |much |far |still |rather |kind of |somewhat )?(off(?! (to|on|for|sick|work|today|tomorrow|next|this|until|till|at|from|in|with|the|ill|duty|home)\b)|too (long|short|small|big|dark|light|busy|bright|loud|quiet|bold|thin|wide|narrow|fast|slow|pale|saturated|formal|casual|stiff|salesy|wordy|dense|cramped|tight|low|high|cluttered|plain))\b/,
        /\btoo (loud|quiet|dark|light|small|big|bright|busy|bold|thin|wide|narrow|fast|slow|pale|saturated|blurry|cramped|cluttered|faint|low|high|long|short)\b/,
        // A hedged verdict on the piece: "the headline reads a bit stiff", "the palette feels slightly flat".
        /\b(reads|feels|looks|sounds|comes across|seems|is|are|look|feel) (a bit|a little|a tad|slightly|rather|somewhat|kind of|quite) (stiff|formal|casual|dull|flat|busy|generic|salesy|dry|bland|cramped|cluttered|dark|pale|heavy|crowded|stiff|robotic|clunky|wordy|long|cold|muddy|washed out|off)\b/,
        // A bare note line: "logo a touch smaller", "headline in bold".
        /^[-*\u2022\d.)\s]*[a-z]+( [a-z]+)? ((a (bit|touch|little|tad|lot)|slightly|much|way) )?(smaller|bigger|larger|darker|lighter|bolder|thinner|shorter|longer|wider|narrower|brighter|higher|lower|louder|quieter|in bold|in italics?|centred|centered|left-aligned|right-aligned|more \w+|less \w+)\s*[.!]?$/,
        /\b(typos?|misspell\w*|spelling (mistake|error)s?|grammar (mistake|error)s?|broken link|dead link|overlap\w*|misaligned|cut off|cropped off|pixelated|off-centre|off-center|out of sync|glitch\w*|bug|bugs)\b/,
        /\bshould (\w+ )?[^.?!]{0,20}\b(longer|shorter|bigger|smaller|larger|earlier|later|higher|lower|louder|quieter|darker|lighter|bolder|faster|slower|wider|narrower|closer|further)\b/,
      ],
      { confidence: 0.75, unlessNegated: true },
    );
    // A defect only imagined ("we may call if numbers look off") asks for nothing yet.
    // So does one only foreseen ("it will look a bit crowded").
    const before = s.lower.slice(0, defect?.from ?? 0);
    if (defect && !/\b(if|in case|unless|whether|should)\b[^,;:.!?]*$/.test(before) && !/(\b(will|would|might|may|could|going to)|'ll|'d)\s+$/.test(before)) return defect;
    // "Can you take a look / try #1E5AA8?" asks for a change only once the message points at a defect.
    if (!DEFECT.test(ctx.lower)) return null;
    return find(s, /\b(can|could|would) you (please )?(also )?(try|take a (look|quick look)|have a look|look into|sort (it|this|that) out)\b/, { confidence: 0.7 });
  },
};

const MONEY_OR_TIME = /\b(price|prices|rate|rates|fee|fees|cost|costs|quote|budget|invoice|discount|deposit|payment|deadline|timeline|wait|turnaround|expensive)\b|[$€£]/;
const DEFECT =
  /\b(too (loud|quiet|dark|light|small|big|bright|busy|bold|thin|wide|narrow|fast|slow|pale|blurry|long|short)|typos?|misspell\w*|overlap\w*|misaligned|cut off|pixelated|broken|bug|bugs|glitch\w*|doesn't (send|work|load|show|open|display)|isn't (working|loading|showing)|(is|are|looks?) (a bit |slightly )?off|wrong)\b/;

const THREAT = /\byou('ll| will) (be hearing|hear) from (us|our (lawyers?|solicitors?|legal))\b|\b(dispute|chargeback|lawyers? (involved|will)|refund|bad review|negative review|pulling the)\b/;

/** Their old things, replaced by the freelancer's: "the old website had a broken contact form, your new one…". */
const OWN_OLD =
  /\b(our|my|the) (old|previous|former) (site|website|logo|menu|brochure|branding|brand|design|app|shop|packaging|copy|photos|flyer|leaflet)\b[^.?!]{0,40}\b(embarrassing|terrible|awful|ugly|dated|outdated|rubbish|a mess|broken|horrible|useless|a joke)\b/;
const OWN_MISHAP =
  /\bon (our|my) (end|side)\b|\b(our|my) (own )?(fault|mistake|bad|cms|server|system)\b|\bfalse alarm\b|\b(our|my|the) (current|existing) (site|website|logo|menu|brochure|branding|brand|design|app|shop|packaging|copy|photos|flyer|leaflet)\b[^.?!]{0,40}\b(embarrassing|terrible|awful|ugly|dated|outdated|rubbish|a mess|broken|horrible|useless|a joke)\b|\b(i|we)('ve| have| had)? (been|was|were|am|'m|are|'re) (so |really |just |a bit |such )?(terrible|awful|useless|hopeless|rubbish|bad|slow|rude|a pain|a nightmare)\b|\b(i|we) (feel|felt) (so |really |just |a bit |quite |absolutely )?(awful|terrible|bad|horrible|guilty|dreadful)\b|\b(our|my|the) (wi-?fi|internet|connection|signal|reception|lift|elevator|printer|laptop|computer|pc|phone|car|van|train|flight|weather|traffic|server|office|building|heating|power|inbox|week|day|morning|dog|boiler|roof|camera|footage|recordings?)\b[^.?!]{0,40}\b(broken|rubbish|terrible|awful|horrible|useless|down|dead|not working|a nightmare|playing up|acting up)\b|\b(not|no longer|stopped) (working|employed) (with|for|at|here)\b|\bworking (with|for) (us|me) (anymore|any more)\b/;

/** Praise that opens a sentence: sarcastic when the same message reports a fault ("Wow, five days to change a colour"). */
const PRAISE_OPENER = /^\s*(oh,? )?(wow|nice|great|fantastic|brilliant|lovely|perfect|amazing|impressive|wonderful|superb|cheers|thanks a lot|well done|great job|good job|nice one|glad to see|good to know|love (that|how)|oh (good|great|lovely|brilliant|sure))\b/;
/** Faults plain enough that praise around them is irony. */
const PLAIN_FAULT = /\b(wrong|misspel\w*|spelled|spelt|typos?|can't (click|read|see|open|find)|doesn't (work|load|open|display)|broken|same as the (draft|last|first|old)|(taken|took|takes) (you )?(longer|twice|three times|ages|forever)|another (month|week|fortnight)|exactly zero|zero (traffic|sales|leads|clicks|visitors|enquiries|inquiries)|out of focus|blurry|grainy|pixelated|\w+ (days|weeks) to (change|fix|do|swap|move|reply|answer|send)|founded in \d{4}|nobody (on|with) a (phone|mobile))\b/;

const complaint: MoveDetector = {
  id: 'complaint',
  detect(s, ctx) {
    // Irony: praise opening a sentence in a message that reports a plain fault ("Glad to see my company name is spelled
    // wrong on every page", "Wow, five days to change a colour. Impressive turnaround.").
    if (has(s, PRAISE_OPENER) && PLAIN_FAULT.test(ctx.lower) && !/\b(thanks? (you )?for (flagging|spotting|catching|fixing|sorting|correcting)|(fixed|sorted|corrected|resolved) (now|it)|no (worries|problem)|my (bad|mistake|fault)|our (bad|mistake|fault)|on our (end|side))\b/.test(ctx.lower)) {
      return { from: 0, to: s.lower.length, confidence: 0.8 };
    }
    // Grumbling about a former freelancer is not a complaint about this one.
    // …unless the former one is held up against this one: "our last designer never needed three rounds".
    if (has(s, /\b(previous|former|last|old) (freelancer|designer|developer|agency|writer|translator|contractor|guy)\b/) && !has(s, /\b(never|always) (needed|took|had to|made|asked|missed)\b|\bgot (it|them|this) right\b/)) return null;
    if (has(s, /\b(no complaints?|nothing to complain|not disappointed|not unhappy)\b/)) return null;
    // The client's own mishap or self-reproach, not the freelancer's work: "sorry, I've been terrible at email",
    // "the wifi here is rubbish", "the lift is broken in our building", "he's not working with us anymore".
    if ((has(s, OWN_MISHAP) && !has(s, /\b(your|yours)\b/)) || has(s, OWN_OLD)) return null;
    // "Let me know if access doesn't work": a condition, not a fault.
    // …unless the condition comes with a threat: "if it still isn't working by tonight, you'll hear from us".
    if (has(s, /\b(if|in case|should|whether)\b[^.?!]{0,40}\b(doesn't work|isn't working|not working|broken|fails?)\b/) && !has(s, THREAT)) return null;
    return find(
      s,
      [
        /\b(disappoint\w*|let ?down|let (us|me|them|everyone|everybody|the (whole |entire )?(\w+ )?team|our \w+) down|losing (my |our )?patience|lost (my |our )?patience|unacceptable|dissatisf\w*|unhappy|frustrat\w*|fed up|annoyed|furious|upset|sloppy|amateur\w*|terrible|awful|horrible|worst|useless|garbage|rubbish|unprofessional|embarrass\w*|appalling|shoddy|mediocre|subpar|sub-par)\b/,
        /\bnot (at all )?(happy|satisf(ied|y)|pleased|ok|okay|acceptable|good enough|what (i|we) (asked|wanted|expected|ordered|paid))/,
        // "YOU SAID TUESDAY." — a date promised and missed; "only took you twice as long as promised"; "fix this mess".
        /\byou (said|promised|told (me|us))( it would be| it'd be| they'd be| by)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last week|this morning)(?=\s*[.!?]*\s*$)|\b(only )?took (you )?(twice|three times|double|\w+ times) as long\b|\b(fix|clean up|sort out|sort) (this|that|your) mess\b/,
        // Reproach without the usual words: "did you even read the brief?", "half of what I asked for isn't there", "my twelve
        // year old could have done better", "nobody liked it", "what exactly am I paying you for?", "it feels rushed".
        /\bdid you (even |actually )?read (the|my|our) (brief|email|notes|message)\b|\b(half|most|none|some) of what (i|we) (asked|paid) for (isn't|is not|wasn't|was not|aren't) (there|in it|included)\b|\b(my|our|a) ([\w-]+ (year|yr) old|kid|child|nephew|niece|son|daughter|toddler|intern)\b[^.?!]{0,15}\bcould have done (better|this|it|that)\b|\b(nobody|no one|no-one) (liked|likes|loved) (it|them|the \w+)\b|\breads like a (school|student|high school|first-year|child's|kid's)\b|\bwhat (exactly )?(am i|are we) (even |actually )?paying you for\b|\bexpected (a lot |much |far |way )?more for (the|that|this|my|our) money\b|\b(feels|felt|looks|looked|reads|sounds|seems) (a bit |really |very |so |quite )?(half-finished|unfinished|thrown together|phoned in)\b|\bnot (really )?loving (it|this|them|the \w+)\b/,
        // "This isn't what I had in mind at all", "the board hated it".
        /\b(isn't|is not|wasn't|was not|aren't|are not)( at all| remotely| even close to)? what (i|we|they|the \w+) (had in mind|asked for|wanted|expected|ordered|briefed|discussed|agreed)\b|(?<!\b(i|we|you) (would |'d )?)\b(hated|loathed|can't stand|couldn't stand) (it|this|them|the (?!(old|previous|former|current|existing|other)\b)(\w+ )?(design|designs|logo|draft|drafts|video|copy|site|website|photos?|images?|edit|cut|colou?rs?|font|layout|result|hero( image)?|translation|text|concepts?))\b/,
        /\b(quality)\b[^.?!]{0,30}\b(poor|bad|low|terrible)\b|\b(poor|bad|low) quality\b|\bwas poor\b/,
        /\b((?<!\b(tax|vat|insurance|ticket|flight|hotel|deposit scheme) )(?<!\b(don't|do not|doesn't|does not|no) (need|want|expect) (a |any )?)refund|money back|reimburs\w*|compensation|compensate (us|me|for)|(?<!\b(not|un|never|aren't|isn't|won't be) )compensated|(get|involve|call|contact|consult|speak to|talk to|hand (this|it) (over )?to) (our|my|a) (lawyers?|solicitors?|legal (team|department))|lawyers? (involved|will be in touch)|legal action|sue you|negative review|bad review|one-star|dispute the|chargeback|tell everyone|report you)\b/,
        /\b(waste of (money|time)|nothing works|doesn't work|isn't working|not working|broken)\b/,
        /\b(missed the deadline|late again|again\b[^.?!]{0,10}!|(falls?|fell) (way |far |well )?short|(not|isn't|wasn't) what (you|we) (promised|agreed)|(second|third|fourth|fifth|sixth|umpteenth|nth|\w+th) time (i|we|you)|this is the (second|third|\w+) time)\b/,
        // …said of the freelancer: "the founders still haven't agreed" is their own pace.
        /(?<!\b(we|i|they) )(?<!\b(our|the) \w+ )\b(still (haven't|hasn't|have not|not|no|nothing|waiting|isn't|aren't|is not|are not|wasn't)|heard nothing|(is|it's|this is) getting (ridiculous|absurd|out of hand|old)|beyond a joke|running out of patience|miss(es|ed)? the mark|(way |completely )?off the mark|nowhere near (what|good)|not even close|nobody (answers|replies|responds)|no one (answers|replies))\b/,
        // "I know designers hate it" foresees a professional's taste; it is no complaint.
        /\b(expected better|expected (something |a lot |a |much |far |way )*more (polished|professional|finished|\w+ than)|(?<!\bknow( \w+){1,2} )hates? it|your mistakes?|you made (a|an|several) (mistake|error)s?|had (\w+ )?errors|(want|need|demand|expect|like) to (know|understand|hear) (how|why) (this|that|it) (could |was able to )?(have )?happen(ed)?|all wrong|completely wrong|totally wrong|cost us)\b/,
        // Errors in bulk: "full of mistakes", "riddled with typos", "so many bugs".
        // …as a verdict, not as the part to fix: "only fix the obvious mistakes".
        /(?<!\b(fix|correct|catch|spot|remove|check for|clean up)( only)?( the| any)? )\b(full of|riddled with|lots of|so many|too many|plenty of|dozens of|countless|basic|obvious|glaring|embarrassing) (mistakes|errors|typos|bugs|problems|issues|inaccuracies|mistranslations)\b/,
        // Questioning competence or mocking the work: "how you call yourself a professional", "our partner laughed at it".
        /\b(call|calls|consider) yourself (a |an )?\w+|\bcalls (herself|himself|themselves) (a |an )?\w+|\b(supposed|claim\w*) to be (a |an )?(professional|expert|pro)\b|\blaugh\w* at (it|this|the \w+|your \w+)\b|\b(it's|it is|this is|that is|that's|the \w+ (is|was)|your \w+ (is|was)) (a |an )?(complete |total |absolute )?(joke|disaster|embarrassment)\b/,
        // Damage done and a demand to make good: "your code broke our checkout", "cover the losses".
        /\b(broke|crashed|ruined|destroyed|wrecked|messed up|screwed up|took down)\b|\blost (sales|customers|clients|money|revenue|orders|data|business|a day|a week)\b|\b(cover|compensate|pay for|reimburse) (the |our |all |for )?(losses|loss|damage|damages|costs)\b/,
        // Lateness and slipping quality: "the last three deliveries were late", "quality is slipping".
        // …said of the work, not of their own side: "our printer is running late too".
        /(?<!\b(i'm|we're|i am|we are|(our|my|their) \w+( \w+)?( is| are)?) )\b(were|was|is|are|been|came|arrived|always|again|consistently|keeps? being|running) (\w+ )?late\b|\bquality\b[^.?!]{0,20}\b(slipping|declining|dropping|going down|getting worse|worse|deteriorat\w*)\b|\bkeeps? (missing|slipping|forgetting)\b/,
        // Sanctions and damage to their standing: "we will be withholding the remaining invoice", "this reflected poorly on us".
        // …and "I won't be approving the $1,080 invoice until it's done", "I expect this corrected at no cost".
        /\b(won't|will not|am not going to|are not going to|refuse to) (be )?(approv\w*|pay\w*|releas\w*|sign\w* off)\b[^.?!]{0,50}\buntil (it'?s|it is|this is|that is|they are|they're|the \w+ (is|are)|everything is) (done|fixed|corrected|sorted|resolved|put right|redone)\b|\b(expect|want|demand) (this|it|them|that|everything|the \w+) (corrected|fixed|redone|sorted|put right|changed)\b[^.?!]{0,30}\b(at no (extra )?cost|for free|free of charge|at your (own )?(cost|expense))\b|\b(withhold\w*|hold\w* back|freez\w*|stop\w*) (the |our |all |any )?(remaining |final |last |outstanding |next )?(payment|invoice|balance|fee|instal+ment)s?\b|\breflect\w* (poorly|badly) on\b|\byou('ll| will) (be hearing|hear) from (us|our (lawyers?|solicitors?|legal))\b|\b(expect|demand|want) (a |an )?(written )?(explanation|apology)\b/,
        // Paying without getting what was paid for: "not sure what we paid for", "I'm paying for results, not…".
        /\bwhat (we|i) (paid|are paying|'re paying|am paying) (you )?for\b|\b(paying|paid) (you )?for results\b|\b(haven't|hasn't|has not|have not|didn't|did not) (improved|changed|helped|got better|gotten better) at all\b/,
        // Their own people had to repair the work: "the errors we had to fix ourselves".
        /\b(errors|mistakes|typos|bugs|problems|issues|inaccuracies)\b[^.?!]{0,25}\b(we|i|our( \w+){1,2}) (had|have) to (fix|correct|redo|rewrite|clean up|sort out|rework)\b|\b(had|have) to (fix|correct|redo|rewrite|clean up|sort out|rework) (it |them |this |that |everything |half of (it|them) |most of (it|them) |\w+ )?(ourselves|myself|in-house|internally)\b/,
        // A verdict of cheapness on the piece: "the animation looks kind of cheap", "it feels amateurish".
        /\b(looks|feels|sounds|reads|looked|felt|sounded|(comes|came) across( as)?) (\w+ )?(kind of |sort of |a bit |a little |really |so |very |pretty |quite |rather |super )?(cheap|cheesy|tacky|lazy|ugly|childish|half-hearted|low-effort|thrown together)\b/,
        // Demands and broken promises: "what are you going to do about this?", "I was told you'd get results", "I've been chasing you all week".
        /\bwhat (are you going to|will you|do you plan to|do you intend to|you('re| are) going to|you will|you('ll| will)) do about (this|it|that|the \w+)\b|\b(i was|we were) (told|promised|assured|led to believe)\b|\b(i|we)('ve| have) been (chasing|reminding|nagging|waiting on) you\b|\b(our|my) (previous|former|last|old|other) ([\w-]+ )?(freelancer|designer|developer|agency|writer|copywriter|translator|contractor|editor|illustrator|photographer)s? (never|always) (needed|took|had to|made|asked|missed)\b|\bno more excuses\b|\b(enough|stop)( with| making)? (the |your )?excuses\b|\b(still|keep|keeps) (sending|giving|making|coming up with) (me |us )?excuses\b|\byou (were|was) supposed to (finish|deliver|send|have|be done|complete|fix)\b|\byou (didn't|did not|never) (repl\w+|answer\w*|respond\w*|get back|got back|call\w* back|pick\w* up)\b|\b(paying|paid|pay) (you )?for nothing\b/,
        // Formal notice of a breach: late against the contract, penalties, an explanation demanded.
        /\b(penalt(y|ies)|liquidated damages|breach of (the )?(contract|agreement))\b|\bafter the (contractual|agreed|contracted|promised) (date|deadline)\b|\b(provide|give|send|owe) (us |me )?(a |an )?(written |full |formal |proper )?(explanation|apology)\b/,
        // Disappointment put gently: "I really thought that after three weeks we'd have more than a rough sketch".
        /\b(thought|expected|hoped|assumed)\b[^.?!]{0,20}\b(by now|after (\w+|\d+) (days?|weeks?|months?))\b[^.?!]{0,30}\b(more than|further (along)?|something (more|better))\b/,
        // Reproach for something not done: "Why didn't you answer my email??"
        /\bwhy (didn't|haven't|hasn't|did not|have not|wasn't|weren't|isn't|aren't|don't|doesn't|won't|can't|couldn't) (you|it|this|anyone|anybody)\b/,
      ],
      { confidence: 0.85 },
    );
  },
};

const boundaryPush: MoveDetector = {
  id: 'boundary_push',
  detect(s) {
    // The client announcing their own absence, or recalling what the freelancer promised.
    if (has(s, /\b(i|we)('ll| will) be (on|out|away|off)\b|\byou promised\b|\bas promised\b/)) return null;
    const strong = find(
      s,
      [
        // Watching the freelancer work: time trackers, screen capture, webcam.
        /\b(hubstaff|time doctor|timedoctor|activity (tracker|tracking|monitor\w*)|screen (tracking|monitoring|recording|capture)|(tracking|monitoring) (software|app|tool)|see your (screen|activity)|screenshots of your (screen|work|desktop)|(webcam|camera) on (while|during|the whole)|track (your|the) (screen|activity|keystrokes|mouse))\b/,
        /\b(whatsapp|telegram|viber|wechat|imessage|personal (number|phone|mobile|email)|my (mobile|cell)|your (mobile|cell|private) (number|phone)|text me)\b/,
        /\b(work|working|deliver) (over|on|during|through) (the )?(weekends?|nights?|holidays)\b|\b(24\/7|24-7|around the clock|round the clock|(?<!\b(come|drop by|pop in|pop by|pop round|visit|arrive|stop by|turn up|drop in|call in) )any ?time(?! (in|within|during|between|next|this|before|after|from|suits|works|is (fine|good|ok|okay)|you (like|want|wish)|that (suits|works)|convenient|that's convenient)\b)|day and night|all hours|after hours|out of hours|outside (of )?(working|office|business) hours)\b/,
        /\b(be|stay|remain|keep)\b[^.?!]{0,15}\b(online|available|reachable|on call|on (our|my) (slack|teams|skype|whatsapp|telegram)|your phone on)\b/,
        // Working on the client's tools and clock: "you on our Slack, available 9 to 6 our time", "join our daily standup".
        /\b(you|you to be|join|joining)\b[^.?!]{0,10}\bon (our|my) (slack|teams|discord|skype|whatsapp|telegram|channel)\b|\bjoin(ing)? (our|my|the) (slack|teams|discord|whatsapp|telegram)\b|\bavailable (from )?\d{1,2}(:\d\d)? ?(am|pm)? ?(to|-|until|till|through) \d{1,2}\b|\b(on|in) (our|my) (time ?zone|time|hours)\b|\b(our|my) time\b[^.?!]{0,10}\((pst|est|cst|cet|gmt|utc|ist|aest|pt|et)\)|\b(ping|message|call|reach) you (anytime|any time|whenever|at any hour)\b/,
        /\b(within \d+ (minutes|mins?)|immediately|straight away|right away|instantly|in real time)\b[^.?!]{0,20}\b(answer|repl\w*|respon\w*)|\b(answer|repl\w*|respon\w*)\b[^.?!]{0,20}\b(within \d+ (minutes|mins?)|immediately|straight away|right away|instantly|in real time)\b/,
        /\b(every (day|evening|morning|hour|night)|every (couple of|few|two|three|\d+) (hours|minutes)|daily|hourly|nightly|twice a day|\w+ times a day|constant(ly)?|non-?stop)\b[^.?!]{0,30}\b(report|reports|update|updates|check-?ins?|calls?|status|meetings?|summar\w+|stand-?ups?|syncs?|scrums?|huddles?)\b/,
        /\byou (don't|dont|do not) (have|get|need|take) (weekends|evenings|holidays|days off|time off|a life)\b|\b(clock|clocked|clocking|knock|knocked|knocking) off at\b|\bdaily (progress|screenshots?|walkthroughs?|looms?|videos?|recordings?)\b/,
        /\b(report|reports|update|updates|check-?ins?|calls?|status|meetings?|syncs?|stand-?ups?)\b[^.?!]{0,30}\b(every (couple of |few |two |three |\d+ )?(day|evening|morning|hour|night|hours|minutes)|daily|hourly|twice a day|\w+ times a day)\b/,
      ],
      { confidence: 0.85 },
    );
    if (strong) return strong;
    const offHours = find(s, /\b(weekends?|saturdays?|sundays?|evenings?|at night|nights?|tonight|late (at night|in the evening|evening)|work late|midnight|early morning|(8|9|10|11|12) ?pm|[1-6] ?am)\b/, { confidence: 0.8 });
    if (!offHours) return null;
    const contact = find(s, /\b(available|availability|reach\w*|call|calls|ring|phone|answer\w*|repl\w*|respon\w*|online|check-?ins?|meetings?|updates?|reports?|messages?|slack|teams|zoom)\b/, { confidence: 0.8 });
    return contact ? join(offHours, contact, 0.8) : null;
  },
};

const ndaRequest: MoveDetector = {
  id: 'nda_request',
  detect(s) {
    if (has(s, /\b(nda|non-?disclosure|confidentiality)\b[^.?!]{0,20}\b(not (needed|required|necessary)|isn't (needed|required|necessary)|unnecessary)\b/)) return null;
    // "Confidential waste", "the confidential part of the tender went in": the client's own paperwork, nothing asked of the freelancer.
    if (has(s, /\bconfidential (waste|shredding|bins?|paper|sacks?|part|section|bit|parts) /) && !has(s, /\b(nda|sign|keep|share|show|publish|disclose)\b/)) return null;
    return (
      find(
        s,
        [
          /\b(nda|non[- ]?disclosure|confidential\w*|exclusivity|exclusively|exclusive (rights?|licen[cs]e|contract|agreement|deal|basis|use|ownership|partner\w*)|under wraps|under embargo|unannounced|not (yet )?(been )?announced|proprietary|white[- ]label\w*|ghost-?writ\w*|ghost ?written|unbranded|uncredited|no credit|without (any )?credit)\b/,
          /\bkeep (it|this|them|the \w+|everything|the whole thing|all of (this|it)) (secret|private|quiet|between us|confidential)\b/,
          // Secrecy without the word: "is secret project, nobody must know", "hush hush till the launch", "the end client can't know you exist".
          /\b(is|it's|this is|project is|all) (a |very |top |strictly )?(secret|top secret|hush[- ]hush)\b|\bhush[- ]hush\b|\b(nobody|no one|no-one) (must|can|should|may|is to) (know|find out|hear)\b|\b(must not|mustn't|don't|do not|can't|cannot|never) tell (anyone|anybody|people|a soul)\b|\b(can't|cannot|mustn't|must not|shouldn't|should not|won't) (ever )?know (you|about you)\b|\b(don't|do not|never|please don't) put (this|it|them|any of (this|it)|the \w+) (in|on) your (portfolio|website|site|instagram|insta|socials?|social media|linkedin|behance|dribbble|showreel)\b|\b(none of (this|it)|nothing|not a word) (goes|go|can go|should go|appears?|gets posted) (on|in|into) (social media|socials|instagram|insta|facebook|linkedin|tiktok|your \w+)\b|\bno posting (in|on)\b/,
        ],
        { confidence: 0.9, unlessNegated: true },
      ) ??
      find(
        s,
        [
          /\b(not|don't|do not|never|can't|cannot|won't|without) (to )?(disclose|publish|share|post|show|display|mention|reveal)\b[^.?!]{0,60}\b(anywhere|publicly|portfolio|website|social|online|anyone|anything|about|case stud\w+|designs?|work|behance|dribbble|instagram|linkedin|artstation|showreel)\b/,
          // "Not use" is confidential only where the work would be shown: "we decided not to use your design" is their choice.
          /\b(not|don't|do not|never|can't|cannot|won't|without) (to )?use\b[^.?!]{0,60}\b(anywhere|publicly|portfolio|social|online|case stud\w+|behance|dribbble|instagram|linkedin|artstation|showreel)\b/,
          /\b(no|not) (mention|case stud(y|ies)|portfolio use|publicity)\b/,
          /\b(not|won't|can't|cannot|never|no)\b(?:(?!\bbut\b)[^.?!,]){0,30}\b(show|use|put|add|include|display|post|feature|publish|share|mention|showcase)\w*\b(?:(?!\bbut\b)[^.?!,]){0,25}\bportfolio\b|\bportfolio\b[^.?!,]{0,20}\b(not allowed|off[- ]limits|isn't (allowed|possible|an option)|is out)\b/,
          // Their name on it, not yours; the work stays out of sight: "your name can't be anywhere and you can't show it".
          /\byour name (can't|cannot|won't|must not|mustn't|shouldn't|should not|can not|may not) (be|appear|go)\b|\b(can't|cannot|won't|will not|must not|no|without) (carry|show|include|have|bear|get|display) (your|any) (credit|name|logo|signature|byline|branding)\b|\bunder (our|the client's|their) (own )?(name|brand|agency's brand|company's name)\b|\b(can't|cannot|must not|mustn't|may not|won't be able to) (show|share|publish|post|display|reveal) (it|this|them|that|any of (it|this|them))\s*(anywhere|publicly|online|to anyone)?\s*([.,!?;]|$)/,
          /\b(not|never) be (disclosed|shared|published|shown|revealed)\b|\bthird parties\b/,
        /\b(none of (this|it|that|the \w+)|nothing( about [^.?!]{1,30}?)?) (can|may|should|must|will|is to) (be )?(mentioned|disclosed|shared|published|shown|revealed|posted|discussed|said)\b/,
          // Kept out of every channel the freelancer shows work in, or handed back: "can't appear in your showreel", "delete your copies".
          /\b(can't|cannot|won't|must not|mustn't|may not|shouldn't|not|never|none of [^.?!]{0,30}? (may|can|should|must|will))( \w+)? (appear|go|be (shown|posted|used|featured|included))\b[^.?!]{0,20}\b(showreel|reel|portfolio|behance|dribbble|artstation|instagram|website|site|case stud\w+|linkedin)\b|\b(delete|destroy|erase|wipe|remove) (your|all|any) (copies|files|recordings|data|notes|backups)\b|\b(stay|remain)s? (with us|ours|our property|in-house)\b/,
          /\b(competitors?|rivals?)\b[^.?!]{0,25}\b(can't|cannot|not allowed|no)\b|\b(can't|cannot|not|no) (work|working) (with|for) (our |any )?(competitors?|rivals?)\b/,
          // Exclusivity without the word: "agree not to work with any other clinics", "none of our work goes in your portfolio".
          /\b(you|agree|promise|commit)\b[^.?!]{0,15}\b(not|never|won't|can't|cannot|no longer) (to )?(work|working|take on( (any )?(work|projects|jobs|clients))?|write|design|do work) (with|for|from) (any )?(other|another|competing|similar)\b|\b(none of|nothing (of|from)) (our|the|my|this|these)\b[^.?!]{0,30}\b(goes|go|appears?|ends up|may go|can go|should go)\b[^.?!]{0,10}\b(in|on|into) (your|a|any) (portfolio|showreel|reel|website|site|behance|dribbble|instagram|social)\b/,
        ],
        { confidence: 0.8 },
      )
    );
  },
};

/** A request for help with a need and nothing else: "We need some content for our website. Can you help?" */
const BARE_REQUEST =
  /^(hi|hello|hey|dear)?[^.?!]{0,12}\b((we|i)( really| urgently)?( need| want| require|'re looking for|'m looking for| are looking for| am looking for| would like)|need|looking for)\b (some|a|an|the)? ?([a-z-]+ ){0,3}?(help|content|text|texts|copy|translation|translations|design|designs|website|site|app|logo|branding|marketing|video|photos|documents?|materials?|stuff|things|work|writing|articles?)( (for|of|with|on) (our|my|the|a|some)? ?[a-z-]+( [a-z-]+)?)?\s*[.!]?$/;

const vagueBrief: MoveDetector = {
  id: 'vague_brief',
  detect(s, ctx) {
    // The whole message is a bare request: no figure, date, quantity, audience or purpose to go on.
    const words = ctx.lower.split(/\s+/).filter(Boolean).length;
    if (words <= 16 && !/\d|\b(by|until|before|for (a|an|the) \w+ (launch|event|fair|conference)|because|about|which|that)\b/.test(ctx.lower)) {
      const bare = find(s, BARE_REQUEST, { confidence: 0.7 });
      if (bare) return bare;
    }
    return find(
      s,
      [
        /\b(can't|cannot) (really )?(say|tell|describe|explain|define)\b[^.?!]{0,10}\b(what|which|how|exactly)\b|\b(propose|suggest) something\b/,
        /\b(not (entirely |really |quite |totally |completely |100% )?sure|unsure|don't (really )?know|do not know|no idea|idk|not (yet )?certain|undecided)\b(?! (why|if (you|the)|whether (you|the)|(how|what|why|where) (you|your)\b|what (we|i) (paid|got|are paying|'re paying|received)\b|(what|how) (happened|went wrong|is going on|'s going on)\b))(?:[^.?!]{0,6}\b(what|which|how|exactly|where)\b|[^.?!]{0,30}\b(yet|about the|about (the )?(colou?rs?|style|look|format|length|tone|direction|design|structure|details|specifics|scope|platform|features?|content|size|name|wording)))/,
        // Deferring every decision to the freelancer: "you're the expert", "we'll leave it to you".
        /\b(i'll|we'll|i will|we will) leave (it |that |this |everything )?(up )?to you\b|\b(\w+ )?you (choose|pick|decide)\s*[.!]?$|\bwhat(ever)? you think (is )?(best|good|right|fits)\b|\byou('re| are) the (expert|pro|professional|designer|creative|writer|specialist)\b|\b(leave|leaving) (it|that|everything|the rest|the details) (up )?to you\b|\b(it's|it is|that's) (entirely |totally |all )?your call\b/,
        // Wishes that contradict or stay abstract: "modern but also classic", "something that pops".
        /\b(something|anything) (that|which) (pops|stands out|grabs|wows|feels right|looks good|catches|speaks|works)\b|\b(feels?|sounds?|looks?) like (us|me|our brand|our company|who we are)\b|\b(modern|simple|minimal|playful|bold|classic|serious|fun)\b,? but (also )?(classic|timeless|memorable|serious|playful|fun|bold|elegant|modern|traditional|detailed)\b/,
        // A product described only by analogy: "an app like Uber but for dog walkers".
        /\blike [\w.]+,? but (for|with)\b/,
        /\b(haven't|have not|hasn't|not (yet )?) ?(decided|figured|defined|settled|worked out|thought about)\b|\b(haven't|have not|hasn't|can't|cannot|couldn't|don't) (really |yet |fully |even )?(agreed|agree)( (internally|among ourselves|as a team|between us))? on (what|who|which|how|whether|the (goal|direction|scope|audience|format|style|message|look|tone))\b/,
        // A feeling they cannot name: "can't put my finger on it", "we want it to feel more 'us'".
        /\b(can't|cannot|couldn't) (quite )?put (my|our) finger on\b|\b(feel|feels|look|looks|sound|sounds) (more|less) (like )?["']?(us|me|ourselves)\b/,
        /\bstill (being )?(defined|deciding|figuring|working (it )?out|thinking|undecided|open)\b/,
        /\b(open to (ideas|suggestions)|no (clear|real|fixed|firm|concrete) (brief|idea|vision|plan|specs?|requirements)|(brief|idea|vision|plan|requirements?) (is|are) (still )?(a bit |quite |pretty )?(fuzzy|vague|unclear|open|loose))\b/,
        /\b((?<!(can|could|would|will|please|pls) )you tell me|surprise (me|us)|anything (works|goes|is fine)|whatever you (think|like|want|feel)|(?<!\bmake (it|this|that) )up to you|you decide|figure it out as we go|(i'll|i will|we'll|we will|i'd|we'd) know (it |what (i|we) (want|like|need) )?when (i|we) see (it|one)|decide later|we'll (decide|see) later|you know what i mean|trust your (taste|judg\w+)|what do you think we need|some kind of|(?<!\b(for|do|did|made|make|done|with) )something like that)\b/,
        // "…charge for something like that" points at a precedent, which is no vaguer than the precedent.
        /(?<!\b(for|do|did|made|make|done|with) )\b(something|anything) (cool|modern|nice|catchy|fresh|simple|clean|creative|unique|different|like|good|pretty|stylish|trendy|young)\b/,
        /\bmake it (look )?(nice|cool|good|pretty|pop|fresh|modern|great|awesome)\b|^(just |please |pls |can you |could you )*make it (better|nicer|more (interesting|exciting|engaging|professional|special))\s*[.!?]*$/,
        /\bmaybe\b[^.?!]{0,40}\bmaybe\b/,
        // Not decided yet, said as a wait: "hard to say now", "we'll know more after the workshop".
        /\b(hard|difficult|too early|impossible) to say\b|\bwe('ll| will) know more\b|\b(figure|work) (it|that|this|things) out (later|as we go|along the way)\b|\bstill (exploring|brainstorming|figuring)\b/,
      ],
      { confidence: 0.75 },
    );
  },
};

const wrongDirection: MoveDetector = {
  id: 'wrong_direction',
  detect(s, ctx) {
    // Acknowledging what the freelancer said and accepting it: "I know you said you're booked until March, that's fine".
    if (has(s, /\bi know you (said|mentioned|told)\b[^.?!]{0,60}\b(that's|that is|it's|its) (fine|ok|okay|no problem|totally fine|understandable)|\b(no problem|no worries|we can wait|happy to wait)\b/)) return null;
    // A competitor named earlier, then "use their text and just change the names": the copy is theirs.
    if (/\b(competitor\w*|rival\w*)\b/.test(ctx.lower)) {
      const theirs = find(s, /\b(use|take|reuse|lift|borrow|copy|keep)\b (\w+ ){0,2}(their|theirs)\b( (text|copy|content|wording|photos|images|design|layout|code|structure|sections|headlines?))?/, { confidence: 0.85 });
      if (theirs) return theirs;
    }
    return find(
      s,
      [
        // Cutting a corner because nobody will see it: "nobody checks", "the inspector won't look that closely", "customers won't notice the difference".
        /\b(nobody|no one|no-one) (ever |really )?(checks|notices|looks|reads|cares|minds)\b|\b(won't|will not|wouldn't|never|don't|doesn't|can't) (notice|spot|tell) the difference\b|\bwon't (look|check) (that|too|very|so) closely\b/,
        // Setting an expert's word aside: "forget the structural engineer's comments", "I know designers hate it but…".
        /\b(forget|ignore|disregard|never mind|skip)\b (about )?(the |what )?(\w+ ){0,2}(engineer|lawyer|inspector|accountant|doctor|architect|expert|consultant|regulator|auditor|surveyor)('s|s')? (comments?|advice|notes|report|warnings?|recommendations?|concerns|says?|said)\b|\bi know (designers|developers|writers|translators|editors|experts|professionals|you( all)?|photographers|architects) (hate|dislike|don't like|disagree|frown on|advise against|wouldn't|won't like)\b/,
        // Someone else's ready-made thing passed off as the work: "grab something from a free logo generator and tweak it".
        /\b(grab|take|use|download|pull|lift)\b[^.?!]{0,45}\b(logo (generator|maker)s?|generators?|templates?|clip ?art|stock (logo|icon)s?)\b[^.?!]{0,20}\b(tweak|adjust|modify|edit|change|customi[sz]e)\w*\b/,
        // "copy" after a determiner is the text itself ("the copy you wrote"); "there's", "it's" are not someone's.
        /(?<!\b(the|your|our|my|this|that|web|new|ad|product|sales|hard|a) )\b(copy|clone|replicate|imitate|mimic|steal|rip off)\b[^.?!]{0,60}\b(competitor\w*|their|other|another|rival|(?!(there|it|that|what|here|let|he|she|who|where|how|everyone|everything|nobody|today|one)'s)\w+'s)\b/,
        /\b(take|lift|borrow|grab|reuse|use)\b[^.?!]{0,20}\b(copy|text|content|design|layout|wording)\b[^.?!]{0,10}\bfrom\b[^.?!]{0,20}\b(rival|competitor|other|another|their|\w+'s)\b/,
        // Someone else's material passed off as theirs: "use our competitor's product photos", "just take theirs", "remove their watermark".
        /\b(use|using|take|taking|reuse|lift|borrow|grab|repost)\b (\w+ ){0,2}(competitor\w*|rival\w*)('s|s')? (\w+ )?(photos|images|pictures|text|copy|content|designs?|logos?|videos?|reviews|descriptions|illustrations)\b|\b(just )?take theirs\b/,
        THIRD_PARTY_WATERMARK,
        /\b(carbon copy|knock-?off|dupe of|exactly like|identical to|(exactly|just) the same as|same as (their|theirs|the competitor\w*|[a-z]+'s)\b|word[- ]for[- ]word|just rephrase|rephrase (it )?(a bit|slightly)|text from (this|their|another|the other|a))\b/,
        /\blike (the |our )?competitors?\b|\b(look|looks|looking|make it|exactly|just) like [a-z]+'s (site|website|logo|design|branding|app|page|ads?|packaging|layout|campaign)\b|\b(make (it|this|ours|our \w+)|just) (look |feel )?(exactly |just )?like the (?!(old|current|previous|first|last|new|other|original|existing|second|draft|mock-?up|sample)\b)\w+ (website|site|homepage|app|logo|branding|packaging|ads?|campaign)\b/,
        /\b(keyword stuffing|stuff\w*\b[^.?!]{0,30}\bkeywords?|keywords?\b[^.?!]{0,40}\b(\d+ times|every (sentence|paragraph|line))|(repeat|mention)\w*\b[^.?!]{0,40}\bevery (sentence|paragraph|line)|stuffed with)\b/,
        /\b(buy\w*|purchas\w*)\b[^.?!]{0,15}\b(backlinks|links|followers|reviews|likes)\b|\bfake (reviews?|testimonials?|followers|ratings|countdowns?|timers?|scarcity|urgency|stock levels?|awards?|badges?|logos?|press|quotes?|endorsements?|numbers|figures|statistics|stats|before and after)\b|\bblack[- ]hat\b|\bhidden text\b/,
        // A claim they know is untrue: "say we're based in London, we're actually in Slough", "say it cures anxiety".
        /\b(say|claim|write|state|pretend|imply|suggest|put)\b[^.?!]{0,40}\b(we're|we are|it's|it is|we have|it has|we've|our)\b[^.?!]{0,40}[.?!,;]?[^.?!]{0,10}\b(actually|really|in fact|but|though|although|even though)\b[^.?!]{0,25}\b(we're not|we aren't|it isn't|it's not|we don't|it doesn't|we haven't|it hasn't|not|never|only|just)\b|\b(sound|sounds|look|looks|seem|seems) like (our|the|this|it) (product|app|service|supplement|cream|tea|pill|course|method)\b[^.?!]{0,25}\b(cures?|heals?|treats?|prevents?|guarantees?|fixes)\b|\b(screenshot|screen-?grab)\b[^.?!]{0,20}\b(their|theirs|competitor\w*|rival\w*|\w+'s)\b/,
        // Made-up social proof: "write 20 customer reviews sounding like real people", "invent a few testimonials".
        /\b(write|create|make up|invent|draft|post|generate|come up with)\w*\b[^.?!]{0,30}\b(reviews|testimonials|ratings|endorsements)\b|\b(sound(ing)?|look(ing)?|seem(ing)?|pass) (like|as) (real|genuine|actual) (people|customers|users|clients|buyers)\b|\b(pretend|posing|pose) (to be|as)\b/,
        // Leaving out what is required or unwelcome: "skip the building regs details", "leave out the regions where sales dropped".
        /\b(skip|leave out|omit|hide|drop|ignore|gloss over|cut out|bury)\b[^.?!]{0,30}\b(allerg\w+|ingredients|nutrition\w*|terms and conditions|small print|fine print|accessibility|alt text|sources|citations|regs|regulations?|compliance|safety|legal|disclaimers?|warnings?|permits?|codes?|side effects|risks?|bad news|negative \w+|losses|complaints|where (sales|revenue|numbers|figures) (dropped|fell|declined))\b|\bonly (need|want|have) to see the (good|positive)\b|\beven if (it|that|this) (distorts|breaks|clips|hurts|looks worse|sounds worse|is illegal|isn't legal|breaks the rules)\b|\bthe (builder|printer|developer|client|team) will (figure|work|sort) (it|that) out\b/,
        // Cutting the craft itself: "just run it through Google Translate and fix what looks wrong", "no need to write it from scratch".
        /\btranslat\w* (it |this |that |them |everything |the \w+ )?(with|using|via|through|in|on) (google|deepl|chatgpt|gpt|ai|an app|a machine|machine translation)\b|\b(take|use|grab|lift|pull|get|download|copy|steal)\w*\b[^.?!]{0,30}\b(from|off) (google( images)?|the internet|the web|their (site|website|instagram|page|facebook))\b|\b(use|copy|borrow|take|put|stick)\b[^.?!]{0,25}\b(nike|coca-?cola|coke|apple|mcdonald'?s|disney|starbucks|adidas|google|amazon|ikea)('s)? (font|logo|tick|swoosh|typeface|colou?rs?|mascot|jingle|slogan|tagline)\b/,
        /\b(run|put|pass|feed|throw)\w* (it|this|that|them|the \w+( \w+)?) (through|into) (google translate|deepl|chatgpt|gpt|ai|an ai|a translator|machine translation|a spinner|a rewriter)\b|\b(just )?use (google translate|deepl|chatgpt|ai|machine translation)\b|\bno need to (translate|write|design|draw|do|start|redo|build) (it |this |them |anything )?(from scratch|properly|yourself)\b/,
        // The harm foreseen and waved through: "I know it'll sound rushed, that's fine with us".
        /\b(i|we) (know|realise|realize|get|understand|accept) (that )?(it|this|that|they)('ll| will| would|'d| might| may| is going to)? (sound|look|read|feel|seem|be|come across)\b[^.?!]{0,15}\b(rushed|cluttered|crowded|cramped|worse|bad|awkward|odd|weird|cheap|busy|unnatural|spammy|ugly|messy|unreadable|illegible|robotic|garbled|off|wrong|unprofessional)\b/,
        // Closing the discussion on a choice: "that's final", "not up for debate", "just do as I say".
        /\b(that's|that is|it's|this is) (final|non-?negotiable|my decision|our decision|been decided|decided)\b|\b(my|our) (mind is|minds are) made up\b|\b(i've|i have|we've|we have) made up (my|our) minds?\b|\bnot up for (debate|discussion)\b|\bend of (story|discussion)\b|\bno (discussion|debate|arguments?)\b|\b(just )?do (as|what) (i|we) (say|said|ask|asked)\b|\bwhether you like it or not\b/,
        /\b(you (advised|recommended|warned|suggested) (against|not)|even (if|though) you (recommend|advise|said|think|suggest)\w*|i know you (said|advised|recommended|think|suggested|prefer)|i know you('d| would) (rather|prefer)|(the|my|our|his|her|this) decision is (final|made)|despite (your|the) (advice|recommendation|warning)s?|against your (advice|recommendation)|contrary to your|i don't care (what|about|if)|(nobody|no one|no-one) (cares|reads|will (notice|check|know|find out|see|care|read|mind))|ignore the (guidelines|rules|best practices?|accessibility|advice|standards)|i insist|we insist)\b/,
      ],
      { confidence: 0.85 },
    );
  },
};

/** Agreeing to go ahead: enough on its own. */
const ACCEPT_STRONG = [
  /\b(let's|let us) (go ahead|do it|do this|go for it|start|get started|begin|proceed|move forward|kick off|get going|get the ball rolling)\b/,
  /\block (it|this) in\b|\bsend (me |us )?(the|your) (agreement|contract)\b|\bsign (us|me) up\b|\b(we're|i'm) in(?=\s*([.!,;]|$))/,
  // "I take it" only closes a clause: "before I take it upstairs" is still deciding.
  /\b(go[- ]ahead|green light|on board|send (over )?the paperwork|count (us|me) in|you('re| are) hired|where do (i|we) sign)\b|\b(we|i)('ll| will)? take it(?=\s*([.!,;]|$))/,
  /\b(please |you can |you may )?proceed\b|\b(we'd|we would|i'd|i would|we want to|we are happy to|we're happy to|we have decided to|we've decided to|decided to) (like to )?(proceed|move forward|go ahead|start|get started|book you|hire you)\b/,
  /\b(we|i) (accept|agree)\b|\bagree to (the|your)\b|\b(our|my|confirm\w*|formal|written) acceptance of\b|\bacceptance of (your|the) (offer|quote|quotation|proposal|terms|estimate|price|contract)\b|\baccept (your|the) (offer|quote|proposal|terms|price|estimate)\b/,
  // "Deal?" asks whether they have one.
  /^(ok(ay)?,? |fine,? |great,? |perfect,? )?(deal|agreed)\b(?!\s*\?)|\bit's a deal\b|\bagreed on all\b/,
  /\b(we('ll| will)|let's) go with (the|your|option)\b/,
  /\bgood to (go|start)\b/,
  // Colloquial yeses: "YES GO FOR IT", "ok its a deal", "go on then, you've talked me into it", "1.8k it is", "let's crack on".
  /^((yes|yep|yeah|ok(ay)?|great|perfect|fine|sure|brilliant|lovely|right|alright|sounds good)[,!. ]+)*(go for it|let's go(?=\s*[.!]*\s*$)|let's crack on|let's do (it|this))\b|\bits a deal\b|\bgo on then\b|\byou('ve| have) talked (me|us) into it\b|^\s*(fine|ok(ay)?|right|alright|deal)?[,.!]*\s*[$€£]?\d[\d,.]*k?( \w+)? it is\b|\b(sounds|looks) (good|great|perfect)\b[,!.]?\s*(when can you (start|begin|get started)|let's (go|start|do it))/,
  /\b(we're|we are|i'm|i am) (happy|ready|glad|pleased) to (sign|go ahead|proceed|start|get started|book|confirm)\b/,
  /\byes to (everything|all of (it|that)|all|the (plan|terms|quote|proposal|offer))\b|\b(signed|signing) off on (your|the) (proposal|quote|offer|estimate|plan|terms)\b|\b(would|'d) (like|love) to (kick off|get started|start|begin|book you)\b|\b(we|i) (approve|approved|have approved|'ve approved) (your|the) (proposal|quote|offer|estimate|plan)\b/,
  /\b(invoice|bill) for the (\d+ ?% )?(deposit|advance|first (stage|milestone|instalment))\b|\bhow (do|can|should) (i|we) pay the (advance|deposit)\b|\bsend (me |us )?the contract\b|\bissue the contract\b/,
];

/** Approving one term ("the price is fine"): agreement only when nothing else in the message is still open. */
const ACCEPT_WEAK = [
  /\b(works|is fine|is ok|is okay|fine) (for|with) (us|me)\b|\bwe're fine with (the|your)\b|\b(is|are) (ok|okay|fine|good|acceptable) (for|with|to) (us|me)\b/,
  /\b(terms|price|quote|proposal|offer|estimate|timeline|plan)\b (looks?|is|are|seems?) (fine|good|ok|okay|great|acceptable|fair|perfect)\b/,
  /\bhappy with the (quote|price|terms|proposal|offer|estimate)\b|\bapproved the (proposal|quote|offer)\b/,
];

const BARE_APPROVAL = /^((ok(ay)?|fine|great|perfect|good|excellent|wonderful|all good|yes),? )?(approved|all approved|confirmed|signed off)\s*[.!]*$/;

const acceptance: MoveDetector = {
  id: 'acceptance',
  detect(s, ctx) {
    // "To proceed, we would need…" sets a condition for going ahead; it does not agree to anything.
    const conditional = /(^|[,;:\u2014]\s*)(in order )?to (proceed|go ahead|move forward|start)\b|\b(whether|if) (or not )?(to|we should|we will|we'll|we can) (proceed|go ahead|move forward|continue)\b|\b(before (we|i) (can )?|if (we|you) (are|want) to |prior to )(proceed|go ahead|move forward|start)\w*\b/;
    // "We'd go ahead if you knock 15% off" is a counter-offer.
    const ifThen = /\b(we'd|we would|i'd|i would|we could|we can|we'll|i'll|happy to|ready to) (happily |gladly |gladly )?(go ahead|proceed|sign|start|move forward|accept)\b[^.?!]{0,40}\b(if|provided|as long as|once you)\b/;
    // "Approved as is, go ahead and launch" signs off delivered work; it agrees to no terms.
    const signOff = /\b(go[- ]ahead|proceed)( and| with| to)? (send|launch|publish|print|post|upload|release|share|submit|deliver|export|push|go live|put it live|schedule)\b|\bapproved as is\b|\b(send|upload) (over )?the final (files|version|versions|cut|artwork)\b/;
    const strong = has(s, conditional) || has(s, ifThen) || has(s, signOff) ? null : find(s, ACCEPT_STRONG, { confidence: 0.85, unlessNegated: true });
    if (strong) return strong;
    // A bare "Approved." approves the offer when the message is about starting; after revisions it signs off delivered work.
    if (BARE_APPROVAL.test(s.lower) && /\b(start|begin|kick off|proceed|book|deposit|contract|quote|proposal|estimate|plan|terms|offer)\b/.test(ctx.lower) && !/\b(revisions?|no more changes|final (version|files|draft|cut))\b/.test(ctx.lower)) {
      return { from: 0, to: s.lower.length, confidence: 0.85 };
    }
    // Confirming what was already agreed, or approving one term and then raising another, is not agreeing to start.
    if (has(s, /\b(as agreed|already agreed|as discussed|still|confirm(ing)? receipt)\b/)) return null;
    if (/\b(but|however|only thing|one thing|except|although|provided|on condition|as long as)\b/.test(ctx.lower)) return null;
    // Putting up with a downside they foresee ("I know it'll sound rushed, that's fine with us") approves no terms.
    if (has(s, /\b(i|we) (know|realise|realize|understand|get|accept)\b|\beven if\b/)) return null;
    // A day or time that suits them schedules a call or a delivery: "Thursday at 14:00 works for me", "so Friday is totally fine for us".
    if (has(s, /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|next week|morning|afternoon|evening|\d{1,2}[:.]\d\d|\d{1,2} ?(am|pm)|(the|that|this) (time|date|day|slot|call|meeting))\b/)) return null;
    return find(s, ACCEPT_WEAK, { confidence: 0.6, unlessNegated: true });
  },
};

export const WORK_MOVES: MoveDetector[] = [rushDeadline, scopeCreep, revisionRequest, complaint, boundaryPush, ndaRequest, vagueBrief, wrongDirection, acceptance];
