import { z } from 'zod';
import { StageSchema } from './common';
import { DueItemSchema } from './clocks';
import { TaskSchema } from './tasks';
import { SuggestionSchema } from './linkage';

export const DashboardSummarySchema = z.object({
  totalCases: z.number().int(),
  openCases: z.number().int(),
  byStage: z.array(z.object({ stage: StageSchema, count: z.number().int() })),
  byCategory: z.array(z.object({ category: z.string(), count: z.number().int() })),
  openTasks: z.number().int(),
  upcomingMeetings: z.number().int(),
  agencies: z.number().int(),
  /** Open cases assigned to the acting operator. */
  myOpenCases: z.array(
    z.object({ id: z.string(), caseNumber: z.string(), title: z.string(), stage: StageSchema, nextDueOn: z.string().nullable() }),
  ),
  /** Open clocks due within the next 3 working days, soonest first. */
  dueSoon: z.array(DueItemSchema),
  overdue: z.array(DueItemSchema),
  /**
   * Every running 5-day transfer-to-filing clock (调解不成的在5日内转立案), whatever its date: the one
   * deadline the court watches, short enough that it must be in sight from the day it starts.
   */
  transfers: z.array(DueItemSchema),
  /** The full counts (the lists stop at 100 each). */
  dueSoonTotal: z.number().int(),
  overdueTotal: z.number().int(),
  /** Cases received and closed per month, the last 12 months. */
  /** Coordination tasks unanswered and due within 3 working days / past due (100 each at most). */
  tasksDueSoon: z.array(TaskSchema),
  tasksOverdue: z.array(TaskSchema),
  tasksOverdueTotal: z.number().int(),
  /** Judicial suggestions awaiting the agency's feedback, due within 10 days or past due. */
  suggestionsDue: z.array(SuggestionSchema),
  byMonth: z.array(z.object({ month: z.string(), received: z.number().int(), closed: z.number().int() })),
});
export type DashboardSummary = z.infer<typeof DashboardSummarySchema>;

export const DemoResultSchema = z.object({
  agencies: z.number().int(),
  cases: z.number().int(),
  activities: z.number().int(),
  meetings: z.number().int(),
  tasks: z.number().int(),
});
export type DemoResult = z.infer<typeof DemoResultSchema>;
