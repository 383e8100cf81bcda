// Runs everywhere (Node, side panel): the client's words turned round for a reply — "can you fix the logo?" → "fix the logo", "our site" → "your site".

// Swap map, applied word by word so "your" never becomes "my" and then "your" again.
const SWAP: Record<string, string> = {
  i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
  we: 'you', us: 'you', our: 'your', ours: 'yours', ourselves: 'yourselves',
  "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
  "we're": "you're", "we've": "you've", "we'd": "you'd", "we'll": "you'll",
  your: 'my', yours: 'mine', yourself: 'myself', "you're": "I'm", "you've": "I've", "you'd": "I'd", "you'll": "I'll",
};

/** Swaps first and second person; "you" becomes "I" as a subject (at the start or after a conjunction) and "me" elsewhere. */
const VERBISH = /^(?:can|could|will|would|should|shall|may|might|must|do|did|does|have|had|has|are|were|need|needed|want|wanted|know|knew|think|thought|say|said|told|tell|promised|wrote|sent|asked|quoted|mentioned|agreed|get|got|see|saw|like|liked|love|make|made|handle|offer|work|seem|seemed|look|looked|understand|understood|realise|realize|expect|hope|guarantee|charge|charged|deliver|delivered|missed|forgot|use|used|also|never|always|just|really|actually|already|still)$/i;

