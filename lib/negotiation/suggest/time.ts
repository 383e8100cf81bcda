// Runs everywhere (Node, side panel): positions on an earlier date — it fits, paid rush, a smaller first part by their date, or the standard date with no surcharge.
import type { Understanding } from '../understand';
import type { Strategy } from './card';
import { formatPercent, numberWord } from './format';
import { addWorkingDays, Kit, roundMoney, workingDaysBetween } from './kit';

export interface Timing {
  /** The date they want, if they named one. */
  wanted?: string;
  /** Working days from today to it. */
  have?: number;
  /** Our usual working days for the job. */
  need?: number;
  /** fits: the usual pace makes it; rush: only with rush work; tight: not even with rush. */
  verdict: 'fits' | 'rush' | 'tight' | 'unknown';
  /** The earliest date rush work makes, and the date at the usual pace. */
  earliestRush?: string;
  standard?: string;
}

/** Rush work buys back at most 40 % of the usual time: evenings and moved work, not miracles. */
const RUSH_SHARE = 0.6;

/** "I usually translate around 2,500 words per day": the pace our own words promised, for per-unit work. */
function pace(u: Understanding, k: Kit): number | undefined {
  const units = k.units;
  const unit = k.rate?.unit;
  if (!units || !unit || unit === 'project') return undefined;
  for (const w of u.deal.ourWords) {
    const m = new RegExp(`(\\d{1,3}(?:[,.]\\d{3})+|\\d+)\\s+${unit}s?\\s+(?:per|a|each)\\s+(?:working\\s+)?day`, 'i').exec(w);
    if (m) {
      const perDay = Number(m[1]!.replace(/[,.]/g, ''));
      if (perDay > 0) return Math.ceil(units / perDay);
    }
  }
  return undefined;
}

/** Work under way with a date and no change asked: the date is for what is left, which no whole-job pace measures. */
const remainingByDate: Strategy = (u, k) => {
  // Drafts out, work still going: a delivered job has nothing "left", so no such card there.
  if (u.situation.stage !== 'in_progress' || !u.requested) return null;
  return {
    id: 'remaining-by-date',
    title: 'Plan what is left around their date',
    ack: `Thank you, I have noted ${k.day(u.requested.iso)}.`,
    position: [`I am planning what is left of the work around that date, and I will confirm by tomorrow morning, once I have checked each remaining step, that ${k.day(u.requested.iso)} holds.`],
    covers: ['rush_deadline'],
    stance: { rush: 'fits', nda: 'anonymised', payment: 'deposit' },
    why: [['negotiate_deadline', 'Takes their date seriously without promising the whole job again.']],
    close: 'Is there anything else that date depends on?',
  };
};

export const UNDERWAY_TIME: Strategy[] = [remainingByDate];

export function timing(u: Understanding, k: Kit): Timing {
  const need = k.service?.turnaroundDays ?? pace(u, k);
  const wanted = u.requested?.iso;
  const start = k.startDay(wanted);
  const have = wanted ? workingDaysBetween(start, wanted) : undefined;
  // Work already planned keeps its date; a new job takes the usual time from today.
  const planned = u.current && u.current.iso >= u.today ? u.current.iso : undefined;
  const fromToday = need !== undefined ? addWorkingDays(start, need) : undefined;
  // Work already planned keeps its date at the normal pace; only when we are late does the pace from today count.
  const standard = planned && fromToday ? (u.late && fromToday > planned ? fromToday : planned) : (planned ?? fromToday);
  const earliestRush = need !== undefined ? addWorkingDays(start, Math.max(1, Math.round(need * RUSH_SHARE))) : undefined;
  if (have === undefined || need === undefined) {
    // Without a known pace, two weeks is room enough and a day or two is a rush; a planned date pulled earlier is always a rush.
    const verdict = have === undefined ? 'unknown' : planned && wanted && wanted < planned ? 'rush' : have >= 10 ? 'fits' : have <= 2 ? 'rush' : 'unknown';
    return { wanted, have, need, verdict, standard, earliestRush };
  }
  // A date moved earlier on a job already planned is measured against the plan, not from scratch.
  if (planned && wanted && wanted < planned) {
    const lost = workingDaysBetween(wanted, planned);
    const verdict = lost <= Math.floor(need * (1 - RUSH_SHARE)) ? 'rush' : 'tight';
    return { wanted, have, need, verdict, standard, earliestRush: verdict === 'tight' ? addWorkingDays(planned, -0) : earliestRush };
  }
  if (have >= need) return { wanted, have, need, verdict: 'fits', standard, earliestRush };
  if (have >= Math.max(1, Math.round(need * RUSH_SHARE))) return { wanted, have, need, verdict: 'rush', standard, earliestRush };
  return { wanted, have, need, verdict: 'tight', standard, earliestRush };
}

