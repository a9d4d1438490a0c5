import fc from 'fast-check';
import type { z } from 'zod';
import { ERROR_MESSAGES } from '../../../electron/contract/errors';
import type { Core } from '../../../electron/core/core';

/**
 * Hostile payloads for property tests: what a compromised page (or a broken file) could send.
 * Three families, mixed: anything at all (fc.anything, incl. Dates, Maps, typed arrays, null
 * prototypes), prototype-pollution shapes, and payloads shaped like the channel's own schema with
 * hostile leaves — the last family gets past validation into the handlers, where bugs live.
 */

const HUGE = 'x'.repeat(200_000);
const HOSTILE_TEXT = [
  '', ' ', '\u0000', '\uFFFF', '\uD800', '\u202Eevil', HUGE, '../../../../etc/passwd', 'C:\\Windows\\System32\\calc.exe',
  "'; DROP TABLE cases; --", '%00', '__proto__', 'constructor', 'prototype', '<script>alert(1)</script>', 'javascript:alert(1)',
  '秦行化〔2026〕1号', '张三', '130302199001011234', '2026-11-27', '2026-02-30', '0000-00-00', '9999-12-31', '2026-11-27T02:00:00.000Z',
  'NaN', '-1', '1e309', 'zh-CN', 'en',
];
const HOSTILE_NUMBERS = [0, -0, -1, 1, 0.5, 2 ** 31, -(2 ** 31), Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

/** JSON.parse creates an own `__proto__` key (an object literal would set the prototype instead). */
export const POISON: unknown[] = [
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"prototype": {"polluted": "yes"}, "__proto__": [1, 2]}'),
  JSON.parse('[{"__proto__": {"polluted": "yes"}}]'),
];

export function hostileText(ids: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 3, arbitrary: ids.length > 0 ? fc.constantFrom(...ids) : fc.uuid() },
    { weight: 1, arbitrary: fc.uuid() },
  );
}

function deepNesting(): fc.Arbitrary<unknown> {
  return fc.tuple(fc.integer({ min: 100, max: 5000 }), fc.boolean()).map(([depth, asArray]) => {
    let v: unknown = 'bottom';
    for (let i = 0; i < depth; i += 1) v = asArray ? [v] : { a: v };
    return v;
  });
}

export function hostileLeaf(ids: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    hostileText(ids),
    fc.constantFrom(...HOSTILE_NUMBERS),
    fc.integer(),
    fc.boolean(),
    fc.constantFrom(null, undefined),
    fc.constantFrom(...POISON),
    deepNesting(),
    fc.date({ noInvalidDate: false }),
    fc.bigInt(),
  );
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** An arbitrary shaped like `schema` (zod 4), each node sometimes replaced by a hostile leaf. */
export function shapedLike(schema: z.ZodType, ids: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  const typed = typedFor(schema, ids, depth);
  // Mostly well-typed, so that many payloads pass validation and reach the handler.
  return fc.oneof({ weight: 12, arbitrary: typed }, { weight: 1, arbitrary: hostileLeaf(ids) });
}

/** Integers inside the schema's own bounds when it has them, plus the edge values. */
function numberFor(def: Def): fc.Arbitrary<number> {
  const checks = ((def.checks as { _zod: { def: { check?: string; value?: number; inclusive?: boolean } } }[] | undefined) ?? []).map((c) => c._zod.def);
  const lower = checks.find((c) => c.check === 'greater_than');
  const upper = checks.find((c) => c.check === 'less_than');
  const min = lower?.value !== undefined ? Math.ceil(lower.value + (lower.inclusive ? 0 : 1)) : -3;
  const max = upper?.value !== undefined ? Math.floor(upper.value - (upper.inclusive ? 0 : 1)) : Math.max(min + 400, 400);
  const inside = fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(Math.max(max, min), 2 ** 31) });
  return fc.oneof({ weight: 4, arbitrary: inside }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) });
}

type CheckDef = { check?: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number };

