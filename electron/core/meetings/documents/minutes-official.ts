import type { OfficialBlock, OfficialDocument } from '../../documents/official-docx';
import { chineseDate } from '../../documents/chinese-date';
import { chineseNumber } from './labels';
import type { MinutesModel } from './minutes-model';

/**
 * The minutes as an official document (GB/T 9704 §10.3 纪要格式): the 纪要标志 in red, the title
 * '<meeting>纪要', then time, place, chair and attendance (出席/列席/请假 in 黑体 with aligned
 * names), one section per agenda item with its discussion and decision, and the action items as a
 * table. The DOCX is written by the official-document writer; the PDF by official-html.ts.
 */

const NOT_RECORDED = '（未记录）';

function itemBlocks(model: MinutesModel): OfficialBlock[] {
  return model.items.flatMap((item, i): OfficialBlock[] => [
    { kind: 'heading', level: 1, text: `${chineseNumber(i + 1)}、${item.subject || item.label}` },
    { kind: 'heading', level: 2, text: '（一）讨论情况' },
    { kind: 'paragraph', text: item.discussion?.trim() || NOT_RECORDED },
    { kind: 'heading', level: 2, text: '（二）会议议定' },
    { kind: 'paragraph', text: item.decision?.trim() || NOT_RECORDED },
  ]);
}

function actionTable(model: MinutesModel): OfficialBlock[] {
  const n = model.items.length + 1;
  return [
    { kind: 'heading', level: 1, text: `${chineseNumber(n)}、交办事项` },
    model.actionItems.length
      ? {
          kind: 'table',
          header: ['事项', '责任单位', '联系人', '完成时限', '状态'],
          rows: model.actionItems.map((a) => [
            a.caseNumber ? `${a.caseNumber}：${a.description}` : a.agendaLabel ? `${a.agendaLabel}：${a.description}` : a.description,
            a.agency,
            a.contact,
            a.dueOn,
            a.status,
          ]),
          widths: [3.9, 2.4, 1.4, 2.5, 1.4],
        }
      : { kind: 'paragraph', text: '本次会议无交办事项。' },
  ];
}

export function minutesDocument(model: MinutesModel): OfficialDocument {
  const attendance = [
    model.present.length ? `出席：${model.present.join('、')}` : null,
    model.observers.length ? `列席：${model.observers.join('、')}` : null,
    model.absent.length ? `请假：${model.absent.join('、')}` : null,
  ].filter((line): line is string => line !== null);
  const basics = [
    `时间：${model.time}`,
    `地点：${model.place ?? '—'}`,
    ...(model.chair ? [`主持：${model.chair}`] : []),
    ...attendance,
    ...(model.recordedBy ? [`记录：${model.recordedBy}`] : []),
  ];
  return {
    issuer: `${model.centerName}会议纪要`,
    title: model.title,
    kind: 'minutes',
    blocks: [
      { kind: 'paragraph', text: basics.join('\n') },
      ...(model.summary?.trim() ? [{ kind: 'paragraph', text: model.summary.trim() } as const] : []),
      ...itemBlocks(model),
      ...actionTable(model),
    ],
    signature: { issuer: model.centerName, date: model.dateOn },
    notes: [`${model.centerName}\t${chineseDate(model.printedOn)}印发`],
  };
}
