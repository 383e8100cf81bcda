// Runs everywhere (Node, side panel): splits normalised call notes into clauses and sorts each into agreed point, next step (by owner) or open question.
import type { ActionOwner } from './schemas';
import type { NormalisedNotes } from './shorthand';

export type Category = 'scope' | 'price' | 'payment' | 'deadline' | 'revisions' | 'communication' | 'other';

export interface Clause {
  /** Span in the normalised notes. */
  start: number;
  end: number;
  kind: 'agreed' | 'action' | 'question' | 'decision';
  owner?: ActionOwner;
  /** Offset (from `start`) where the step itself begins, after "I'll", "she", "me:". */
  bodyOffset: number;
  /** How the step is phrased when the notes give no verb ("me: contract" → "send contract"). */
  verbPrefix?: string;
  /** "PMS docs: she sends Monday" → the object to append after the verb. */
  trailingObject?: string;
  /** Owner named in brackets: "(she asks IT)" → that phrase is the step. */
  parenthetical?: { start: number; end: number; inside: boolean };
  category: Category;
}

export interface NotesLayout {
  clauses: Clause[];
  /** "logo refresh", "booking widget": what the call was about, from the notes' first line. */
  project: string | null;
  /** The same as the notes phrase it ("the landing page"), for the email's opening line. */
  projectPhrase: string | null;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PAST_OR_STATE = new Set(
  ('said told quoted agreed offered explained suggested proposed asked mentioned pointed settled wanted needed think thinks guess feel feels ' +
    'need needs want wants like likes prefer prefers love loves hate hates know knows believe hope am was were is are has have had did do does ' +
    "don't doesn't can't won't would could might may ok okay fine happy good shot sent gave got made took spoke went thought knew felt paid " +
    'charged charge seems seem sounds sound understood understand reckon reckons already also still').split(' '),
);

/** Verbs a step can start with; anything else gets "send" in front ("me: contract + invoice"). */
const STEP_VERBS = new Set(
  ('send sends share shares draft drafts prepare prepares write writes create creates set book books invoice invoices update updates email emails ' +
    'call calls follow check checks research schedule schedules sign signs return returns deliver delivers fix fixes add adds build builds design ' +
    'designs review reviews finalise finalize revise quote order buy upload uploads export get gets make makes do does finish start starts confirm ' +
    'confirms ask asks reply contact introduce introduces intro pay pays approve approves provide provides give gives ship ships drop decide ' +
    'decides think let register registers book arrange arranges organise organize test tests install move present presents tell tells record ' +
    'edit edits translate translates proofread publish launch run send-over forward forwards come bring brings look loop clarify clarifies').split(' '),
);

const QUESTION_RE = /\?|\b(?:to be decided|to be confirmed|to be announced|not sure|unsure|unclear|undecided|maybe|open question|don't know|no idea|tbd)\b|^(?:check|confirm|find out)\s+(?:whether|if)\b/i;

const CATEGORY_RULES: [Category, RegExp][] = [
  ['payment', /\b(?:deposit|upfront|up front|advance|invoice[ds]?|invoicing|pay|paid|payment|payments|milestones?|net \d+|on (?:completion|delivery)|instal+ments?|\d+\/\d+(?:\/\d+)?)\b/i],
  ['revisions', /\b(?:revisions?|rounds?|changes|edits|amends)\b/i],
  ['price', /[€$£¥]|\b(?:[A-Z]{3}|price|fee|rate|quoted?|total|budget|cost|costs|per hour|per word|hourly|fixed price|discount|retainer)\b/],
  ['payment', /\d+\s?%/],
  ['deadline', /\b(?:deadline|due|by|until|before|launch|go live|deliver(?:y|ed)?|handoff|final|finals|draft|drafts|start|kick-?off|within)\b/i],
  ['communication', /\b(?:call|calls|check-in|email|emails only|slack|whatsapp|teams|zoom|phone|hours|reachable|weekly|updates?|response)\b/i],
];

export interface LayoutOptions {
  /** The client's names as the notes may write them (full name, first name, last name). */
  names: string[];
  /** Offsets (normalised text) of dates equal to the call date: in the header line they are not content. */
  callDateSpans: { start: number; end: number }[];
  callDate: string;
  clientEmail: string | null;
}

export function layoutNotes(n: NormalisedNotes, opts: LayoutOptions): NotesLayout {
  const text = n.text;
  const names = opts.names.filter((x) => x.length > 1).sort((a, b) => b.length - a.length).map(esc);
  const nameAlt = names.length ? `|${names.join('|')}` : '';
  const clientSubj = `(?:they|he|she|the client|client${nameAlt})`;
  const re = buildRegexes(clientSubj, nameAlt);
  const clauses: Clause[] = [];
  let project: string | null = null;
  let projectPhrase: string | null = null;
  let context: { kind?: Clause['kind']; owner?: ActionOwner } = {};
  let lineStart = 0;
  let firstContentLine = true;
  for (const rawLine of text.split('\n')) {
    const lineOffset = lineStart;
    lineStart += rawLine.length + 1;
    let s = lineOffset;
    let e = lineOffset + rawLine.length;
    const trimLeft = () => {
      while (s < e && /[\s\-*•·–—>]/.test(text[s]!)) s++;
    };
    trimLeft();
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (s >= e) {
      context = {};
      continue;
    }
    const numbered = /^\d+[.)]\s+/.exec(text.slice(s, e));
    if (numbered) s += numbered[0].length;
    let line = text.slice(s, e);

    const isHeader = firstContentLine && (re.header.test(line) || (opts.clientEmail !== null && line.toLowerCase().includes(opts.clientEmail.toLowerCase())));
    firstContentLine = false;
    if (isHeader) {
      const h = readHeader(text, s, e, opts, names);
      project = h.project;
      projectPhrase = h.phrase;
      if (h.rest === null) continue;
      s = h.rest.start;
      e = h.rest.end;
      line = text.slice(s, e);
    }

    const section = re.section.exec(line);
    if (section) {
      context = sectionContext(section[1]!, re);
      continue;
    }
    let lineOwner: ActionOwner | undefined = context.owner;
    let lineKind: Clause['kind'] | undefined = context.kind;
    const prefix = re.prefix.exec(line);
    if (prefix) {
      const c = sectionContext(prefix[1]!, re);
      lineOwner = c.owner;
      lineKind = c.kind;
      s += prefix[0].length;
      line = text.slice(s, e);
    }
    for (const span of splitClauses(text, s, e, re, lineOwner !== undefined)) {
      const clause = classify(text, span.start, span.end, { owner: lineOwner, kind: lineKind }, n, re);
      if (clause) clauses.push(clause);
    }
  }
  return { clauses, project, projectPhrase };
}

interface Regexes {
  header: RegExp;
  section: RegExp;
  prefix: RegExp;
  sectionWords: { me: RegExp; client: RegExp; question: RegExp; agreed: RegExp };
  starter: RegExp;
  subjectStarter: RegExp;
  me: RegExp;
  client: RegExp;
  late: RegExp;
  paren: RegExp;
  toClient: RegExp;
  decision: RegExp;
}

function buildRegexes(clientSubj: string, nameAlt: string): Regexes {
  const sectionAlt =
    `me|mine|my side|my to-?dos?|i|them|they|client|the client|their side|theirs|you${nameAlt}|questions?|open questions?|open|qs|to be decided|unclear|` +
    'agreed|decisions?|next steps?|actions?|action items|to-?dos?|q';
  const modal = "(?:will|'ll|is going to|are going to|needs? to|has to|have to|must|should|can|shall|to)";
  return {
    header: /^(?:(?:quick\s+)?(?:call|called|spoke|talked|chat(?:ted)?|meeting|notes|catch-?up)\b|\d{1,2}[./]\d{1,2}\b|[A-Z][a-z]{2,8}\s+\d{1,2}\s+[–-])/i,
    section: new RegExp(`^(${sectionAlt})\\s*:\\s*$`, 'i'),
    prefix: new RegExp(`^(${sectionAlt})\\s*:\\s*`, 'i'),
    sectionWords: {
      me: /^(?:me|mine|my side|my to-?dos?|i)$/i,
      client: new RegExp(`^(?:them|they|client|the client|their side|theirs|you${nameAlt})$`, 'i'),
      question: /^(?:questions?|open questions?|open|qs|q|to be decided|unclear)$/i,
      agreed: /^(?:agreed|decisions?)$/i,
    },
    starter: new RegExp(
      `^(?:and\\s+|so\\s+|but\\s+|also\\s+|plus\\s+)?(?:(?:I|I'll|I'm|we|we'll|${clientSubj})\\b(?!\\s*[-–])|(?:me|them|client${nameAlt})\\s*:|` +
        '(?:not sure|to be decided|to be confirmed|maybe|payment|pay|deposit|deadline|delivery|invoice|invoiced|price|rate|total|revisions?|\\d+\\s+(?:rounds?|revisions?)|' +
        'contract|budget|advance|hosting|maintenance|usage|final|finals|first draft|drafts|timeline|start|kick-?off|launch|go live|check whether|check if|music)\\b)',
      'i',
    ),
    subjectStarter: new RegExp(`^(?:I|I'll|I'm|we|we'll|${clientSubj})\\b(?!\\s*[-–])`, 'i'),
    me: new RegExp(`^(?:and\\s+|so\\s+|then\\s+)?(?:I\\s+${modal}\\s+|I'll\\s+|I'm going to\\s+|me\\s+to\\s+|I\\s+(?=[a-z]+\\b))`, 'i'),
    client: new RegExp(`^(?:and\\s+|so\\s+|then\\s+)?(?:${clientSubj}(?:\\s+and\\s+(?:your|their|his|her)\\s+\\w+)?\\s+${modal}\\s+|(?:they|he|she)'ll\\s+|${clientSubj}\\s+(?:also\\s+|just\\s+)?(?=[a-z]+\\b))`, 'i'),
    late: new RegExp(`^(.+?):\\s+((?:${clientSubj}|I)(?:'ll|\\s+${modal})?\\s+)(?=[a-z])`, 'i'),
    paren: new RegExp(`\\(([^()]*?\\b)?(${clientSubj})(?:'ll|\\s+${modal})?\\s+([a-z]+)[^()]*\\)`, 'i'),
    toClient: new RegExp(`^[a-z0-9][\\w\\s+&/-]{0,40}?\\bto\\s+(?:him|her|them|the client|client${nameAlt})\\b`, 'i'),
    decision: new RegExp(`(?:,\\s*|\\s*\\(|\\s+[-–]\\s+)(?:and\\s+)?(?:${clientSubj})(?:'ll|\\s+${modal})?\\s+(?:think about it|decide|decides|confirm|confirms|get back to (?:me|us)|let me know)\\)?\\s*\\.?$`, 'i'),
  };
}

function sectionContext(word: string, re: Regexes): { kind?: Clause['kind']; owner?: ActionOwner } {
  const w = word.trim();
  if (re.sectionWords.me.test(w)) return { kind: 'action', owner: 'me' };
  if (re.sectionWords.client.test(w)) return { kind: 'action', owner: 'client' };
  if (re.sectionWords.question.test(w)) return { kind: 'question' };
  if (re.sectionWords.agreed.test(w)) return { kind: 'agreed' };
  return { kind: 'action' };
}

/** The notes' first line names the call; what is left after the client's name, address and the call date is project or content. */
function readHeader(
  text: string,
  s: number,
  e: number,
  opts: LayoutOptions,
  names: string[],
): { project: string | null; phrase: string | null; rest: { start: number; end: number } | null } {
  // Blank out (same length, so offsets hold) what only identifies the call.
  let line = text.slice(s, e);
  const blank = (re: RegExp) => {
    line = line.replace(re, (m) => ' '.repeat(m.length));
  };
  for (const d of opts.callDateSpans) {
    if (d.start >= s && d.end <= e) line = line.slice(0, d.start - s) + ' '.repeat(d.end - d.start) + line.slice(d.end - s);
  }
  blank(/[<(]?\s*[^\s<>()@,]+@[^\s<>(),]+\s*[>)]?/g);
  const [, cm, cd] = opts.callDate.split('-').map(Number) as [number, number, number];
  blank(new RegExp(`\\b0?${cd}[./]0?${cm}\\b(?:[./]\\d{2,4})?\\.?`, 'g'));
  blank(/^\s*(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s+)?(?:quick\s+)?(?:call|called|spoke|talked|chat(?:ted)?|meeting|notes|catch-?up)(?:\s+(?:with|w|to))?\b/i);
  if (names.length) blank(new RegExp(`\\b(?:mr\\.?\\s+|ms\\.?\\s+|mrs\\.?\\s+|dr\\.?\\s+)?(?:${names.join('|')})(?:\\s+(?:${names.join('|')}))*\\b`, 'gi'));
  blank(/\(\s*\)/g);
  // What remains, split on dashes: short noun phrases are the project; anything with substance is content.
  const pieces: { start: number; end: number; text: string }[] = [];
  const sep = /\s[-–—|]\s|,\s|\s{2,}|^\s+|\s+$/g;
  let last = 0;
  const pushPiece = (from: number, to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim().replace(/^[-–—|:,]+\s*|\s*[-–—|:,]+$/g, '');
    if (t) pieces.push({ start: s + from + lead, end: s + from + lead + raw.trim().length, text: t });
  };
  for (let m = sep.exec(line); m; m = sep.exec(line)) {
    if (m[0] === '') {
      sep.lastIndex++;
      continue;
    }
    pushPiece(last, m.index);
    last = m.index + m[0].length;
  }
  pushPiece(last, line.length);
  let project: string | null = null;
  let phrase: string | null = null;
  const content: { start: number; end: number }[] = [];
  for (const p of pieces) {
    const t = p.text.replace(/^\(|\)$/g, '').replace(/^(?:about|from|for|at|re)\s+/i, '').replace(/^the\s+/i, '');
    const words = t.split(/\s+/).filter(Boolean);
    if (/^(?:\+|and\b|&)/.test(p.text)) continue;
    if (project === null && content.length === 0 && words.length <= 6 && !/\d|\b(?:want|wants|said|need|needs|will)\b/i.test(t)) {
      project = t;
      phrase = p.text.replace(/^\(|\)$/g, '').replace(/^(?:about|from|for|at|re)\s+/i, '');
      continue;
    }
    content.push(p);
  }
  if (content.length === 0) return { project, phrase, rest: null };
  return { project, phrase, rest: { start: content[0]!.start, end: content[content.length - 1]!.end } };
}

/** Splits at sentence ends, and at commas or dashes where a new subject or topic starts; never inside brackets. */
function splitClauses(text: string, s: number, e: number, re: Regexes, actionLine: boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let start = s;
  const push = (a: number, b: number) => {
    while (a < b && /[\s,;:–—-]/.test(text[a]!)) a++;
    while (b > a && /[\s,;–—-]/.test(text[b - 1]!)) b--;
    while (b > a && text[b - 1] === '.' && !/\d/.test(text[b - 2] ?? '')) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = s; i < e; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const rest = text.slice(i, e);
    if (/[.!?;]/.test(ch) && (/^[.!?;]\s/.test(rest) || /^\?,/.test(rest)) && !/\b(?:e\.g|i\.e|etc|mr|ms|mrs|dr|vs|no)$/i.test(text.slice(Math.max(s, i - 4), i))) {
      push(start, i + (ch === '?' ? 1 : 0));
      start = i + 1;
      continue;
    }
    const sep = /^(?:,\s+|\s+[-–—]\s+|\s+(?=(?:and|so|but)\s))/.exec(rest);
    if (!sep) continue;
    const after = rest.slice(sep[0].length);
    const isAndSo = !sep[0].includes(',') && !/[-–—]/.test(sep[0]);
    const bare = after.replace(/^(?:and|so|but|also|plus)\s+/i, '');
    // A new subject starts a new clause only when it starts a step ("she'll send…"), not a remark ("he ok'd it").
    const current = text.slice(start, i).replace(/^[\s,;:–—-]+/, '');
    const wordsBefore = current.split(/\s+/).length;
    const wordsAfter = (/^[^,;]*/.exec(after)?.[0] ?? '').split(/\s+/).filter(Boolean).length;
    let ok = re.subjectStarter.test(bare) ? isStep(bare, re) : !isAndSo && re.starter.test(after);
    // A run-on paragraph: every comma between two real phrases is a clause boundary.
    if (!ok && !isAndSo && sep[0].includes(',') && e - s > 120 && wordsBefore >= 3 && wordsAfter >= 3) ok = true;
    // "send X by Friday, book studio": a second step in a line of steps.
    const w = firstWord(after);
    if (!ok && !isAndSo && sep[0].includes(',') && (actionLine || isStep(current, re)) && STEP_VERBS.has(w) && !/s$/.test(w) && !/^\S+\s+of\b/i.test(after)) ok = true;
    if (!ok) continue;
    // "…, she'll think about it" belongs to the clause it is about.
    if (re.decision.test(rest) && !/[,;]/.test(after)) continue;
    push(start, i);
    start = i + sep[0].length;
    i = start - 1;
  }
  push(start, e);
  return out;
}

function isStep(t: string, re: Regexes): boolean {
  for (const rx of [re.me, re.client]) {
    const m = rx.exec(t);
    if (!m) continue;
    const verb = firstWord(t.slice(m[0].length));
    if (/\b(?:will|'ll|going to|need to|needs to|has to|have to|must|should|can|shall|to)\s+$/i.test(m[0]) || !isPastOrState(verb)) return true;
  }
  return false;
}

function isPastOrState(verb: string): boolean {
  return PAST_OR_STATE.has(verb) || /(?:ed|'d)$/.test(verb) || verb === 'be' || verb === '';
}

function categorise(t: string): Category {
  for (const [cat, rx] of CATEGORY_RULES) if (rx.test(t)) return cat;
  return 'scope';
}

function firstWord(t: string): string {
  return (/^[a-z'-]+/i.exec(t)?.[0] ?? '').toLowerCase();
}

function classify(
  text: string,
  start: number,
  end: number,
  ctx: { owner?: ActionOwner; kind?: Clause['kind'] },
  n: NormalisedNotes,
  re: Regexes,
): Clause | null {
  let t = text.slice(start, end);
  const lead = /^(?:and|so|but|also)\s+/i.exec(t);
  if (lead && re.subjectStarter.test(t.slice(lead[0].length))) {
    start += lead[0].length;
    t = text.slice(start, end);
  }
  if (!/[\p{L}\p{N}]/u.test(t)) return null;
  const base: Clause = { start, end, kind: 'agreed', bodyOffset: 0, category: categorise(t) };
  const hint = n.ownerHints.find((h) => h.index >= start && h.index <= end + 1);
  const owner = hint?.owner ?? ctx.owner;

  if (re.decision.test(t)) return { ...base, kind: 'decision', owner: 'client' };
  if (t.includes('?') || (ctx.kind === 'question' && !owner)) return { ...base, kind: 'question' };

  const meM = re.me.exec(t);
  if (meM) {
    const verb = firstWord(t.slice(meM[0].length));
    const modal = /\b(?:will|'ll|going to|need to|needs to|have to|must|should|can|shall|to)\s+$/i.test(meM[0]);
    if (modal || !isPastOrState(verb)) {
      return withVerb({ ...base, kind: 'action', owner: 'me', bodyOffset: meM[0].length }, t);
    }
  }
  const clM = re.client.exec(t);
  if (clM) {
    const verb = firstWord(t.slice(clM[0].length));
    const modal = /\b(?:will|'ll|going to|need to|needs to|has to|have to|must|should|can|shall|to)\s+$/i.test(clM[0]);
    if (modal || !isPastOrState(verb)) {
      return withVerb({ ...base, kind: 'action', owner: 'client', bodyOffset: clM[0].length }, t);
    }
  }
  if (QUESTION_RE.test(t) && !owner) return { ...base, kind: 'question' };
  const late = re.late.exec(t);
  if (late && !isPastOrState(firstWord(t.slice(late[0].length)))) {
    const who: ActionOwner = /^I\b/i.test(late[2]!) ? 'me' : 'client';
    return { ...base, kind: 'action', owner: who, bodyOffset: late[0].length, trailingObject: late[1]!.trim() };
  }
  if (owner) {
    const sub = owner === 'me' ? re.me.exec(t) : re.client.exec(t);
    return withVerb({ ...base, kind: 'action', owner, bodyOffset: sub ? sub[0].length : 0 }, t);
  }
  const paren = re.paren.exec(t);
  if (paren && !isPastOrState(paren[3]!.toLowerCase())) {
    const lead = paren[1] ?? '';
    return { ...base, kind: 'action', owner: 'client', parenthetical: { start: lead ? paren.index + 1 + lead.length : paren.index, end: paren.index + paren[0].length, inside: lead.trim() !== '' } };
  }
  if (/^check\b/i.test(t)) return { ...base, kind: 'question' };
  const w = firstWord(t);
  if (
    STEP_VERBS.has(w) &&
    !/s$/.test(w) &&
    ctx.kind !== 'agreed' &&
    !/^\S+\s*(?:$|[,;:→]|\s+(?:of|then|and)\b)/i.test(t) &&
    !/^(?:start|launch|pay|call|draft|design|edit|test|record|invoice|run|book|order|review|update|return|present|research)\b(?!\s+(?:the|a|an|my|your|their|his|her|it|them)\b)/i.test(t)
  ) {
    return { ...base, kind: 'action', owner: 'me' };
  }
  if (re.toClient.test(t) && !/^(?:talk|spoke|speak|said|told|explained|sent)\b/i.test(t)) {
    return { ...base, kind: 'action', owner: 'me', verbPrefix: 'send' };
  }
  if (ctx.kind === 'action') return withVerb({ ...base, kind: 'action', owner: 'me' }, t);
  return base;
}

function withVerb(c: Clause, t: string): Clause {
  const body = t.slice(c.bodyOffset).replace(/^please\s+/i, '');
  const w = firstWord(body);
  const verbLike = (STEP_VERBS.has(w) || (c.owner === 'client' && STEP_VERBS.has(w.replace(/e?s$/, '')))) && !/^\S+\s+of\b/i.test(body);
  if (!verbLike) return { ...c, verbPrefix: 'send' };
  return c;
}
