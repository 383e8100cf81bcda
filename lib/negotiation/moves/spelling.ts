// Runs everywhere (Node, side panel): rewrites casual client spelling (u, ur, pls, thx, k, dont, SHOUTING, 2k, 1,5 tkr) into the plain English the move detectors read, keeping a map back to the original offsets.

/** The rewritten text and, for every offset in it (and its end), the offset in the original it came from. */
export interface Respelled {
  text: string;
  /** `origin[i]` is the original offset of rewritten offset `i`; `origin[text.length]` is the original length. */
  origin: Int32Array;
  changed: boolean;
}

/** Shorthand and missing apostrophes that have one reading in client mail. */
const WORDS: Record<string, string> = {
  u: 'you', ya: 'you', yu: 'you', ur: 'your', yr: 'your', urs: 'yours', ull: "you'll", "u'll": "you'll", ud: "you'd", "u'd": "you'd", "u're": "you're", "u've": "you've", uve: "you've",
  pls: 'please', plz: 'please', plse: 'please', pleas: 'please', pleeease: 'please', pleeeease: 'please', plss: 'please',
  thx: 'thanks', thnx: 'thanks', thanx: 'thanks', tnx: 'thanks', tks: 'thanks', thks: 'thanks', ty: 'thank you',
  k: 'ok', kk: 'ok', okk: 'ok', okey: 'okay', oki: 'ok', okie: 'ok',
  tmrw: 'tomorrow', tmr: 'tomorrow', tmrow: 'tomorrow', tmw: 'tomorrow', tomoz: 'tomorrow', '2moro': 'tomorrow', '2morrow': 'tomorrow', tomorow: 'tomorrow', tommorow: 'tomorrow', tommorrow: 'tomorrow',
  tonite: 'tonight', '2nite': 'tonight', nite: 'night', '2day': 'today', tdy: 'today',
  ppl: 'people', msg: 'message', msgs: 'messages', pic: 'picture', pics: 'pictures', abt: 'about', b4: 'before', gr8: 'great',
  bc: 'because', bcos: 'because', bcoz: 'because', becuz: 'because', cuz: 'because', coz: 'because', cos: 'because', bcuz: 'because',
  tho: 'though', altho: 'although', thru: 'through', wat: 'what', wot: 'what', cud: 'could', shud: 'should', wud: 'would', luv: 'love', sry: 'sorry', soz: 'sorry', srry: 'sorry',
  gonna: 'going to', wanna: 'want to', gotta: 'have to', lemme: 'let me', gimme: 'give me', dunno: "don't know", kinda: 'kind of', sorta: 'sort of', outta: 'out of', lotta: 'lot of',
  nvm: 'never mind', np: 'no problem', ofc: 'of course', ngl: 'not going to lie', rly: 'really', srsly: 'seriously', sth: 'something', smth: 'something', wknd: 'weekend', tbf: 'to be fair', yea: 'yeah', yeh: 'yeah', bday: 'birthday', pmt: 'payment', pymt: 'payment', shoulda: 'should have', coulda: 'could have', woulda: 'would have', defo: 'definitely', ammount: 'amount', payed: 'paid', recieve: 'receive', recieved: 'received', definately: 'definitely', seperate: 'separate', untill: 'until', buget: 'budget', bugdet: 'budget', pirce: 'price', prise: 'price', quate: 'quote', discout: 'discount', dicount: 'discount', cheep: 'cheap', expencive: 'expensive', expensiv: 'expensive', urgnet: 'urgent', deadine: 'deadline', revison: 'revision', revisons: 'revisions', wierd: 'weird', dissapointed: 'disappointed', dissappointed: 'disappointed', disapointed: 'disappointed',
  idk: "i don't know", tbh: 'to be honest', imo: 'in my opinion', imho: 'in my opinion', lmk: 'let me know', rn: 'right now', atm: 'at the moment', btw: 'by the way', obvs: 'obviously', prolly: 'probably', probs: 'probably',
  'w/': 'with', 'w/o': 'without',
  im: "i'm", ive: "i've", youre: "you're", youve: "you've", youll: "you'll", youd: "you'd", hes: "he's", shes: "she's", theyre: "they're", theyve: "they've", theyll: "they'll", theyd: "they'd", weve: "we've", "we'r": "we're", wer: "we're",
  isnt: "isn't", arent: "aren't", wasnt: "wasn't", werent: "weren't", dont: "don't", doesnt: "doesn't", didnt: "didn't", cant: "can't", couldnt: "couldn't", shouldnt: "shouldn't", wouldnt: "wouldn't", wont: "won't", havent: "haven't", hasnt: "hasn't", hadnt: "hadn't", mustnt: "mustn't", neednt: "needn't", aint: "ain't",
  thats: "that's", whats: "what's", wheres: "where's", whos: "who's", hows: "how's", theres: "there's", heres: "here's", lets: "let's", itll: "it'll", thatll: "that'll", therell: "there'll", whatre: "what're",
};

