import type { Outcome } from '../db/schema';
import { headOf, liaisonOf, type AgencyRef } from './agencies';
import type { ActivityPlan, CasePlan } from './case-plan';
import { fill, type DemoContext } from './context';

/** What an activity row says: where, who, what was done and what came of it. */
export interface ActivityText {
  place: string;
  participants: { kind: 'staff' | 'agency_contact' | 'party'; refId?: string; name: string }[];
  description: string;
  result: string;
}

const FAILED: readonly Outcome[] = ['transferred_to_filing', 'terminated'];

const SOURCE_REGISTER: Record<CasePlan['source'], string> = {
  court_delegated: '接收{court}诉前委派的行政争议案件材料，登记并建立案件档案',
  court_entrusted: '接收{court}诉中委托调解函及起诉状副本，登记并建立案件档案',
  invited: '应{court}邀请参与化解，接收案件材料并登记',
  admin_review: '接收市人民政府行政复议机构转来的复议申请材料（已征得申请人同意），登记并建立案件档案',
  petition: '接收市信访局转办的信访事项材料，登记并建立案件档案',
  party_application: '{a}到中心窗口提交化解申请书及证据材料，现场登记',
  agency_referral: '接收{r}移送的争议材料，登记并建立案件档案',
};

const INVESTIGATE = [
  { description: '赴{site}实地查看，向{a}了解争议经过，拍摄现场照片', result: '形成调查笔录，现场情况与申请材料基本一致' },
  { description: '到{r}调阅案卷材料，听取经办人员关于{issue}的情况介绍', result: '复印主要证据材料，梳理出行政行为作出过程' },
  { description: '走访{site}周边群众及村（居）委会，核实相关事实', result: '取得证人证言二份，核实了争议发生的背景' },
];

