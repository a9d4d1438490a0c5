import type { Migration } from './migration';

/**
 * Reference data every center starts with. Kept as a migration (not app start-up code) so it is
 * inserted exactly once per database and an edited list is never overwritten.
 *
 * Dispute categories: the high-frequency areas of administrative cases named in the seed
 * document (the Qinhuangdao justice bureau's 2021 reply), plus 其他.
 */
const CATEGORIES = [
  '土地房屋征收补偿',
  '劳动和社会保障',
  '不动产登记',
  '公民人身权、财产权保护',
  '违法建设查处',
  '环境治理',
  '市场监管',
  '其他',
];

/** Defaults a center can change in Settings. Values are JSON. */
const SETTINGS: Record<string, unknown> = {
  'case_number.pattern': '{prefix}〔{year}〕{seq}号',
  'case_number.prefix': '行化',
  'clocks.simple_limit_days': 30,
  'clocks.complex_limit_days': 60,
  'clocks.transfer_limit_days': 5,
  'clocks.follow_up_days': 30,
  'meetings.working_hours': { start: '08:30', end: '17:30' },
  'targets.head_appearance_rate': 0.7,
};

export const migration0002: Migration = {
  version: 2,
  name: 'reference-data',
  up(sqlite, env) {
    const category = sqlite.prepare(
      'INSERT INTO dispute_categories (id, name, sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    CATEGORIES.forEach((name, i) => category.run(env.newId(), name, (i + 1) * 10, env.now, env.now));
    const setting = sqlite.prepare(
      'INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)',
    );
    for (const [key, value] of Object.entries(SETTINGS)) {
      setting.run(key, JSON.stringify(value), env.now, env.now);
    }
  },
};
