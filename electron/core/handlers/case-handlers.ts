import type { CASE_CHANNELS } from '../../contract/channels/case-channels';
import { createActivity, deleteActivity, updateActivity } from '../cases/activities';
import { addAttachment, openAttachment } from '../cases/attachments';
import { getCaseDetail } from '../cases/case-detail';
import { caseDetailFor } from '../auth/reveal-ids';
import { updateCase } from '../cases/case-update';
import { listCategories, saveCategories } from '../cases/categories';
import { createCase } from '../cases/intake';
import { agencyOptions, operatorOptions } from '../cases/options';
import { advanceCase, closeCase, reopenCase } from '../cases/stage-machine';
import { actorOf } from '../services/operators';
import { currentTemplate, saveTemplate } from '../workflow/template-service';
import type { AreaHandlers, CallContext } from './registry';

/** The acting operator as the audit log records it (non-public channels always have one). */
function actor(call: CallContext) {
  return actorOf(call.operator ?? undefined);
}

export const CASE_HANDLERS: AreaHandlers<typeof CASE_CHANNELS> = {
  'cases.create': function handleCaseCreate(core, call, input) {
    return createCase(core, actor(call), input);
  },
  'cases.update': function handleCaseUpdate(core, call, input) {
    return updateCase(core, actor(call), input);
  },
  'cases.get': function handleCaseGet(core, call, input) {
    return caseDetailFor(core, call.operator, input.id, input.revealIds === true);
  },
  'cases.advance': function handleCaseAdvance(core, call, input) {
    advanceCase(core, actor(call), input);
    return getCaseDetail(core, input.id);
  },
  'cases.close': function handleCaseClose(core, call, input) {
    closeCase(core, actor(call), input);
    return getCaseDetail(core, input.id);
  },
  'cases.reopen': function handleCaseReopen(core, call, input) {
    reopenCase(core, actor(call), input);
    return getCaseDetail(core, input.id);
  },
  'activities.create': function handleActivityCreate(core, call, input) {
    return createActivity(core, actor(call), input);
  },
  'activities.update': function handleActivityUpdate(core, call, input) {
    return updateActivity(core, actor(call), input);
  },
  'activities.delete': function handleActivityDelete(core, call, input) {
    return deleteActivity(core, actor(call), input);
  },
  'attachments.add': function handleAttachmentAdd(core, call, input) {
    return addAttachment(core, actor(call), input);
  },
  'attachments.open': function handleAttachmentOpen(core, call, input) {
    return openAttachment(core, input.id, actor(call));
  },
  'workflow.current': function handleWorkflowCurrent(core) {
    return currentTemplate(core);
  },
  'workflow.save': function handleWorkflowSave(core, call, input) {
    return saveTemplate(core, actor(call), input);
  },
  'categories.list': function handleCategoriesList(core) {
    return listCategories(core);
  },
  'categories.save': function handleCategoriesSave(core, call, input) {
    return saveCategories(core, actor(call), input);
  },
  'operators.list': function handleOperatorsList(core) {
    return operatorOptions(core);
  },
  'agencies.options': function handleAgenciesOptions(core) {
    return agencyOptions(core);
  },
};