export function activityText(
  ctx: DemoContext,
  plan: CasePlan,
  activity: ActivityPlan,
  meta: { firstOfCode: boolean; lastOfStage: boolean },
): ActivityText {
  const { rnd, operator } = ctx;
  const staff = { kind: 'staff' as const, refId: operator.id, name: operator.name };
  const applicants = plan.parties.filter((p) => p.role === 'applicant');
  const partyRefs = plan.parties.map((p) => ({ kind: 'party' as const, refId: p.id, name: p.name }));
  const contact = (agency: AgencyRef | undefined, head = false) => {
    const c = agency && (head ? headOf(agency) : liaisonOf(agency));
    return c ? [{ kind: 'agency_contact' as const, refId: c.id, name: c.name }] : [];
  };
  const lead = plan.roles.find((r) => r.role === 'lead')?.agency;
  const failed = plan.outcome !== null && FAILED.includes(plan.outcome);
  const vars = {
    a: plan.applicantLabel,
    r: plan.respondent.ref,
    lead: lead?.ref ?? plan.respondent.ref,
    court: plan.court.ref,
    issue: plan.scenario.issue,
    focus: plan.focus,
    site: plan.scenario.site,
    remedy: plan.remedy,
    op: operator.name,
  };
  const text = (description: string, result: string, place: string, participants: ActivityText['participants']): ActivityText => ({
    place,
    participants,
    description: fill(description, vars),
    result: fill(result, vars),
  });

  switch (activity.code) {
    case 'register':
      return text(
        SOURCE_REGISTER[plan.source],
        plan.source === 'party_application' ? '已登记，告知申请人三个工作日内作出是否受理的决定' : '已登记，材料齐全',
        '中心接待窗口',
        plan.source === 'party_application' ? [staff, ...partyRefs] : [staff],
      );
    case 'acceptance_review': {
      const mediable =
        plan.scenario.flags.length > 0
          ? '争议涉及行政赔偿、补偿或行政机关行使自由裁量权，依法可以调解'
          : '争议不属于《行政诉讼法》第六十条规定的可调解情形，已向申请人释明，申请人仍同意通过协调方式化解';
      return text(
        `审查申请材料及争议性质。争议焦点：{focus}。${mediable}`,
        lead ? '决定受理，指定{op}为协调员，{lead}牵头配合' : '决定受理，指定{op}为协调员',
        '中心办公室',
        [staff],
      );
    }
    case 'investigate': {
      const pick = meta.firstOfCode ? INVESTIGATE[0]! : rnd.pick(INVESTIGATE.slice(1));
      const atAgency = pick.description.startsWith('到{r}');
      return text(
        pick.description,
        pick.result,
        atAgency ? plan.respondent.name : plan.scenario.site,
        atAgency ? [staff, ...contact(plan.respondent)] : [staff, ...partyRefs.slice(0, 1)],
      );
    }
    case 'analyse':
      return text(
        '组织案情分析研判，梳理争议焦点（{focus}），评估化解可能性和风险点',
        plan.scenario.flags.length > 0 ? '认为具备化解条件，确定以{issue}为化解重点' : '认为化解难度较大，建议以释法说理为主、兼顾实际困难',
        '中心会议室',
        [staff, ...contact(lead), ...contact(plan.respondent)],
      );
    case 'plan':
      return text(
        '制定化解方案：明确{lead}牵头、相关单位配合，确定化解步骤和时间节点，拟定初步化解意见：{remedy}',
        '化解方案经中心负责人审定',
        '中心办公室',
        [staff],
      );
    case 'hear_parties':
      return text(
        '分别听取{a}和{r}的意见，核实双方分歧点',
        '双方分歧集中在{issue}',
        '第二调解室',
        [staff, ...partyRefs, ...contact(plan.respondent)],
      );
    case 'explain_law':
      return text(
        '向{a}讲解相关法律法规和政策规定，说明{issue}的认定标准及各种救济途径的风险和成本',
        '申请人对相关规定有了进一步了解',
        '第二调解室',
        [staff, ...partyRefs.slice(0, 1)],
      );
    case 'emotional_support':
      return text(
        '{a}情绪激动，协调员耐心倾听诉求，进行情绪疏导，帮助其理性表达',
        '申请人情绪趋于平稳，同意继续协商',
        '第一调解室',
        [staff, ...partyRefs.slice(0, 1)],
      );
    case 'meeting': {
      if (meta.firstOfCode && plan.complexity === 'complex' && !meta.lastOfStage) {
        const agencies = [plan.respondent, ...plan.roles.map((r) => r.agency)].map((a) => a.ref).join('、');
        return text(
          `召开协调会，${agencies}相关负责人参加，通报调查情况，研究{issue}的解决路径`,
          '明确由{lead}会同相关单位提出具体处理意见',
          '中心会议室',
          [staff, ...contact(plan.respondent, true), ...contact(lead)],
        );
      }
      let result = '双方各自陈述意见，约定下次会议前补充材料';
      if (meta.lastOfStage) {
        if (failed) {
          result = plan.outcome === 'terminated' ? '申请人明确表示不同意继续调解' : '双方分歧较大，未能达成一致';
        } else if (plan.outcome === 'withdrawn') {
          result = '申请人接受处理意见，表示将撤回申请';
        } else if (plan.outcome === 'agency_corrected') {
          result = '{r}表示将自行纠正原行政行为';
        } else {
          result = '双方达成一致意见，当场签订协议';
        }
      }
      return text(
        '召开化解会，{a}与{r}代表到会，协调员主持，就{issue}逐项协商',
        result,
        '第一调解室',
        [staff, ...partyRefs, ...contact(plan.respondent)],
      );
    }
    case 'proposal':
      return text(
        '向双方提出化解意见建议：{remedy}',
        failed && meta.lastOfStage ? '申请人不接受化解建议' : '双方表示原则同意，回去研究后答复',
        '第一调解室',
        [staff, ...partyRefs.slice(0, 1), ...contact(plan.respondent)],
      );
    case 'follow_up_visit': {
      const first = applicants[0]!;
      return text(
        '上门回访{a}，了解协议履行及生产生活情况',
        '{r}已按约履行，申请人表示满意，未再提出新的诉求',
        first.address,
        [staff, ...partyRefs.slice(0, 1)],
      );
    }
    case 'summary':
      return text('对本案化解过程进行总结，整理案件材料并立卷归档', '形成化解工作总结', '中心办公室', [staff]);
    case 'feedback':
      return text(
        plan.courtNumber ? '向{r}和{court}书面反馈化解结果' : '向{r}书面反馈化解结果，并就规范执法提出意见建议',
        '已书面反馈',
        '中心办公室',
        [staff],
      );
    case 'close':
      if (plan.outcome === 'transferred_to_filing') {
        return text('化解不成，出具化解不成告知书，办理转立案手续', '已移送{court}立案', '中心办公室', [staff]);
      }
      if (plan.outcome === 'terminated') {
        return text('终止化解程序，书面告知申请人救济途径', '化解终止', '中心办公室', [staff]);
      }
      return text('经审核，案件符合结案条件，办理结案手续', '结案', '中心办公室', [staff]);
    default:
      return text('办理案件事项', '已完成', '中心办公室', [staff]);
  }
}
