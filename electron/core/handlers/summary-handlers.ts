import type { SUMMARY_CHANNELS } from '../../contract/channels/summary-channels';
import { actorOf } from '../services/operators';
import { exportCaseSummary } from '../summaries/case/summary-files';
import { exportTypicalCase } from '../summaries/typical/typical-files';
import { setTypical } from '../summaries/typical/typical-flag';
import type { AreaHandlers } from './registry';

/**
 * The case outcome summary, the typical-case flag and the typical case's publicity version. The
 * exports report their own progress up to 100 before they log, so a cancel never leaves an audited
 * export that was not handed out.
 */

export const SUMMARY_HANDLERS: AreaHandlers<typeof SUMMARY_CHANNELS> = {
  'summary.case': function handleSummaryCase(core, call, input) {
    return exportCaseSummary(core, actorOf(call.operator ?? undefined), input.caseId, input.format, call.progress);
  },
  'cases.setTypical': function handleSetTypical(core, call, input) {
    return setTypical(core, actorOf(call.operator ?? undefined), input);
  },
  'summary.typical': function handleSummaryTypical(core, call, input) {
    return exportTypicalCase(core, actorOf(call.operator ?? undefined), input.caseId, input.format, call.progress);
  },
};
