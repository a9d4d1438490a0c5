import { z } from 'zod';
import { StageSchema } from './common';

export const DashboardSummarySchema = z.object({
  totalCases: z.number().int(),
  openCases: z.number().int(),
  byStage: z.array(z.object({ stage: StageSchema, count: z.number().int() })),
  byCategory: z.array(z.object({ category: z.string(), count: z.number().int() })),
  openTasks: z.number().int(),
  upcomingMeetings: z.number().int(),
  agencies: z.number().int(),
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
