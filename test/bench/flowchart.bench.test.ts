import { expect, it } from 'vitest';
import { createActivity } from '../../electron/core/cases/activities';
import { createCase } from '../../electron/core/cases/intake';
import { advanceCase, closeCase } from '../../electron/core/cases/stage-machine';
import { addDays } from '../../electron/core/dates';
import { extendClock, listClocks, resumeClock, suspendClock } from '../../electron/core/clocks';
import { caseFlowchartSvg, svgToPng } from '../../electron/core/flowcharts';
import { dispatch } from '../../electron/core/handlers/registry';
import { caseFixture, intake, setToday, stepOf, type CaseFixture } from '../core/cases/fixture';
import { measure, report } from './measure';

/**
 * A case worked on for months: 200 activities over the steps of every stage (meetings and
 * coordination records the most), a suspension and an extension of its resolution clock, closed
 * with a settlement. Its flowchart (target: under 300 ms) as SVG, as PNG from that SVG, and the
 * PNG through dispatch as the app asks for it (read, layout, draw, audit). The first PNG of a
 * process also learns the glyph outlines of the characters it meets: reported on its own.
 */
const PLAN: [code: string | null, stage: 'intake' | 'pre' | 'during' | 'post', count: number][] = [
  ['acceptance_review', 'intake', 4],
  [null, 'intake', 6],
  ['investigate', 'pre', 24],
  ['analyse', 'pre', 16],
  ['plan', 'pre', 10],
  [null, 'pre', 12],
  ['meeting', 'during', 40],
  ['explain_law', 'during', 18],
  ['hear_parties', 'during', 18],
  ['emotional_support', 'during', 12],
  ['proposal', 'during', 10],
  [null, 'during', 12],
  ['follow_up_visit', 'post', 6],
  ['summary', 'post', 5],
  ['feedback', 'post', 6],
];

function bigCase(f: CaseFixture): string {
  setToday(f, '2026-03-02');
  const { id } = createCase(f.core, f.actor, intake(f, { receivedOn: '2026-03-02', complexity: 'complex' }));
  let day = '2026-03-02';
  let stage: 'intake' | 'pre' | 'during' | 'post' = 'intake';
  let n = 1; // the registration
  for (const [code, at, count] of PLAN) {
    if (at !== stage) {
      setToday(f, day);
      advanceCase(f.core, f.actor, { id, toStage: at as 'pre' | 'during' | 'post' });
      stage = at;
      if (at === 'during') {
        const clockId = listClocks(f.core, { caseId: id, kinds: ['resolution'] })[0]!.id;
        suspendClock(f.core, f.actor, { clockId, fromOn: day, reason: '等待房屋价值评估结果' });
        day = addDays(day, 12);
        setToday(f, day);
        resumeClock(f.core, f.actor, { clockId, toOn: day });
        extendClock(f.core, f.actor, { clockId, extraDays: 30, reason: '经双方同意延长化解期限' });
      }
    }
    const step = code ? stepOf(f.core, id, code) : null;
    for (let i = 0; i < count; i += 1) {
      createActivity(f.core, f.actor, {
        caseId: id,
        stepId: step?.id ?? null,
        stage,
        occurredAt: `${day}T0${1 + (i % 8)}:00:00.000Z`,
        participants: [],
        description: `第${n}次办理：就被征收房屋面积认定及评估价格与申请人、被申请人分别沟通，听取意见并记录在案（${day}）`,
      });
      n += 1;
      if (i % 2 === 1) day = addDays(day, 1);
    }
  }
  setToday(f, day);
  closeCase(f.core, f.actor, { id, outcome: 'settlement', summary: '双方达成和解协议' });
  return id;
}

it('flowchart of a case with 200 activities: SVG, PNG, and flowchart.case through dispatch', async () => {
  const f = await caseFixture();
  const caseId = bigCase(f);
  const activities = f.core.sqlite.prepare('SELECT count(*) FROM activities WHERE case_id = ?').pluck().get(caseId) as number;
  expect(activities).toBe(201); // 200 logged + the closing entry

  const svg = await caseFlowchartSvg(f.core, caseId);
  const start = performance.now();
  svgToPng(svg);
  const firstPng = performance.now() - start;

  const results = [
    await measure('case flowchart SVG (200 activities: read, layout, write)', () => caseFlowchartSvg(f.core, caseId), 30, 3),
    await measure('PNG 2× from that SVG (glyphs cached)', () => svgToPng(svg), 30, 3),
    await measure('SVG + PNG (what the summary embeds)', async () => svgToPng(await caseFlowchartSvg(f.core, caseId)), 30, 3),
    await measure('flowchart.case PNG through dispatch (audited)', async () => {
      const r = await dispatch(f.core, f.session, 'flowchart.case', { caseId, format: 'png' });
      if (!r.ok) throw new Error(r.error.message.en);
    }, 20, 2),
    { name: 'first PNG of the process (learns ~the glyphs)', runs: 1, medianMs: Math.round(firstPng), p90Ms: Math.round(firstPng) },
  ];
  report('flowchart', results);
  expect(results.every((r) => r.medianMs > 0)).toBe(true);
}, 600_000);
