import { describe, expect, it } from 'vitest';
import { noticeNumber, noticeParagraphs, supervisionNotice } from '../../../electron/core/documents/supervision-notice';
import { putSetting } from '../../../electron/core/services/settings';
import { getTask } from '../../../electron/core/tasks/task-read';
import { acknowledgeTask, remindTask, replyTask } from '../../../electron/core/tasks/task-status';
import { auditEntries } from '../cases/fixture';
import { sendTask, setToday, taskFixture } from '../tasks/fixture';
import { unzip } from './unzip';

describe('the supervision notice (督办通知)', () => {
  it('says what was asked, how late the answer is, how often it was chased, and by when to answer', async () => {
    const f = await taskFixture('2026-09-29');
    const task = sendTask(f);
    setToday(f, '2026-10-12');
    acknowledgeTask(f.core, f.actor, { id: task.id, on: '2026-09-30' });
    remindTask(f.core, f.actor, { id: task.id });
    const text = noticeParagraphs(f.core, getTask(f.core, task.id), '张协调');
    expect(text).toEqual([
      `在${f.caseNumber}“王某诉市自然资源和规划局房屋征收补偿决定案”化解工作中，我中心于2026年9月29日向你单位发出协调事项，请你单位：请书面说明房屋面积认定的事实和依据，并提供评估报告。办理期限为2026年10月9日。`,
      '截至2026年10月12日，你单位已于2026年9月30日签收，但尚未书面答复，已超过办理期限2个工作日。我中心已催办1次，最近一次为2026年10月12日。',
      // Three working days from Monday 12 October.
      '请你单位高度重视，立即组织办理，于2026年10月15日前将办理情况及逾期原因书面答复我中心。',
      '你单位联系人：李法制（法制科科长），联系电话：0335-3000001。',
      '我中心联系人：张协调。',
    ]);
  });

  it('before the due date asks for an answer by the due date; after an answer, says so', async () => {
    const f = await taskFixture('2026-09-29');
    const task = sendTask(f, { caseId: null, contactId: null });
    const pending = noticeParagraphs(f.core, getTask(f.core, task.id), null);
    expect(pending).toEqual([
      '我中心于2026年9月29日向你单位发出协调事项，请你单位：请书面说明房屋面积认定的事实和依据，并提供评估报告。办理期限为2026年10月9日。',
      '截至2026年9月29日，你单位尚未书面答复，距办理期限还有3个工作日。',
      '请你单位高度重视，按照职责抓紧办理，于2026年10月9日前将办理情况书面答复我中心。',
    ]);
    replyTask(f.core, f.actor, { id: task.id, replyText: '已答复', repliedOn: '2026-09-29' });
    expect(noticeParagraphs(f.core, getTask(f.core, task.id), null)[1]).toBe('你单位已于2026年9月29日书面答复。');
  });

  it('numbers notices per year in the order the tasks were entered, and never renumbers one', async () => {
    const f = await taskFixture('2027-01-05');
    const a = sendTask(f, { sentOn: '2026-12-30', dueOn: '2027-01-08', dueInWorkingDays: null });
    const b = sendTask(f, { sentOn: '2027-01-04' });
    const c = sendTask(f, { sentOn: '2027-01-05' });
    const d = sendTask(f, { sentOn: '2027-01-04' }); // entered later, sent earlier: the next number
    expect([a, b, c, d].map((t) => noticeNumber(f.core, t))).toEqual(['行化督〔2026〕1号', '行化督〔2027〕1号', '行化督〔2027〕2号', '行化督〔2027〕3号']);
    putSetting(f.core, 'case_number.prefix', '秦行化');
    expect(noticeNumber(f.core, c)).toBe('秦行化督〔2027〕2号');
  });

  it('is an official document from the center to the agency, named after the agency and the case', async () => {
    const f = await taskFixture('2026-09-29');
    f.core.sqlite.prepare("UPDATE agencies SET short_name = '市自然资源局' WHERE id = ?").run(f.agencies.respondent);
    const task = sendTask(f);
    setToday(f, '2026-10-12');
    const file = await supervisionNotice(f.core, f.actor, task.id);
    expect(file.fileName).toBe(`督办通知-市自然资源局-${f.caseNumber}.docx`);
    const files = unzip(Buffer.from(file.contentBase64, 'base64'));
    const xml = files.get('word/document.xml')!.toString('utf8');
    for (const text of ['秦皇岛市行政争议化解中心', '行化督〔2026〕1号', '关于督促办理协调事项的通知', '秦皇岛市自然资源和规划局：', '已超过办理期限2个工作日', '2026年10月12日']) {
      expect(xml).toContain(text);
    }
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    const footers = [...files.entries()].filter(([k]) => /^word\/footer\d+\.xml$/.test(k)).map(([, v]) => v.toString('utf8'));
    expect(footers.every((x) => x.includes('PAGE') && x.includes('— '))).toBe(true);
    expect(auditEntries(f.core, 'export')[0]).toMatchObject({ entity_id: task.id, detail: { kind: 'supervision_notice', fileName: file.fileName } });
  });
});
