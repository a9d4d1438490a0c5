import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-reference-data';
import { migration0003 } from './0003-search-and-views';
import { migration0004 } from './0004-holidays';
import { migration0005 } from './0005-dashboard-indexes';
import { migration0006 } from './0006-agency-directory-indexes';
import { migration0007 } from './0007-court-exchange';
import { migration0008 } from './0008-audit-viewer-indexes';
import type { Migration } from './migration';

/** Every migration, in order. Append only: a shipped migration is never edited or reordered. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
