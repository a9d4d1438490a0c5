/**
 * The core reports field issues by dotted path ('parties.0.idNumber'); antd forms name fields by
 * arrays (['parties', 0, 'idNumber']). Numeric segments are list indexes.
 */
export function toNamePath(path: string): (string | number)[] {
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
