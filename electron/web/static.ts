import fs from 'node:fs';
import { mimeTypeFor, resolveInside } from '../core/static-files';

export const mimeType = mimeTypeFor;

/** A regular file inside `root` for this URL path, or null (escapes, bad encoding, missing). */
export function resolveStatic(root: string, urlPath: string): string | null {
  const file = resolveInside(root, urlPath.split('?')[0] ?? '/');
  if (!file) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}
