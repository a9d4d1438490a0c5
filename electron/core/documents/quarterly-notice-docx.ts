import type { QuarterlyReport } from '../../contract/schemas/linkage';
import { percent } from '../linkage/appearance';
import { quarterLabel } from '../linkage/period';
import { chineseDate } from './chinese-date';
import { renderOfficialDocx, type OfficialDocument } from './official-docx';

/**
 * The quarterly notification (季度通报) as an official document: the overall head-appearance
 * figures, the agencies below the 70% target, the agencies with overdue tasks or judicial
 * suggestions, and what the named agencies must do. The seed requires naming them every quarter
 * (每季度点名通报) and collecting their rectification feedback.
 */

/** Working days the named agencies get to send their rectification feedback. */
export const RECTIFICATION_WORKING_DAYS = 15;

const ITEM_NUMBERS = ['一', '二', '三', '四'] as const;

function rateText(rate: number | null): string {
  return rate === null ? '—' : percent(rate);
}

export function quarterlyNoticeDocument(report: QuarterlyReport, today: string): OfficialDocument {
  const quarter = quarterLabel(report.quarter)['zh-CN'];
  const target = `${Math.round(report.target * 100)}%`;
  const center = report.centerName || '行政争议化解中心';
  const below = report.appearance.filter((a) => a.belowTarget);
  const overdue = report.entries
    .map((e) => ({ name: e.agencyName, reasons: e.reasons.filter((r) => r.kind !== 'below_target') }))
    .filter((e) => e.reasons.length > 0);
  const { totals } = report;

  const overall =
    totals.hearings === 0
      ? `本季度（${chineseDate(report.from)}至${chineseDate(report.to)}）未登记行政诉讼案件开庭。`
      : `本季度（${chineseDate(report.from)}至${chineseDate(report.to)}），行政诉讼案件共开庭${totals.hearings}次，` +
        `行政机关负责人出庭应诉${totals.headAppearances}次，负责人出庭应诉率为${rateText(totals.rate)}，` +
        `${totals.rate !== null && totals.rate >= report.target ? '达到' : '未达到'}${target}的目标要求。`;

  const blocks: OfficialDocument['blocks'] = [
    {
      kind: 'paragraph',
      text: `为推进府院联动工作，落实行政机关负责人出庭应诉制度，督促各成员单位按期办理协调事项和司法建议，现将${quarter}府院联动工作情况通报如下：`,
    },
    { kind: 'heading', level: 1, text: '一、总体情况' },
    { kind: 'paragraph', text: overall },
    { kind: 'heading', level: 1, text: '二、负责人出庭应诉率未达标的单位' },
  ];
  if (below.length === 0) {
    blocks.push({ kind: 'paragraph', text: `本季度有开庭的单位负责人出庭应诉率均达到${target}的目标要求。` });
  } else {
    blocks.push(
      { kind: 'paragraph', text: `以下${below.length}个单位负责人出庭应诉率低于${target}的目标要求，予以通报：` },
      {
        kind: 'table',
        header: ['单位', '开庭次数', '负责人出庭次数', '出庭率'],
        rows: below.map((a) => [a.agencyName, String(a.hearings), String(a.headAppearances), rateText(a.rate)]),
        widths: [46, 18, 18, 18],
      },
    );
  }
  blocks.push({ kind: 'heading', level: 1, text: '三、协调事项和司法建议逾期未办理的单位' });
  if (overdue.length === 0) {
    blocks.push({ kind: 'paragraph', text: '截至季度末，各单位无逾期未答复的协调事项和逾期未反馈的司法建议。' });
  } else {
    blocks.push({ kind: 'paragraph', text: `截至季度末，以下${overdue.length}个单位存在逾期未办理事项，予以通报：` });
    overdue.forEach((e, i) => {
      blocks.push({ kind: 'paragraph', text: `${i + 1}. ${e.name}：${e.reasons.map((r) => r.text['zh-CN']).join('；')}。` });
    });
  }
  blocks.push({ kind: 'heading', level: 1, text: '四、工作要求' });
  const requirements = [
    ...(report.entries.length > 0
      ? [`被通报单位要高度重视，认真分析原因，制定整改措施，于收到本通报之日起${RECTIFICATION_WORKING_DAYS}个工作日内将整改情况书面反馈至${center}。`]
      : []),
    `各成员单位要严格落实行政机关负责人出庭应诉制度，被诉行政机关负责人应当出庭应诉，负责人出庭应诉率不低于${target}。`,
    '各成员单位要按期答复协调事项、落实司法建议并及时反馈，切实做到联而有动、联而有效。',
  ];
  requirements.forEach((text, i) => blocks.push({ kind: 'paragraph', text: `（${ITEM_NUMBERS[i]}）${text}` }));

  return {
    issuer: center,
    // Broken by sense into two lines rather than leaving one character on the second (GB/T 9704
    // §7.3.1: a long title is split keeping words whole, in a trapezoid or diamond shape).
    title: `关于${quarter}\n府院联动工作情况的通报`,
    addressee: '各成员单位',
    blocks,
    signature: { issuer: center, date: today },
    // 版记: who issued the printed copies and when (GB/T 9704 §7.4.3).
    notes: [`${center}\t${chineseDate(today)}印发`],
    kind: 'notice',
  };
}

export function renderQuarterlyNoticeDocx(report: QuarterlyReport, today: string): Promise<Uint8Array> {
  return renderOfficialDocx(quarterlyNoticeDocument(report, today));
}
