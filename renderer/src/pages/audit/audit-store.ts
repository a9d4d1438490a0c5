import { createStore } from 'zustand';
import type { AuditReport } from '../../../../electron/contract/schemas/app';
import type { AuditFilters, AuditListResult } from '../../../../electron/contract/schemas/audit-log';
import type { AppError } from '../../../../electron/contract/result';
import type { Client } from '../../client/client';
import { toAppError } from '../../lib/app-error';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditState {
  filters: AuditFilters;
  page: number;
  pageSize: number;
  result: AuditListResult | null;
  loading: boolean;
  error: AppError | null;
  report: AuditReport | null;
  verifying: boolean;
  verifyError: AppError | null;
  /** New filters start again at page 1. */
  setFilters(filters: AuditFilters): void;
  setPage(page: number, pageSize: number): void;
  load(): Promise<void>;
  verify(): Promise<void>;
}

/**
 * The audit viewer's state: filters, the current page, and the last chain verification. Kept by
 * the page itself (one per visit), so leaving the page forgets the filters, as a viewer should.
 */
export function createAuditStore(client: Client) {
  let generation = 0;
  return createStore<AuditState>()((set, get) => ({
    filters: {},
    page: 1,
    pageSize: AUDIT_PAGE_SIZE,
    result: null,
    loading: false,
    error: null,
    report: null,
    verifying: false,
    verifyError: null,

    setFilters(filters) {
      set({ filters, page: 1 });
      void get().load();
    },

    setPage(page, pageSize) {
      set({ page, pageSize });
      void get().load();
    },

    async load() {
      const request = ++generation;
      const { filters, page, pageSize } = get();
      set({ loading: true });
      try {
        const result = await client.call('audit.list', { ...filters, limit: pageSize, offset: (page - 1) * pageSize });
        // A slower answer to older filters must not overwrite a newer one.
        if (request === generation) set({ result, error: null, loading: false });
      } catch (e) {
        if (request === generation) set({ error: toAppError(e), loading: false });
      }
    },

    async verify() {
      set({ verifying: true, verifyError: null });
      try {
        set({ report: await client.call('audit.verify'), verifying: false });
      } catch (e) {
        set({ verifyError: toAppError(e), verifying: false });
      }
    },
  }));
}