export function rushAck(u: Understanding, k: Kit): string {
  const wanted = u.requested ? k.day(u.requested.iso) : /\b(?:tonight|today)\b/i.test(u.text) ? 'today' : 'as soon as possible';
  const earlier = u.shift && u.shift.days < 0 ? `, ${shiftWords(-u.shift.days)} earlier than planned` : u.current && u.requested && u.current.iso > u.requested.iso ? ` instead of ${k.day(u.current.iso)}` : '';
  return `I understand you need ${k.serviceName()} ${wanted === 'today' || wanted === 'as soon as possible' ? wanted : `by ${wanted}`}${earlier}.`;
}

function shiftWords(days: number): string {
  if (days % 7 === 0) return days === 7 ? 'a week' : `${numberWord(days / 7)} weeks`;
  return days === 1 ? 'a day' : `${numberWord(days)} days`;
}

function rushTotal(k: Kit): number | undefined {
  const P = k.price;
  const r = k.rushPercent;
  return P && r !== undefined ? roundMoney(P.amount * (1 + r / 100)) : undefined;
}

/** Their date fits our usual pace: no surcharge, say so. */
const fits: Strategy = (u, k) => {
  const t = timing(u, k);
  if (t.verdict !== 'fits' || !t.wanted) return null;
  const P = k.price;
  const ahead = k.wellAhead(t.wanted, t.standard);
  return {
    id: 'date-fits',
    title: 'Their date fits: confirm it',
    total: P?.amount,
    ack: rushAck(u, k),
    position: [`${ahead ?? `${k.day(t.wanted)} works with my schedule at the normal pace`}, so there is no rush surcharge${P ? ` and the price stays ${k.money(P.amount)}, with ${k.deposit(P.amount)} before I start` : `, and I ask for ${k.deposit()} before I start`}.`, 'I will send you a first version early enough for your feedback.'],
    covers: ['rush_deadline'],
    stance: { rush: 'fits', date: ahead ? t.standard : t.wanted, nda: 'surcharge', payment: 'deposit' },
    why: [['negotiate_deadline', 'Checks the date against the real time the work takes before promising it.']],
    close: 'Shall I book it in?',
  };
};

