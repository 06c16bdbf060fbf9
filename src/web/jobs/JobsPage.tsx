import '../styles/jobs.css';
import { PageTitle } from '../shell/PageTitle';
import { AnalyzeForm } from './AnalyzeForm';
import { BulletCoach } from './BulletCoach';
import { SavedAnalyses } from './SavedAnalyses';

/** `/jobs`: analyze a posting against your skills, reopen saved ones, sharpen resume bullets. */
export function JobsPage() {
  return (
    <div className="jobs">
      <PageTitle title="Job search">Job search</PageTitle>
      <p className="lead">
        Before you spend an evening on an application, check what the role really asks for, how far
        your skills are from it, and what the posting gives away between the lines.
      </p>
      <div className="jobs-layout">
        <div className="jobs-main">
          <AnalyzeForm />
          <SavedAnalyses />
        </div>
        <div className="jobs-side">
          <BulletCoach />
        </div>
      </div>
    </div>
  );
}