/** Words after which "ill", "id", "well" and "r" are the contraction rather than the word. */
const AFTER_ILL = /^(be|send|pay|get|have|call|ring|do|make|need|let|check|sort|take|find|go|give|look|try|just|probably|definitely|def|never|happily|gladly|bring|transfer|wire|sign|email|text|message|ping|chase|leave|write|tell|see|come|talk|put|keep|still|also|only|review|forward|update|confirm|use|ask|hire|book|recommend|show|buy)$/;
const AFTER_ID = /^(like|love|rather|prefer|be|need|say|have|want|appreciate|hoped|hope|imagined|expected|thought|assumed|go|pay|suggest|recommend|really|also|just|still|probably|never|definitely)$/;
const AFTER_WELL = /^(see|pay|send|get|be|have|need|do|make|call|let|sort|take|go|talk|give|check|figure|know|probably|just|definitely|def|happily|gladly|never|also|only|still|handle|cover|sign|transfer|find|use|look|deal|keep|put|start|decide|write|try|discuss|review|circle|book|hire|come)$/;
/** Units that are only units after a number or a slash ("80/hr", "2 wks", "€500/mo"); "a mo" is a moment. */
const UNITS: Record<string, string> = { hr: 'hour', hrs: 'hours', wk: 'week', wks: 'weeks', mo: 'month', mth: 'month', mths: 'months', yr: 'year', yrs: 'years' };
const BEFORE_R = /^(u|you|we|they|these|those|there|who|what|where|how|why|prices|rates|things)$/;

/** Numbers as clients type them: "2k", "1.5k", "€1.2k", "1,5 tkr" (Swedish thousands of kronor), "two grand". */
const THOUSANDS = /^([$€£]?)(\d+(?:[.,]\d+)?)k$/;
const NUMBER_WORDS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, couple: 2, few: 3,
};
/** "nine hundred", "fifteen hundred", "two thousand", "two grand": the multiplier word after a number word. */
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, grand: 1000 };

/** A line mostly in capitals is shouting; read in lower case, compromise tags its words as words, not acronyms. */
export function shouted(line: string): boolean {
  const letters = line.replace(/[^A-Za-z]/g, '');
  if (letters.length < 6) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return upper / letters.length >= 0.7 && /[A-Z]{3,}/.test(line);
}

