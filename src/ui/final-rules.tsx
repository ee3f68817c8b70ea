import { finalRules } from '../domain/seed';

/** "What not to do in the final 72 hours", word for word. */
export function FinalRules({ headingLevel = 2, id }: { headingLevel?: 2 | 3; id?: string }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading id={id}>What not to do in the final 72 hours</Heading>
      <ul className="rules">
        {finalRules.map((rule) => (
          <li key={rule.id}>{rule.text}</li>
        ))}
      </ul>
    </>
  );
}
