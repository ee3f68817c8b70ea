/** What the log says while it holds nothing, here and in the full log once every miss is deleted. */
export function NoMissesYet() {
  return <p className="muted">No misses yet. Record a mixed set above, then add each miss.</p>;
}

/** The log of a learner who has recorded nothing yet: its place on the page, without the list's code. */
export function EmptyMissLog() {
  return (
    <section className="card" aria-labelledby="miss-log-heading" id="log">
      <h2 id="miss-log-heading" tabIndex={-1}>
        Miss log
      </h2>
      <NoMissesYet />
    </section>
  );
}
