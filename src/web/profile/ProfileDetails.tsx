import type { ReactNode } from 'react';
import type { Profile } from '../api/types';
import {
  areaCopy,
  backgroundChoice,
  educationLabel,
  formatDay,
  levelChoice,
  SKILL_AREAS,
  specializationChoice,
  trackChoice,
} from '../intake/options';

interface ProfileDetailsProps {
  profile: Profile;
  /** h2 on the profile page, h3 inside the quiz's review step. */
  headingLevel: 2 | 3;
  /** Renders the section's "Change" control (0-based quiz step). */
  change?: (step: number, section: string) => ReactNode;
}

function Section({
  title,
  level,
  action,
  children,
}: {
  title: string;
  level: 2 | 3;
  action?: ReactNode;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="card answer-section">
      <div className="section-head">
        <Heading className="section-title">{title}</Heading>
        {action}
      </div>
      {children}
    </section>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="answer-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const notSet = (text: string) => <span className="muted">{text}</span>;

const hoursText = (hours: number) => `${hours} ${hours === 1 ? 'hour' : 'hours'} a week`;

/** The intake answers in plain words, grouped as the quiz asks them. */
export function ProfileDetails({ profile, headingLevel, change }: ProfileDetailsProps) {
  const background = backgroundChoice(profile.background);
  return (
    <div className="answers">
      <Section title="Starting point" level={headingLevel} action={change?.(0, 'starting point')}>
        <dl className="answer-list">
          <Row term="Background">
            <strong>{background.label}</strong>
            <span className="answer-note">{background.description}</span>
          </Row>
          <Row term="Highest degree">
            {profile.education ? educationLabel(profile.education) : notSet('Not given')}
          </Row>
        </dl>
      </Section>

      <Section title="Skills today" level={headingLevel} action={change?.(1, 'skills')}>
        <dl className="answer-list skill-list">
          {SKILL_AREAS.map((area) => {
            const level = profile.skills[area];
            return (
              <Row key={area} term={areaCopy(area).label}>
                <span className="skill-value">
                  <span className={`meter meter-${level}`} aria-hidden="true">
                    <span className="meter-seg" />
                    <span className="meter-seg" />
                    <span className="meter-seg" />
                  </span>
                  <span>
                    <strong>{levelChoice(level).label}</strong>
                    <span className="muted"> · level {level} of 3</span>
                  </span>
                </span>
              </Row>
            );
          })}
        </dl>
      </Section>

      <Section title="Time" level={headingLevel} action={change?.(2, 'time')}>
        <dl className="answer-list">
          <Row term="Hours per week">{hoursText(profile.hoursPerWeek)}</Row>
          <Row term="Start date">
            {profile.startDate ? formatDay(profile.startDate) : notSet('Not set')}
          </Row>
          <Row term="Target date">
            {profile.targetDate
              ? formatDay(profile.targetDate)
              : notSet('None: the roadmap will estimate one')}
          </Row>
        </dl>
      </Section>

      <Section title="Direction" level={headingLevel} action={change?.(3, 'direction')}>
        <dl className="answer-list">
          <Row term="Previous industry">{profile.domain ?? notSet('Not given')}</Row>
          <Row term="Track">{trackChoice(profile.track).label}</Row>
          <Row term="Specialization">
            {profile.specialization
              ? specializationChoice(profile.specialization).label
              : profile.domain
                ? 'Picked from your domain'
                : 'Picked from your domain (add one to help the choice)'}
          </Row>
        </dl>
      </Section>
    </div>
  );
}