/** Meet the date (or the earliest possible one) by rush work, at a named surcharge and one total. */
const paidRush: Strategy = (u, k) => {
  const t = timing(u, k);
  if (t.verdict === 'fits') return null;
  // Paying extra for a date after the one they need buys nothing: rush only helps when it lands close to it.
  if (t.verdict === 'tight' && t.wanted && t.earliestRush && workingDaysBetween(t.wanted, t.earliestRush) > 3) return null;
  // A rush fee for the date already planned buys nothing either.
  if (t.verdict === 'tight' && t.earliestRush && u.current && t.earliestRush >= u.current.iso) return null;
  const P = k.price;
  const total = rushTotal(k);
  const pct = k.percent(k.rushPercent, 'rush surcharge %');
  const date = t.verdict === 'tight' ? t.earliestRush : t.wanted;
  const position: string[] = [];
  if (t.verdict === 'tight' && t.wanted) {
    position.push(`${k.day(t.wanted)} is too tight for the full job${t.need ? `: it normally takes ${k.v(String(t.need))} working days` : ''}, and rushing it would show in the result.`);
    position.push(date ? `The earliest I can deliver is ${k.day(date)}.` : 'I can deliver sooner than usual.');
  } else {
    position.push(`I can deliver ${date ? `by ${k.day(date)}` : 'on that timeline'}.`);
  }
  position.push(total && P ? `Because that means moving other work and adding extra hours, rush work carries a ${pct} surcharge, so the total would be ${k.money(total)} instead of ${k.money(P.amount)}, with ${k.deposit(total)} before I start.` : `Because that means moving other work and adding extra hours, rush work carries a ${pct} surcharge on top of ${k.priceText()}, with ${k.deposit()} before I start.`);
  return {
    id: 'paid-rush',
    title: t.verdict === 'tight' ? 'The earliest possible date, with a rush fee' : 'Meet their date for a rush fee',
    total,
    ack: rushAck(u, k),
    position,
    covers: ['rush_deadline'],
    stance: { rush: 'paid', date, nda: 'anonymised', payment: 'deposit' },
    why: [
      ['agree_before_refusing', 'Starts from their date before naming what it costs.'],
      ['negotiate_deadline', t.verdict === 'tight' ? 'Says plainly the date cannot be met well and offers the earliest honest one.' : 'The date is possible, but not for free.'],
      ['concession_for_concession', 'The earlier date is traded for a named surcharge.'],
    ],
    close: 'Shall I go ahead with the rush option?',
  };
};

/** A smaller, usable first part by their date; the rest follows at the normal pace, at the normal price. */
const smallerByDate: Strategy = (u, k) => {
  const t = timing(u, k);
  if (t.verdict === 'fits' || !t.wanted) return null;
  const P = k.price;
  const first = k.smaller[k.smaller.length - 1];
  if (!first || !P) return null;
  // The first part must itself fit the time there is.
  if (t.need !== undefined && t.have !== undefined && t.have < Math.ceil(t.need * (first.price / P.amount) * 0.6)) return null;
  const rest = t.standard ? ` and the rest by ${k.day(t.standard)}` : ' and the rest at the normal pace';
  return {
    id: 'smaller-first-by-their-date',
    title: 'A first part by their date, the rest after',
    total: P.amount,
    ack: rushAck(u, k),
    position: [
      `What I can do by ${k.day(t.wanted)} without cutting corners is ${k.v(first.name)}, so you have something live for that date${rest}.`,
      `As nothing is rushed, there is no surcharge: the total stays ${k.money(P.amount)}.`,
    ],
    covers: ['rush_deadline'],
    stance: { rush: 'smaller', date: t.wanted, nda: 'anonymised', payment: 'deposit' },
    why: [
      ['offer_options', 'A usable first part by their date instead of all or nothing.'],
      ['negotiate_deadline', 'Does not promise the whole job in a time it cannot be done well.'],
    ],
    close: `Would ${k.v(first.name)} by ${k.day(t.wanted)} cover what you need for that date?`,
  };
};

/** A date tied to something that will not move: a launch, an appointment, an event. */
const HARD_DATE = /\b(?:appointments?|go(?:es)? live|going live|launch(?:es|ing)?|events?|opening|wedding|conference|trade (?:fair|show)|exhibition|black friday|campaign|agm|visa|court|hearing|print(?:er|ing)? deadline|goes to print)\b/i;

