import type { AUDIT_CHANNELS } from '../../contract/channels/audit-channels';
import { exportAuditLog } from '../audit/audit-export';
import { listAudit } from '../audit/audit-query';
import { actorOf } from '../services/operators';
import type { AreaHandlers } from './registry';

/** The audit viewer: a filtered page of the log, and the filtered log as XLSX (itself audited). */
export const AUDIT_HANDLERS: AreaHandlers<typeof AUDIT_CHANNELS> = {
  'audit.list': function handleAuditList(core, _call, input) {
    return listAudit(core, input);
  },
  'audit.export': function handleAuditExport(core, call, input) {
    return exportAuditLog(core, actorOf(call.operator ?? undefined), input);
  },
};
