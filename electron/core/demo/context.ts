import type { Core } from '../core';
import type { OperatorRow } from '../services/operators';
import { getSetting } from '../services/settings';
import { chinaDate } from './dates';
import { PeopleFactory } from './people';
import { createRandom, type Random } from './random';

/** What every part of the demo loader needs: the core, one PRNG stream, "today" and the stamps. */
export interface DemoContext {
  core: Core;
  rnd: Random;
  people: PeopleFactory;
  operator: OperatorRow;
  /** The center's calendar date (China time) of core.clock.now(). */
  today: string;
  /** core.now(), the created_at / updated_at of every row written. */
  now: string;
  stamps: { created_at: string; updated_at: string };
  limits: { simple: number; complex: number; transfer: number; followUp: number };
  caseNumber: { pattern: string; prefix: string };
}

export function createDemoContext(core: Core, operator: OperatorRow): DemoContext {
  const rnd = createRandom();
  const today = chinaDate(core.clock.now());
  const now = core.now();
  const num = (key: string, fallback: number) => {
    const v = getSetting<unknown>(core, key);
    return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : fallback;
  };
  const str = (key: string, fallback: string) => {
    const v = getSetting<unknown>(core, key);
    return typeof v === 'string' && v !== '' ? v : fallback;
  };
  return {
    core,
    rnd,
    people: new PeopleFactory(rnd, today),
    operator,
    today,
    now,
    stamps: { created_at: now, updated_at: now },
    limits: {
      simple: num('clocks.simple_limit_days', 30),
      complex: num('clocks.complex_limit_days', 60),
      transfer: num('clocks.transfer_limit_days', 5),
      followUp: num('clocks.follow_up_days', 30),
    },
    caseNumber: {
      pattern: str('case_number.pattern', '{prefix}〔{year}〕{seq}号'),
      prefix: str('case_number.prefix', '行化'),
    },
  };
}

/** Fills `{name}` placeholders; unknown ones are left as they are so a typo shows on screen. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in vars ? String(vars[key]) : m));
}
