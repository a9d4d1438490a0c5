import { v7 as uuidv7 } from 'uuid';

/**
 * Keys are UUIDv7 text: time-ordered (index-friendly like an integer key) and safe to merge
 * across workstations and with the court's records. Injected so tests can make them predictable.
 */
export type IdGenerator = () => string;

export const newId: IdGenerator = () => uuidv7();
