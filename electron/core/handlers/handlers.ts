import { verifyAuditChain } from '../audit/audit-log';
import { CoreError } from '../errors';
import { completeSetup, getCenter, needsSetup } from '../services/setup';
import { dashboardSummary } from '../services/dashboard';
import { loadDemoData } from '../demo/load-demo';
import type { HandlerMap } from './registry';
import { CASE_HANDLERS } from './case-handlers';
import { CLOCK_HANDLERS } from './clock-handlers';
import { LIST_HANDLERS } from './list-handlers';
import { AGENCY_HANDLERS } from './agency-handlers';
import { TASK_HANDLERS } from './task-handlers';
import { LINKAGE_HANDLERS } from './linkage-handlers';
import { MEETING_HANDLERS } from './meeting-handlers';
import { MEETING_DOCUMENT_HANDLERS } from './meeting-document-handlers';
import { MEETING_PACK_HANDLERS } from './meeting-pack-handlers';
import { FLOWCHART_HANDLERS } from './flowchart-handlers';
import { SUMMARY_HANDLERS } from './summary-handlers';
import { PERIOD_HANDLERS } from './period-handlers';
import { COURT_HANDLERS } from './court-handlers';
import { AUTH_HANDLERS } from './auth-handlers';
import { AUDIT_HANDLERS } from './audit-handlers';
import { BACKUP_HANDLERS } from './backup-handlers';
import { RETENTION_HANDLERS } from './retention-handlers';
import { cancelCalls } from './in-flight';

/**
 * Channel → core function. Handlers are thin: they adapt the validated input to a service call.
 * Named functions so stack traces say which channel failed. Each area keeps its handlers in
 * <area>-handlers.ts, typed as `AreaHandlers<typeof AREA_CHANNELS>`.
 */
export const HANDLERS: HandlerMap = {
  'app.info': function handleAppInfo(core, call) {
    return {
      appVersion: core.appVersion,
      schemaVersion: core.database.schemaVersion,
      databasePath: core.database.file,
      dataDir: core.dataDir,
      mode: core.mode,
      center: getCenter(core),
      operator: call.operator,
    };
  },
  'setup.status': function handleSetupStatus(core) {
    return { needsSetup: needsSetup(core) };
  },
  'setup.complete': function handleSetupComplete(core, call, input) {
    return completeSetup(core, call.session, input);
  },
  'demo.load': function handleDemoLoad(core, call) {
    return loadDemoData(core, call.operator!);
  },
  'settings.center': function handleSettingsCenter(core) {
    const center = getCenter(core);
    if (!center) throw new CoreError('NOT_SET_UP', 'not set up');
    return center;
  },
  'dashboard.summary': function handleDashboardSummary(core, call) {
    return dashboardSummary(core, call.operator?.id ?? null);
  },
  'audit.verify': function handleAuditVerify(core) {
    return verifyAuditChain(core.q);
  },
  'jobs.cancel': function handleJobsCancel(_core, call, input) {
    return { cancelled: cancelCalls(call.session, input.channel) };
  },
  ...CASE_HANDLERS,
  ...CLOCK_HANDLERS,
  ...LIST_HANDLERS,
  ...AGENCY_HANDLERS,
  ...TASK_HANDLERS,
  ...LINKAGE_HANDLERS,
  ...MEETING_HANDLERS,
  ...MEETING_DOCUMENT_HANDLERS,
  ...MEETING_PACK_HANDLERS,
  ...FLOWCHART_HANDLERS,
  ...SUMMARY_HANDLERS,
  ...PERIOD_HANDLERS,
  ...COURT_HANDLERS,
  ...AUTH_HANDLERS,
  ...AUDIT_HANDLERS,
  ...BACKUP_HANDLERS,
  ...RETENTION_HANDLERS,
};
