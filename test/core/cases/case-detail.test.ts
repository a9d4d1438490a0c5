import { describe, expect, it } from 'vitest';
import { CaseDetailSchema } from '../../../electron/contract/schemas/cases';
import { findCaseByNumber, getCaseDetail } from '../../../electron/core/cases/case-detail';
import { createCase } from '../../../electron/core/cases/intake';
import { loadDemoData } from '../../../electron/core/demo/load-demo';
import { defaultOperator } from '../../../electron/core/services/setup';
import { VALID_ID, caseFixture, caught, intake } from './fixture';

describe('the case page data', () => {
  it('masks ID numbers unless asked to reveal them, and matches the contract', async () => {
    const f = await caseFixture();
    const { id, caseNumber } = createCase(f.core, f.actor, intake(f));
    const detail = getCaseDetail(f.core, id);
    expect(CaseDetailSchema.parse(detail)).toBeTruthy();
    expect(detail.parties[0]!.idNumber).toBe(`1303**********${VALID_ID.slice(-4)}`);
    expect(getCaseDetail(f.core, id, { revealIds: true }).parties[0]!.idNumber).toBe(VALID_ID);
    expect(detail).toMatchObject({
      caseNumber,
      category: { id: f.categoryId, name: '土地房屋征收补偿' },
      coordinator: { id: f.operatorId, name: '张协调' },
      amountYuan: 880000.5,
      templateVersion: 1,
      stage: 'intake',
      history: [{ kind: 'create', toStage: 'intake', operatorName: '张协调' }],
    });
    expect(detail.steps.filter((s) => s.stage === 'intake').map((s) => [s.code, s.status])).toEqual([
      ['register', 'done'],
      ['acceptance_review', 'overdue'],
    ]);
    expect(detail.steps.find((s) => s.code === 'investigate')).toMatchObject({ status: 'pending', dueOn: null });
    expect(findCaseByNumber(f.core, caseNumber)).toEqual({ id, caseNumber });
    expect(findCaseByNumber(f.core, '行化〔1999〕1号')).toBeUndefined();
    expect(caught(() => getCaseDetail(f.core, 'nope')).code).toBe('NOT_FOUND');
  });

  it('every demo case reads back within the contract', async () => {
    const f = await caseFixture();
    loadDemoData(f.core, defaultOperator(f.core)!);
    const ids = f.core.sqlite.prepare('SELECT id FROM cases').pluck().all() as string[];
    for (const id of ids) {
      const parsed = CaseDetailSchema.safeParse(getCaseDetail(f.core, id));
      expect(parsed.success, parsed.error?.message).toBe(true);
    }
  });
});
