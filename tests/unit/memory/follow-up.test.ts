// Node: follow-ups when the client goes quiet — the stage of the user's last message, working days across weekends, the due date, and the follow-up text.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, detectStage, followUpFor, workingDaysBetween, type FollowUpMessage } from '../../../lib/negotiation/memory/follow-up';

const client = (date: string, text: string): FollowUpMessage => ({ date, text, fromUser: false });
const us = (date: string, text: string): FollowUpMessage => ({ date, text, fromUser: true });
const profile = { name: 'Dana Levi', signature: 'Dana Levi\nlevi.studio' };

// 2026-11-05 is a Thursday.
const PROPOSAL = [
  client('2026-11-03T09:00:00Z', 'Hi Dana, could you send us a quote for the new landing page?'),
  us('2026-11-05T10:00:00Z', 'Hi Tom,\n\nHere is my proposal: the landing page is $1,800, with a 40% deposit to book the work and delivery in ten working days.\n\nDana'),
];

describe('working days', () => {
  it('skips weekends both ways', () => {
    expect(addWorkingDays('2026-11-05', 3)).toBe('2026-11-10'); // Thu + 3 = Tue
    expect(addWorkingDays('2026-11-06', 1)).toBe('2026-11-09'); // Fri + 1 = Mon
    expect(workingDaysBetween('2026-11-06', '2026-11-09')).toBe(1);
    expect(workingDaysBetween('2026-11-05', '2026-11-12')).toBe(5);
    expect(workingDaysBetween('2026-11-07', '2026-11-08')).toBe(0); // Sat to Sun
    expect(workingDaysBetween('2026-11-05', '2026-11-05')).toBe(0);
  });
});

describe('stage of the last message', () => {
  it('tells a proposal, an approval, an invoice and a question apart', () => {
    expect(detectStage(PROPOSAL[1]!.text, '2026-11-05')?.stage).toBe('proposal');
    expect(detectStage('Hi Tom, attached is the first draft of the homepage design for your review.', '2026-11-05')?.stage).toBe('approval');
    const inv = detectStage('Hi Tom, please find attached my invoice for $1,080, due on 20 November.', '2026-11-05');
    expect(inv).toMatchObject({ stage: 'invoice', amount: '$1,080', dueOn: '2026-11-20' });
    expect(detectStage('Hi Tom, quick one: should the footer carry the old logo or the new one?', '2026-11-05')).toMatchObject({ stage: 'question' });
    expect(detectStage('Thanks, talk soon.', '2026-11-05')).toBeNull();
  });
});

describe('follow-up', () => {
  it('before the 3 working days of a proposal, says when a follow-up would be due (across the weekend)', () => {
    const f = followUpFor({ messages: PROPOSAL, today: '2026-11-09', profile, clientName: 'Tom' })!;
    expect(f).toMatchObject({ stage: 'proposal', due: false, dueOn: '2026-11-10', waitingDays: 2 });
    expect(f.summary).toBe('A follow-up on your proposal or quote would be due on 10 November.');
    expect(f.text).toBeUndefined();
  });

  it('after 5 working days offers the proposal card: still relevant, or should the start date move?', () => {
    const f = followUpFor({ messages: PROPOSAL, today: '2026-11-12', profile, clientName: 'Tom', subject: 'Re: Landing page' })!;
    expect(f).toMatchObject({ stage: 'proposal', due: true, waitingDays: 5 });
    expect(f.text).toContain('Hi Tom,');
    expect(f.text).toContain('the proposal I sent on 5 November for “Landing page”');
    expect(f.text).toContain('Is it still relevant, or should the start date move?');
    expect(f.text).toContain('Dana Levi\nlevi.studio');
  });

  it('waits 5 working days for an approval and asks for feedback by a named date', () => {
    const msgs = [...PROPOSAL, client('2026-11-06T09:00:00Z', 'Go ahead!'), us('2026-11-13T16:00:00Z', 'Hi Tom, here is the first version of the landing page for your review.')];
    expect(followUpFor({ messages: msgs, today: '2026-11-19', profile })!.due).toBe(false); // Fri + 4 working days
    const f = followUpFor({ messages: msgs, today: '2026-11-20', profile })!;
    expect(f.due).toBe(true);
    expect(f.text).toMatch(/feedback by 24 November\?/); // two working days after Friday the 20th
  });

  it('reminds of an invoice two working days after its due date, with its amount and due date', () => {
    const msgs = [us('2026-11-02T09:00:00Z', 'Hi Tom, please find attached my invoice for $1,080, due on Friday 13 November.')];
    expect(followUpFor({ messages: msgs, today: '2026-11-16', profile })!.due).toBe(false);
    const f = followUpFor({ messages: msgs, today: '2026-11-17', profile, clientName: 'Tom' })!;
    expect(f).toMatchObject({ stage: 'invoice', due: true, invoice: { amount: '$1,080', dueOn: '2026-11-13' } });
    expect(f.text).toContain('my invoice for $1,080, sent on 2 November, was due on 13 November');
  });

  it('uses the days set in the profile', () => {
    const f = followUpFor({ messages: PROPOSAL, today: '2026-11-09', profile: { ...profile, followUp: { proposalDays: 1 } } })!;
    expect(f.due).toBe(true);
  });

  it('offers nothing when the client spoke last or the date is unknown', () => {
    expect(followUpFor({ messages: [...PROPOSAL, client('2026-11-06T09:00:00Z', 'Thanks!')], today: '2026-11-20' })).toBeNull();
    expect(followUpFor({ messages: [us('', 'Here is my quote: $1,800.')], today: '2026-11-20' })).toBeNull();
  });
});
