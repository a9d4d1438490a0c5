import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBagInfo } from '../../../electron/core/court/bag/bag-text';
import { signingKeyForUse } from '../../../electron/core/court/keys/key-store';
import { verifyPackage } from '../../../electron/core/court/verify/verify-package';
import { chromiumPrinter, findChromium } from '../../../electron/core/documents/pdf/chromium-printer';
import { pdfPages, squeeze } from '../meetings/pack-read';
import { exportFixture, exportNow, jsonl, manifestOf, unpack, zipOf, type ExportFixture } from './export-fixture';

/**
 * A real package of the demo center with its documents printed by Chromium: what the court
 * receives (bag-info, manifest, records, the outcome summary of every closed case and the transfer
 * notice of every failed one), checked the way the court checks it; and the document cache that
 * spares an unchanged case a second printing.
 */

const chromium = findChromium();
if (!chromium) throw new Error('These tests need Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
const printer = chromiumPrinter(chromium);
afterAll(() => printer.close());

let f: ExportFixture;
let zip: Uint8Array;
let files: Map<string, Uint8Array>;

beforeAll(async () => {
  f = await exportFixture({ printer: printer.print });
  zip = zipOf(await exportNow(f, 'all'));
  files = unpack(zip);
}, 180_000);

describe('a package of everything', () => {
  it('verifies: bag, signature and schema; every JSON line parses', () => {
    const r = verifyPackage(zip, f.publicKeyPem);
    expect(r.ok).toBe(true);
    for (const [path, bytes] of files) {
      if (!path.startsWith('data/records/')) continue;
      for (const line of new TextDecoder().decode(bytes).split('\n').filter(Boolean)) expect(() => JSON.parse(line) as unknown).not.toThrow();
    }
  });

  it('is labelled for the court in bag-info: center, operator, date, batch, software', () => {
    const info = parseBagInfo(new TextDecoder().decode(files.get('bag-info.txt')));
    expect(info).toMatchObject({
      'Source-Organization': '秦皇岛市行政争议化解中心',
      'Contact-Name': '张协调',
      'Bagging-Date': '2026-11-27',
      'External-Identifier': 'ADR-000001',
      'Bag-Group-Identifier': '秦皇岛市行政争议化解中心',
      'Bag-Software-Agent': 'ADR Desk 0.0.0-test',
      'Signing-Key-Fingerprint': signingKeyForUse(f.core).fingerprint,
    });
    expect(manifestOf(files)).toMatchObject({
      schemaVersion: '1.0',
      batchNumber: 1,
      externalIdentifier: 'ADR-000001',
      center: { name: '秦皇岛市行政争议化解中心', courtName: '秦皇岛市中级人民法院' },
      signingKeyFingerprint: signingKeyForUse(f.core).fingerprint,
    });
  });

  it('holds the outcome summary PDF of every closed case and the transfer notice of every failed one', () => {
    const outcomes = jsonl<{ caseId: string }>(files, 'outcomes');
    const transfers = jsonl<{ caseId: string }>(files, 'transfers');
    expect(outcomes).toHaveLength(14);
    expect(transfers).toHaveLength(2);
    const pdfs = [...files.keys()].filter((p) => p.endsWith('.pdf')).sort();
    expect(pdfs).toEqual(
      [
        ...outcomes.map((o) => `data/documents/outcome-summaries/${o.caseId}.pdf`),
        ...transfers.map((t) => `data/documents/transfer-notices/${t.caseId}.pdf`),
      ].sort(),
    );
    for (const p of pdfs) expect(new TextDecoder().decode(files.get(p)!.subarray(0, 5))).toBe('%PDF-');
    const summary = squeeze(pdfPages(files.get(pdfs[0]!)!).join(''));
    expect(summary).toContain('化解结果摘要');
  });

  it('writes the transfer notice to the court: case, parties, respondent, why mediation failed, the 5-day transfer', () => {
    const transfer = jsonl<{ caseId: string; failedOn: string; transferredOn: string }>(files, 'transfers')[0]!;
    const theCase = f.core.sqlite
      .prepare('SELECT case_number, outcome_summary FROM cases WHERE id = ?')
      .get(transfer.caseId) as { case_number: string; outcome_summary: string };
    const party = f.core.sqlite.prepare("SELECT name FROM parties WHERE case_id = ? AND role = 'applicant'").get(transfer.caseId) as { name: string };
    const respondent = f.core.sqlite
      .prepare("SELECT a.name FROM case_agencies l JOIN agencies a ON a.id = l.agency_id WHERE l.case_id = ? AND l.role = 'respondent'")
      .get(transfer.caseId) as { name: string };
    const text = squeeze(pdfPages(files.get(`data/documents/transfer-notices/${transfer.caseId}.pdf`)!).join(''));
    expect(text).toContain(squeeze(`关于移送${theCase.case_number}案件立案的函`));
    expect(text).toContain('秦皇岛市中级人民法院：');
    expect(text).toContain(party.name);
    expect(text).toContain(respondent.name);
    expect(text).toContain(squeeze(theCase.outcome_summary).slice(0, 20));
    expect(text).toContain('5日内转立案');
    const [y, m, d] = transfer.transferredOn.split('-').map(Number);
    expect(text).toContain(`本中心已于${y}年${m}月${d}日办理移送`);
  });
});

describe('the document cache', () => {
  it('does not print an unchanged closed case again; a changed one is printed anew', async () => {
    const printedBefore = f.printed();
    expect(printedBefore).toBe(16);
    const again = unpack(zipOf(await exportNow(f, 'all')));
    expect(f.printed()).toBe(printedBefore);
    const someSummary = [...files.keys()].find((p) => p.startsWith('data/documents/outcome-summaries/'))!;
    expect(again.get(someSummary)).toEqual(files.get(someSummary));

    const failed = jsonl<{ caseId: string }>(files, 'transfers')[0]!.caseId;
    f.core.sqlite.prepare('UPDATE cases SET outcome_basis = ?, updated_at = ? WHERE id = ?').run('化解不成告知书（补正）', f.core.now(), failed);
    const third = unpack(zipOf(await exportNow(f, 'all')));
    // Its summary and its transfer notice, nothing else.
    expect(f.printed()).toBe(printedBefore + 2);
    expect(squeeze(pdfPages(third.get(`data/documents/transfer-notices/${failed}.pdf`)!).join(''))).toContain('化解不成告知书（补正）');
  }, 120_000);
});
