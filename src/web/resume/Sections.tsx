import { type ReactNode, useState } from 'react';
import { BulletList } from './Bullets';
import {
  type CertificateDraft,
  type EducationDraft,
  emptyItem,
  fieldId,
  type ListName,
  move,
  type ProjectDraft,
  type ResumeDraft,
  type RoleDraft,
  type SkillGroupDraft,
} from './draft';
import { Field, type FocusRequest, ItemControls, useFocusRequest } from './Fields';

/** What every section of the editor receives. */
export interface SectionProps {
  draft: ResumeDraft;
  update: (change: (draft: ResumeDraft) => ResumeDraft) => void;
  errorOf: (path: string) => string | undefined;
}

const MAX_ITEMS: Record<ListName, number> = {
  projects: 3,
  experience: 10,
  skills: 10,
  education: 6,
  certificates: 10,
};

const DATE_HINT = 'YYYY or YYYY-MM, e.g. 2021-09.';

interface ItemsProps<T extends { key: string }> {
  list: ListName;
  title: string;
  intro: ReactNode;
  /** "project", "role"…: used in button and item labels. */
  noun: string;
  items: T[];
  /** The item's name as typed, for headings and screen-reader labels. */
  nameOf: (item: T) => string;
  update: SectionProps['update'];
  errorOf: SectionProps['errorOf'];
  render: (editors: {
    item: T;
    index: number;
    patch: (change: Partial<T>) => void;
    bind: (field: TextField<T>) => BoundField;
  }) => ReactNode;
  /** Shown when the list is empty. */
  empty: string;
}

/** The keys of an item that hold text, which a `Field` edits directly. */
type TextField<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/** What ties a `Field` to one text field of an item: its path, value, setter and error. */
type BoundField = Pick<Parameters<typeof Field>[0], 'path' | 'value' | 'onChange' | 'error'>;

/** A section made of items: each with its fields, and buttons to add, move and remove. */
function Items<T extends { key: string }>({
  list,
  title,
  intro,
  noun,
  items,
  nameOf,
  update,
  errorOf,
  render,
  empty,
}: ItemsProps<T>) {
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  useFocusRequest(focus, () => setFocus(null));
  const setItems = (change: (items: T[]) => T[]) =>
    update((draft) => ({ ...draft, [list]: change(draft[list] as unknown as T[]) }));
  const sectionId = fieldId(list);
  const max = MAX_ITEMS[list];
  const editorsOf = (item: T, index: number) => {
    const patch = (change: Partial<T>) =>
      setItems((current) =>
        current.map((entry) => (entry.key === item.key ? { ...entry, ...change } : entry)),
      );
    const bind = (field: TextField<T>): BoundField => {
      const path = `${list}.${index}.${field}`;
      return {
        path,
        value: item[field] as string,
        onChange: (value) => patch({ [field]: value } as Partial<T>),
        error: errorOf(path),
      };
    };
    return { item, index, patch, bind };
  };

  return (
    <section className="card resume-section" aria-labelledby={`${sectionId}-title`}>
      <h2 id={`${sectionId}-title`} className="section-title">
        {title}
      </h2>
      {/* Issues about the list as a whole ("at most 3 projects") lead here. */}
      <div id={sectionId} tabIndex={-1} className="section-intro">
        {intro}
      </div>
      {items.length === 0 ? (
        <p className="empty-note">{empty}</p>
      ) : (
        <ol className="resume-items">
          {items.map((item, index) => {
            const name = nameOf(item).trim();
            const subject = `${noun} ${index + 1}${name ? `, ${name}` : ''}`;
            return (
              <li key={item.key} className="resume-item">
                <div className="resume-item-head">
                  <h3 className="resume-item-title" id={`${item.key}-title`}>
                    {name || `New ${noun}`}
                  </h3>
                  <ItemControls
                    itemKey={item.key}
                    subject={subject}
                    index={index}
                    count={items.length}
                    onMove={(to) => {
                      setItems((current) => move(current, index, to));
                      const direction = to < index ? 'up' : 'down';
                      setFocus({
                        id: `${item.key}-${direction}`,
                        fallback: `${item.key}-${direction === 'up' ? 'down' : 'up'}`,
                      });
                    }}
                    onRemove={() => {
                      setItems((current) => current.filter((entry) => entry.key !== item.key));
                      const neighbour = items[index + 1] ?? items[index - 1];
                      setFocus({ id: neighbour ? `${neighbour.key}-remove` : `${sectionId}-add` });
                    }}
                  />
                </div>
                {render(editorsOf(item, index))}
              </li>
            );
          })}
        </ol>
      )}
      <button
        id={`${sectionId}-add`}
        type="button"
        className="button button-small"
        disabled={items.length >= max}
        onClick={() => {
          const item = emptyItem[list]() as unknown as T;
          setItems((current) => [...current, item]);
          setFocus({ id: fieldId(`${list}.${items.length}.${firstField[list]}`) });
        }}
      >
        Add a {noun}
      </button>
      {items.length >= max && (
        <p className="muted small">
          That is the most this section holds; keep the strongest {noun}s.
        </p>
      )}
    </section>
  );
}