/** Swaps first and second person; "you" becomes "I" as a subject (before a verb, or at the start of a clause) and "me" elsewhere. */
export function swapPersons(text: string): string {
  // Words inside quotation marks are someone's exact words ("it says “Thank you, we'll be in touch”"): kept as written.
  // (split with a capturing group puts the quotations at the odd places.)
  return text.split(/(["“][^"“”]{1,200}["”])/).map((part, i) => (i % 2 ? part : swapPlain(part))).join('');
}

function swapPlain(text: string): string {
  const words = text.split(/(\s+|[,;:()"“”]+)/);
  let prev = '';
  const nextWord = (i: number) => {
    for (let j = i + 1; j < words.length; j++) if (words[j]!.trim() && /\w/.test(words[j]!)) return words[j]!.toLowerCase().replace(/[’]/g, "'").replace(/[^a-z']/g, '');
    return '';
  };
  return words
    .map((w, i) => {
      const lower = w.toLowerCase().replace(/[’]/g, "'").replace(/[.!?]+$/, '');
      const tail = /[.!?]+$/.exec(w)?.[0] ?? '';
      let out = w;
      // "US English", "the US market": a country, not "us".
      if (w === 'US' || (lower === 'us' && /^(?:english|market|spelling|clients?|customers?|audience|version|dollars?|style|office|team|law|date)$/.test(nextWord(i)) && /^(?:in|the|for|into|to|a|an|of|our|your)$/.test(prev))) {
        if (w.trim()) prev = 'us';
        return `US${tail}`;
      }
      if (lower === 'you') {
        const subject = prev === '' || /^(?:and|or|but|if|when|that|whether|so|because|can|could|will|would|do|did|should|says|said)$/.test(prev) || VERBISH.test(nextWord(i)) || /^[a-z]{3,}ed$/.test(nextWord(i));
        out = (subject ? 'I' : 'me') + tail;
      } else if (lower in SWAP) {
        const swapped = SWAP[lower]!;
        // Capitals only where the original was capitalised as a word of its own ("Our"), never because "I" was.
        out = /^[A-Z][a-z]/.test(w) && prev === '' ? swapped[0]!.toUpperCase() + swapped.slice(1) : swapped;
        if (swapped === 'I' || swapped.startsWith("I'")) out = swapped;
        out += tail;
      }
      if (w.trim()) prev = /[.!?]$/.test(w.trim()) ? '' : lower.replace(/[^a-z']/g, '');
      return out;
    })
    .join('')
    .replace(/\bI are\b/g, 'I am')
    .replace(/\bme are\b/g, 'I am')
    .replace(/\byou am\b/g, 'you are')
    .replace(/\byou was\b/g, 'you were')
    .replace(/\bI were\b/g, 'I was')
    .replace(/\bI has\b/g, 'I have')
    .replace(/\byou has\b/g, 'you have');
}

const POLITE_LEAD =
  /^(?:(?:hi|hey|hello|ok|okay|so|also|and|but|then|well|btw|by the way|one more (?:thing|question)|another (?:thing|question)|(?:a )?quick (?:question|one)|last thing|oh|finally|lastly|secondly|first(?:ly)?|second(?:ly)?|plus|p\.?s\.?|furthermore|moreover|additionally|besides|separately|approximately|roughly|about|(?:two|three|a few|some|my) (?:more |other |last )?questions?|please tell me|tell me|let me know|i(?:'d| would) like to know|i want to know)[,:!.\s-]+)+/i;
const REQUEST_LEAD =
  /^(?:(?:please|pls|plz|kindly)\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|also\s+|maybe\s+|possibly\s+|kindly\s+|just\s+)*|(?:i|we)(?:'d| would)\s+(?:like|love|want)\s+(?:you|u)\s+to\s+|(?:i|we)\s+(?:need|want)\s+(?:you|u)\s+to\s+|is it possible (?:for you )?to\s+|would it be possible (?:for you )?to\s+|(?:any chance|is there any chance)\s+(?:you\s+(?:could|can)\s+)?|(?:please|pls|plz|kindly)\s+)/i;

/** The core of a request without its politeness: "Could you please make the logo bigger?" → "make the logo bigger". */
export function requestCore(sentence: string): string {
  let s = sentence.trim().replace(POLITE_LEAD, '');
  s = s.replace(REQUEST_LEAD, '');
  return s.replace(/\s*(?:please|pls|thanks|thank you|thx)?\s*[?.!]+\s*$/i, '').replace(/,\s*(?:please|pls)$/i, '').trim();
}

/** A question turned into indirect speech from our side: "do you handle spreadsheets?" → "whether I handle spreadsheets". */
export function indirect(question: string): string {
  let s = question
    .trim()
    .replace(/^\s*(?:\d+[.)]|[-•*])\s+/, '')
    // "hi olga can u do 3000 words by wed?": the greeting and our name are not part of the question.
    .replace(/^(?:hi|hey|hello|dear|hiya|morning|good morning)\s+[\p{L}'’-]+[,!]?\s+(?=\p{L})/iu, '')
    .replace(POLITE_LEAD, '')
    // "And just so I can brief Sanna: do you usually want interviews…?" — the question is after the colon.
    .replace(/^[^?:]{3,80}:\s+(?=(?:do|does|did|can|could|will|would|is|are|have|has|what|how|when|where|which|who|should)\b)/i, '')
    .replace(/^(?:(?:also|and|but|so)\s+)?(?:(?:an?\s+)?(?:important|quick|last|other|one more|another)\s+question\s*[:,-]\s*)/i, '')
    .replace(/^(?:i|we)\s+(?:assume|guess|suppose|hope|take it|trust)\s+(?:that\s+)?/i, 'whether ')
    // "Please let us know if this is acceptable" asks whether it is.
    .replace(/^please\s+(?:let (?:me|us) know|confirm|advise|tell (?:me|us))\s+(?:if|whether)\s+/i, 'whether ')
    // "totally unrelated, do you set up…", "on Projects, can you have…", "sounds good 👍 can I also…": the question is after the aside.
    .replace(/^[^?,]{2,60}?(?:,|[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}])\s+(?=(?:do|does|did|can|could|will|would|is|are|should)\s+(?:you|u|i|we|it|this|that|they)\b)/iu, '')
    // "the insurance asks if the translation must be sworn, are you one?" → "whether the translation must be sworn".
    .replace(/^[^?]{0,80}?\basks? (?:if|whether)\s+/i, 'whether ')
    .replace(/,\s*(?:are|is|do|can) (?:you|u|it)(?: one)?\s*\??$/i, '')
    .replace(/[?!.]+\s*$/, '')
    .trim();
  const lower = s.toLowerCase();
  let m: RegExpExecArray | null;
  if ((m = /^(?:do|does|did)\s+(you|u|we|i|it|this|that|they|he|she|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(.*)$/i.exec(s))) {
    s = `whether ${m[1]} ${m[2]}`;
  } else if ((m = /^([Cc]an|[Cc]ould|[Ww]ill|[Ww]ould|[Ss]hould|[Ss]hall|[Mm]ay|[Mm]ight|[Mm]ust)\s+((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+)+)(?:please\s+)?(.*)$/u.exec(s)) && !/^(?:I|You|We)\s/.test(m[2]!)) {
    // "Will the Home Office accept…": a capitalised name as the subject.
    s = `whether ${m[2]!.trim()} ${m[1]!.toLowerCase()} ${m[3]}`;
  } else if ((m = /^(can|could|will|would|should|shall|may|might|must)\s+(you|u|we|i|it|this|that|they|he|she|there|the\s+[\w-]+)\s+(?:please\s+)?(.*)$/i.exec(s))) {
    s = `whether ${m[2]} ${m[1]!.toLowerCase()} ${m[3]}`;
  } else if ((m = /^(is|are|was|were)\s+(it|this|that|there|they|you|u|the\s+[\w-]+(?:\s+[\w-]+)?|[\w-]+)\s+(.*)$/i.exec(s))) {
    s = `whether ${m[2]} ${m[1]!.toLowerCase()} ${m[3]}`;
  } else if ((m = /^(have|has)\s+(you|u|we|it|they)\s+(.*)$/i.exec(s))) {
    s = `whether ${m[2]} ${m[1]!.toLowerCase()} ${m[3]}`;
  } else if ((m = /^(what|how|when|where|which|who|why)\s+(do|does|did|can|could|will|would|is|are|should)\s+(you|u|we|i|it|this|that|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s*(.*)$/i.exec(s))) {
    const aux = m[2]!.toLowerCase();
    const keep = /^(?:do|does|did)$/.test(aux) ? '' : `${aux} `;
    s = `${m[1]!.toLowerCase()} ${m[3]} ${keep}${m[4]}`.trim();
  } else if (!/^(?:whether|what|how|when|where|which|who|why|if)\b/i.test(lower)) {
    s = `whether ${lowerFirstWord(s)}`;
  } else {
    s = lowerFirstWord(s);
  }
  const out = swapPersons(s.replace(/\bu\b/g, 'you')).replace(/\s+/g, ' ').trim();
  return out
    // Non-native word order said back plainly: "whether I can write also the italian version, or only english".
    .replace(/\b(can|could|would|will|do) (I|you) (\w+) also\b/g, '$1 $2 also $3')
    .replace(/\b(I|you) (can|could|would|will|do) (\w+) also\b/g, '$1 $2 also $3')
    .replace(/,?\s+or (?:only|just) [\p{L}-]+$/u, '')
    .replace(LANGUAGE, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());
}

/**
 * A client's question said back for the freelancer to answer. Indirect speech ("whether I use DeepL") only when the
 * question is one plain clause about us, them or "it"; anything longer, with an aside, a dash, a list or a name as its
 * subject is quoted as they wrote it, because a rewording by rule reads as garbled ("whether like people can go to it").
 */
export function sayBack(question: string): { form: 'indirect' | 'quote'; text: string } {
  // "whether I could let you know when I expect it back" asks when: the request to tell is not part of the question.
  const said = indirect(question).replace(/^whether I (?:could|can|would|will) (?:please )?(?:tell you|let you know|advise|confirm)\s+(?:if\s+)?(?=whether|when|what|how|which|\w)/, (m) => (/\bif\s+$/.test(m) ? 'whether ' : ''));
  const plain =
    said.length <= 80 &&
    /^(?:whether|what|which|how|when|where) (?:I|you|it|this|there)\b/.test(said) &&
    // "whether this list count": do-support dropped without the verb's -s; only a modal, a be/have or an -s verb after it/this/there.
    !/^whether (?:it|this|that|there) (?!(?:is|was|has|can|could|will|would|should|must|might|may|\w+s)\b)/.test(said) &&
    !/[,;:–—…"“”()!/\-]|\bor (?:I|you|we|is|are|do|does|can|could|would|will|should|must)\b|\b(?:am you|I are|you am|haha|lol|right|like|just|pls|please|kindly|tmrw|thx)\b|\bme\b(?<!let me)|\s(?![Ia]\s)[a-z]\s/i.test(said);
  if (plain) return { form: 'indirect', text: said };
  return { form: 'quote', text: quotable(question) };
}

/** The client's own question, trimmed of greeting and lead-ins, cut at a word boundary, inner quotes made single. */
export function quotable(question: string, max = 110): string {
  let s = question
    .trim()
    .replace(/^\s*(?:\d+[.)]|[-•*])\s+/, '')
    .replace(/^(?:hi|hey|hello|dear|hiya|morning|good morning)\s+[\p{L}'’-]+[,!]?\s+(?=\p{L})/iu, '')
    // "Sounds good 👍 can u also…", "— one tiny thing, would you…", "Two more questions: …": the question starts after the lead.
    .replace(/^[^?]{1,40}?[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]\s*(?=\p{L})/u, '')
    .replace(/^(?:(?:[—–-]+|also|and|so|but|oh|ok|okay|btw|p\.?s\.?|(?:one|another) (?:more )?(?:tiny |small |little |quick |last )?(?:thing|question|favou?r)|(?:a )?quick (?:question|one)|last thing|(?:two|three|a few|some|my) (?:more |other |last )?questions?|(?:an? )?(?:important|quick|last|other) question)[,:!.\s-]+)+/i, '')
    // "Too: does this list count…", "Important question: will…": a short lead before a colon is not part of the question.
    .replace(/^[^?:]{1,30}:\s+(?=\S.{14,})/, '')
    .replace(/[“”]/g, '"')
    .replace(/"([^"]*)"/g, '‘$1’')
    .replace(/"/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return shorten(s, max);
}

/** Language names, as a regex alternation: said back capitalised, and a language version is a skill only the freelancer knows. */
export const LANGUAGES = 'english|italian|spanish|french|german|russian|polish|portuguese|japanese|chinese|dutch|swedish|danish|norwegian|finnish|turkish|arabic|greek|czech|ukrainian';
const LANGUAGE = new RegExp(`\\b(?:${LANGUAGES})\\b`, 'gi');

function lowerFirstWord(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** A short, quotable form of a clause: cut at a word boundary so a reply never carries a paragraph of the client's text. */
export function shorten(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  return `${clean.slice(0, max).replace(/[\s,;:]+\S*$/, '')}…`;
}
