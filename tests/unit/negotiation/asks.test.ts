// Node (vitest): every question and request in the client's words, with the topic the reply answers it under.
import { describe, expect, it } from 'vitest';
import { parse } from '../../../lib/negotiation/nlp';
import { extractAsks } from '../../../lib/negotiation/understand/asks';
import { indirect, swapPersons } from '../../../lib/negotiation/understand/restate';

const asks = (text: string) => extractAsks(parse(text)).map((a) => `${a.topic}: ${a.text}`);

describe('extractAsks', () => {
  it('finds questions and requests outside the 16 moves, each with its topic', () => {
    expect(asks('Can you sign our supplier code of conduct? Are you free for a call on Tuesday? Do you also do the photos?')).toEqual([
      'sign: Can you sign our supplier code of conduct?',
      'call: Are you free for a call on Tuesday?',
      'other_service: Do you also do the photos?',
    ]);
  });
  it('takes "Please note that…" for information, not an ask', () => {
    expect(asks('Please note that blocked invoices are not included in the payment run. Can you reissue the invoice?')).toEqual(['invoice: Can you reissue the invoice?']);
  });
  it('reads a question that lost its question mark', () => {
    expect(asks('also do you do the menu boards and the van or is that extra')).toEqual(['included: also do you do the menu boards and the van or is that extra']);
  });
  it('turns "let me know on both" into the asks of the sentence before', () => {
    const found = asks('We ask all suppliers to sign our Supplier Code of Conduct and to confirm whether they hold Cyber Essentials certification. Could you let me know on both?');
    expect(found.map((f) => f.split(':')[0])).toEqual(expect.arrayContaining(['sign', 'certification']));
  });
  it('ignores courtesy lines, sarcasm and a bare figure thrown back', () => {
    expect(asks('Let me know if you have any questions. Are you serious? 12 cents a word? Thanks!')).toEqual([]);
  });
  it('bounds the number of asks it returns', () => {
    expect(extractAsks(parse('Can you help? '.repeat(200))).length).toBeLessThanOrEqual(40);
  });
});

describe('restating', () => {
  it('turns a question round into indirect speech from our side', () => {
    expect(indirect('Do you handle UI strings in spreadsheets?')).toBe('whether I handle UI strings in spreadsheets');
    expect(indirect('Can the shop show prices in GBP and EUR?')).toBe('whether the shop can show prices in GBP and EUR');
    expect(indirect('Will the Home Office accept your certification?')).toBe('whether the Home Office will accept my certification');
  });
  it('swaps persons, "you" as subject or object', () => {
    expect(swapPersons('You told us the shop would be live')).toBe('I told you the shop would be live');
    expect(swapPersons('our site is yours')).toBe('your site is mine');
  });
});
