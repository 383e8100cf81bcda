// @vitest-environment happy-dom
// Component tests (happy-dom): paste mode gives the same analysis, suggestions and draft checks without a mail tab.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PasteMode } from '../../../components/paste/paste-mode';
import { ServicesProvider } from '../../../components/services-context';
import { createFakeServices } from './fake-services';

const SLOW = { timeout: 10_000 };
afterEach(() => cleanup());

function renderPaste() {
  const fake = createFakeServices({ tab: null });
  render(
    <ServicesProvider services={fake.services}>
      <PasteMode />
    </ServicesProvider>,
  );
  return fake;
}

describe('PasteMode', () => {
  it('analyses a pasted client message and copies a suggestion (no Insert without a tab)', async () => {
    const fake = renderPaste();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('paste-box'));
    await user.paste('Hello, we need the landing page by tomorrow morning. Can you do it?');
    const moves = await screen.findAllByTestId('move', {}, SLOW);
    expect(moves.map((m) => m.getAttribute('data-move-id'))).toContain('rush_deadline');
    const card = (await screen.findAllByTestId('suggestion', {}, SLOW))[0]!;
    expect(within(card).queryByTestId('insert-button')).toBeNull();
    await user.click(within(card).getByTestId('copy-button'));
    await waitFor(() => expect(fake.clipboard.texts).toHaveLength(1));
    expect(fake.clipboard.texts[0]).toBe((within(card).getByRole('textbox') as HTMLTextAreaElement).value);
  });

  it('says when a pasted message has nothing to negotiate', async () => {
    renderPaste();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('paste-box'));
    await user.paste('Thanks, got the files. Talk soon.');
    expect((await screen.findByTestId('no-moves', {}, SLOW)).textContent).toMatch(/Nothing to negotiate/);
  });

  it('shows a weak signal as "maybe" with its evidence, and builds no suggestion on it', async () => {
    renderPaste();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('paste-box'));
    await user.paste('Ideally we would see the first draft by Monday.');
    const maybe = await screen.findAllByTestId('maybe-move', {}, SLOW);
    expect(maybe.map((m) => m.getAttribute('data-move-id'))).toContain('rush_deadline');
    const card = maybe.find((m) => m.getAttribute('data-move-id') === 'rush_deadline')!;
    expect(card.textContent).toMatch(/maybe wants it sooner/);
    expect(card.textContent).toMatch(/\d+% sure/);
    expect(card.querySelector('mark')?.textContent).toBe('Ideally we would see the first draft by Monday.');
    // Nothing certain: the panel still says so, and no reply is written for a maybe.
    expect(screen.getByTestId('no-moves').textContent).toMatch(/Nothing to negotiate/);
    expect(screen.queryAllByTestId('move')).toHaveLength(0);
    // The only card answers the message as it is: it notes the date and charges nothing for a 'maybe'.
    const cards = screen.queryAllByTestId('suggestion');
    expect(cards.map((c) => c.getAttribute('data-suggestion-id'))).toEqual(['answer-and-next-step']);
    const text = (within(cards[0]!).getByRole('textbox') as HTMLTextAreaElement).value;
    expect(text).toMatch(/Monday/);
    expect(text).not.toMatch(/surcharge|rush|\$|%/i);
  });

  it('checks a pasted draft and selects the evidence in the box when a check is clicked', async () => {
    renderPaste();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('This is my draft'));
    const box = screen.getByTestId('paste-box') as HTMLTextAreaElement;
    expect(screen.getByLabelText('Your draft reply')).toBe(box);
    await user.click(box);
    await user.paste('My price is $2000. Sorry, I know it is a lot.');
    await waitFor(() => expect(screen.getAllByTestId('draft-check').map((c) => c.getAttribute('data-check-id'))).toContain('apologetic_price'), SLOW);
    expect(screen.queryAllByTestId('move')).toHaveLength(0);

    const check = screen.getAllByTestId('draft-check').find((c) => c.getAttribute('data-check-id') === 'apologetic_price')!;
    const evidence = check.querySelector('mark')!.textContent!;
    await user.click(within(check).getAllByRole('button')[0]!);
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe(evidence);
  });
});
