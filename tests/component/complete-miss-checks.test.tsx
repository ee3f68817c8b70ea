import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Component as MissesView } from '../../src/features/misses/misses-route';
import { Component as SessionView } from '../../src/features/session/session-route';
import { activeSessionOf, sessionMissId } from '../../src/store/session-slice';
import { renderInStore, renderWithStore } from '../support/render-with-store';

const twoSentences = 'Roll back first. Then fix the upstream table';

/** Judgment rule 6: the session worksheet asks for a miss with the same checks as the miss log. */
describe('a rule is one sentence, in the miss log and in the session worksheet alike', () => {
  it('the miss log refuses a rule of two sentences', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithStore(<MissesView />, { path: '/misses' });
    await store.getState().saveSet({ date: '2026-11-01', label: 'Set A', questions: '20', correct: '15' });
    const missForm = screen.getByRole('form', { name: '2. Add its misses' });
    await user.type(
      within(missForm).getByLabelText('The one sentence rule you should have used'),
      `${twoSentences}{Enter}`,
    );
    expect(await within(missForm).findByText('Keep the rule to one sentence.')).toBeInTheDocument();
  });

  it('the worksheet says the same, keeps every character typed, and writes only a rule of one sentence', async () => {
    const user = userEvent.setup();
    const view = await renderWithStore(<SessionView />, { path: '/session' });
    const { store } = view;
    await user.click(screen.getByRole('button', { name: 'Start session' }));
    for (let i = 0; i < 3; i += 1) await user.click(screen.getByRole('button', { name: 'Next phase' }));
    const rule = screen.getByRole('textbox', { name: 'Miss rule' });
    await user.type(rule, 'Roll back first.');
    expect(rule).not.toHaveAccessibleDescription(/one sentence/);
    const id = activeSessionOf(store.getState().sessions)!.id;
    await waitFor(() => expect(store.getState().misses[sessionMissId(id)]?.rule).toBe('Roll back first.'));
    await user.type(rule, ' Then fix the upstream table');
    expect(rule).toHaveValue(twoSentences);
    expect(rule).toHaveAccessibleDescription(
      /Not in your miss log yet: Keep the rule to one sentence\. It keeps “Roll back first\.” until then\./,
    );
    expect(rule).toHaveAttribute('aria-invalid', 'true');
    const safer = screen.getByRole('textbox', { name: 'Safer action rule' });
    await user.type(safer, 'Pause the rollout. Then page the owner');
    expect(safer).toHaveAccessibleDescription(
      /Not in your miss log yet: Keep the safer-action rule to one sentence\. It keeps “Pause the rollout\.” until then\./,
    );
    await view.idle();
    expect(store.getState().misses[sessionMissId(id)]).toMatchObject({
      rule: 'Roll back first. ',
      saferAction: 'Pause the rollout. ',
    });

    // The held text is the learner's draft: it comes back after a reload, still held.
    view.unmount();
    renderInStore(store, <SessionView />, '/session');
    const again = screen.getByRole('textbox', { name: 'Miss rule' });
    await waitFor(() => expect(again).toHaveAccessibleDescription(/Restored your unsaved draft\./));
    expect(again).toHaveValue(twoSentences);
    expect(again).toHaveAccessibleDescription(/Not in your miss log yet: Keep the rule to one sentence\./);
    await view.idle();
    expect(store.getState().misses[sessionMissId(id)]?.rule).toBe('Roll back first. ');
  });
});
