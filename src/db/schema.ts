import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  /**
   * Bumped by a trigger on every write to a table the user owns (migration 0003), in the same
   * transaction: a read cache keyed by it is never stale, on any number of app processes.
   */
  dataVersion: bigint('data_version', { mode: 'number' }).notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A login: only the SHA-256 of the random token is stored, so a leaked table opens nothing. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId)],
);

/** The intake answers; one row per user. */
export const profiles = pgTable('profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  background: text('background').notNull(),
  domain: text('domain'),
  skills: jsonb('skills').$type<Record<string, number>>().notNull(),
  hoursPerWeek: real('hours_per_week').notNull(),
  startDate: text('start_date'),
  targetDate: text('target_date'),
  track: text('track').notNull().default('applied'),
  specialization: text('specialization'),
  education: text('education'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Failed logins by key (`email:…` or `ip:…`), kept in the database so that every app process
 * sharing one PostgreSQL enforces the same limit.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('login_attempts_key_time_idx').on(table.key, table.attemptedAt)],
);

/** The user's own record of where each catalog skill stands; drives re-planning. */
export const skillStates = pgTable(
  'skill_states',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    skillId: text('skill_id').notNull(),
    status: text('status').notNull(),
    reason: text('reason'),
    changedOn: text('changed_on').notNull(),
    updatedAt: updatedAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.skillId] })],
);

/** Hours spent, by day, on a catalog skill or project, as building or as theory. */
export const timeEntries = pgTable(
  'time_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    minutes: integer('minutes').notNull(),
    targetKind: text('target_kind').notNull(),
    targetId: text('target_id').notNull(),
    mode: text('mode').notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (table) => [index('time_entries_user_date_idx').on(table.userId, table.date)],
);

/** Coffee chats, meetups, posts and messages: the coach watches for isolation. */
export const networkingActivities = pgTable(
  'networking_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    kind: text('kind').notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (table) => [index('networking_user_date_idx').on(table.userId, table.date)],
);

/** Where each catalog project stands for the user. */
export const projectStates = pgTable(
  'project_states',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    projectId: text('project_id').notNull(),
    status: text('status').notNull(),
    startedOn: text('started_on'),
    shippedOn: text('shipped_on'),
    updatedAt: updatedAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.projectId] })],
);

/** Proof of work: repositories, deployed URLs, certificates, blog posts, competition pages. */
export const evidenceLinks = pgTable(
  'evidence_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    targetKind: text('target_kind').notNull(),
    targetId: text('target_id').notNull(),
    type: text('type').notNull(),
    url: text('url').notNull(),
    date: text('date').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('evidence_links_user_idx').on(table.userId, table.date)],
);

/** One Markdown note per skill or project. */
export const notes = pgTable(
  'notes',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    targetKind: text('target_kind').notNull(),
    targetId: text('target_id').notNull(),
    body: text('body').notNull(),
    updatedAt: updatedAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.targetKind, table.targetId] })],
);

/** Coach alerts the user dismissed (no date) or snoozed until a date. */
export const coachDismissals = pgTable(
  'coach_dismissals',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ruleId: text('rule_id').notNull(),
    until: text('until'),
    updatedAt: updatedAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.ruleId] })],
);

/** The money side of the switch, in integer minor units of the user's currency. */
export const runwaySettings = pgTable('runway_settings', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  currency: text('currency').notNull(),
  savings: bigint('savings', { mode: 'number' }).notNull(),
  monthlyExpenses: bigint('monthly_expenses', { mode: 'number' }).notNull(),
  monthlyIncome: bigint('monthly_income', { mode: 'number' }).notNull(),
  learningBudget: bigint('learning_budget', { mode: 'number' }).notNull(),
  emergencyFundMonths: integer('emergency_fund_months').notNull(),
  updatedAt: updatedAt(),
});

/**
 * The plan's estimate each time it was made again (intake, profile edit, "re-plan from today"),
 * so the user can see how the first-offer date moved.
 */
