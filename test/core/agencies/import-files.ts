import ExcelJS from 'exceljs';
import type { UploadedFile } from '../../../electron/contract/schemas/files';

/** Import files built in the test, so each test shows exactly what the user's file holds. */

export const HEADER = ['单位名称', '简称', '类型', '上级单位', '是否启用', '联系人', '职务', '电话', '电子邮箱', '是否负责人', '备注'];

export function upload(fileName: string, bytes: Uint8Array): UploadedFile {
  return { fileName, contentBase64: Buffer.from(bytes).toString('base64') };
}

export async function xlsxBytes(rows: ExcelJS.CellValue[][], sheetName = 'Sheet1'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function xlsxUpload(rows: ExcelJS.CellValue[][], fileName = '单位名录.xlsx'): Promise<UploadedFile> {
  return upload(fileName, await xlsxBytes(rows));
}

export function csvText(rows: string[][]): string {
  return rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';
}

let gbTable: Map<string, number[]> | undefined;

/**
 * GB18030 (GBK range) encoding, built by inverting Node's own decoder over every two-byte code:
 * Node ships no encoder, and a hand-written table would be a second source of truth.
 */
export function gb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbTable.get(ch);
      if (!bytes) throw new Error(`no GB18030 two-byte code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export function utf16le(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
}