/** Token: letters, digits and inner apostrophes; a currency sign may lead; "w/" and "w/o" are one token. */
const TOKEN = /[$€£]?(?:\p{N}+(?:[.,]\p{N}+)*[\p{L}\p{N}]*|[\p{L}\p{N}]+)(?:'\p{L}+)*(?:\/o\b|\/(?=\s))?/gu;

function thousands(token: string): string | null {
  const m = THOUSANDS.exec(token);
  if (!m) return null;
  const value = Math.round(Number(m[2]!.replace(',', '.')) * 1000);
  return Number.isFinite(value) ? `${m[1]}${value}` : null;
}

/**
 * Rewrites casual spelling into plain English, token by token, and records where every rewritten character came
 * from. Linear in the text: one pass over its tokens; each replacement looks only at its neighbours.
 */
export function respell(original: string): Respelled {
  // Curly apostrophes and quotes straightened, shouted lines lower-cased: same length, so offsets carry over.
  let text = original.replace(/[\u2018\u2019\u02bc]/g, "'");
  // Each sentence on its own: "THIS ISNT WHAT I WANTED. showed it to the board" shouts only its first half.
  if (/[A-Z]{3}/.test(text)) text = text.replace(/[^.!?\n]+[.!?]*/g, (part) => (shouted(part) ? part.toLowerCase().replace(/\bi\b/g, 'I') : part));

  const tokens: Array<{ start: number; end: number; lower: string }> = [];
  for (const m of text.matchAll(TOKEN)) tokens.push({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() });

  const pieces: string[] = [];
  const origin: number[] = [];
  let cursor = 0;
  let changed = text !== original;
  const keep = (to: number) => {
    for (let i = cursor; i < to; i++) origin.push(i);
    pieces.push(text.slice(cursor, to));
    cursor = to;
  };
  const replace = (start: number, end: number, by: string) => {
    keep(start);
    for (let i = 0; i < by.length; i++) origin.push(start);
    pieces.push(by);
    cursor = end;
    changed = true;
  };

  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const next = tokens[t + 1];
    const prev = tokens[t - 1];
    // Only words standing apart count: "u" in "U.S." or "e.g." is not "you".
    const before = text[tok.start - 1] ?? ' ';
    const after = text[tok.end] ?? ' ';
    if (before === '/' && Object.hasOwn(UNITS, tok.lower)) {
      replace(tok.start, tok.end, UNITS[tok.lower]!);
      continue;
    }
    if (before === '.' || (after === '.' && /[a-z]/i.test(text[tok.end + 1] ?? '')) || before === '@' || after === '@' || before === '/' || before === '-' || after === '-') continue;
    const nextWord = next && text.slice(tok.end, next.start).trim() === '' ? next.lower : '';
    const prevNumber = !!prev && /^[$€£]?\d+(?:[.,]\d+)?k?$/.test(prev.lower) && text.slice(prev.end, tok.start).trim() === '';
    let by: string | null = null;
    const k = thousands(tok.lower);
    if (k) by = k;
    else if (/^\d+(?:[.,]\d+)?$/.test(tok.lower) && next && /^(tkr|tusen)$/.test(next.lower) && text.slice(tok.end, next.start).trim() === '') {
      // "1,5 tkr" is 1,500 kronor: rewritten as one figure with its currency.
      const value = Math.round(Number(tok.lower.replace(',', '.')) * 1000);
      replace(tok.start, next.end, `${value} SEK`);
      t++;
      continue;
    } else if (Object.hasOwn(MULTIPLIERS, tok.lower) && prev && text.slice(prev.end, tok.start).trim() === '' && (prevNumber || (NUMBER_WORDS[prev.lower] !== undefined && !/^(a|couple|few)$/.test(prev.lower)) || (tok.lower === 'grand' && /^(a|couple)$/.test(prev.lower))) && cursor <= prev.start) {
      // "two grand", "nine hundred", "1.5 grand": one figure every reader sees as a number. The number before is rewritten with it.
      const n = prevNumber ? Number(prev.lower.replace(/^[$€£]/, '').replace(',', '.')) : NUMBER_WORDS[prev.lower]!;
      if (tok.lower !== 'grand' && prevNumber) continue;
      replace(prev.start, tok.end, String(Math.round(n * MULTIPLIERS[tok.lower]!)));
      continue;
    } else if (Object.hasOwn(UNITS, tok.lower)) {
      if (prevNumber) by = UNITS[tok.lower]!;
    } else if (tok.lower === 'ill') {
      if (AFTER_ILL.test(nextWord) && !/\b(be|been|feel|felt|fell|am|is|was|got|get|very|so|quite|seriously|critically|mentally)\s*$/i.test(text.slice(Math.max(0, tok.start - 12), tok.start))) by = "i'll";
    } else if (tok.lower === 'id') {
      if (AFTER_ID.test(nextWord)) by = "i'd";
    } else if (tok.lower === 'well') {
      // "well see what sticks" is "we'll see"; "Well, …" and "as well" are not.
      if (AFTER_WELL.test(nextWord) && !/\b(as|very|so|pretty|quite|really|went|goes|go|going|done|work|works|worked|sell|sells|sold|do|does|did)\s*$/i.test(text.slice(Math.max(0, tok.start - 10), tok.start))) by = "we'll";
    } else if (tok.lower === 'r') {
      if (prev && BEFORE_R.test(prev.lower) && text.slice(prev.end, tok.start).trim() === '') by = 'are';
    } else if (tok.lower === 'k' && /\d$/.test(text.slice(0, tok.start).trimEnd())) {
      by = null;
    } else if (tok.lower === 'ur' && nextWord === 'welcome') {
      by = "you're";
    } else if (Object.hasOwn(WORDS, tok.lower)) {
      by = WORDS[tok.lower]!;
    }
    if (by === null || by === tok.lower) continue;
    // Keep a capital where the client wrote one, so sentence starts still read as starts.
    const raw = text.slice(tok.start, tok.end);
    if (/^[A-Z]/.test(raw) && raw !== 'I') by = by[0]!.toUpperCase() + by.slice(1);
    replace(tok.start, tok.end, by);
  }
  keep(text.length);
  origin.push(original.length);
  return { text: pieces.join(''), origin: Int32Array.from(origin), changed };
}

/** The original span [start, end) of a rewritten span, widened to whole rewritten words. */
export function originalSpan(r: Respelled, start: number, end: number): { start: number; end: number } {
  const s = r.origin[Math.max(0, Math.min(start, r.text.length))]!;
  // The end maps through the last character kept, plus one: a rewritten word ends where the original word ended.
  if (end <= start) return { start: s, end: s };
  const lastChar = r.origin[Math.min(end, r.text.length) - 1]!;
  const nextChar = r.origin[Math.min(end, r.text.length)]!;
  const e = nextChar > lastChar ? nextChar : lastChar + 1;
  return { start: s, end: Math.max(s, e) };
}
