import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Browser mode listens on loopback, but any web page the user opens can still send requests to
 * 127.0.0.1. Three checks keep those out:
 * - the per-run token (only our own index.html carries it; other origins cannot read it);
 * - the Host header (defeats DNS rebinding: a foreign name resolving to 127.0.0.1);
 * - the Origin header, when the browser sends one, must be our own origin.
 */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostAndOriginOk(req: IncomingMessage, port: number): boolean {
  const hosts = allowedHosts(port);
  if (!req.headers.host || !hosts.has(req.headers.host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return [...hosts].some((h) => origin === `http://${h}`);
}