/** Strings that satisfy the schema's own pattern or length when possible, plus real ids and hostile text. */
function stringFor(def: Def, ids: readonly string[]): fc.Arbitrary<string> {
  const checks = ((def.checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def);
  const pattern = (def.pattern as RegExp | undefined) ?? checks.find((c) => c.pattern)?.pattern;
  const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  const max = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 30, 60);
  let fitting: fc.Arbitrary<string>;
  try {
    fitting = pattern ? fc.stringMatching(pattern) : fc.string({ minLength: Math.min(min, max), maxLength: max });
  } catch {
    fitting = fc.string({ maxLength: max });
  }
  const arbs = [
    { weight: pattern ? 8 : 4, arbitrary: fitting },
    { weight: 1, arbitrary: hostileText(ids) },
  ];
  if (ids.length > 0) arbs.push({ weight: 2, arbitrary: fc.constantFrom(...ids) });
  return fc.oneof(...arbs);
}

function typedFor(schema: z.ZodType, ids: readonly string[], depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: unknown) => shapedLike(s as z.ZodType, ids, depth + 1);
  if (depth > 6) return hostileLeaf(ids);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const keys = Object.keys(shape);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const key of keys) record[key] = inner(shape[key]);
      return fc.oneof(
        { weight: 6, arbitrary: fc.record(record, { requiredKeys: keys }) },
        { weight: 1, arbitrary: fc.record(record) },
        // Known keys plus pollution keys as own properties.
        { weight: 1, arbitrary: fc.tuple(fc.record(record, { requiredKeys: keys }), fc.constantFrom(...POISON)).map(([value, poison]) =>
          Object.assign(JSON.parse('{"__proto__": {"polluted": "yes"}}'), value, typeof poison === 'object' ? poison : {}),
        ) },
      );
    }
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.oneof({ weight: 4, arbitrary: inner(def.innerType) }, { weight: 1, arbitrary: fc.constant(undefined) });
    case 'nullable':
      return fc.oneof({ weight: 4, arbitrary: inner(def.innerType) }, { weight: 1, arbitrary: fc.constant(null) });
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return inner((def.getter as () => unknown)());
    case 'array':
      return fc.array(inner(def.element), { maxLength: 4 });
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map(inner));
    case 'record':
      return fc.dictionary(hostileText(ids), inner(def.valueType), { maxKeys: 4 });
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(inner));
    case 'intersection':
      return fc.oneof(inner(def.left), inner(def.right));
    case 'enum':
      return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...Object.values(def.entries as Record<string, string | number>)) }, { weight: 1, arbitrary: hostileText(ids) });
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'string':
      return stringFor(def, ids);
    case 'number':
    case 'int':
      return numberFor(def);
    case 'boolean':
      return fc.boolean();
    case 'date':
      return fc.date({ noInvalidDate: false });
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    default:
      return hostileLeaf(ids);
  }
}

/** Any payload at all, in the three families. */
export function hostilePayload(schema: z.ZodType, ids: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withBoxedValues: true, maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.parse(`{"__proto__": ${JSON.stringify(v) ?? 'null'}, "constructor": {"prototype": {"polluted": "yes"}}}`)) },
    { weight: 1, arbitrary: fc.constantFrom(...POISON) },
    { weight: 6, arbitrary: shapedLike(schema, ids) },
  );
}

/** What a tampered prototype would show: the keys of the built-in prototypes. */
export function prototypeKeys(): string {
  const keys = (o: object) => Reflect.ownKeys(o).map(String).sort().join(',');
  return [keys(Object.prototype), keys(Array.prototype), keys(Function.prototype), keys(String.prototype)].join('|');
}

export function assertNotPolluted(before: string): void {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || prototypeKeys() !== before) throw new Error('prototype pollution');
}

/** The writes a failed call must not have made: the change counter and the audit log's length. */
export function writeMarks(core: Core): { counter: number; audit: number } {
  return {
    counter: core.sqlite.prepare('SELECT value FROM change_counter').pluck().get() as number,
    audit: core.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number,
  };
}

/** A structured error: a known code with both messages. */
export function checkError(error: unknown): string | null {
  const e = error as { code?: unknown; message?: { 'zh-CN'?: unknown; en?: unknown } } | null;
  if (!e || typeof e.code !== 'string') return 'error without a code';
  if (!(e.code in ERROR_MESSAGES)) return `unknown error code ${e.code}`;
  const zh = e.message?.['zh-CN'];
  const en = e.message?.en;
  if (typeof zh !== 'string' || zh.length === 0 || typeof en !== 'string' || en.length === 0) return `error ${e.code} without both messages`;
  return null;
}
