import type { Migration } from './migration';

/**
 * The audit viewer filters by action (exact or a prefix such as 'court.'), by date and by operator
 * name, newest first. The log only grows (every write adds an entry), so without these each filter
 * scans the whole table. An index on one column also holds the rowid (seq), so "action = ? ORDER
 * BY seq DESC LIMIT 50" reads the index backwards and stops after the page. The distinct values for
 * the drop-downs come from the same indexes instead of a scan.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'audit-viewer-indexes',
  up(sqlite) {
    sqlite.exec(`
      CREATE INDEX audit_log_action ON audit_log(action);
      CREATE INDEX audit_log_at ON audit_log(at);
      CREATE INDEX audit_log_operator_name ON audit_log(operator_name);
    `);
  },
};
