/**
 * What a backup of schema 3 or older may hold that this build's checks refuse, because the build that wrote it
 * stored it: rules of several lines or sentences, and a session's miss still pointing at its deleted session.
 * Such a file imports mended, as the database upgrade (version 10) mends the same rows in place; a file of
 * schema 4 holding either is refused, since this build never writes one.
 */
import { rulesToJoin, withRulesJoined } from './joined-rules';
import type { TableRows } from './tables';

export function mendedOlderRows(rows: TableRows): { rows: TableRows; joinedRules: number } {
  const sessionIds = new Set(rows.sessions.map((session) => session.id));
  const joinedRules = rulesToJoin(rows.misses);
  const misses = rows.misses.map((miss) => {
    const joined = withRulesJoined(miss);
    return joined.sessionId !== null && !sessionIds.has(joined.sessionId)
      ? { ...joined, sessionId: null }
      : joined;
  });
  return { rows: { ...rows, misses }, joinedRules };
}
