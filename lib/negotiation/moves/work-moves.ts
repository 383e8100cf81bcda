// Runs everywhere (Node, side panel): detectors for the client's moves about the work itself (deadline, scope, revisions, complaints, boundaries, NDA, brief, direction, acceptance).
import { find, has, join, type MoveDetector } from './rule';

const DELIVERY = /\b(need|needs|needed|require|want|deliver\w*|ready|done|finish\w*|complete\w*|have (it|them|this|the)|send|back|turn\w* (it )?around|due|launch\w*|live|must|by|get (it|this|them)|starts?|goes live|ship)\b/;

const rushDeadline: MoveDetector = {
  id: 'rush_deadline',
  detect(s) {
    if (has(s, /\b(no rush|no hurry|no need to (hurry|rush)|not urgent|take your time|whenever (you|it suits))\b/)) return null;
    const urgent = find(
      s,
      [
        /\b(asap|a\.s\.a\.p|as soon as possible|urgent\w*|rush\w*|hurry|prioriti[sz]e this|top priority|short notice|yesterday lol|need(ed)? it yesterday|time-sensitive|time sensitive)\b/,
        /\bhow (fast|quickly|soon) (can|could) you\b/,
        /\b(earlier than|sooner than|sooner\b|ahead of schedule|(moved|pulled|brought|bumped|move (it|the \w+)) (it |the \w+ |\w+ )?(up|forward)|pull\w* (it )?forward|brought forward|bring (it )?forward|\w+ earlier\b|got moved up)/,
        /\bby [^.?!]{1,25}\binstead of\b/,
        /\bspeed (things|it|this|that) up\b|\btime is (tight|short|running out)\b|\bup against (it|the clock)\b|\btight (deadline|timeline|turnaround)\b|\b(fast|quick|express)[- ]track\b/,
        /\b(very|super|really|as) (fast|quickly|quick)\b|\bfast,? please\b|\b(do|deliver|finish) it (fast|quickly)\b/,
      ],
      { confidence: 0.85, unlessNegated: true },
    );
    // Replying fast is a boundary question, not a delivery deadline.
    if (urgent && !has(s, /\b(answer|repl(y|ies)|respond\w*|reachable|available)\b/)) return urgent;
    const soon = find(s, /\b(today|tonight|tomorrow|end of (the )?day|eod|this afternoon|this evening|first thing|within (an hour|\d+ hours?|a day)|in (a|an|one|two|three|a couple of|a few|\d+) (hours?|days?)|next (day|morning))\b/, {
      confidence: 0.8,
      unlessNegated: true,
    });
    if (!soon) return null;
    const need = find(s, DELIVERY, { confidence: 0.8 });
    return need ? join(need, soon, 0.8) : null;
  },
};