/** Keep the usual pace and the price: the date we can honestly commit to. */
const standardDate: Strategy = (u, k) => {
  const t = timing(u, k);
  if (t.verdict === 'fits') return null;
  const P = k.price;
  const when = t.standard ? k.day(t.standard) : k.ph('your standard delivery date');
  // A normal-pace date after a launch or an appointment is no use to them: say so, and leave the door open.
  if (t.wanted && t.standard && t.standard >= t.wanted && t.verdict === 'tight' && HARD_DATE.test(u.text)) {
    return {
      id: 'decline-the-date',
      title: 'Say no to the date, keep the door open',
      ack: rushAck(u, k),
      position: [
        `To be straight with you, ${k.day(t.wanted)} is not possible for the full job without cutting corners: done properly, it would be ready by ${when}, which I know is too late for you.`,
        'I would rather tell you now than promise something I cannot deliver well.',
      ],
      covers: ['rush_deadline'],
      stance: { rush: 'standard', date: t.standard, nda: 'anonymised', payment: 'deposit' },
      why: [
        ['decline_politely', 'Turns down a date that cannot be met well, plainly and without burning the bridge.'],
        ['negotiate_deadline', 'Names the honest date instead of a rushed one.'],
      ],
      close: 'Could the date move, so I can do it properly, or shall I keep you in mind for the next project?',
    };
  }
  return {
    id: 'standard-date-no-surcharge',
    title: 'Keep the normal pace and the price',
    total: P?.amount,
    ack: rushAck(u, k),
    position: [
      t.verdict === 'tight' && t.wanted ? `To be straight with you, ${k.day(t.wanted)} is not possible for the full job without cutting corners.` : '',
      `At my normal pace I can deliver by ${when}, with no surcharge${P ? `, so the price stays ${k.money(P.amount)}, with ${k.deposit(P.amount)} before I start` : ''}.`,
      'That keeps the time each step needs, and you get the full result on a date you can rely on.',
    ],
    covers: ['rush_deadline'],
    stance: { rush: 'standard', date: t.standard, nda: 'anonymised', payment: 'deposit' },
    why: [
      ['negotiate_deadline', 'Offers a date that can be kept rather than a rushed one.'],
      ['estimate_high', 'Commits to a realistic date with margin.'],
    ],
    close: `Would ${when} work for you?`,
  };
};

/** "need it tomorrow, even rough": they said what would do for the date. */
const ROUGH_OK = /\b(?:even (?:a |just )?(?:rough|draft|first draft|basic|partial|quick)|(?:a )?rough (?:draft|version|cut|copy) (?:is|would be) (?:fine|ok|okay|enough)|just (?:a|the) (?:rough|draft|first draft)|doesn'?t have to be (?:perfect|final|polished)|(?:rough|draft) is fine)\b/i;

/** A rough first version by their date for the rush fee, the finished one on the planned date. */
const roughByDate: Strategy = (u, k) => {
  if (!ROUGH_OK.test(u.text)) return null;
  const t = timing(u, k);
  if (t.verdict === 'fits' || !t.wanted) return null;
  const P = k.price;
  const total = rushTotal(k);
  const pct = k.percent(k.rushPercent, 'rush surcharge %');
  const at = /\b(\d{1,2}(?::\d{2})?\s?(?:am|pm))\b/i.exec(u.text)?.[1];
  const finished = t.standard && t.standard > t.wanted ? ` and the finished version by ${k.day(t.standard)}, as planned` : '';
  return {
    id: 'rough-first-by-their-date',
    title: 'A rough first version by their date',
    total,
    ack: rushAck(u, k),
    position: [
      `I can get you a solid rough draft by ${k.day(t.wanted)}${at ? ` at ${k.v(at.replace(/\s/g, '').toLowerCase())}` : ''}, good enough to show${finished ? `,${finished}` : ''}.`,
      total && P
        ? `Because that means moving other work, the ${pct} rush surcharge applies: ${k.money(total)} in total instead of ${k.money(P.amount)}.`
        : `Because that means moving other work, the ${pct} rush surcharge applies on top of ${k.priceText()}.`,
    ],
    covers: ['rush_deadline'],
    stance: { rush: 'paid', date: t.wanted, nda: 'anonymised', payment: 'deposit' },
    why: [
      ['offer_options', 'What they said would do for the date (a rough version), instead of all or nothing.'],
      ['concession_for_concession', 'The earlier date is traded for a named surcharge.'],
    ],
    close: 'Shall I start on the rough draft now?',
  };
};

export const TIME_STRATEGIES: Strategy[] = [fits, roughByDate, paidRush, smallerByDate, standardDate];
export { formatPercent };
