// Node (vitest): call times said in the client's zone, moved into ours with the platform's own zone data, and the slot offered when theirs falls outside our hours.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/negotiation/analyze';
import { ProfileSchema } from '../../../lib/negotiation/schemas';
import { moveTime, sharedSlot, zoneOfClient, zoneOfHours } from '../../../lib/negotiation/time-zones';

describe('time zones', () => {
  it('reads our zone from the working hours and theirs from where they say they are', () => {
    expect(zoneOfHours('Mon–Fri, 9:00–17:00 ET')).toBe('America/New_York');
    expect(zoneOfHours('Mon–Fri, 9:30–18:00 UK time')).toBe('Europe/London');
    expect(zoneOfHours('Mon–Fri, 9:00–17:00')).toBeUndefined();
    expect(zoneOfClient("Tuesday 10am our time? That's Sydney time btw.")).toBe('Australia/Sydney');
    expect(zoneOfClient("I'm in Lisbon so an hour behind you")).toBe('Europe/Lisbon');
    expect(zoneOfClient('are you free Tuesday at 10am PT?')).toBe('America/Los_Angeles');
    // GST is a tax, not a zone; an ordinary capitalised word before "time" is no place.
    expect(zoneOfClient('Prices plus GST. Next time we will order earlier.')).toBeUndefined();
  });
  it('moves a time across the date line and across a clock change', () => {
    // Sydney is on summer time (UTC+11) in November, New York on standard time (UTC−5): 16 hours.
    expect(moveTime('2026-11-24', 600, 'Australia/Sydney', 'America/New_York')).toMatchObject({ iso: '2026-11-23', minutes: 18 * 60 });
    // In July Sydney is UTC+10 and New York UTC−4: 14 hours.
    expect(moveTime('2026-07-14', 600, 'Australia/Sydney', 'America/New_York')).toMatchObject({ iso: '2026-07-13', minutes: 20 * 60 });
    expect(moveTime('2026-11-24', 600, 'Europe/Lisbon', 'Europe/Berlin')).toMatchObject({ iso: '2026-11-24', minutes: 11 * 60 });
  });
  it('finds the first hour that suits both, or none when the days do not overlap', () => {
    const slot = sharedSlot('2026-11-24', 'Australia/Sydney', 'America/New_York', [540, 1020]);
    expect(slot?.their).toMatchObject({ iso: '2026-11-24', minutes: 8 * 60 });
    expect(slot?.our).toMatchObject({ iso: '2026-11-23', minutes: 16 * 60 });
    expect(sharedSlot('2026-10-07', 'Asia/Tokyo', 'America/New_York', [540, 1020])).toBeUndefined();
  });
  it('a card answers a call time outside our hours with both clocks and a slot that suits both', () => {
    const profile = ProfileSchema.parse({ name: 'Noa Berg', currency: 'USD', workingHours: 'Mon–Fri, 9:00–17:00 ET', services: [{ name: 'Landing page design', price: 1800, keywords: ['landing page'] }] });
    const [first] = analyzeMessage("Hi Noa,\n\nThanks for that. Tuesday 10am our time for the kickoff call? That's Sydney time btw.\n\nLiam", { today: '2026-11-19', profile }).suggestions;
    expect(first!.text).toMatch(/10am your time on Tuesday 24 November would be 18:00 on Monday 23 November for me, outside my working hours/);
    expect(first!.text).toMatch(/8am your time on Tuesday 24 November \(16:00 on Monday 23 November for me\)/);
    expect(first!.text).not.toMatch(/Tuesday 24 November at 10am works/);
  });
});
