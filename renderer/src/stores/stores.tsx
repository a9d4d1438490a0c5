import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { i18n as I18n } from 'i18next';
import { useClient } from '../client-context';
import { safeLocalStorage } from '../lib/storage';
import { createAppStore, type AppState } from './app-store';
import { createDashboardStore, type DashboardState } from './dashboard-store';
import { createSettingsStore, type SettingsState } from './settings-store';
import { createReferenceStore, type ReferenceState } from './reference-store';
import { createIntakeStore, type IntakeState } from './intake-store';
import { createCasesStore, type CasesState } from './cases-store';
import { createCaseDetailStore, type CaseDetailState } from './case-detail-store';
import { createWorkflowSettingsStore, type WorkflowSettingsState } from './settings-workflow-store';
import { createCategorySettingsStore, type CategorySettingsState } from './settings-categories-store';
import { createHolidaySettingsStore, type HolidaySettingsState } from './settings-holidays-store';
import { createAgenciesStore, type AgenciesState } from './agencies-store';
import { createAgencyDetailStore, type AgencyDetailState } from './agency-detail-store';
import { createTasksStore, type TasksState } from './tasks-store';
import { createLinkageStore, type LinkageState } from './linkage-store';
import { createQuarterlyStore, type QuarterlyState } from './quarterly-store';
import { createMeetingsStore, type MeetingsState } from './meetings-store';
import { createMeetingDetailStore, type MeetingDetailState } from './meeting-detail-store';
import { createRoomsStore, type RoomsState } from './rooms-store';
import { createExportStore, type ExportState } from './export-store';
import { createFlowchartStore, type FlowchartState } from './flowchart-store';
import { createPeriodSummaryStore, type PeriodSummaryState } from './period-summary-store';
import { createTypicalStore, type TypicalState } from './typical-store';
import { createCourtStore, type CourtState } from './court-store';
import { createAuthStore, type AuthState } from './auth-store';
import { createOperatorsStore, type OperatorsState } from './operators-store';
import { quarterOf } from './linkage-period';
import { today } from '../lib/format';

interface Stores {
  app: StoreApi<AppState>;
  dashboard: StoreApi<DashboardState>;
  settings: StoreApi<SettingsState>;
  reference: StoreApi<ReferenceState>;
  intake: StoreApi<IntakeState>;
  cases: StoreApi<CasesState>;
  caseDetail: StoreApi<CaseDetailState>;
  workflowSettings: StoreApi<WorkflowSettingsState>;
  categorySettings: StoreApi<CategorySettingsState>;
  holidaySettings: StoreApi<HolidaySettingsState>;
  agencies: StoreApi<AgenciesState>;
  agencyDetail: StoreApi<AgencyDetailState>;
  tasks: StoreApi<TasksState>;
  linkage: StoreApi<LinkageState>;
  quarterly: StoreApi<QuarterlyState>;
  meetings: StoreApi<MeetingsState>;
  meetingDetail: StoreApi<MeetingDetailState>;
  rooms: StoreApi<RoomsState>;
  exports: StoreApi<ExportState>;
  flowchart: StoreApi<FlowchartState>;
  periodSummary: StoreApi<PeriodSummaryState>;
  typical: StoreApi<TypicalState>;
  court: StoreApi<CourtState>;
  auth: StoreApi<AuthState>;
  operators: StoreApi<OperatorsState>;
}

const StoresContext = createContext<Stores | null>(null);

/**
 * The stores of one mounted App, built on the client from context. Per App rather than
 * module-wide, so each test (or a second window) starts from a clean state.
 */
