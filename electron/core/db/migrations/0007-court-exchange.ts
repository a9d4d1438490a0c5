import type { Migration } from './migration';

/**
 * Court exchange (issue 7).
 * - `court_filings`: the court's 立案 number for a case transferred to filing after failed
 *   mediation, attached from the court's receipt (`cases.court_number` stays the court's referral
 *   number for delegated/entrusted cases). Its own table with no change_seq: the number comes from
 *   the court, so recording it is not a change to report back, and the case's 未同步 badge clears
 *   when the receipt arrives.
 * - `court_batch_packages`: the exact bytes of every exported package, so any batch can be written
 *   again byte for byte (a rebuilt package would differ: PDFs carry their creation time). Kept in
 *   the database rather than a folder so a backup carries it.
 * - `court_documents`: each case's outcome summary / transfer notice PDF as last sent, keyed by the
 *   case's change marker, so an unchanged case is not printed again for the next batch.
 * - change_seq indexes on the tables an incremental export reads by change_seq.
 * - imports are remembered by the file's SHA-256, which makes re-importing a file a no-op.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'court-exchange',
  up(sqlite) {
    sqlite.exec(`
      ALTER TABLE court_batches ADD COLUMN mode TEXT CHECK (mode IS NULL OR mode IN ('incremental', 'all'));
      ALTER TABLE court_batches ADD COLUMN case_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE court_batches ADD COLUMN signing_fingerprint TEXT;
      ALTER TABLE court_batches ADD COLUMN summary TEXT; -- JSON: per-file record counts, import outcome
      CREATE UNIQUE INDEX court_batches_import_file ON court_batches(kind, sha256) WHERE direction = 'import';

      CREATE TABLE court_filings (
        case_id TEXT PRIMARY KEY REFERENCES cases(id),
        filing_number TEXT NOT NULL UNIQUE,
        filed_on TEXT,
        batch_number INTEGER NOT NULL, -- the export batch the receipt acknowledged
        created_at TEXT NOT NULL
      );

      CREATE TABLE court_batch_packages (
        batch_id TEXT PRIMARY KEY REFERENCES court_batches(id),
        bytes BLOB NOT NULL
      );

      CREATE TABLE court_documents (
        case_id TEXT NOT NULL REFERENCES cases(id),
        kind TEXT NOT NULL CHECK (kind IN ('outcome_summary', 'transfer_notice')),
        source_seq INTEGER NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        bytes BLOB NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (case_id, kind)
      );

      CREATE INDEX parties_change_seq ON parties(change_seq);
      CREATE INDEX case_agencies_change_seq ON case_agencies(change_seq);
      CREATE INDEX activities_change_seq ON activities(change_seq);
      CREATE INDEX coordination_tasks_change_seq ON coordination_tasks(change_seq);
      CREATE INDEX clocks_change_seq ON clocks(change_seq);
      CREATE INDEX meetings_change_seq ON meetings(change_seq);
      CREATE INDEX agenda_items_change_seq ON agenda_items(change_seq);
      CREATE INDEX agencies_change_seq ON agencies(change_seq);
    `);
  },
};
