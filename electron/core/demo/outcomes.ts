import type { Outcome } from '../db/schema';
import { fill } from './context';

/** 化解结果 as the summary and the closing transition name them. */
export const OUTCOME_LABEL: Record<Outcome, string> = {
  withdrawn: '化解成功：申请人撤回申请',
  settlement: '化解成功：达成和解协议',
  agency_corrected: '化解成功：行政机关自行纠正',
  judicial_confirmation: '化解成功：调解协议经司法确认',
  transferred_to_filing: '化解不成：转立案',
  terminated: '终止化解',
};

const SUMMARY: Record<Outcome, readonly string[]> = {
  withdrawn: [
    '经中心组织调查和协调，{r}就{issue}问题向申请人作出详细说明，双方形成共识：{remedy}。{a}表示理解，自愿撤回化解申请{court}，争议实质性化解。',
  ],
  settlement: [
    '经中心主持调解，{a}与{r}自愿达成和解协议，约定：{remedy}；{a}放弃其他请求，不再就本争议提起诉讼。协议已于结案前履行完毕。',
  ],
  agency_corrected: [
    '经中心释法说理和案情研判，{r}认识到原行政行为在{issue}方面存在瑕疵，决定{correction}。{a}对处理结果表示认可，争议化解。',
  ],
  judicial_confirmation: [
    '{a}与{r}在中心主持下达成调解协议，约定：{remedy}。双方共同向{courtName}申请司法确认，法院已裁定确认协议有效，具有强制执行效力。',
  ],
  transferred_to_filing: [
    '中心先后组织多次协调，双方就{issue}分歧较大，{a}坚持原请求，未能达成一致，化解不成。中心于{closedOn}出具化解不成告知书，依规在5日内移送{courtName}立案。',
  ],
  terminated: [
    '化解过程中{a}明确表示不同意继续调解，中心依规终止化解程序，告知其可依法通过行政复议或行政诉讼主张权利，并将情况反馈{r}。',
    '{a}无正当理由两次未参加化解会且无法取得联系，中心依规终止化解程序，并将情况书面反馈{r}。',
  ],
};

const BASIS: Record<Outcome, string> = {
  withdrawn: '撤回化解申请书',
  settlement: '《中华人民共和国行政诉讼法》第六十条；和解协议书',
  agency_corrected: '行政机关自行纠正决定书',
  judicial_confirmation: '调解协议书；司法确认裁定书',
  transferred_to_filing: '化解不成告知书；转立案移送函',
  terminated: '终止化解告知书',
};

export interface OutcomeVars {
  a: string;
  r: string;
  issue: string;
  remedy: string;
  correction: string;
  courtName: string;
  closedOn: string;
  /** True when the case came from a court: a withdrawal then also withdraws the lawsuit. */
  fromCourt: boolean;
}

export function outcomeText(outcome: Outcome, variant: number, vars: OutcomeVars): { summary: string; basis: string } {
  const options = SUMMARY[outcome];
  const template = options[variant % options.length]!;
  return {
    summary: fill(template, {
      a: vars.a,
      r: vars.r,
      issue: vars.issue,
      remedy: vars.remedy,
      correction: vars.correction,
      courtName: vars.courtName,
      closedOn: vars.closedOn,
      court: vars.fromCourt ? '，并向法院申请撤回起诉' : '',
    }),
    basis: BASIS[outcome],
  };
}

export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
