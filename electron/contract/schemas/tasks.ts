import { z } from 'zod';
import { text } from './common';
import { DateSchema } from './cases';

export const TASK_STATUSES = ['sent', 'acknowledged', 'answered', 'closed'] as const;
export const TaskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

/** Sent or acknowledged and past its due date without an answer. Derived, never stored. */
export const TaskStateSchema = z.enum(['sent', 'acknowledged', 'answered', 'closed', 'due_soon', 'overdue']);

export const TaskSchema = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  caseTitle: z.string().nullable(),
  meetingId: z.string().nullable(),
  agencyId: z.string(),
  agencyName: z.string(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  request: z.string(),
  sentOn: DateSchema,
  dueOn: DateSchema,
  status: TaskStatusSchema,
  /** status, or due_soon / overdue for an unanswered task near or past its due date. */
  state: TaskStateSchema,
  overdue: z.boolean(),
  /** Working days left until due (negative when overdue); null once answered or closed. */
  daysLeft: z.number().int().nullable(),
  acknowledgedOn: DateSchema.nullable(),
  replyText: z.string().nullable(),
  repliedOn: DateSchema.nullable(),
  closedOn: DateSchema.nullable(),
  reminderCount: z.number().int(),
  lastRemindedAt: z.string().nullable(),
});
export type Task = z.infer<typeof TaskSchema>;

export const TaskListInputSchema = z
  .object({
    /** open = sent or acknowledged (overdue ones included). */
    filter: z.enum(['open', 'overdue', 'answered', 'closed', 'all']).default('open'),
    agencyId: z.string().min(1).optional(),
    caseId: z.string().min(1).optional(),
    query: z.string().trim().max(100).optional(),
    limit: z.number().int().min(1).max(2000).default(500),
  })
  .strict();

export const TaskListSchema = z.object({ total: z.number().int(), items: z.array(TaskSchema) });

/** Exactly one of dueOn (a date) or dueInWorkingDays (counted on the holiday calendar). */
export const TaskCreateSchema = z
  .object({
    caseId: z.string().min(1).nullable(),
    agencyId: z.string().min(1),
    contactId: z.string().min(1).nullable().optional(),
    request: text(2000),
    sentOn: DateSchema,
    dueOn: DateSchema.nullable().optional(),
    dueInWorkingDays: z.number().int().min(1).max(120).nullable().optional(),
  })
  .strict();

export const TaskUpdateSchema = z
  .object({
    id: z.string().min(1),
    contactId: z.string().min(1).nullable().optional(),
    request: text(2000).optional(),
    dueOn: DateSchema.optional(),
  })
  .strict();

export const TaskAcknowledgeSchema = z.object({ id: z.string().min(1), on: DateSchema }).strict();
export const TaskReplySchema = z.object({ id: z.string().min(1), replyText: text(4000), repliedOn: DateSchema }).strict();
export const TaskCloseSchema = z.object({ id: z.string().min(1), on: DateSchema, note: text(1000).optional() }).strict();
export const TaskRemindSchema = z.object({ id: z.string().min(1), note: text(500).optional() }).strict();
export const TaskIdSchema = z.object({ id: z.string().min(1) }).strict();

export const TaskDueDateInputSchema = z
  .object({ sentOn: DateSchema, workingDays: z.number().int().min(1).max(120) })
  .strict();
export const TaskDueDateSchema = z.object({ dueOn: DateSchema });
