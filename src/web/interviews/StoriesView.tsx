import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { isApiError, sentence } from '../api/client';
import { ErrorState } from '../shell/ErrorState';
import { Loading } from '../shell/Loading';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorSummary } from '../ui/ErrorSummary';
import { type FieldErrors, issuesToErrors, summaryItems } from '../ui/forms';
import {
  type StarStory,
  type StarStoryInput,
  useCards,
  useDeleteStory,
  useProjectOptions,
  useSaveStory,
  useStories,
} from './api';
import { TextArea } from './CardsView';

const PARTS = [
  { key: 'situation', label: 'Situation', hint: 'Where and when; what was at stake.' },
  { key: 'task', label: 'Task', hint: 'What you were responsible for.' },
  { key: 'action', label: 'Action', hint: 'What you did yourself — say “I”, not “we”.' },
  { key: 'result', label: 'Result', hint: 'What changed, with a number if you have one.' },
] as const;

const EMPTY: StarStoryInput = {
  title: '',
  situation: '',
  task: '',
  action: '',
  result: '',
  cardIds: [],
};

const LABELS: Record<string, string> = {
  title: 'Title',
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  projectId: 'Project',
  cardIds: 'Questions',
};

/** STAR stories: a handful of true stories, each ready for several behavioral questions. */
export function StoriesView() {
  const stories = useStories();
  const cards = useCards();
  const projects = useProjectOptions();
  const remove = useDeleteStory();
  const [editing, setEditing] = useState<StarStory | null>(null);
  const behavioral = (cards.data ?? []).filter((card) => card.topic === 'behavioral');
  const promptOf = new Map((cards.data ?? []).map((card) => [card.id, card.prompt]));
  const projectOf = new Map((projects.data ?? []).map((project) => [project.id, project.label]));

  return (
    <div className="interviews-stories">
      <StoryForm
        key={editing?.id ?? 'new'}
        editing={editing}
        behavioral={behavioral}
        projects={projects.data ?? []}
        onDone={() => setEditing(null)}
      />
      <section className="card" aria-labelledby="stories-title">
        <h2 id="stories-title" className="section-title">
          Your stories
        </h2>
        {stories.isError ? (
          <ErrorState
            what="Your stories could not be loaded."
            error={stories.error}
            onRetry={() => void stories.refetch()}
          />
        ) : !stories.data ? (
          <Loading />
        ) : stories.data.length === 0 ? (
          <p className="empty-note">
            No stories yet. Five or six good ones — a project you shipped, a mistake you fixed, a
            disagreement, something you learned fast — answer most behavioral questions.
          </p>
        ) : (
          <ul className="story-list">
            {stories.data.map((story) => (
              <li key={story.id} className="story-item">
                <h3 className="story-title">{story.title}</h3>
                {story.projectId && (
                  <p className="muted small">
                    Project:{' '}
                    <Link to={`/portfolio/${encodeURIComponent(story.projectId)}`}>
                      {projectOf.get(story.projectId) ?? 'a portfolio project'}
                    </Link>
                  </p>
                )}
                <dl className="star">
                  {PARTS.map((part) => (
                    <div key={part.key}>
                      <dt>{part.label}</dt>
                      <dd>{story[part.key]}</dd>
                    </div>
                  ))}
                </dl>
                {story.cardIds.length > 0 && (
                  <>
                    <p className="mini-heading">Answers</p>
                    <ul className="story-cards">
                      {story.cardIds.map((id) => (
                        <li key={id}>{promptOf.get(id) ?? id}</li>
                      ))}
                    </ul>
                  </>
                )}
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    onClick={() => {
                      setEditing(story);
                      window.scrollTo({ top: 0 });
                      requestAnimationFrame(() => document.getElementById('story-title')?.focus());
                    }}
                  >
                    Edit<span className="visually-hidden"> the story “{story.title}”</span>
                  </button>
                  <ConfirmButton
                    label="Delete"
                    subject={`the story “${story.title}”`}
                    question="Delete this story?"
                    confirmLabel="Delete"
                    disabled={remove.isPending}
                    onConfirm={() => remove.mutate(story.id)}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function StoryForm({
  editing,
  behavioral,
  projects,
  onDone,
}: {
  editing: StarStory | null;
  behavioral: { id: string; prompt: string }[];
  projects: { id: string; label: string }[];
  onDone: () => void;
}) {
  const save = useSaveStory();
  const [story, setStory] = useState<StarStoryInput>(() => {
    if (!editing) return EMPTY;
    const { id: _id, createdAt: _createdAt, ...input } = editing;
    return input;
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [saved, setSaved] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    setErrors({});
    setOther([]);
    save.mutate(
      { ...(editing ? { id: editing.id } : {}), story },
      {
        onSuccess: () => {
          setSaved(editing ? 'Story saved.' : `Story added: ${story.title.trim()}.`);
          if (editing) onDone();
          else setStory(EMPTY);
        },
        onError: (error) => {
          if (!isApiError(error, 400)) return;
          const mapped = issuesToErrors(error.issues, LABELS);
          setErrors(mapped.fields);
          setOther(mapped.other);
        },
      },
    );
  };
  const toggleCard = (id: string, on: boolean) =>
    setStory({
      ...story,
      cardIds: on ? [...story.cardIds, id] : story.cardIds.filter((value) => value !== id),
    });
  const items = summaryItems(
    errors,
    ['title', 'situation', 'task', 'action', 'result'],
    (path) => `story-${path}`,
    other,
  );

  return (
    <section className="card" aria-labelledby="story-form-title">
      <h2 id="story-form-title" className="section-title">
        {editing ? 'Edit your story' : 'Write a STAR story'}
      </h2>
      <ErrorSummary items={items} />
      <form className="form" onSubmit={submit} noValidate>
        <div className={`field${errors.title ? ' field-invalid' : ''}`}>
          <label htmlFor="story-title" className="field-label">
            Title
          </label>
          {errors.title && <p className="field-error">{errors.title}</p>}
          <input
            id="story-title"
            className="input"
            value={story.title}
            maxLength={200}
            aria-invalid={errors.title ? true : undefined}
            onChange={(event) => setStory({ ...story, title: event.target.value })}
          />
        </div>
        {PARTS.map((part) => (
          <TextArea
            key={part.key}
            id={`story-${part.key}`}
            label={part.label}
            hint={part.hint}
            error={errors[part.key]}
            value={story[part.key]}
            onChange={(value) => setStory({ ...story, [part.key]: value })}
          />
        ))}
        <div className="field">
          <label htmlFor="story-project" className="field-label">
            Portfolio project <span className="optional">(optional)</span>
          </label>
          {projects.length === 0 && (
            <p id="story-project-hint" className="field-hint">
              Projects you add to your portfolio can be linked here.
            </p>
          )}
          <select
            id="story-project"
            className="input select"
            value={story.projectId ?? ''}
            aria-describedby={projects.length === 0 ? 'story-project-hint' : undefined}
            onChange={(event) => {
              const { projectId: _projectId, ...rest } = story;
              setStory(event.target.value ? { ...rest, projectId: event.target.value } : rest);
            }}
          >
            <option value="">None</option>
            {projects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.label}
              </option>
            ))}
          </select>
        </div>
        <details className="disclosure story-questions">
          <summary>
            Behavioral questions it answers{' '}
            <span className="muted small">({story.cardIds.length} chosen)</span>
          </summary>
          <fieldset className="plan-checklist">
            <legend className="visually-hidden">Behavioral questions this story answers</legend>
            {behavioral.map((card) => (
              <label key={card.id} className="check">
                <input
                  type="checkbox"
                  checked={story.cardIds.includes(card.id)}
                  onChange={(event) => toggleCard(card.id, event.target.checked)}
                />{' '}
                {card.prompt}
              </label>
            ))}
          </fieldset>
        </details>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {editing ? 'Save story' : 'Add story'}
          </button>
          {editing && (
            <button type="button" className="button" onClick={onDone}>
              Cancel
            </button>
          )}
        </div>
        <div aria-live="polite">{saved && <p className="muted small">{saved}</p>}</div>
        {save.isError && !isApiError(save.error, 400) && (
          <p className="callout callout-error" role="alert">
            {save.error instanceof Error ? sentence(save.error.message) : 'Saving failed.'}
          </p>
        )}
      </form>
    </section>
  );
}
