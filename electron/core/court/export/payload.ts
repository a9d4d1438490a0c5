import { COURT_PAYLOAD_VERSION, type BatchMode } from '../../../contract/schemas/court';
import type { BagFile } from '../bag/write-bag';
import type { CollectedBatch } from './collect-records';
import { RECORD_FILES, recordPath, type ManifestFile, type PayloadManifest, type RecordFile } from './payload-types';

/**
 * data/ of a batch: records/<file>.jsonl (one JSON object per line, UTF-8, "\n" after every line,
 * sorted by id as collected), the documents, and manifest.json listing them all. Every record
 * file is present even when empty, so the court's reader never has to ask whether a file is missing
 * or just has nothing this time.
 */

export interface PayloadMeta {
  batchNumber: number;
  externalIdentifier: string;
  mode: BatchMode;
  center: { name: string; courtName: string };
  createdAt: string;
  signingKeyFingerprint: string;
}

export interface Payload {
  files: BagFile[];
  manifest: PayloadManifest;
  recordCount: number;
}

const encoder = new TextEncoder();

/** Encoded in slices, so a file of a whole center (hundreds of MB) never becomes one JS string. */
export function jsonLines(records: readonly unknown[]): Uint8Array {
  const chunks: Buffer[] = [];
  let text = '';
  for (const r of records) {
    text += `${JSON.stringify(r)}\n`;
    if (text.length > 1 << 20) {
      chunks.push(Buffer.from(text, 'utf8'));
      text = '';
    }
  }
  chunks.push(Buffer.from(text, 'utf8'));
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

export function buildPayload(batch: CollectedBatch, documents: readonly BagFile[], meta: PayloadMeta): Payload {
  const files: BagFile[] = [];
  const listed: ManifestFile[] = [];
  const counts = {} as Record<RecordFile, number>;
  let recordCount = 0;
  for (const { file } of RECORD_FILES) {
    const records = batch.records[file];
    files.push({ path: recordPath(file), bytes: jsonLines(records) });
    listed.push({ path: recordPath(file), records: records.length });
    counts[file] = records.length;
    recordCount += records.length;
  }
  const docs = [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const d of docs) {
    files.push(d);
    listed.push({ path: d.path, bytes: d.bytes.byteLength });
  }
  const manifest: PayloadManifest = {
    schemaVersion: COURT_PAYLOAD_VERSION,
    batchNumber: meta.batchNumber,
    externalIdentifier: meta.externalIdentifier,
    mode: meta.mode,
    center: meta.center,
    createdAt: meta.createdAt,
    fromChangeSeq: batch.fromChangeSeq,
    toChangeSeq: batch.toChangeSeq,
    previousAcknowledgedBatch: batch.previousAcknowledgedBatch,
    files: listed,
    counts: { ...counts, documents: docs.length },
    auditHead: batch.auditHead,
    signingKeyFingerprint: meta.signingKeyFingerprint,
  };
  files.push({ path: 'manifest.json', bytes: encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`) });
  return { files, manifest, recordCount };
}
