import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import schema from '../../../../resources/court-package/v1/court-package.schema.json';
import { COURT_PAYLOAD_VERSION } from '../../../contract/schemas/court';
import type { Localized } from '../../../contract/result';
import { t } from '../../cases/messages';
import { RECORD_FILES, recordPath } from '../export/payload-types';

/**
 * The payload check the court runs after the bag's own checks: data/manifest.json and every line of
 * every data/records/*.jsonl against the published JSON Schema (resources/court-package/v1, imported
 * here so the verify command carries it inlined), plus what a schema cannot say — the schema version
 * is one we know, every file the manifest lists is in the bag, each record file is listed and holds
 * the number of lines the manifest says. Each failure names the file and the line.
 */

export const KNOWN_PAYLOAD_VERSIONS: readonly string[] = [COURT_PAYLOAD_VERSION];
export const SCHEMA_ID = (schema as { $id: string }).$id;
/** Enough to see what is wrong; a package broken on every line would otherwise print a book. */
export const MAX_SCHEMA_MESSAGES = 50;

export interface SchemaFailure {
  file: string;
  message: Localized;
}

let validators: { manifest: ValidateFunction; records: Map<string, ValidateFunction> } | null = null;

function compiled() {
  if (validators) return validators;
  const ajv = new Ajv2020({ allErrors: false, strict: true });
  ajv.addSchema(schema);
  const get = (def: string) => {
    const v = ajv.getSchema(`${SCHEMA_ID}#/$defs/${def}`);
    if (!v) throw new Error(`court package schema has no $defs/${def}`);
    return v;
  };
  validators = { manifest: get('manifest'), records: new Map(RECORD_FILES.map((r) => [recordPath(r.file), get(r.def)])) };
  return validators;
}

/** One ajv error in both languages: where in the record, and what is wrong there. */
function describe(e: ErrorObject): Localized {
  const at = e.instancePath || '/';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return t(`缺少字段 ${String(p.missingProperty)}`, `missing field ${String(p.missingProperty)}`);
    case 'additionalProperties':
      return t(`${at} 含有未定义的字段 ${String(p.additionalProperty)}`, `${at} has an undefined field ${String(p.additionalProperty)}`);
    case 'type':
      return t(`${at} 的类型应为 ${String(p.type)}`, `${at} must be of type ${String(p.type)}`);
    case 'enum':
    case 'const':
      return t(`${at} 的取值不在允许范围内`, `${at} has a value that is not allowed`);
    case 'pattern':
      return t(`${at} 的格式不符（应匹配 ${String(p.pattern)}）`, `${at} has the wrong format (must match ${String(p.pattern)})`);
    default:
      return t(`${at} 不符合结构定义：${e.message ?? e.keyword}`, `${at} does not match the schema: ${e.message ?? e.keyword}`);
  }
}

/** The JSON lines of a file: the last line ends with "\n", so a trailing empty string is no line. */
function lines(bytes: Uint8Array): string[] {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const all = text.split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
}

/**
 * `files`: every file of the bag by its path in the bag (data/…); the bytes are needed only for
 * data/manifest.json and data/records/* (the documents are checked by name, their checksums by the bag).
 */
export function checkPayload(files: ReadonlyMap<string, Uint8Array | null>): SchemaFailure[] {
  const failures: SchemaFailure[] = [];
  let dropped = 0;
  const add = (file: string, message: Localized) => {
    if (failures.length < MAX_SCHEMA_MESSAGES) failures.push({ file, message });
    else dropped += 1;
  };
  const finish = () => {
    if (dropped > 0) failures.push({ file: '', message: t(`另有 ${dropped} 处不符合结构定义，未逐一列出`, `${dropped} more schema problems not listed`) });
    return failures;
  };

  const manifestBytes = files.get('data/manifest.json');
  if (!manifestBytes) {
    add('data/manifest.json', t('缺少批次清单 data/manifest.json', 'Missing the batch manifest data/manifest.json'));
    return finish();
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(new TextDecoder().decode(manifestBytes));
  } catch (error) {
    add('data/manifest.json', t(`批次清单不是有效的 JSON：${(error as Error).message}`, `The batch manifest is not valid JSON: ${(error as Error).message}`));
    return finish();
  }
  const version = (manifest as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version !== 'string' || !KNOWN_PAYLOAD_VERSIONS.includes(version)) {
    add(
      'data/manifest.json',
      t(
        `未知的数据格式版本：${String(version)}（本工具支持 ${KNOWN_PAYLOAD_VERSIONS.join('、')}）`,
        `Unknown payload schema version: ${String(version)} (this tool knows ${KNOWN_PAYLOAD_VERSIONS.join(', ')})`,
      ),
    );
    return finish();
  }
  const v = compiled();
  if (!v.manifest(manifest)) {
    for (const e of v.manifest.errors ?? []) {
      const d = describe(e);
      add('data/manifest.json', t(`批次清单不符合结构定义：${d['zh-CN']}`, `The batch manifest does not match the schema: ${d.en}`));
    }
    return finish();
  }
  const listed = (manifest as { files: { path: string; records?: number }[] }).files;
  const listedPaths = new Set(listed.map((f) => `data/${f.path}`));
  for (const f of listed) {
    const path = `data/${f.path}`;
    if (!files.has(path)) add(path, t(`批次清单列出的文件不在包内：${path}`, `File listed in the batch manifest is not in the package: ${path}`));
  }
  for (const path of files.keys()) {
    if (path !== 'data/manifest.json' && path.startsWith('data/') && !listedPaths.has(path)) {
      add(path, t(`包内文件未列入批次清单：${path}`, `File in the package is not listed in the batch manifest: ${path}`));
    }
  }

  for (const [path, bytes] of files) {
    if (!path.startsWith('data/records/') || !bytes) continue;
    const validate = v.records.get(path.slice('data/'.length));
    if (!validate) {
      add(path, t(`未知的记录文件：${path}`, `Unknown record file: ${path}`));
      continue;
    }
    const all = lines(bytes);
    const expected = listed.find((f) => `data/${f.path}` === path)?.records;
    if (expected !== undefined && expected !== all.length) {
      add(path, t(`${path} 有 ${all.length} 行，批次清单记为 ${expected} 条`, `${path} has ${all.length} lines; the batch manifest says ${expected} records`));
    }
    all.forEach((line, i) => {
      const n = i + 1;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        add(path, t(`${path} 第 ${n} 行不是有效的 JSON`, `${path} line ${n} is not valid JSON`));
        return;
      }
      if (!validate(record)) {
        const d = describe(validate.errors![0]!);
        add(path, t(`${path} 第 ${n} 行：${d['zh-CN']}`, `${path} line ${n}: ${d.en}`));
      }
    });
  }
  return finish();
}
