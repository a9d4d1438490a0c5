import { chineseDate } from '../../documents/chinese-date';
import type { OfficialBlock, OfficialDocument } from '../../documents/official-docx';
import { chineseNumber, shortDateZh } from '../../meetings/documents/labels';
import { anonymiser, type Anonymiser, type PartyIdentity } from '../anonymise';
import { outcomeWords, sentence } from '../case/summary-document';
import { balancedTitle } from '../case/title-lines';
import type { CaseSummaryModel } from '../case/summary-model';

/**
 * The publicity version of a typical case (典型案例), for the center's website, a bulletin or
 * the committee's report: 基本案情, 化解过程 by stage, 化解结果 and 典型意义, with the parties
 * anonymised. It is built from the same summary model as the outcome summary, but prints no ID
 * number, phone or address at all and passes every free text through the case's anonymiser;
 * agency names stay (public bodies). No flowchart: its labels come from the case's own texts.
 */

export const SIGNIFICANCE_PLACEHOLDER =
  '（此处由工作人员撰写本案的典型意义：争议化解的难点、采取的做法及可复制推广的经验。）';

function joinZh(items: readonly string[]): string {
  return items.join('、');
}

function facts(m: CaseSummaryModel, anon: Anonymiser, applicants: string[], others: string[]): OfficialBlock[] {
  const respondents = m.agencies.filter((a) => a.respondent).map((a) => a.name);
  const involved = m.agencies.filter((a) => !a.respondent);
  const who = applicants.length ? `申请人${joinZh(applicants)}` : '申请人';
  const against = respondents.length ? `被申请人${joinZh(respondents)}` : '有关行政机关';
  const why = m.category ? `因${m.category}` : '';
  const interested = others.length ? `，${joinZh(others)}与本案有利害关系` : '';
  const paragraphs = [
    `${who}与${against}${why}发生行政争议${interested}。本案来源为${m.source}，${m.centerName}于${chineseDate(m.acceptedOn ?? m.receivedOn)}受理。`,
    ...(m.disputeFocus ? [`争议焦点：${sentence(anon.text(m.disputeFocus))}`] : []),
    ...(m.claims ? [`申请人请求：${sentence(anon.text(m.claims))}`] : []),
    ...(involved.length ? [`参与化解的单位：${joinZh(involved.map((a) => `${a.name}（${a.role}）`))}。`] : []),
  ];
  return paragraphs.map((text) => ({ kind: 'paragraph', text }));
}

function process(m: CaseSummaryModel, anon: Anonymiser): OfficialBlock[] {
  const refYear = Number(m.receivedOn.slice(0, 4));
  const d = (date: string) => shortDateZh(date, refYear);
  const parts: [string, string[]][] = m.stages
    .filter((s) => s.stage !== 'closed')
    .map((s) => [
      s.label,
      s.activities.map(
        // The stage is the heading; the step's name would only repeat the description's first words.
        (a) => `${d(a.date)}，${sentence(anon.text(a.description))}${a.result ? `结果：${sentence(anon.text(a.result))}` : ''}`,
      ),
    ]);
  if (m.meetings.length) {
    parts.push([
      '会议研究',
      m.meetings.map((x) => `${d(x.date)}，${anon.text(x.title)}（${x.kind}）研究本案${x.decision ? `：${sentence(anon.text(x.decision))}` : '。'}`),
    ]);
  }
  if (m.tasks.length) {
    parts.push([
      '部门协同',
      m.tasks.map((t) => {
        const asked = `${d(t.sentOn)}，向${t.agency}发出协调事项：${sentence(anon.text(t.request))}`;
        return t.reply ? `${asked}${t.agency}${t.repliedOn ? `于${d(t.repliedOn)}` : ''}答复：${sentence(anon.text(t.reply))}` : asked;
      }),
    ]);
  }
  if (parts.length === 0) return [{ kind: 'paragraph', text: '（未记录化解过程。）' }];
  return parts.flatMap(([label, lines], i): OfficialBlock[] => [
    { kind: 'heading', level: 2, text: `（${chineseNumber(i + 1)}）${label}` },
    ...lines.map((text): OfficialBlock => ({ kind: 'paragraph', text })),
  ]);
}

function result(m: CaseSummaryModel, anon: Anonymiser): OfficialBlock[] {
  const o = m.outcome;
  const lines = o
    ? [
        `本案于${chineseDate(o.closedOn)}结案，化解结果为${outcomeWords(o.label)}。`,
        ...(o.summary ? [sentence(anon.text(o.summary))] : []),
        ...(o.basis ? [`结案依据：${sentence(anon.text(o.basis))}`] : []),
      ]
    : ['本案尚未结案。'];
  return lines.map((text) => ({ kind: 'paragraph', text }));
}

/**
 * The anonymised document. `parties` are the case's parties as stored (names, ID numbers, phones,
 * addresses): only the anonymiser sees them.
 */
export function typicalCaseDocument(m: CaseSummaryModel, parties: readonly (PartyIdentity & { role: string })[]): OfficialDocument {
  const anon = anonymiser(parties, m.agencies.map((a) => a.name));
  const alias = (p: PartyIdentity) => anon.alias(p.name);
  const applicants = [...new Set(parties.filter((p) => p.role === 'applicant').map(alias))];
  const others = [...new Set(parties.filter((p) => p.role === 'third_party').map(alias))].map((a) => `第三人${a}`);
  const sections: [string, OfficialBlock[]][] = [
    ['基本案情', facts(m, anon, applicants, others)],
    ['化解过程', process(m, anon)],
    ['化解结果', result(m, anon)],
    ['典型意义', [{ kind: 'paragraph', text: SIGNIFICANCE_PLACEHOLDER }]],
  ];
  return {
    issuer: m.centerName,
    title: `典型案例\n${balancedTitle(anon.text(m.title))}`,
    blocks: sections.flatMap(([heading, blocks], i): OfficialBlock[] => [
      { kind: 'heading', level: 1, text: `${chineseNumber(i + 1)}、${heading}` },
      ...blocks,
    ]),
  };
}
