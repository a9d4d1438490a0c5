import type { TASK_CHANNELS } from '../../contract/channels/task-channels';
import { supervisionNotice } from '../documents/supervision-notice';
import { actorOf } from '../services/operators';
import { getTask, listTasks } from '../tasks/task-read';
import { acknowledgeTask, closeTask, remindTask, replyTask } from '../tasks/task-status';
import { createTask, taskDueDate, updateTask } from '../tasks/task-write';
import type { AreaHandlers, CallContext } from './registry';

/** The acting operator as the audit log records it (non-public channels always have one). */
function actor(call: CallContext) {
  return actorOf(call.operator ?? undefined);
}

export const TASK_HANDLERS: AreaHandlers<typeof TASK_CHANNELS> = {
  'tasks.list': function handleTaskList(core, _call, input) {
    return listTasks(core, input);
  },
  'tasks.get': function handleTaskGet(core, _call, input) {
    return getTask(core, input.id);
  },
  'tasks.create': function handleTaskCreate(core, call, input) {
    return createTask(core, actor(call), input);
  },
  'tasks.update': function handleTaskUpdate(core, call, input) {
    return updateTask(core, actor(call), input);
  },
  'tasks.acknowledge': function handleTaskAcknowledge(core, call, input) {
    return acknowledgeTask(core, actor(call), input);
  },
  'tasks.reply': function handleTaskReply(core, call, input) {
    return replyTask(core, actor(call), input);
  },
  'tasks.close': function handleTaskClose(core, call, input) {
    return closeTask(core, actor(call), input);
  },
  'tasks.remind': function handleTaskRemind(core, call, input) {
    return remindTask(core, actor(call), input);
  },
  'tasks.notice': function handleTaskNotice(core, call, input) {
    return supervisionNotice(core, actor(call), input.id);
  },
  'tasks.dueDate': function handleTaskDueDate(core, _call, input) {
    return taskDueDate(core, input);
  },
};