export const planSnapshots = pgTable(
  'plan_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    madeOn: text('made_on').notNull(),
    reason: text('reason').notNull(),
    startDate: text('start_date').notNull(),
    hoursPerWeek: real('hours_per_week').notNull(),
    p50: text('p50').notNull(),
    p80: text('p80').notNull(),
    targetDate: text('target_date'),
    remainingSkills: integer('remaining_skills').notNull(),
    remainingHours: real('remaining_hours').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('plan_snapshots_user_idx').on(table.userId, table.madeOn)],
);

/** The secret address of a user's calendar feed: only its SHA-256 is kept, like sessions. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: createdAt(),
});

/** The weekly check-in: a short reflection on the week that starts on `weekStart` (a Monday). */
export const weeklyCheckins = pgTable(
  'weekly_checkins',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    weekStart: text('week_start').notNull(),
    wentWell: text('went_well').notNull(),
    blockers: text('blockers').notNull(),
    nextFocus: text('next_focus').notNull(),
    updatedAt: updatedAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.weekStart] })],
);

/** A job posting the user analyzed: its text and the analysis (the gap is computed on read). */
export const jobAnalyses = pgTable(
  'job_analyses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    company: text('company'),
    url: text('url'),
    posting: text('posting').notNull(),
    analysis: jsonb('analysis').notNull(),
    analyzedOn: text('analyzed_on').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('job_analyses_user_idx').on(table.userId, table.createdAt)],
);

/** Skills the user added to the plan from a posting's gap, beyond their specialization. */
export const planAdditions = pgTable(
  'plan_additions',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    skillId: text('skill_id').notNull(),
    addedOn: text('added_on').notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.skillId] })],
);

// ---------------------------------------------------------------------------------------------
// Job search: resume, companies, applications with their stage history, contacts, the public
// profile checklist. Enumerated values are text checked by the zod schemas in src/core.

/** The user's resume (src/core/resume ResumeSchema) and cover letter draft, one per user. */
export const resumes = pgTable('resumes', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  document: jsonb('document').notNull(),
  coverLetter: jsonb('cover_letter'),
  updatedAt: updatedAt(),
});

export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** 1–4 as in the seeds (1: the largest, most selective employers). */
    tier: integer('tier'),
    /** How well the company hires switchers (vertical software in the prior domain first). */
    fit: text('fit'),
    industry: text('industry'),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (table) => [index('companies_user_idx').on(table.userId, table.name)],
);

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    company: text('company').notNull(),
    role: text('role').notNull(),
    link: text('link'),
    analysisId: uuid('analysis_id').references(() => jobAnalyses.id, { onDelete: 'set null' }),
    source: text('source').notNull(),
    stage: text('stage').notNull(),
    nextAction: text('next_action'),
    nextActionOn: text('next_action_on'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('applications_user_idx').on(table.userId, table.stage)],
);

/** Every stage an application reached, with the day: the funnel and response times read it. */
export const applicationStages = pgTable(
  'application_stages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    changedOn: text('changed_on').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('application_stages_user_idx').on(table.userId, table.applicationId)],
);

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    howMet: text('how_met'),
    lastContactOn: text('last_contact_on'),
    nextContactOn: text('next_contact_on'),
    /** none, asked or given. */
    referral: text('referral').notNull(),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (table) => [index('contacts_user_idx').on(table.userId, table.name)],
);

/** Items of the public-profile checklist the user has done (LinkedIn, GitHub, writing). */
export const profileChecklist = pgTable(
  'profile_checklist',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    doneOn: text('done_on').notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.itemId] })],
);

// ---------------------------------------------------------------------------------------------
// Portfolio and interviews.

/** A portfolio project: from the catalog's suggestions or the user's own, with its numbers. */
export const portfolioProjects = pgTable(
  'portfolio_projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    catalogProjectId: text('catalog_project_id'),
    title: text('title').notNull(),
    status: text('status').notNull(),
    repositoryUrl: text('repository_url'),
    localPath: text('local_path'),
    deployedUrl: text('deployed_url'),
    dataset: text('dataset'),
    datasetSize: text('dataset_size'),
    metric: text('metric'),
    baselineValue: text('baseline_value'),
    resultValue: text('result_value'),
    evaluationSize: text('evaluation_size'),
    evaluationMethod: text('evaluation_method'),
    writeupUrl: text('writeup_url'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('portfolio_projects_user_idx').on(table.userId, table.createdAt)],
);

