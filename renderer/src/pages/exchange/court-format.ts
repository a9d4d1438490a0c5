/** Hex in groups of four (a fingerprint read aloud over the phone, or compared on paper). */
export function groupHex(hex: string, size = 4): string {
  return (hex.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join(' ');
}

/** The first 16 hex digits, grouped: enough to tell keys and files apart on screen. */
export function shortHex(hex: string): string {
  return groupHex(hex.slice(0, 16));
}

/** A package size in the unit a person reads (packages run from a few KB to hundreds of MB). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
