import { describe, expect, it } from 'vitest';
import type { LinkageStats } from '../../../electron/contract/schemas/linkage';
import { appearanceRate } from '../../../electron/core/linkage/appearance';
import { linkageFixture } from './fixture';

describe('head appearance rate (负责人出庭应诉率)', () => {
  it('is head appearances over hearings, below target only under 70%', () => {
    expect(appearanceRate(103, 72)).toEqual({ rate: 72 / 103, belowTarget: true });
    expect(appearanceRate(10, 7)).toEqual({ rate: 0.7, belowTarget: false });
    expect(appearanceRate(20, 14)).toEqual({ rate: 0.7, belowTarget: false });
    expect(appearanceRate(3, 3)).toEqual({ rate: 1, belowTarget: false });
    expect(appearanceRate(2, 0)).toEqual({ rate: 0, belowTarget: true });
  });

  it('an agency with no hearings has no rate and is not below target', () => {
    expect(appearanceRate(0, 0)).toEqual({ rate: null, belowTarget: false });
  });

  it('per agency and in total over the quarter, leaving out agencies without hearings in it', async () => {
    const f = await linkageFixture();
    const almost = f.agency('市自然资源和规划局');
    const exact = f.agency('市住房和城乡建设局');
    const full = f.agency('市城市管理综合执法局');
    const none = f.agency('市人力资源和社会保障局');
    const quiet = f.agency('市生态环境局');
    f.hearings(almost, '2026-07-15', 103, 72);
    f.hearings(exact, '2026-09-30', 10, 7);
    f.hearings(full, '2026-08-03', 3, 3);
    f.hearings(none, '2026-07-01', 2, 0);
    // Outside the quarter: a day before and a day after.
    f.hearings(quiet, '2026-06-30', 4, 0);
    f.hearings(quiet, '2026-10-01', 4, 0);

    const stats = await f.call<LinkageStats>('linkage.stats', { quarter: '2026Q3' });
    expect(stats).toMatchObject({ from: '2026-07-01', to: '2026-09-30', target: 0.7 });
    const rows = Object.fromEntries(stats.appearance.agencies.map((a) => [a.agencyName, a]));
    expect(Object.keys(rows).sort()).toEqual(['市人力资源和社会保障局', '市住房和城乡建设局', '市城市管理综合执法局', '市自然资源和规划局'].sort());
    expect(rows['市自然资源和规划局']).toMatchObject({ hearings: 103, headAppearances: 72, belowTarget: true });
    expect(rows['市自然资源和规划局']!.rate).toBeCloseTo(0.699, 3);
    expect(rows['市住房和城乡建设局']).toMatchObject({ hearings: 10, headAppearances: 7, rate: 0.7, belowTarget: false });
    expect(rows['市城市管理综合执法局']).toMatchObject({ hearings: 3, headAppearances: 3, rate: 1, belowTarget: false });
    expect(rows['市人力资源和社会保障局']).toMatchObject({ hearings: 2, headAppearances: 0, rate: 0, belowTarget: true });
    expect(stats.appearance).toMatchObject({ hearings: 118, headAppearances: 82, rate: 82 / 118, belowTarget: true });

    // The year counts the hearings on both sides of the quarter too.
    const year = await f.call<LinkageStats>('linkage.stats', { year: 2026 });
    expect(year.appearance).toMatchObject({ hearings: 126, headAppearances: 82 });
    expect(year.appearance.agencies.find((a) => a.agencyName === '市生态环境局')).toMatchObject({ hearings: 8, rate: 0, belowTarget: true });
  });

  it('a period without hearings has a null total rate and is not below target', async () => {
    const f = await linkageFixture();
    f.hearings(f.agency('市生态环境局'), '2026-05-10', 3, 0);
    const stats = await f.call<LinkageStats>('linkage.stats', { quarter: '2026Q3' });
    expect(stats.appearance).toEqual({ hearings: 0, headAppearances: 0, rate: null, belowTarget: false, agencies: [] });
  });

  it('deleted hearings no longer count', async () => {
    const f = await linkageFixture();
    const agency = f.agency('市市场监督管理局');
    const kept = await f.call<{ id: string }>('hearings.save', { agencyId: agency, heldOn: '2026-08-01', headAppeared: true });
    const gone = await f.call<{ id: string }>('hearings.save', { agencyId: agency, heldOn: '2026-08-02', headAppeared: false });
    expect((await f.call<LinkageStats>('linkage.stats', { quarter: '2026Q3' })).appearance).toMatchObject({ hearings: 2, headAppearances: 1, belowTarget: true });
    await f.call('hearings.delete', { id: gone.id });
    expect(kept.id).not.toBe(gone.id);
    expect((await f.call<LinkageStats>('linkage.stats', { quarter: '2026Q3' })).appearance).toMatchObject({ hearings: 1, headAppearances: 1, rate: 1, belowTarget: false });
  });
});
