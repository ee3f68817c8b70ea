import { planRevised, planSubtitle, planTitle } from '../../domain/seed';

/** The seed's own title, subtitle and revision line, as written: where this plan comes from and how fresh it is. */
export function AboutThisPlan() {
  return (
    <section className="card" aria-labelledby="about-plan-heading">
      <h2 id="about-plan-heading">About this plan</h2>
      <p>
        <strong>{planTitle}</strong>
      </p>
      <p>{planSubtitle}</p>
      <p>{planRevised}</p>
    </section>
  );
}