const scopeCreep: MoveDetector = {
  id: 'scope_creep',
  detect(s, ctx) {
    const sameMoney = /\b(same (price|budget|fee|rate|cost|amount)|within the (same|existing|current|agreed) (budget|price|agreement|fee|scope|contract)|at no (extra|additional) (cost|charge)|no (extra|additional) (cost|charge|fee)|without (extra|additional) (cost|charge)|(fee|price|budget|cost) (stays|remains|will stay|stay)|price stay|within (what|the terms) (we|you) (agreed|quoted)|(budget|price|fee|quote) (hasn't|has not|won't|will not|doesn't|does not|didn't) (changed?|change|increase|move|go up)|included\b|includes?\b|in the price|without (changing|increasing|raising|adjusting|touching) the (quote|price|fee|budget|cost)|part of the (same )?(order|package|project|deal)|existing agreement)/;
    const changed = find(
      s,
      [
        /\b(requirements?|scope|brief|specs?|specification) (have |has )?(now )?(changed|grown|expanded|now includes?)\b/,
        /\bchanged (his|her|their|our|my) minds?\b/,
        /\bnow (needs?|includes?|requires?|should (also )?(cover|include))\b/,
        /\b(a few |two |three |\d+ |some |several )?(more|extra|additional) (rounds?|revisions?|iterations?)\b/,
        /\bbeyond the (\w+ )?(we |you )?(agreed|included|quoted)\b/,
      ],
      { confidence: 0.85 },
    );
    if (changed) return changed;
    const future = /\b(next (month|quarter|year)|in the future|later|down the line|going forward|if this goes well)\b/;
    if (future.test(s.lower)) return null;
    const extra = find(
      s,
      [
        /\b(also|too|as well|additionally|in addition|while you're at it|throw in|on top|squeeze in|fit in|sneak in)\b/,
        /\badd(ing)? (a|an|\d+|two|three|four|five|more|another|some|extra|new)\b/,
        /\b(\d+|two|three|four|five|a few|several|a couple of) (more|extra|additional)\b/,
        /\bone more (small |little |quick )?thing\b/,
      ],
      { confidence: 0.75 },
    );
    if (!extra) return null;
    const sameHere = find(s, sameMoney, { confidence: 0.9 });
    if (sameHere) return join(extra, sameHere, 0.9);
    // A further deliverable asked for, rather than "also, can we pay later".
    if (has(s, /\b(sign|nda|price|pay\w*|discount|call|slack|whatsapp|available|reach|phone|contact|deposit|invoice|weekends?|sundays?|saturdays?|evenings?|nights?)\b/)) return null;
    if (has(s, /\b(by|before|until|in|within)\b[^.?!]{0,12}\b(tomorrow|tonight|today|\w+day|morning|christmas|the end|hours?|minutes|week)\b/)) return null;
    const deliverable = find(
      s,
      /\b(do|make|write|design|create|build|translate|resize|add|added|prepare|produce|deliver|draw|develop|set up|edit|record|film|shoot|throw in|optimi[sz]e|handle|cover|include|need|needs|want|wants|take care of|more)\b(?! (it|them|this|that|you)\b)/,
      { confidence: 0.75 },
    );
    if (!deliverable) return null;
    const asked = s.isQuestion || has(s, /\b(please|pls|could|can|would|will you|we need|i need|we want|i want|need you to|want you to|like you to)\b/) || sameMoney.test(ctx.lower);
    return asked ? join(extra, deliverable, sameMoney.test(ctx.lower) ? 0.85 : 0.7) : null;
  },
};

const EDIT_VERB = String.raw`(?:bump(?: up)?|change|move|swap|replace|remove|delete|fix|correct|adjust|tweak|shorten|lengthen|trim|cut|enlarge|rework|revise|rewrite|redo|update|amend|edit|rephrase|reword|darken|lighten|align|cent(?:er|re)|crop|flip|rotate|tone down|swap out)`;

const revisionRequest: MoveDetector = {
  id: 'revision_request',
  detect(s) {
    if (has(s, /\b(thanks?|thank you|appreciate\w*)\b[^.?!]*\b(fix|chang|updat|edit)\w*/)) return null;
    // Tweaking someone else's material is a wrong direction, not a revision of ours.
    if (has(s, /\b(competitor\w*|rival\w*|other company|another company)\b/)) return null;
    // "change", "update", "cut"… are nouns as often as verbs: only the verb asks for an edit.
    const verbs = new Set((s.view.match('#Verb').out('array') as string[]).map((w) => w.toLowerCase().replace(/[^a-z]/g, '')));
    const edit = find(s, new RegExp(String.raw`\b${EDIT_VERB}\b(?! (of|forward|ahead|on|you|me|us)\b)(?! (his|her|their|our|my) mind)`), { confidence: 0.8, unlessNegated: true });
    if (edit && verbs.has(s.lower.slice(edit.from, edit.to).split(' ')[0] ?? '')) return edit;
    const asked = find(s, new RegExp(String.raw`\b(please|pls|can you|could you|would you|kindly)( also| just)? ${EDIT_VERB}\b`), { confidence: 0.8 });
    if (asked) return asked;
    return find(
      s,
      [
        /\bmake (the|it|this|that|our|my|them|all) ?[^.?!]{0,25}\b(bigger|smaller|larger|darker|lighter|bolder|thinner|shorter|longer|wider|narrower|brighter|more (formal|casual|readable|visible|prominent|friendly)|less \w+|red|orange|yellow|green|blue|purple|pink|white|black|gr[ae]y)\b/,
        /\b(can|could) (the|this|that) \w+( \w+)? be [^.?!]{1,20} instead of\b|\buse ['"]?\w+['"]? instead of\b/,
        /\bshould (read|say|end in|start with|follow|match|be (rendered|changed|replaced|moved|removed|written|spelled|spelt|capitali[sz]ed|in|bigger|smaller|darker|lighter)\b|be ['"])/,
        /\b(is|are) (wrong|incorrect|misspelled|misspelt|outdated|too (long|short|small|big|dark|light|busy|bright))\b/,
        /\b(need|needs) to be (changed|fixed|corrected|updated|adjusted|removed|replaced|shortened|moved)\b/,
        /\b(a few|some|small|minor|our|the following|my) (edits|tweaks?|amendments|corrections|changes|comments)\b|\bsmall tweak\b/,
      ],
      { confidence: 0.8, unlessNegated: true },
    );
  },
};

const complaint: MoveDetector = {
  id: 'complaint',
  detect(s) {
    // Grumbling about a former freelancer is not a complaint about this one.
    if (has(s, /\b(previous|former|last|old) (freelancer|designer|developer|agency|writer|translator|contractor|guy)\b/)) return null;
    if (has(s, /\b(no complaints?|nothing to complain|not disappointed|not unhappy)\b/)) return null;
    return find(
      s,
      [
        /\b(disappoint\w*|let ?down|losing (my |our )?patience|lost (my |our )?patience|unacceptable|dissatisf\w*|unhappy|frustrat\w*|fed up|annoyed|furious|upset|sloppy|amateur\w*|terrible|awful|horrible|worst|useless|garbage|rubbish|unprofessional|embarrass\w*|appalling|shoddy|mediocre|subpar|sub-par)\b/,
        /\bnot (at all )?(happy|satisfied|pleased|ok|okay|acceptable|good enough|what (i|we) (asked|wanted|expected|ordered|paid))/,
        /\b(quality)\b[^.?!]{0,30}\b(poor|bad|low|terrible)\b|\b(poor|bad|low) quality\b|\bwas poor\b/,
        /\b(refund|money back|reimburs\w*|compensat\w*|lawyer|legal action|sue you|negative review|bad review|one-star|dispute the|chargeback|tell everyone|report you)\b/,
        /\b(waste of (money|time)|nothing works|doesn't work|isn't working|not working|broken)\b/,
        /\b(missed the deadline|late again|again\b[^.?!]{0,10}!|(falls?|fell) (way |far |well )?short|(not|isn't|wasn't) what (you|we) (promised|agreed)|(second|third|fourth|\w+) time (i|we|you)|this is the (second|third|\w+) time)\b/,
        /\b(still (haven't|hasn't|have not|not|no)|heard nothing|nobody (answers|replies|responds)|no one (answers|replies))\b/,
        /\b(expected better|hates? it|hate it|your mistakes?|you made (a|an|several) (mistake|error)s?|had errors|full of errors|lots of errors|all wrong|completely wrong|totally wrong|cost us)\b/,
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
        /\b(whatsapp|telegram|viber|wechat|imessage|personal (number|phone|mobile|email)|my (mobile|cell)|your (mobile|cell|private) (number|phone)|text me)\b/,
        /\b(work|working|deliver) (over|on|during|through) (the )?(weekends?|nights?|holidays)\b|\b(24\/7|24-7|around the clock|round the clock|any ?time|day and night|all hours|after hours|out of hours|outside (of )?(working|office|business) hours)\b/,
        /\b(be|stay|remain|keep)\b[^.?!]{0,15}\b(online|available|reachable|on call|on (our|my) (slack|teams|skype|whatsapp|telegram)|your phone on)\b/,
        /\b(within \d+ (minutes|mins?)|immediately|straight away|right away|instantly|in real time)\b[^.?!]{0,20}\b(answer|repl\w*|respon\w*)|\b(answer|repl\w*|respon\w*)\b[^.?!]{0,20}\b(within \d+ (minutes|mins?)|immediately|straight away|right away|instantly|in real time)\b/,
        /\b(every (day|evening|morning|hour|night)|every (couple of|few|two|three|\d+) (hours|minutes)|daily|hourly|nightly|twice a day|\w+ times a day|constant(ly)?|non-?stop)\b[^.?!]{0,30}\b(report|reports|update|updates|check-?ins?|calls?|status|meetings?|summar\w+)\b/,
        /\b(report|reports|update|updates|check-?ins?|calls?|status)\b[^.?!]{0,30}\b(every (couple of |few |two |three |\d+ )?(day|evening|morning|hour|night|hours|minutes)|daily|hourly|twice a day|\w+ times a day)\b/,
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
    return (
      find(
        s,
        [
          /\b(nda|non[- ]?disclosure|confidential\w*|exclusiv\w*|under wraps|under embargo|proprietary)\b/,
          /\bkeep (it|this|them|the \w+|everything|the whole thing|all of (this|it)) (secret|private|quiet|between us|confidential)\b/,
        ],
        { confidence: 0.9, unlessNegated: true },
      ) ??
      find(
        s,
        [
          /\b(not|don't|do not|never|can't|cannot|won't|without) (to )?(disclose|publish|share|post|show|display|mention|reveal|use)\b[^.?!]{0,40}\b(anywhere|publicly|portfolio|website|social|online|anyone|anything|about|case stud\w+|designs?|work)\b/,
          /\b(no|not) (mention|case stud(y|ies)|portfolio use|publicity)\b/,
          /\b(not|won't|can't|cannot|never)\b(?:(?!\bbut\b)[^.?!,]){0,50}\bportfolio\b/,
          /\b(not|never) be (disclosed|shared|published|shown|revealed)\b|\bthird parties\b/,
          /\b(competitors?|rivals?)\b[^.?!]{0,25}\b(can't|cannot|not allowed|no)\b|\b(can't|cannot|not|no) (work|working) (with|for) (our |any )?(competitors?|rivals?)\b/,
        ],
        { confidence: 0.8 },
      )
    );
  },
};

const vagueBrief: MoveDetector = {
  id: 'vague_brief',
  detect(s) {
    return find(
      s,
      [
        /\b(can't|cannot) (really )?(say|tell|describe|explain|define)\b[^.?!]{0,10}\b(what|which|how|exactly)\b|\b(propose|suggest) something\b/,
        /\b(not (entirely |really |quite |totally |completely |100% )?sure|unsure|don't (really )?know|do not know|no idea|idk|not (yet )?certain)\b(?! (why|if (you|the)|whether (you|the)))[^.?!]{0,6}\b(what|which|how|exactly|yet|about the|where)\b/,
        /\b(haven't|have not|hasn't|not (yet )?) ?(decided|figured|defined|settled|worked out|thought about)\b/,
        /\bstill (being )?(defined|deciding|figuring|working (it )?out|thinking|undecided|open)\b/,
        /\b(open to (ideas|suggestions)|no (clear|real|fixed|firm|concrete) (brief|idea|vision|plan|specs?|requirements)|(brief|idea|vision|plan|requirements?) (is|are) (still )?(a bit |quite |pretty )?(fuzzy|vague|unclear|open|loose))\b/,
        /\b((?<!(can|could|would|will|please|pls) )you tell me|surprise (me|us)|anything (works|goes|is fine)|whatever you (think|like|want|feel)|up to you|you decide|figure it out as we go|decide later|we'll (decide|see) later|you know what i mean|trust your (taste|judg\w+)|what do you think we need|some kind of|something like that)\b/,
        /\b(something|anything) (cool|modern|nice|catchy|fresh|simple|clean|creative|unique|different|like|good|pretty|stylish|trendy|young)\b/,
        /\bmake it (look )?(nice|cool|good|pretty|pop|fresh|modern|great|awesome)\b/,
        /\bmaybe\b[^.?!]{0,40}\bmaybe\b/,
      ],
      { confidence: 0.75 },
    );
  },
};

const wrongDirection: MoveDetector = {
  id: 'wrong_direction',
  detect(s) {
    return find(
      s,
      [
        /\b(copy|clone|replicate|imitate|mimic|steal|rip off)\b[^.?!]{0,60}\b(competitor\w*|their|other|another|rival|\w+'s)\b/,
        /\b(take|lift|borrow|grab|reuse|use)\b[^.?!]{0,20}\b(copy|text|content|design|layout|wording)\b[^.?!]{0,10}\bfrom\b[^.?!]{0,20}\b(rival|competitor|other|another|their|\w+'s)\b/,
        /\b(carbon copy|knock-?off|dupe of|exactly like|identical to|same as|word for word|just rephrase|rephrase (it )?(a bit|slightly)|text from (this|their|another|the other|a))\b/,
        /\blike (the |our )?competitors?\b/,
        /\b(keyword stuffing|stuff\w*\b[^.?!]{0,30}\bkeywords?|keywords?\b[^.?!]{0,40}\b(\d+ times|every (sentence|paragraph|line))|(repeat|mention)\w*\b[^.?!]{0,40}\bevery (sentence|paragraph|line)|stuffed with)\b/,
        /\b(buy\w*|purchas\w*)\b[^.?!]{0,15}\b(backlinks|links|followers|reviews|likes)\b|\bfake (reviews?|testimonials?|followers|ratings)\b|\bblack[- ]hat\b|\bhidden text\b/,
        /\b(you (advised|recommended|warned|suggested) (against|not)|even (if|though) you (recommend|advise|said|think|suggest)\w*|i know you (said|advised|recommended|think|suggested)|despite (your|the) (advice|recommendation|warning)s?|against your (advice|recommendation)|contrary to your|i don't care (what|about|if)|nobody (cares|will notice|reads)|no one (cares|will notice)|ignore the (guidelines|rules|best practices?|accessibility|advice|standards)|i insist|we insist)\b/,
      ],
      { confidence: 0.85 },
    );
  },
};

const acceptance: MoveDetector = {
  id: 'acceptance',
  detect(s) {
    return find(
      s,
      [
        /\b(let's|let us) (go ahead|do it|do this|go for it|start|get started|begin|proceed|move forward|kick off)\b/,
        /\block (it|this) in\b|\bsend (me |us )?(the|your) (agreement|contract)\b|\bsign (us|me) up\b|\b(we're|i'm) in\b/,
        /\b(go ahead|green light|on board|send (over )?the paperwork|count (us|me) in|you('re| are) hired|where do (i|we) sign|we take it|i take it|we'll take it)\b/,
        /\b(please |you can |you may )?proceed\b|\b(we'd|we would|i'd|i would|we want to|we are happy to|we're happy to|we have decided to|we've decided to|decided to) (like to )?(proceed|move forward|go ahead|start|get started|book you|hire you)\b/,
        /\b(we|i) (accept|agree)\b|\bagree to (the|your)\b|\bacceptance of\b|\baccept (your|the) (offer|quote|proposal|terms|price|estimate)\b/,
        /^(ok(ay)?,? |fine,? |great,? |perfect,? )?(deal|agreed)\b|\bit's a deal\b|\bagreed on all\b/,
        /\b(we('ll| will)|let's) go with (the|your|option)\b/,
        /\b(works|is fine|is ok|is okay|fine) (for|with) (us|me)\b|\bwe're fine with (the|your)\b/,
        /\b(terms|price|quote|proposal|offer|estimate|timeline|plan)\b (looks?|is|are|seems?) (fine|good|ok|okay|great|acceptable|fair|perfect)\b/,
        /\bhappy with the (quote|price|terms|proposal|offer|estimate)\b|\bapproved the (budget|proposal|quote|offer)\b|\bgood to (go|start)\b/,
        /\b(invoice|bill) for the (\d+ ?% )?(deposit|advance|first (stage|milestone|instalment))\b|\bhow (do|can|should) (i|we) pay the (advance|deposit)\b|\bsend (me |us )?the contract\b|\bissue the contract\b/,
      ],
      { confidence: 0.85, unlessNegated: true },
    );
  },
};

export const WORK_MOVES: MoveDetector[] = [rushDeadline, scopeCreep, revisionRequest, complaint, boundaryPush, ndaRequest, vagueBrief, wrongDirection, acceptance];
