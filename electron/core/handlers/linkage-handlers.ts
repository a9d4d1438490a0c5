import type { LINKAGE_CHANNELS } from '../../contract/channels/linkage-channels';
import { deleteAttendance, listAttendance, saveAttendance } from '../linkage/attendance';
import { deleteHearing, listHearings, saveHearing } from '../linkage/hearings';
import { quarterlyReport, saveRectification } from '../linkage/quarterly';
import { exportQuarterly } from '../linkage/quarterly-export';
import { linkageStats } from '../linkage/stats';
import { deleteSuggestion, listSuggestions, saveSuggestion } from '../linkage/suggestions';
import { actorOf } from '../services/operators';
import type { AreaHandlers, CallContext } from './registry';

/** The acting operator as the audit log records it (non-public channels always have one). */
function actor(call: CallContext) {
  return actorOf(call.operator ?? undefined);
}

export const LINKAGE_HANDLERS: AreaHandlers<typeof LINKAGE_CHANNELS> = {
  'hearings.list': function handleHearingsList(core, _call, input) {
    return listHearings(core, input);
  },
  'hearings.save': function handleHearingSave(core, call, input) {
    return saveHearing(core, actor(call), input);
  },
  'hearings.delete': function handleHearingDelete(core, call, input) {
    return deleteHearing(core, actor(call), input.id);
  },
  'suggestions.list': function handleSuggestionsList(core, _call, input) {
    return listSuggestions(core, input);
  },
  'suggestions.save': function handleSuggestionSave(core, call, input) {
    return saveSuggestion(core, actor(call), input);
  },
  'suggestions.delete': function handleSuggestionDelete(core, call, input) {
    return deleteSuggestion(core, actor(call), input.id);
  },
  'attendance.list': function handleAttendanceList(core, _call, input) {
    return listAttendance(core, input);
  },
  'attendance.save': function handleAttendanceSave(core, call, input) {
    return saveAttendance(core, actor(call), input);
  },
  'attendance.delete': function handleAttendanceDelete(core, call, input) {
    return deleteAttendance(core, actor(call), input.id);
  },
  'linkage.stats': function handleLinkageStats(core, _call, input) {
    return linkageStats(core, input);
  },
  'quarterly.get': function handleQuarterlyGet(core, _call, input) {
    return quarterlyReport(core, input.quarter);
  },
  'quarterly.saveRectification': function handleRectificationSave(core, call, input) {
    return saveRectification(core, actor(call), input);
  },
  'quarterly.export': function handleQuarterlyExport(core, call, input) {
    return exportQuarterly(core, actor(call), input.quarter, input.format);
  },
};
