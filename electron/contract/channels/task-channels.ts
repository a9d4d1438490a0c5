import type { ChannelSpec } from '../channel-spec';
import { ExportFileSchema } from '../schemas/files';
import {
  TaskAcknowledgeSchema,
  TaskCloseSchema,
  TaskCreateSchema,
  TaskDueDateInputSchema,
  TaskDueDateSchema,
  TaskIdSchema,
  TaskListInputSchema,
  TaskListSchema,
  TaskRemindSchema,
  TaskReplySchema,
  TaskSchema,
  TaskUpdateSchema,
} from '../schemas/tasks';

export const TASK_CHANNELS = {
  'tasks.list': { input: TaskListInputSchema, output: TaskListSchema, permission: 'tasks.read', writes: false },
  'tasks.get': { input: TaskIdSchema, output: TaskSchema, permission: 'tasks.read', writes: false },
  'tasks.create': { input: TaskCreateSchema, output: TaskSchema, permission: 'tasks.write', writes: true },
  'tasks.update': { input: TaskUpdateSchema, output: TaskSchema, permission: 'tasks.write', writes: true },
  'tasks.acknowledge': { input: TaskAcknowledgeSchema, output: TaskSchema, permission: 'tasks.write', writes: true },
  'tasks.reply': { input: TaskReplySchema, output: TaskSchema, permission: 'tasks.write', writes: true },
  'tasks.close': { input: TaskCloseSchema, output: TaskSchema, permission: 'tasks.write', writes: true },
  'tasks.remind': { input: TaskRemindSchema, output: TaskSchema, permission: 'tasks.write', writes: true },
  'tasks.notice': { input: TaskIdSchema, output: ExportFileSchema, permission: 'tasks.read', writes: false },
  'tasks.dueDate': { input: TaskDueDateInputSchema, output: TaskDueDateSchema, permission: 'tasks.read', writes: false },
} as const satisfies Record<string, ChannelSpec>;
