import { Link } from 'react-router-dom';
import { rehearsalOf } from '../../store/rehearsal-slice';
import { useAppStore } from '../../store/use-app-store';
import { viewHeadings } from '../../domain/view-headings';
import { Page } from '../../ui/page';
import { ExamScreen } from './exam-screen';
import { StartForm } from './start-form';
import './rehearsal.css';

/** Exam-day rehearsal: the start form, or the practice exam in progress (in any tab, after any reload). */
export function Component() {
  const run = useAppStore((s) => rehearsalOf(s.rehearsals));
  return (
    <Page title={viewHeadings.rehearsal.title} lead={<p>{viewHeadings.rehearsal.lead}</p>}>
      {run ? (
        <ExamScreen run={run} />
      ) : (
        <>
          <StartForm />
          <p>
            Earlier practice exams, with score and time side by side, are on{' '}
            <Link to="/progress#practice-exams">Progress</Link>.
          </p>
        </>
      )}
    </Page>
  );
}
