import { StarStoryInputSchema } from '../../core/interview/records.js';
import { addStories, existingCardIds, listStories } from '../../db/interviews.js';
import { listPortfolioProjects } from '../../db/portfolio.js';
import { pickAccount, withDatabase } from '../database.js';
import { UsageError } from '../errors.js';
import { print, printJson } from '../output.js';
import { pickById, shortId } from '../pick.js';
import { defined, parseInput } from '../validate.js';

/** `mlpath stories`: the STAR stories of the web app's Interviews area, newest first. */

export async function storiesList(options: { email?: string; json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const [stories, projects] = await Promise.all([
      listStories(db, account.id),
      listPortfolioProjects(db, account.id),
    ]);
    if (options.json) return printJson(stories);
    if (stories.length === 0) {
      return print(
        `No STAR stories for ${account.email} yet. Write one: mlpath stories add --title "Cut churn" --situation … --task … --action … --result …`,
      );
    }
    const projectTitle = new Map(projects.map((project) => [project.id, project.title]));
    const blocks = stories.map((story) => {
      const about = story.projectId ? projectTitle.get(story.projectId) : undefined;
      return [
        `${shortId(story)}  ${story.title}${about ? `  (project: ${about})` : ''}`,
        `  Situation: ${story.situation}`,
        `  Task: ${story.task}`,
        `  Action: ${story.action}`,
        `  Result: ${story.result}`,
        ...(story.cardIds.length > 0 ? [`  Answers: ${story.cardIds.join(', ')}`] : []),
      ].join('\n');
    });
    print([`STAR stories of ${account.email}: ${stories.length}`, ...blocks].join('\n\n'));
  });
}

export interface StoryAddOptions {
  title?: string;
  situation?: string;
  task?: string;
  action?: string;
  result?: string;
  project?: string;
  card?: string[];
  email?: string;
  json?: boolean;
}

/**
 * `mlpath stories add`: one STAR story, optionally about a portfolio project (the start of its id)
 * and linked to the cards it answers. Links must be the user's own: exit 2 otherwise.
 */
export async function storiesAdd(options: StoryAddOptions): Promise<void> {
  const fields = {
    title: options.title,
    situation: options.situation,
    task: options.task,
    action: options.action,
    result: options.result,
    cardIds: options.card ?? [],
  };
  const flags = {
    title: '--title',
    situation: '--situation',
    task: '--task',
    action: '--action',
    result: '--result',
    cardIds: '--card',
  };
  parseInput(StarStoryInputSchema, defined(fields), flags);
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const project =
      options.project === undefined
        ? undefined
        : pickById(
            await listPortfolioProjects(db, account.id),
            options.project,
            'project',
            'mlpath projects',
          );
    const input = parseInput(
      StarStoryInputSchema,
      defined({ ...fields, projectId: project?.id }),
      flags,
    );
    const known = await existingCardIds(db, account.id, input.cardIds);
    const unknown = input.cardIds.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new UsageError(`--card: unknown cards: ${unknown.join(', ')} (see mlpath review)`);
    }
    const [story] = await addStories(db, account.id, [input]);
    if (!story) throw new Error('the story was not saved');
    if (options.json) return printJson(story);
    print(
      `Added the story “${story.title}” as ${shortId(story)}${project ? `, about “${project.title}”` : ''}.`,
    );
  });
}
