import { z } from 'zod';
import { ColumnMappingSchema, IMPORT_FIELDS, MAX_CSV_CHARS } from '../../../core/pipeline/csv.js';
import {
  CHECKLIST_IDS,
  FIT_IDS,
  objectError,
  PROGRESSION,
  REFERRAL_STATES,
  SOURCES,
  STAGES,
} from '../../../core/pipeline/records.js';

/** Response shapes of the pipeline routes; each lists its fields, so no column leaks. */

export const CompanySchema = z.object({
  id: z.string(),
  name: z.string(),
  tier: z.number().int().optional(),
  fit: z.enum(FIT_IDS).optional(),
  industry: z.string().optional(),
  notes: z.string().optional(),
});

export const ApplicationSchema = z.object({
  id: z.string(),
  companyId: z.string().optional(),
  company: z.string(),
  role: z.string(),
  link: z.string().optional(),
  analysisId: z.string().optional(),
  source: z.enum(SOURCES),
  stage: z.enum(STAGES),
  nextAction: z.string().optional(),
  nextActionOn: z.string().optional(),
  notes: z.string().optional(),
  appliedOn: z.string().optional().describe('the day it was sent, from the stage history'),
  stageOn: z.string().optional().describe('the day it reached its current stage'),
  updatedAt: z.string(),
});

export const ApplicationDetailSchema = ApplicationSchema.extend({
  history: z.array(z.object({ id: z.string(), stage: z.enum(STAGES), changedOn: z.string() })),
});

export const ContactSchema = z.object({
  id: z.string(),
  name: z.string(),
  companyId: z.string().optional(),
  howMet: z.string().optional(),
  lastContactOn: z.string().optional(),
  nextContactOn: z.string().optional(),
  referral: z.enum(REFERRAL_STATES),
  notes: z.string().optional(),
});

export const FunnelSchema = z.object({
  total: z.number().int(),
  steps: z.array(
    z.object({
      stage: z.enum(PROGRESSION),
      reached: z.number().int(),
      conversion: z.number().nullable(),
    }),
  ),
  closed: z.object({
    rejected: z.number().int(),
    withdrawn: z.number().int(),
    ghosted: z.number().int(),
  }),
  bySource: z.array(
    z.object({
      source: z.enum(SOURCES),
      applied: z.number().int(),
      responded: z.number().int(),
      responseRate: z.number().nullable(),
      interviews: z.number().int(),
      offers: z.number().int(),
    }),
  ),
  medianDaysToResponse: z.number().nullable(),
  responsesMeasured: z.number().int(),
});

export const ReminderSchema = z.object({
  kind: z.enum(['next-action', 'contact', 'follow-up']),
  applicationId: z.string().optional(),
  contactId: z.string().optional(),
  title: z.string(),
  due: z.string(),
  overdue: z.boolean(),
  waitingDays: z.number().int().optional(),
});

export const ChecklistSchema = z.object({
  items: z.array(
    z.object({
      id: z.enum(CHECKLIST_IDS),
      group: z.string(),
      label: z.string(),
      why: z.string(),
      done: z.boolean(),
      doneOn: z.string().optional(),
    }),
  ),
  done: z.number().int(),
  total: z.number().int(),
});

const csvText = z
  .string({ error: 'must be the CSV file as text' })
  .min(1, { error: 'must not be empty' })
  .max(MAX_CSV_CHARS, { error: `must be at most ${MAX_CSV_CHARS} characters` });

export const ImportPreviewBodySchema = z.strictObject(
  { csv: csvText, mapping: ColumnMappingSchema.partial().optional() },
  { error: objectError },
);

export const ImportBodySchema = z.strictObject(
  { csv: csvText, mapping: ColumnMappingSchema },
  { error: objectError },
);

const ImportIssueSchema = z.object({
  row: z.number().int().describe('the data row, 1 for the first after the header; 0 for the file'),
  field: z.enum([...IMPORT_FIELDS, 'file']),
  message: z.string(),
});

export const ImportPreviewSchema = z.object({
  columns: z.array(z.string()),
  mapping: z.object(
    Object.fromEntries(IMPORT_FIELDS.map((field) => [field, z.string().optional()])) as Record<
      (typeof IMPORT_FIELDS)[number],
      z.ZodOptional<z.ZodString>
    >,
  ),
  rows: z.array(
    z.object({
      row: z.number().int(),
      application: z.object({
        company: z.string(),
        role: z.string(),
        link: z.string().optional(),
        source: z.enum(SOURCES),
        stage: z.enum(STAGES),
        nextAction: z.string().optional(),
        nextActionOn: z.string().optional(),
        notes: z.string().optional(),
      }),
      appliedOn: z.string().optional(),
    }),
  ),
  errors: z.array(ImportIssueSchema),
});

/** `:itemId` of a checklist item: any text, so an unknown one is answered by the handler. */
export const ChecklistParams = z.strictObject({ itemId: z.string().max(100) });
