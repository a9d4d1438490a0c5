import { t } from '../../cases/messages';
import { failedSource, type ReferralSource } from './referral-draft';
import { REFERRALS_FORMAT, ReferralFileSchema } from './referral-schema';

/**
 * A referral file in the JSON format: `{"format": "adr-court-referrals", "version": 1, "court",
 * "referrals": [...]}`. Only the envelope is checked here; each referral is checked on its own, so
 * one bad referral is named by its place in the list (index + 1) instead of failing the file.
 */
export function readReferralJson(json: unknown): ReferralSource {
  const envelope = ReferralFileSchema.safeParse(json, { reportInput: true });
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    const key = issue.path[0];
    if (key === 'format' || typeof json !== 'object' || json === null) {
      return failedSource('json', t(`不是法院委派案件文件：「format」应为「${REFERRALS_FORMAT}」`, `Not a court referral file: "format" must be "${REFERRALS_FORMAT}"`));
    }
    if (key === 'version') {
      return failedSource('json', t(`不支持的文件版本「${String((json as { version?: unknown }).version)}」，本程序读取第 1 版`, `Unsupported file version "${String((json as { version?: unknown }).version)}"; this program reads version 1`));
    }
    if (key === 'referrals') {
      return failedSource('json', t('文件中没有委派案件（「referrals」应为非空列表）', 'The file holds no referrals ("referrals" must be a non-empty list)'));
    }
    return failedSource('json', t(`「court」应为不超过 100 字的法院名称`, `"court" must be the court's name, at most 100 characters`));
  }
  const drafts = envelope.data.referrals.map((value, i) => ({ row: i + 1, partyRows: partyRowsOf(value, i + 1), value, issues: [] }));
  return { format: 'json', encoding: null, court: envelope.data.court ?? null, drafts, fileErrors: [] };
}

/** In JSON every party of a referral is "on" the referral's row. */
function partyRowsOf(value: unknown, row: number): number[] {
  const parties = typeof value === 'object' && value !== null ? (value as { parties?: unknown }).parties : undefined;
  return Array.isArray(parties) ? parties.map(() => row) : [];
}
