import type { Core } from '../../core';
import { chineseDate } from '../../documents/chinese-date';
import type { OfficialBlock, OfficialDocument } from '../../documents/official-docx';
import { CoreError } from '../../errors';
import { qb } from '../../db/query';
import { centerNames } from '../../meetings/documents/meeting-facts';
import { readCaseSummary } from '../../summaries/case/read-summary';
import { documentHtml } from '../../summaries/case/render-document';
import { sentence } from '../../summaries/case/summary-document';
import type { CaseSummaryModel } from '../../summaries/case/summary-model';
import { balancedTitle } from '../../summaries/case/title-lines';

/**
 * The transfer notice (移送立案告知函) for a case whose mediation failed: the center tells the court
 * it transfers the case for filing within the 5-day limit — case numbers, parties, the respondent
 * agency, why mediation failed, the transfer dates. An official letter (GB/T 9704) addressed to the
 * court, printed from the same official-document HTML as the outcome summary; ID and phone numbers
 * masked as there (the package's party records carry them in full for the court's register).
 */

export interface TransferFacts {
  courtName: string;
  dueOn: string | null;
  transferredOn: string | null;
}

export function transferNoticeTitle(caseNumber: string): string {
  return `关于移送${caseNumber}案件立案的函`;
}

export function transferNoticeDocument(m: CaseSummaryModel, facts: TransferFacts): OfficialDocument {
  if (!m.outcome) throw new Error(`transferNoticeDocument: case ${m.caseNumber} is not closed`);
  const respondents = m.agencies.filter((a) => a.respondent).map((a) => a.name);
  const numbers = `本中心案号${m.caseNumber}${m.courtNumber ? `，贵院案号${m.courtNumber}` : ''}`;
  const received = `${chineseDate(m.receivedOn)}收案${m.acceptedOn ? `、${chineseDate(m.acceptedOn)}受理` : ''}`;
  const failedOn = chineseDate(m.outcome.closedOn);
  const blocks: OfficialBlock[] = [
    {
      kind: 'paragraph',
      text:
        `本中心${received}的“${m.title}”（${numbers}），经组织化解，当事人与行政机关未能达成一致，` +
        `本中心于${failedOn}结案，化解不成。根据调解不成的在5日内转立案的规定，现将本案移送贵院，请依法立案审查。`,
    },
    { kind: 'heading', level: 1, text: '一、当事人' },
    m.parties.length
      ? {
          kind: 'table',
          header: ['身份', '姓名或名称', '证件号码', '联系电话'],
          rows: m.parties.map((p) => [p.role, p.name, p.idNumber ?? '—', p.phone ?? '—']),
          widths: [1.1, 2.8, 3.1, 2.2],
        }
      : { kind: 'paragraph', text: '未登记当事人。' },
    { kind: 'heading', level: 1, text: '二、被申请行政机关' },
    { kind: 'paragraph', text: respondents.length ? `${respondents.join('、')}。` : '未登记被申请行政机关。' },
    { kind: 'heading', level: 1, text: '三、化解不成的原因' },
    { kind: 'paragraph', text: m.outcome.summary ? sentence(m.outcome.summary) : '未填写。' },
    ...(m.outcome.basis ? [{ kind: 'paragraph' as const, text: `依据：${sentence(m.outcome.basis)}` }] : []),
    { kind: 'heading', level: 1, text: '四、移送期限' },
    {
      kind: 'paragraph',
      text:
        `化解不成之日为${failedOn}${facts.dueOn ? `，移送期限至${chineseDate(facts.dueOn)}` : ''}` +
        `${facts.transferredOn ? `，本中心已于${chineseDate(facts.transferredOn)}办理移送` : ''}。`,
    },
    { kind: 'heading', level: 1, text: '五、联系人' },
    { kind: 'paragraph', text: m.coordinator ? `本案协调员：${m.coordinator}。` : `${m.centerName}。` },
    { kind: 'paragraph', text: '特此函告。' },
  ];
  return {
    issuer: m.centerName,
    title: balancedTitle(transferNoticeTitle(m.caseNumber)),
    addressee: facts.courtName,
    blocks,
    attachments: ['案件化解结果摘要'],
    // Dated the day of the transfer once it is logged; until then the day it is made.
    signature: { issuer: m.centerName, date: facts.transferredOn ?? m.today },
  };
}

export async function transferNoticePdf(core: Core, caseId: string): Promise<Uint8Array> {
  if (!core.printPdf) throw new CoreError('PDF_UNAVAILABLE', 'no PDF printer in this host');
  const model = readCaseSummary(core, caseId);
  const clock = core.q.first(
    qb
      .selectFrom('clocks')
      .select(['due_on', 'completed_on'])
      .where('case_id', '=', caseId)
      .where('kind', '=', 'transfer_to_filing')
      .where('status', '<>', 'cancelled')
      .orderBy('trigger_on', 'desc')
      .orderBy('created_at', 'desc')
      .limit(1),
  );
  const doc = transferNoticeDocument(model, {
    courtName: centerNames(core).courtName,
    dueOn: clock?.due_on ?? null,
    transferredOn: clock?.completed_on ?? null,
  });
  return core.printPdf(documentHtml(doc), {});
}
