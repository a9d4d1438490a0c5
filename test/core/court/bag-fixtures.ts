import { unzipSync, zipSync, type Zippable } from 'fflate';
import { generateKeyPair, type KeyPairPem } from '../../../electron/core/court/keys/ed25519';
import { writeBag, type WriteBagInput } from '../../../electron/core/court/bag/write-bag';

/** A small package like a batch: JSON Lines records and a PDF-ish binary under data/. */
export const KEYS: KeyPairPem = generateKeyPair();
export const OTHER_KEYS: KeyPairPem = generateKeyPair();

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

export function bagInput(): WriteBagInput {
  return {
    files: [
      { path: 'records/cases.jsonl', bytes: text('{"number":"行争调〔2026〕1号","title":"征收补偿"}\n{"number":"行争调〔2026〕2号"}\n') },
      { path: 'batch-manifest.json', bytes: text('{"batch":"000001","cases":2}\n') },
      { path: 'documents/summary-1.pdf', bytes: Uint8Array.from({ length: 3000 }, (_, i) => (i * 37) % 256) },
    ],
    bagInfo: {
      sourceOrganization: '某市行政争议化解中心',
      contactName: '张联络',
      baggingDate: '2026-11-27',
      externalIdentifier: 'ADR-BATCH-000001',
      bagGroupIdentifier: 'center-001',
      bagSoftwareAgent: 'ADR Desk 0.1.0',
    },
  };
}

export function goodBag(): Uint8Array {
  return writeBag(bagInput(), KEYS.privateKeyPem);
}

/** Unzips, lets the test change the files, and zips again (plain, as a tamperer would). */
export function rezip(zip: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(zip);
  change(files);
  const out: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) out[name] = bytes;
  return zipSync(out);
}

export const ROOT = 'ADR-BATCH-000001';