/** The field a new item's cursor lands in. */
const firstField: Record<ListName, string> = {
  projects: 'name',
  experience: 'role',
  skills: 'name',
  education: 'institution',
  certificates: 'name',
};

export function HeaderSection({ draft, update, errorOf }: SectionProps) {
  const set = (field: keyof ResumeDraft['basics']) => (value: string) =>
    update((current) => ({ ...current, basics: { ...current.basics, [field]: value } }));
  const { basics } = draft;
  const field = (
    name: keyof ResumeDraft['basics'],
    label: string,
    extra: Partial<Parameters<typeof Field>[0]> = {},
  ) => {
    const path = ['linkedin', 'github', 'portfolio'].includes(name)
      ? `basics.links.${name}`
      : `basics.${name}`;
    return (
      <Field
        path={path}
        label={label}
        value={basics[name]}
        onChange={set(name)}
        error={errorOf(path)}
        optional={name !== 'name'}
        {...extra}
      />
    );
  };
  return (
    <section className="card resume-section" aria-labelledby="resume-basics-title">
      <h2 id="resume-basics-title" className="section-title">
        Header
      </h2>
      <p className="section-intro">
        Your name, a one-line headline that says where you are going and where you come from, and
        the links a reviewer opens first.
      </p>
      <div className="field-row">
        {field('name', 'Full name', { autoComplete: 'name', maxLength: 100 })}
        {field('headline', 'Headline', {
          placeholder: 'Applied ML engineer, formerly a logistics planner',
          maxLength: 120,
        })}
      </div>
      <div className="field-row">
        {field('email', 'Email', { type: 'email', autoComplete: 'email' })}
        {field('phone', 'Phone', { type: 'tel', autoComplete: 'tel', maxLength: 40 })}
        {field('location', 'Location', {
          placeholder: 'Leeds, UK or Remote (CET)',
          maxLength: 100,
        })}
      </div>
      <div className="field-row">
        {field('github', 'GitHub', { type: 'url', placeholder: 'https://github.com/you' })}
        {field('linkedin', 'LinkedIn', {
          type: 'url',
          placeholder: 'https://www.linkedin.com/in/you',
        })}
        {field('portfolio', 'Website or portfolio', { type: 'url', placeholder: 'https://' })}
      </div>
    </section>
  );
}

export function SummarySection({ draft, update, errorOf }: SectionProps) {
  return (
    <section className="card resume-section" aria-labelledby="resume-summary-title">
      <h2 id="resume-summary-title" className="section-title">
        Summary <span className="optional">(optional)</span>
      </h2>
      <Field
        path="summary"
        label="Two lines: your previous career, and the ML work you do now"
        hint="Name the switch: it reads as a deliberate move and points at the field you know. Skip adjectives like “passionate”."
        rows={3}
        maxLength={600}
        value={draft.summary}
        onChange={(summary) => update((current) => ({ ...current, summary }))}
        error={errorOf('summary')}
      />
    </section>
  );
}

export function ProjectsSection({ draft, update, errorOf }: SectionProps) {
  return (
    <Items<ProjectDraft>
      list="projects"
      title="Projects"
      noun="project"
      intro={
        <p>
          Your evidence, so it comes first. One or two projects described in depth beat many: the
          data, the model, the result against a baseline on held-out data, and where it runs.
        </p>
      }
      empty="No project yet. Add the strongest thing you have built, even if it is unfinished."
      items={draft.projects}
      nameOf={(project) => project.name}
      update={update}
      errorOf={errorOf}
      render={({ item: project, index, patch, bind }) => {
        const path = `projects.${index}`;
        return (
          <>
            <div className="field-row">
              <Field label="Project name" maxLength={100} {...bind('name')} />
              <Field
                label="Repository"
                type="url"
                optional
                placeholder="https://github.com/you/project"
                {...bind('repo')}
              />
              <Field label="Demo or write-up" type="url" optional {...bind('url')} />
            </div>
            <Field
              label="One sentence: the problem and who it is for"
              optional
              maxLength={300}
              {...bind('description')}
            />
            <BulletList
              path={path}
              owner={project.name}
              bullets={project.bullets}
              onChange={(bullets) => patch({ bullets })}
              errorOf={errorOf}
              hint="Two to four bullets. Lead with the result: the metric, what it beat, on how much data."
            />
            <Field
              label="Tools"
              optional
              hint="Separated by commas: Python, LightGBM, FastAPI, Docker."
              {...bind('keywords')}
            />
          </>
        );
      }}
    />
  );
}

