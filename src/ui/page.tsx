import { useEffect, useRef, type ReactNode } from 'react';

let firstPage = true;

/**
 * A view's frame: sets the document title and, after an in-app navigation, moves focus to the heading so
 * screen-reader and keyboard users land on the new page rather than on the link they pressed.
 */
export function Page({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ML-PRO Study Tracker`;
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, [title]);
  return (
    <>
      <header className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {lead}
      </header>
      {children}
    </>
  );
}
