// Node (e2e): two threads the demo mailbox lacks: a long one that opens with collapsed and hidden messages, and one whose
// last message is the user's own collapsed reply (waiting on the client).
import type { DemoThread } from './mailbox';

const CLIENT = { fromName: 'Priya Raman', fromEmail: 'priya@brightloop.example' };
const DANA = { fromName: 'Dana Levi', fromEmail: 'dana@levi.studio' };
const toDana = { toName: DANA.fromName, toEmail: DANA.fromEmail };
const toPriya = { toName: CLIENT.fromName, toEmail: CLIENT.fromEmail };

/** Six messages: the first and fifth collapsed, the second to fourth hidden behind "3 older messages", the latest open. */
export const LONG: DemoThread = {
  id: '1a2b3c4d5e6f708192a3b4c5d6e7f809',
  subject: 'Landing page for the Brightloop launch',
  messages: [
    { id: '1a2b3c4d5e6f7001', ...CLIENT, ...toDana, date: '2026-03-02T09:10:00Z', fromUser: false, state: 'collapsed', body: "Hi Dana,\n\nWe're launching a new product line and need landing page copy. Could you send a quote?\n\nPriya" },
    { id: '1a2b3c4d5e6f7002', ...DANA, ...toPriya, date: '2026-03-02T11:40:00Z', fromUser: true, state: 'hidden', body: 'Hi Priya,\n\nHappy to help. A landing page with two rounds of revisions is $1,800.\n\nDana' },
    { id: '1a2b3c4d5e6f7003', ...CLIENT, ...toDana, date: '2026-03-03T08:05:00Z', fromUser: false, state: 'hidden', body: "Thanks Dana. That's above what we planned; let me check with the team.\n\nPriya" },
    { id: '1a2b3c4d5e6f7004', ...DANA, ...toPriya, date: '2026-03-03T10:30:00Z', fromUser: true, state: 'hidden', body: 'Of course. If it helps, I can split the payment: half upfront, half on delivery.\n\nDana' },
    { id: '1a2b3c4d5e6f7005', ...CLIENT, ...toDana, date: '2026-03-04T15:20:00Z', fromUser: false, state: 'collapsed', body: 'The team likes the plan. One more question coming.\n\nPriya' },
    {
      id: '1a2b3c4d5e6f7006',
      ...CLIENT,
      ...toDana,
      date: '2026-03-05T09:00:00Z',
      fromUser: false,
      state: 'expanded',
      body: "Hi Dana,\n\nCould you do it for $1,200 instead? Our budget is tight this quarter, and we'd need the first draft by Monday.\n\nBest,\nPriya",
    },
  ],
};

/** The client asked; the user answered last, and that reply is collapsed. */
export const WAITING: DemoThread = {
  id: '2b3c4d5e6f708192a3b4c5d6e7f8091a',
  subject: 'Brochure copy',
  messages: [
    { id: '2b3c4d5e6f708001', fromName: 'Sam Ortiz', fromEmail: 'sam@ortiz-design.example', ...toDana, date: '2026-03-06T09:00:00Z', fromUser: false, state: 'expanded', body: 'Hi Dana,\n\nCould you write our brochure copy for $500?\n\nSam' },
    { id: '2b3c4d5e6f708002', ...DANA, toName: 'Sam Ortiz', toEmail: 'sam@ortiz-design.example', date: '2026-03-06T13:00:00Z', fromUser: true, state: 'collapsed', body: 'Hi Sam,\n\nMy rate for brochure copy is $750; happy to talk about a smaller scope.\n\nDana' },
  ],
};
