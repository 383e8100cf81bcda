// @vitest-environment happy-dom
// Component tests (happy-dom): the shell: navigation, views kept alive, first-run profile setup.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App, SETUP_DISMISSED_KEY } from '../../../components/app';
import { ServicesProvider } from '../../../components/services-context';
import { saveProfile } from '../../../lib/db';
import { createFakeServices, message, okState, thread } from './fake-services';

const SLOW = { timeout: 10_000 };
afterEach(() => cleanup());

function renderApp(fake: ReturnType<typeof createFakeServices>) {
  return render(
    <ServicesProvider services={fake.services}>
      <App />
    </ServicesProvider>,
  );
}

const panel = (id: string) => document.getElementById(`dc-nav-panel-${id}`);

describe('App shell', () => {
  it('offers profile setup on first run; "Not now" hides it for good', async () => {
    const fake = createFakeServices({ tab: null });
    const { unmount } = renderApp(fake);
    expect(await screen.findByTestId('profile-setup')).toBeTruthy();
    await userEvent.setup().click(screen.getByTestId('setup-skip'));
    expect(screen.queryByTestId('profile-setup')).toBeNull();
    expect(fake.storeData.get(SETUP_DISMISSED_KEY)).toBe(true);
    unmount();
    renderApp(fake);
    await screen.findByTestId('no-thread-reason');
    expect(screen.queryByTestId('profile-setup')).toBeNull();
  });

  it('does not offer setup when a profile exists', async () => {
    const fake = createFakeServices({ tab: null });
    await saveProfile(fake.db, { name: 'Dana' });
    renderApp(fake);
    await screen.findByTestId('no-thread-reason');
    expect(screen.queryByTestId('profile-setup')).toBeNull();
  });

  it('navigates between the four views by click and by arrow keys', async () => {
    const fake = createFakeServices({ tab: null });
    await saveProfile(fake.db, { name: 'Dana' });
    renderApp(fake);
    const user = userEvent.setup();
    const nav = screen.getByRole('tablist', { name: 'Views' });
    expect(within(nav).getAllByRole('tab').map((t) => t.textContent)).toEqual(['Thread', 'Clients', 'Call summary', 'Profile']);
    expect(screen.getByTestId('nav-thread').getAttribute('aria-selected')).toBe('true');

    await user.click(screen.getByTestId('nav-profile'));
    expect(screen.getByTestId('nav-profile').getAttribute('aria-selected')).toBe('true');
    expect(panel('profile')!.hidden).toBe(false);
    expect(panel('thread')!.hidden).toBe(true);

    await user.keyboard('{ArrowLeft}');
    expect(screen.getByTestId('nav-summary').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('nav-summary'));
    expect(panel('summary')!.hidden).toBe(false);
    await user.keyboard('{Home}');
    expect(screen.getByTestId('nav-thread').getAttribute('aria-selected')).toBe('true');
    await user.click(screen.getByTestId('nav-clients'));
    expect(panel('clients')!.hidden).toBe(false);
  });

  it('keeps reply edits when the user visits another view and comes back', async () => {
    const fake = createFakeServices({ state: okState(thread([message('Could you do it for less? We need it by Friday.')])) });
    await saveProfile(fake.db, { name: 'Dana' });
    renderApp(fake);
    const user = userEvent.setup();
    const card = (await screen.findAllByTestId('suggestion', {}, SLOW))[0]!;
    await user.type(within(card).getByRole('textbox'), ' STILL HERE');
    await user.click(screen.getByTestId('nav-clients'));
    await user.click(screen.getByTestId('nav-thread'));
    expect((within(screen.getAllByTestId('suggestion')[0]!).getByRole('textbox') as HTMLTextAreaElement).value.endsWith(' STILL HERE')).toBe(true);
  });

  it('the placeholder notice opens the Profile view', async () => {
    const fake = createFakeServices({ state: okState(thread([message('Could you do it for less?')])) });
    await saveProfile(fake.db, { name: 'Dana' });
    renderApp(fake);
    const card = (await screen.findAllByTestId('suggestion', {}, SLOW))[0]!;
    await userEvent.setup().click(within(within(card).getByTestId('missing-notice')).getByRole('button'));
    expect(screen.getByTestId('nav-profile').getAttribute('aria-selected')).toBe('true');
    expect(panel('profile')!.hidden).toBe(false);
  });
});
