import {
  bigint,
  bigserial,
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