/** Cards the user wrote; the catalog's cards are referenced by their ids and never copied. */
export const interviewCards = pgTable(
  'interview_cards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    topic: text('topic').notNull(),
    rounds: jsonb('rounds').$type<string[]>().notNull(),
    prompt: text('prompt').notNull(),
    answer: text('answer').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('interview_cards_user_idx').on(table.userId, table.topic)],
);

/**
 * The FSRS state of one card for one user (`cardId`: a catalog card id, or `user:<uuid>`), with
 * its due time as a column so the next due card is an index lookup.
 */
export const cardStates = pgTable(
  'card_states',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    cardId: text('card_id').notNull(),
    state: jsonb('state').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.cardId] }),
    index('card_states_due_idx').on(table.userId, table.dueAt),
  ],
);

export const cardReviews = pgTable(
  'card_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    cardId: text('card_id').notNull(),
    grade: integer('grade').notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('card_reviews_user_idx').on(table.userId, table.reviewedAt)],
);

export const starStories = pgTable(
  'star_stories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    situation: text('situation').notNull(),
    task: text('task').notNull(),
    action: text('action').notNull(),
    result: text('result').notNull(),
    projectId: uuid('project_id').references(() => portfolioProjects.id, {
      onDelete: 'set null',
    }),
    cardIds: jsonb('card_ids').$type<string[]>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('star_stories_user_idx').on(table.userId, table.createdAt)],
);

/** One interview round of an application, with the checklist items done. */
export const interviewRounds = pgTable(
  'interview_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => applications.id, {
      onDelete: 'cascade',
    }),
    round: text('round').notNull(),
    scheduledOn: text('scheduled_on'),
    checklistDone: jsonb('checklist_done').$type<string[]>().notNull(),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (table) => [index('interview_rounds_user_idx').on(table.userId, table.scheduledOn)],
);

export const codingPractice = pgTable(
  'coding_practice',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name'),
    link: text('link'),
    topic: text('topic').notNull(),
    difficulty: text('difficulty').notNull(),
    date: text('date').notNull(),
    minutes: integer('minutes').notNull(),
    solvedAlone: boolean('solved_alone').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('coding_practice_user_idx').on(table.userId, table.date)],
);

/** An offer, in integer minor units of its currency, with the negotiation checklist done. */
export const offers = pgTable(
  'offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => applications.id, {
      onDelete: 'set null',
    }),
    company: text('company').notNull(),
    role: text('role').notNull(),
    level: text('level').notNull(),
    location: text('location').notNull(),
    currency: text('currency').notNull(),
    base: bigint('base', { mode: 'number' }).notNull(),
    bonus: bigint('bonus', { mode: 'number' }).notNull(),
    equityPerYear: bigint('equity_per_year', { mode: 'number' }).notNull(),
    signOn: bigint('sign_on', { mode: 'number' }).notNull(),
    benefits: text('benefits'),
    deadline: text('deadline'),
    /** The day the offer came; acceptance cannot be dated before it. */
    receivedOn: text('received_on'),
    /** Negotiation checklist: item id → the day it was done. */
    negotiation: jsonb('negotiation').$type<Record<string, string>>().notNull(),
    acceptedOn: text('accepted_on'),
    createdAt: createdAt(),
  },
  (table) => [index('offers_user_idx').on(table.userId, table.createdAt)],
);

/** Growth-mode goals (after the first offer is accepted) the user has done. */
export const growthGoals = pgTable(
  'growth_goals',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    goalId: text('goal_id').notNull(),
    doneOn: text('done_on').notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.goalId] })],
);

/**
 * The user's own figures for a salary band of the interview catalog (one row per level). Only
 * edits are stored: a level without a row shows the article's figures, and a reset deletes the row.
 */
export const salaryBandOverrides = pgTable(
  'salary_band_overrides',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    level: text('level').notNull(),
    /** Yearly amounts in minor units (cents) of `currency`. */
    low: bigint('low', { mode: 'number' }).notNull(),
    high: bigint('high', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    /** Where the figures come from, in the user's words (a salary survey, the city). */
    note: text('note'),
    changedOn: text('changed_on').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.level] }),
    check('salary_band_overrides_range', sql`${table.low} >= 0 AND ${table.low} <= ${table.high}`),
  ],
);
