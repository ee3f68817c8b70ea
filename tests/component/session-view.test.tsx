import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays, localIsoDate } from '../../src/domain/dates';
import { weekStartOf } from '../../src/domain/session-hours';
import { Component as SessionView } from '../../src/features/session/session-route';
import { activeSessionOf, sessionMissId } from '../../src/store/session-slice';
import { WeeklyHours } from '../../src/widgets/weekly-hours';
import { renderWithStore } from '../support/render-with-store';
import { endedSession, finishedSession } from '../support/ended-session';

describe('/session', () => {
  it('runs a session: phase, countdowns, worksheet saved as typed', async () => {
    const user = userEvent.setup();
    const { store, db } = await renderWithStore(<SessionView />, { path: '/session' });
    await user.click(screen.getByRole('button', { name: 'Start session' }));

    expect(screen.getByRole('heading', { name: 'read one official objective' })).toBeInTheDocument();
    expect(screen.getByText('Why: keeps the session tied to the live blueprint')).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time left in this phase' })).toHaveTextContent('10:00');
    expect(screen.getByRole('timer', { name: 'Time left in the session' })).toHaveTextContent('60:00');
    expect(screen.getByRole('button', { name: 'Previous phase' })).toBeDisabled();

    await user.type(screen.getByLabelText('The official objective you read'), 'Section 3: deployment');
    const session = activeSessionOf(store.getState().sessions)!;
    expect(session.notes.objective).toBe('Section 3: deployment');
    await waitFor(async () =>
      expect((await db.sessions.get(session.id))?.notes.objective).toBe('Section 3: deployment'),
    );
  });

  it('takes Space and N as shortcuts, but never while typing', async () => {
    const user = userEvent.setup();
    await renderWithStore(<SessionView />, { path: '/session' });
    await user.click(screen.getByRole('button', { name: 'Start session' }));

    await user.type(screen.getByLabelText('The official objective you read'), 'n ');
    expect(screen.getByText('Phase 1 of 5 (0-10)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();

    screen.getByRole('heading', { name: 'Study session' }).focus();
    await user.keyboard('n');
    expect(screen.getByText('Phase 2 of 5 (10-20)')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('writes the 40-50 phase rules into one miss of the session', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithStore(<SessionView />, { path: '/session' });
    await user.click(screen.getByRole('button', { name: 'Start session' }));
    for (let i = 0; i < 3; i += 1) await user.click(screen.getByRole('button', { name: 'Next phase' }));
    expect(
      screen.getByRole('heading', { name: 'write one miss rule and one safer action rule' }),
    ).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: 'Miss rule' }), 'Compare metrics first');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Weak domain' }), 'MLOps');
    const id = activeSessionOf(store.getState().sessions)!.id;
    expect(store.getState().misses[sessionMissId(id)]).toMatchObject({
      sessionId: id,
      setId: null,
      rule: 'Compare metrics first',
      domain: 'mlops',
      failureMode: null,
    });
    expect(Object.keys(store.getState().misses)).toHaveLength(1);
  });

  it('lists finished sessions with their notes, and undoes a delete', async () => {
    const user = userEvent.setup();
    const { store, db, idle } = await renderWithStore(<SessionView />, { path: '/session' });
    await user.click(screen.getByRole('button', { name: 'Start session' }));
    await user.type(screen.getByLabelText('The official objective you read'), 'Model serving objective');
    // Ten minutes of study: the session started ten minutes ago, in the database as on screen.
    await idle();
    const [running] = Object.values(store.getState().sessions);
    const tenMinutesIn = { ...running!, startedAt: running!.startedAt - 10 * 60_000 };
    await db.sessions.put(tenMinutesIn);
    store.setState({ sessions: { [running!.id]: tenMinutesIn } });
    await user.click(screen.getByRole('button', { name: 'Finish early' }));
    // Finishing early asks first, and "Keep studying" changes nothing.
    expect(screen.getByRole('alertdialog')).toHaveTextContent(
      'The 10 min you studied count toward this week',
    );
    await user.click(screen.getByRole('button', { name: 'Keep studying' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(Object.values(store.getState().sessions)[0]!.status).toBe('running');
    await user.click(screen.getByRole('button', { name: 'Finish early' }));
    await user.click(screen.getByRole('button', { name: 'Finish session' }));

    const history = screen.getByRole('region', { name: 'History' });
    expect(within(history).getByText('Model serving objective')).toBeInTheDocument();
    expect(within(history).getByText(/10 min studied · finished early/)).toBeInTheDocument();
    await user.click(within(history).getByRole('button', { name: /^Open/ }));
    await user.clear(within(history).getByLabelText('The production boundary, restated'));
    await user.type(within(history).getByLabelText('The production boundary, restated'), 'Serving only');
    expect(Object.values(store.getState().sessions)[0]!.notes.boundary).toBe('Serving only');

    await user.click(within(history).getByRole('button', { name: 'Delete session' }));
    expect(within(history).getByText('No finished sessions yet.', { exact: false })).toBeInTheDocument();
    await user.click(within(history).getByRole('button', { name: 'Undo' }));
    expect(within(history).getAllByRole('listitem')).toHaveLength(1);
    expect(Object.values(store.getState().sessions)).toHaveLength(1);
  });

  it('deleting a session says its miss stays in the log, detaches it, and undo attaches it again', async () => {
    const user = userEvent.setup();
    const { store, db } = await renderWithStore(<SessionView />, { path: '/session' });
    const session = finishedSession('s1', Date.UTC(2026, 10, 20, 9), 60);
    await db.sessions.put(session);
    store.setState({ sessions: { s1: session } });
    // The worksheet's miss, as the session's 40-50 phase wrote it.
    expect(await store.getState().saveSessionMiss('s1', { rule: 'Compare metrics first.' })).toEqual({
      ok: true,
    });

    const history = screen.getByRole('region', { name: 'History' });
    await user.click(within(history).getByRole('button', { name: /^Open/ }));
    const remove = within(history).getByRole('button', { name: 'Delete session' });
    expect(remove).toHaveAccessibleDescription(
      'Its miss stays in your miss log, no longer tied to this session.',
    );
    await user.click(remove);
    expect(within(history).getByRole('status')).toHaveTextContent(
      /deleted\. Its miss stays in your miss log\./,
    );
    await waitFor(async () => expect((await db.misses.get(sessionMissId('s1')))?.sessionId).toBeNull());
    expect(store.getState().misses[sessionMissId('s1')]).toMatchObject({ rule: 'Compare metrics first.' });

    await user.click(within(history).getByRole('button', { name: 'Undo' }));
    expect(await within(history).findByRole('button', { name: /^Open/ })).toBeInTheDocument();
    await waitFor(async () => expect((await db.misses.get(sessionMissId('s1')))?.sessionId).toBe('s1'));
  });

  it('does not keep a session finished before a minute was studied', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithStore(<SessionView />, { path: '/session' });
    await user.click(screen.getByRole('button', { name: 'Start session' }));
    await user.click(screen.getByRole('button', { name: 'Finish early' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('it will not be kept in your history');
    await user.click(screen.getByRole('button', { name: 'Finish session' }));
    // Dropped once the ended session is stored.
    await waitFor(() => expect(store.getState().sessions).toEqual({}));
    const history = screen.getByRole('region', { name: 'History' });
    expect(within(history).getByText('No finished sessions yet.', { exact: false })).toBeInTheDocument();
  });
});

describe('WeeklyHours', () => {
  it('shows this week against the band and warns after two short weeks', async () => {
    const { store } = await renderWithStore(<WeeklyHours />);
    const thisWeek = weekStartOf(localIsoDate(Date.now()), null);
    const sessions = [
      endedSession(addDays(thisWeek, -14), 120),
      endedSession(addDays(thisWeek, -7), 60),
      endedSession(thisWeek, 90),
    ];
    store.setState({
      setup: { ...store.getState().setup, hoursBand: '6-8', startingPoint: 'lighter-on-mlops' },
      sessions: Object.fromEntries(sessions.map((s) => [s.id, s])),
    });
    expect(await screen.findByText('1 h 30 min')).toBeInTheDocument();
    expect(screen.getByText('1 h 30 min of the 6-8 hrs/week your plan promises.')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Choose a route based on hours per week, not optimism. You studied 2 h and then 60 min',
    );
    expect(screen.getByRole('note')).toHaveTextContent('the better route is the 8-12 week part-time plan');
  });
});