export function ExperienceSection({ draft, update, errorOf }: SectionProps) {
  return (
    <Items<RoleDraft>
      list="experience"
      title="Previous experience"
      noun="role"
      intro={
        <p>
          Keep your earlier career: it is the domain knowledge you bring. One or two bullets per
          role, each a result with a number or something you learned about the field.
        </p>
      }
      empty="No role yet. Hiding your previous career does not work: reviewers see the gap."
      items={draft.experience}
      nameOf={(role) => [role.role, role.company].filter((part) => part.trim()).join(', ')}
      update={update}
      errorOf={errorOf}
      render={({ item: role, index, patch, bind }) => {
        const path = `experience.${index}`;
        return (
          <>
            <div className="field-row">
              <Field label="Role" maxLength={100} {...bind('role')} />
              <Field label="Employer" maxLength={100} {...bind('company')} />
              <Field label="Location" optional maxLength={100} {...bind('location')} />
            </div>
            <div className="field-row">
              <Field
                label="From"
                optional
                hint={DATE_HINT}
                className="field-date"
                {...bind('start')}
              />
              <Field
                label="Until"
                optional
                hint="Empty while the role is current."
                className="field-date"
                {...bind('end')}
              />
            </div>
            <BulletList
              path={path}
              owner={[role.role, role.company].filter(Boolean).join(', ')}
              bullets={role.bullets}
              onChange={(bullets) => patch({ bullets })}
              errorOf={errorOf}
              hint="One or two transferable bullets: a measured result, or what you learned about the field's data."
            />
          </>
        );
      }}
    />
  );
}

export function SkillsSection({ draft, update, errorOf }: SectionProps) {
  return (
    <Items<SkillGroupDraft>
      list="skills"
      title="Skills"
      noun="skill group"
      intro={
        <p>
          Group the tools you have used in your projects. Name them the way postings do, so the
          keyword match finds them.
        </p>
      }
      empty="No skills yet."
      items={draft.skills}
      nameOf={(group) => group.name}
      update={update}
      errorOf={errorOf}
      render={({ bind }) => (
        <div className="field-row field-row-wide">
          <Field label="Group" maxLength={60} {...bind('name')} />
          <Field label="Skills and tools" hint="Separated by commas." {...bind('keywords')} />
        </div>
      )}
    />
  );
}

export function EducationSection({ draft, update, errorOf }: SectionProps) {
  return (
    <Items<EducationDraft>
      list="education"
      title="Education"
      noun="school"
      intro={<p>Short: the degree, the field and the years. A degree in another field is fine.</p>}
      empty="No education listed. That is fine if you have none to show."
      items={draft.education}
      nameOf={(school) => school.institution}
      update={update}
      errorOf={errorOf}
      render={({ bind }) => {
        return (
          <>
            <div className="field-row">
              <Field label="School" maxLength={120} {...bind('institution')} />
              <Field
                label="Degree"
                optional
                placeholder="BSc"
                maxLength={60}
                {...bind('studyType')}
              />
              <Field label="Field" optional maxLength={100} {...bind('area')} />
            </div>
            <div className="field-row">
              <Field label="From" optional hint={DATE_HINT} {...bind('start')} />
              <Field label="Until" optional {...bind('end')} />
            </div>
            <Field
              label="Relevant courses"
              optional
              hint="Separated by commas."
              {...bind('courses')}
            />
          </>
        );
      }}
    />
  );
}

export function CertificatesSection({ draft, update, errorOf }: SectionProps) {
  return (
    <Items<CertificateDraft>
      list="certificates"
      title="Certificates"
      noun="certificate"
      intro={<p>Optional, and last: a certificate supports a project, it never replaces one.</p>}
      empty="None listed."
      items={draft.certificates}
      nameOf={(certificate) => certificate.name}
      update={update}
      errorOf={errorOf}
      render={({ bind }) => {
        return (
          <div className="field-row">
            <Field label="Certificate" maxLength={120} {...bind('name')} />
            <Field label="Issuer" optional {...bind('issuer')} />
            <Field label="Date" optional hint={DATE_HINT} {...bind('date')} />
          </div>
        );
      }}
    />
  );
}
