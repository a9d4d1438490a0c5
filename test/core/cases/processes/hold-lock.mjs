// Holds the database write lock (BEGIN IMMEDIATE) for `ms` milliseconds in its own process,
// then commits: a stand-in for another window or the CLI in the middle of a write.
//   node hold-lock.mjs <databaseFile> <ms>
import Database from 'better-sqlite3';

const [databaseFile, ms] = process.argv.slice(2);
const db = new Database(databaseFile);
db.exec('BEGIN IMMEDIATE');
process.send('locked');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(ms));
db.exec('COMMIT');
db.close();
process.disconnect();