export function StoresProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const client = useClient();
  const [stores] = useState<Stores>(() => ({
    app: createAppStore({ client, i18n, storage: safeLocalStorage() }),
    dashboard: createDashboardStore(client),
    settings: createSettingsStore(client),
    reference: createReferenceStore(client),
    intake: createIntakeStore(client),
    cases: createCasesStore(client),
    caseDetail: createCaseDetailStore(client),
    workflowSettings: createWorkflowSettingsStore(client),
    categorySettings: createCategorySettingsStore(client),
    holidaySettings: createHolidaySettingsStore(client, new Date().getFullYear()),
    agencies: createAgenciesStore(client),
    agencyDetail: createAgencyDetailStore(client),
    tasks: createTasksStore(client),
    linkage: createLinkageStore(client, { quarter: quarterOf(today()) }),
    quarterly: createQuarterlyStore(client, quarterOf(today())),
    meetings: createMeetingsStore(client),
    meetingDetail: createMeetingDetailStore(client),
    rooms: createRoomsStore(client),
    exports: createExportStore(client),
    flowchart: createFlowchartStore(client),
    periodSummary: createPeriodSummaryStore(client, quarterOf(today())),
    typical: createTypicalStore(client),
    court: createCourtStore(client),
    auth: createAuthStore({ client, storage: safeLocalStorage() }),
    operators: createOperatorsStore(client),
  }));
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('store hook outside <StoresProvider>');
  return stores;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useStores().app, selector);
}

export function useDashboardStore<T>(selector: (state: DashboardState) => T): T {
  return useStore(useStores().dashboard, selector);
}

export function useSettingsStore<T>(selector: (state: SettingsState) => T): T {
  return useStore(useStores().settings, selector);
}

export function useReferenceStore<T>(selector: (state: ReferenceState) => T): T {
  return useStore(useStores().reference, selector);
}

export function useIntakeStore<T>(selector: (state: IntakeState) => T): T {
  return useStore(useStores().intake, selector);
}

export function useCasesStore<T>(selector: (state: CasesState) => T): T {
  return useStore(useStores().cases, selector);
}

export function useCaseDetailStore<T>(selector: (state: CaseDetailState) => T): T {
  return useStore(useStores().caseDetail, selector);
}

export function useWorkflowSettingsStore<T>(selector: (state: WorkflowSettingsState) => T): T {
  return useStore(useStores().workflowSettings, selector);
}

export function useCategorySettingsStore<T>(selector: (state: CategorySettingsState) => T): T {
  return useStore(useStores().categorySettings, selector);
}

export function useHolidaySettingsStore<T>(selector: (state: HolidaySettingsState) => T): T {
  return useStore(useStores().holidaySettings, selector);
}

export function useLinkageStore<T>(selector: (state: LinkageState) => T): T {
  return useStore(useStores().linkage, selector);
}

export function useQuarterlyStore<T>(selector: (state: QuarterlyState) => T): T {
  return useStore(useStores().quarterly, selector);
}

export function useAgenciesStore<T>(selector: (state: AgenciesState) => T): T {
  return useStore(useStores().agencies, selector);
}

export function useAgencyDetailStore<T>(selector: (state: AgencyDetailState) => T): T {
  return useStore(useStores().agencyDetail, selector);
}

export function useTasksStore<T>(selector: (state: TasksState) => T): T {
  return useStore(useStores().tasks, selector);
}

export function useMeetingsStore<T>(selector: (state: MeetingsState) => T): T {
  return useStore(useStores().meetings, selector);
}

export function useMeetingDetailStore<T>(selector: (state: MeetingDetailState) => T): T {
  return useStore(useStores().meetingDetail, selector);
}

export function useRoomsStore<T>(selector: (state: RoomsState) => T): T {
  return useStore(useStores().rooms, selector);
}

export function useExportStore<T>(selector: (state: ExportState) => T): T {
  return useStore(useStores().exports, selector);
}

export function useFlowchartStore<T>(selector: (state: FlowchartState) => T): T {
  return useStore(useStores().flowchart, selector);
}

export function usePeriodSummaryStore<T>(selector: (state: PeriodSummaryState) => T): T {
  return useStore(useStores().periodSummary, selector);
}

export function useTypicalStore<T>(selector: (state: TypicalState) => T): T {
  return useStore(useStores().typical, selector);
}

export function useCourtStore<T>(selector: (state: CourtState) => T): T {
  return useStore(useStores().court, selector);
}

export function useAuthStore<T>(selector: (state: AuthState) => T): T {
  return useStore(useStores().auth, selector);
}

export function useOperatorsStore<T>(selector: (state: OperatorsState) => T): T {
  return useStore(useStores().operators, selector);
}
