import fs from 'node:fs';
import path from 'node:path';
import { fixedClock } from '../../electron/core/clock';
import { openCore, type Core } from '../../electron/core/core';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { createRandom, type Random } from '../../electron/core/demo/random';
import { SCENARIOS, formatYuan, type Scenario } from '../../electron/core/demo/scenarios';
import { syncSearchIndex } from '../../electron/core/search/search-index';
import { insertOperator } from '../../electron/core/services/operators';
import { newSession } from '../../electron/core/session';
import { completeSetup, defaultOperator } from '../../electron/core/services/setup';

/**
 * A synthetic center a decade into using the app: 20,000 cases, 400,000 activities, 300 agencies,
 * their parties, agencies, clocks, tasks and meetings, in a temp FILE database (WAL, FULL sync, as
 * the app runs). Text comes from the demo's case patterns and activity phrasing, so a two-character
 * word such as 征收 hits a realistic share of cases (its category's), not all or none.
 *
 * Generated once and cached under node_modules/.cache/adr-bench/, keyed by SYNTHETIC_VERSION and
 * the schema version: bump SYNTHETIC_VERSION when the generator changes.
 */
export const SYNTHETIC_VERSION = 4;
export const BENCH_NOW = '2026-11-27T02:00:00.000Z';
export const BENCH_TODAY = '2026-11-27';

export const SIZES = {
  cases: 20_000,
  activities: 400_000,
  agencies: 300,
  coordinators: 12,
  tasks: 5_000,
  meetings: 600,
  hearings: 4_000,
  suggestions: 400,
  attendance: 300,
};
/** The case with exactly this many activities, for the "open one case" measurement. */
export const BIG_CASE_ACTIVITIES = 100;
export const BIG_CASE_NUMBER = '行化〔2026〕1号';

export interface SyntheticStats {
  file: string;
  cached: boolean;
  /** Rows written with every trigger firing (change_seq stamps, search queue). */
  insertMs: number;
  /** Building the search documents of every case (syncSearchIndex after the load). */
  indexMs: number;
  bytes: number;
  rows: Record<string, number>;
}

function cacheFile(): string {
  const dir = path.resolve(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'adr-bench');
  return path.join(dir, `cases-v${SYNTHETIC_VERSION}-schema${LATEST_SCHEMA_VERSION}.sqlite3`);
}

export async function openBenchCore(file: string): Promise<Core> {
  return openCore({ databaseFile: file, dataDir: path.dirname(file), appVersion: '0.0.0-bench', mode: 'test', clock: fixedClock(BENCH_NOW) });
}

/** Opens the cached synthetic database, generating it first when missing. */
export async function syntheticDatabase(): Promise<{ core: Core; stats: SyntheticStats }> {
  const file = cacheFile();
  const statsFile = `${file}.json`;
  if (fs.existsSync(file) && fs.existsSync(statsFile)) {
    const stats = { ...(JSON.parse(fs.readFileSync(statsFile, 'utf8')) as SyntheticStats), cached: true };
    return { core: await openBenchCore(file), stats };
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Older generations are half a gigabyte each: keep only the current one.
  for (const stale of fs.readdirSync(path.dirname(file))) {
    if (stale.startsWith('cases-v')) fs.rmSync(path.join(path.dirname(file), stale), { force: true });
  }
  const temp = `${file}.tmp-${process.pid}`;
  for (const f of [temp, `${temp}-wal`, `${temp}-shm`]) fs.rmSync(f, { force: true });
  const core = await openBenchCore(temp);
  const stats = generate(core);
  core.close();
  fs.renameSync(temp, file);
  const final = { ...stats, file, bytes: fs.statSync(file).size };
  fs.writeFileSync(statsFile, JSON.stringify(final, null, 2));
  return { core: await openBenchCore(file), stats: { ...final, cached: false } };
}

const DISTRICTS = ['秦皇岛市', '海港区', '山海关区', '北戴河区', '抚宁区', '昌黎县', '卢龙县', '青龙满族自治县'];
const DEPARTMENTS = [
  '人民政府', '自然资源和规划局', '住房和城乡建设局', '人力资源和社会保障局', '市场监督管理局', '生态环境局', '公安局',
  '城市管理综合行政执法局', '交通运输局', '司法局', '农业农村局', '应急管理局', '卫生健康委员会', '教育局', '民政局',
  '医疗保障局', '水务局', '文化广电和旅游局', '商务局', '退役军人事务局', '林业局', '行政审批局', '不动产登记中心',
  '社会保险事业服务中心', '房屋征收管理办公室', '审计局', '统计局',
];
const STREETS = ['文化路', '海滨路', '建设大街', '西港镇', '东港镇', '白塔岭', '港城大街', '河东', '燕山大街', '北环路', '石门寨镇', '驻操营镇', '留守营镇'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许沈曾彭吕苏卢蒋蔡贾丁魏薛叶闫潘杜戴夏田任姜范方石姚谭邹金陆郝孔白崔康毛邱秦史顾侯孟段雷钱尹常武乔贺齐关庞牛';
const GIVEN = '建国志明永海军伟强东文振德立春福宏学广庆长金良树宝成俊峰鹏涛斌刚勇磊浩宇晨凯兴忠胜恒瑞泽秀丽娟敏静芳燕玲红霞淑慧桂英兰萍雪琳婷颖欣悦雅佳晓月梅华凤宁琪';
const BRANDS = ['澄屿', '沐川', '禾岳', '岚泉', '泓璟', '渤港', '燕桥', '瀚鼎', '汇湾', '嘉晟', '溪峪', '北原', '临港', '衡川'];
const TRADES = ['食品有限公司', '建材有限公司', '玻璃制品有限公司', '房地产开发有限公司', '物流有限公司', '机械制造有限公司', '商贸有限公司', '环保科技有限公司', '水产养殖有限公司', '酒店管理有限公司'];
const NOTES = [
  '申请人多次到中心来访，情绪较为激动，需重点关注',
  '涉及群体性诉求，已报告中心负责人',
  '法院已暂缓立案，等待化解结果',
  '申请人委托律师代理，联系时通过代理人',
  '需协调鉴定机构补充评估，可能申请中止计时',
  '相关单位答复意见已收到，待研究',
];

const SOURCES = ['court_delegated', 'court_entrusted', 'invited', 'admin_review', 'petition', 'party_application', 'agency_referral'] as const;
const SOURCE_WEIGHTS = [30, 15, 5, 15, 15, 15, 5];
const OUTCOMES = ['withdrawn', 'settlement', 'agency_corrected', 'judicial_confirmation', 'transferred_to_filing', 'terminated'] as const;
const OUTCOME_WEIGHTS = [25, 30, 10, 10, 20, 5];

const ACTIVITY_TEXT: readonly { stage: 'intake' | 'pre' | 'during' | 'post'; description: string; result: string }[] = [
  { stage: 'intake', description: '接收案件材料，登记并建立案件档案', result: '已登记，材料齐全' },
  { stage: 'intake', description: '审查申请材料及争议性质。争议焦点：{focus}', result: '决定受理，指定协调员，{r}配合' },
  { stage: 'pre', description: '赴{site}实地查看，向{a}了解争议经过，拍摄现场照片', result: '形成调查笔录，现场情况与申请材料基本一致' },
  { stage: 'pre', description: '到{r}调阅案卷材料，听取经办人员关于{issue}的情况介绍', result: '复印主要证据材料，梳理出行政行为作出过程' },
  { stage: 'pre', description: '走访{site}周边群众及村（居）委会，核实相关事实', result: '取得证人证言二份，核实了争议发生的背景' },
  { stage: 'pre', description: '组织案情分析研判，梳理争议焦点，评估化解可能性和风险点', result: '认为具备化解条件，确定以{issue}为化解重点' },
  { stage: 'pre', description: '制定化解方案，确定化解步骤和时间节点，拟定初步化解意见：{remedy}', result: '化解方案经中心负责人审定' },
  { stage: 'during', description: '分别听取{a}和{r}的意见，核实双方分歧点', result: '双方分歧集中在{issue}' },
  { stage: 'during', description: '向{a}讲解相关法律法规和政策规定，说明{issue}的认定标准及各种救济途径的风险和成本', result: '申请人对相关规定有了进一步了解' },
  { stage: 'during', description: '{a}情绪激动，协调员耐心倾听诉求，进行情绪疏导，帮助其理性表达', result: '申请人情绪趋于平稳，同意继续协商' },
  { stage: 'during', description: '召开协调会，{r}相关负责人参加，通报调查情况，研究{issue}的解决路径', result: '明确由{r}会同相关单位提出具体处理意见' },
  { stage: 'during', description: '召开化解会，{a}与{r}代表到会，协调员主持，就{issue}逐项协商', result: '双方各自陈述意见，约定下次会议前补充材料' },
  { stage: 'during', description: '向双方提出化解意见建议：{remedy}', result: '双方表示原则同意，回去研究后答复' },
  { stage: 'during', description: '电话联系{r}经办人，催办协调事项答复', result: '对方表示本周内书面答复' },
  { stage: 'post', description: '上门回访{a}，了解协议履行及生产生活情况', result: '{r}已按约履行，申请人表示满意，未再提出新的诉求' },
  { stage: 'post', description: '对本案化解过程进行总结，整理案件材料并立卷归档', result: '形成化解工作总结' },
  { stage: 'post', description: '向{r}书面反馈化解结果，并就规范执法提出意见建议', result: '已书面反馈' },
];

function weighted<T>(rnd: Random, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rnd.next() * total;
  for (let i = 0; i < items.length; i += 1) {
    x -= weights[i]!;
    if (x < 0) return items[i]!;
  }
  return items.at(-1)!;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

/** Activities per case summing to exactly SIZES.activities, the first case holding BIG_CASE_ACTIVITIES. */
function activityCounts(rnd: Random): number[] {
  const counts = Array.from({ length: SIZES.cases }, (_, i) => (i === 0 ? BIG_CASE_ACTIVITIES : rnd.int(4, 36)));
  let diff = SIZES.activities - counts.reduce((a, b) => a + b, 0);
  while (diff !== 0) {
    const i = rnd.int(1, SIZES.cases - 1);
    const step = diff > 0 ? 1 : -1;
    if (counts[i]! + step < 3 || counts[i]! + step > 60) continue;
    counts[i]! += step;
    diff -= step;
  }
  return counts;
}

/**
 * Generates into a fresh file without caching it. `withoutSearchTriggers` drops the search
 * queue's triggers first, to measure what they add to a bulk load.
 */
export async function generateUncached(file: string, options: { withoutSearchTriggers?: boolean } = {}): Promise<SyntheticStats> {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const core = await openBenchCore(file);
  if (options.withoutSearchTriggers) {
    for (const t of ['cases', 'parties', 'activities']) {
      for (const op of ['insert', 'update', 'delete']) core.sqlite.exec(`DROP TRIGGER ${t}_search_${op}`);
    }
  }
  const stats = generate(core);
  core.close();
  return { ...stats, file, cached: false, bytes: fs.statSync(file).size };
}

function generate(core: Core): Omit<SyntheticStats, 'file' | 'cached' | 'bytes'> {
  const rnd = createRandom(0xbe7c_2026);
  const session = newSession();
  completeSetup(core, session, {
    centerName: '秦皇岛市行政争议化解中心',
    level: 'city',
    courtName: '秦皇岛市中级人民法院',
    operatorName: '张协调',
    operatorRole: 'administrator',
  });
  const admin = defaultOperator(core)!;
  const db = core.sqlite;
  const now = BENCH_NOW;
  let seq = 0;
  // Time-ordered, unique, deterministic ids (uuid-like width, so index sizes are realistic).
  const newId = () => `0190${(seq++).toString(16).padStart(12, '0')}-7000-8000-${rnd.int(0, 0xffffff).toString(16).padStart(12, '0')}`;

  const started = performance.now();
  const rows: Record<string, number> = {};
  const count = (t: string) => (rows[t] = (rows[t] ?? 0) + 1);
  db.transaction(() => {
    const coordinators = [admin.id, ...Array.from({ length: SIZES.coordinators - 1 }, (_, i) => insertOperator(core, `协调员${i + 1}`, 'coordinator').id)];
    const categories = db.prepare('SELECT id, name FROM dispute_categories ORDER BY sort').all() as { id: string; name: string }[];

    const agency = db.prepare('INSERT INTO agencies (id, name, short_name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    const agencies: { id: string; name: string }[] = [];
    const names = new Set<string>();
    for (const d of DISTRICTS) for (const dep of DEPARTMENTS) names.add(`${d}${dep}`);
    for (const d of DISTRICTS.slice(1)) for (const s of STREETS) names.add(`${d}${s}街道办事处`);
    for (const name of [...names].slice(0, SIZES.agencies)) {
      const id = newId();
      agency.run(id, name, name.replace('秦皇岛市', '市'), name.endsWith('人民政府') ? 'district_government' : 'department', now, now);
      agencies.push({ id, name });
      count('agencies');
    }

    const insertCase = db.prepare(`INSERT INTO cases (id, case_number, court_number, title, source, category_id, complexity, stage, status,
      coordinator_id, dispute_focus, claims, amount_cents, received_on, accepted_on, closed_on, outcome, notes, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertParty = db.prepare(`INSERT INTO parties (id, case_id, role, kind, name, id_type, id_number, phone, address, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertCaseAgency = db.prepare('INSERT INTO case_agencies (id, case_id, agency_id, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    const insertActivity = db.prepare(`INSERT INTO activities (id, case_id, stage, occurred_at, place, description, result, operator_id, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertClock = db.prepare(`INSERT INTO clocks (id, case_id, kind, trigger_on, limit_days, due_on, status, completed_on, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertTask = db.prepare(`INSERT INTO coordination_tasks (id, case_id, agency_id, request, sent_on, due_on, status, reply_text, replied_on, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);

    const counts = activityCounts(rnd);
    const yearSeq = new Map<number, number>();
    const firstDay = Date.parse('2019-01-01T00:00:00.000Z');
    const span = Math.floor((Date.parse(`${BENCH_TODAY}T00:00:00.000Z`) - firstDay) / 86_400_000);
    // Received dates ascending, so case numbers run in order within a year; the big case is the newest.
    const received = Array.from({ length: SIZES.cases }, () => rnd.int(0, span - 1)).sort((a, b) => a - b);
    const cases: { id: string; received: string; respondent: string }[] = [];
    for (let i = 0; i < SIZES.cases; i += 1) {
      const big = i === 0;
      const receivedOn = big ? addDays(BENCH_TODAY, -80) : addDays('2019-01-01', received[i]!);
      const year = Number(receivedOn.slice(0, 4));
      const n = (yearSeq.get(year) ?? 0) + 1;
      yearSeq.set(year, n);
      const caseNumber = big ? BIG_CASE_NUMBER : `行化〔${year}〕${n + (year === 2026 ? 1 : 0)}号`;
      const category = rnd.pick(categories);
      const scenario: Scenario = rnd.pick(SCENARIOS[category.name] ?? SCENARIOS['其他']!);
      const source = weighted(rnd, SOURCES, SOURCE_WEIGHTS);
      const fromCourt = source === 'court_delegated' || source === 'court_entrusted';
      const courtNumber = fromCourt ? `（${year}）冀03${source === 'court_delegated' ? '行诉前调' : '行初'}${i + 1}号` : null;
      const age = Math.floor((Date.parse(`${BENCH_TODAY}T00:00:00.000Z`) - Date.parse(`${receivedOn}T00:00:00.000Z`)) / 86_400_000);
      const closed = !big && (age > 150 ? rnd.chance(0.97) : age > 45 ? rnd.chance(0.5) : false);
      const stage = closed ? 'closed' : big ? 'during' : age < 5 ? 'intake' : weighted(rnd, ['pre', 'during', 'post'] as const, [35, 45, 20]);
      const closedOn = closed ? addDays(receivedOn, Math.min(age - 1, rnd.int(10, 120))) : null;
      const outcome = closed ? weighted(rnd, OUTCOMES, OUTCOME_WEIGHTS) : null;
      const respondent = rnd.pick(agencies);
      const applicantCount = scenario.applicant === 'organisation' ? 1 : rnd.int(scenario.applicants?.[0] ?? 1, scenario.applicants?.[1] ?? 1);
      const applicants = Array.from({ length: applicantCount }, () =>
        scenario.applicant === 'organisation'
          ? `秦皇岛${rnd.pick(BRANDS)}${rnd.pick(TRADES)}`
          : rnd.pick([...SURNAMES]) + rnd.pick([...GIVEN]) + (rnd.chance(0.7) ? rnd.pick([...GIVEN]) : ''),
      );
      const label = applicants.length > 1 ? `${applicants[0]}等${applicants.length}人` : applicants[0]!;
      const amount = scenario.amount ? rnd.int(scenario.amount[0], scenario.amount[1]) : null;
      const vars = {
        a: label,
        r: respondent.name,
        issue: scenario.issue,
        site: scenario.site,
        focus: scenario.focus,
        remedy: fill(scenario.remedy, { agreed: amount ? formatYuan(Math.round(amount * 0.6)) : '' }),
        amount: amount ? formatYuan(amount) : '',
      };
      const id = newId();
      insertCase.run(
        id, caseNumber, courtNumber, fill(scenario.title, vars), source, category.id,
        rnd.chance(scenario.complexOdds) ? 'complex' : 'simple', stage, closed ? 'closed' : 'open',
        rnd.pick(coordinators), scenario.focus, fill(scenario.claims, vars), amount === null ? null : amount * 100,
        receivedOn, addDays(receivedOn, 3), closedOn, outcome, rnd.chance(0.2) ? rnd.pick(NOTES) : null,
        `${receivedOn}T01:00:00.000Z`, `${closedOn ?? receivedOn}T09:00:00.000Z`,
      );
      count('cases');
      cases.push({ id, received: receivedOn, respondent: respondent.id });
      applicants.forEach((name, k) => {
        const org = scenario.applicant === 'organisation';
        insertParty.run(newId(), id, 'applicant', org ? 'organisation' : 'person', name, org ? 'uscc' : 'resident_id', null, null, null, `${receivedOn}T01:0${k}:00.000Z`, now);
        count('parties');
      });
      if (rnd.chance(0.3)) {
        insertParty.run(newId(), id, 'representative', 'person', `${rnd.pick([...SURNAMES])}${rnd.pick([...GIVEN])}律师`, null, null, null, null, `${receivedOn}T01:09:00.000Z`, now);
        count('parties');
      }
      insertCaseAgency.run(newId(), id, respondent.id, 'respondent', now, now);
      count('case_agencies');
      for (const role of ['lead', 'supporting', 'related'] as const) {
        if (!rnd.chance(0.35)) continue;
        const other = rnd.pick(agencies);
        if (other.id === respondent.id) continue;
        insertCaseAgency.run(newId(), id, other.id, role, now, now);
        count('case_agencies');
      }
      // Activities spread over the case's life so far, in stage order.
      const end = closedOn ?? BENCH_TODAY;
      const life = Math.max(1, Math.floor((Date.parse(`${end}T00:00:00.000Z`) - Date.parse(`${receivedOn}T00:00:00.000Z`)) / 86_400_000));
      const stages = ['intake', 'pre', 'during', 'post'];
      const reached = stage === 'closed' ? 3 : stages.indexOf(stage);
      const pool = ACTIVITY_TEXT.filter((t) => stages.indexOf(t.stage) <= reached);
      const k = counts[i]!;
      for (let j = 0; j < k; j += 1) {
        const text = j < 2 ? ACTIVITY_TEXT[j]! : rnd.pick(pool);
        const day = addDays(receivedOn, Math.floor((life * j) / k));
        insertActivity.run(
          newId(), id, text.stage, `${day}T0${1 + (j % 8)}:30:00.000Z`, '中心办公室',
          fill(text.description, vars), fill(text.result, vars), admin.id, now, now,
        );
        count('activities');
      }
      // Clocks: resolution (open while the case is, so some run late), follow-up, transfer.
      const trigger = addDays(receivedOn, 3);
      const limit = rnd.chance(0.3) ? 60 : 30;
      const due = addDays(trigger, limit);
      const resolvedOn = closedOn ?? null;
      insertClock.run(newId(), id, 'resolution', trigger, limit, due, resolvedOn ? (resolvedOn <= due ? 'met' : 'missed') : 'open', resolvedOn, now, now);
      count('clocks');
      if (stage === 'post' || (closed && rnd.chance(0.5))) {
        const from = closedOn ?? addDays(receivedOn, Math.floor(life / 2));
        const visitDue = addDays(from, 30);
        const done = visitDue < BENCH_TODAY && rnd.chance(0.9);
        insertClock.run(newId(), id, 'follow_up_visit', from, 30, visitDue, done ? 'met' : 'open', done ? visitDue : null, now, now);
        count('clocks');
      }
      if (outcome === 'transferred_to_filing') {
        insertClock.run(newId(), id, 'transfer_to_filing', closedOn, 5, addDays(closedOn!, 5), 'met', addDays(closedOn!, 2), now, now);
        count('clocks');
      }
    }
    for (let t = 0; t < SIZES.tasks; t += 1) {
      const c = cases[rnd.int(0, cases.length - 1)]!;
      const sent = addDays(c.received, rnd.int(5, 20));
      const status = sent < addDays(BENCH_TODAY, -60) ? 'closed' : weighted(rnd, ['sent', 'acknowledged', 'answered', 'closed'] as const, [30, 30, 20, 20]);
      const replied = status === 'answered' || status === 'closed' ? addDays(sent, rnd.int(2, 20)) : null;
      insertTask.run(newId(), c.id, c.respondent, '请就申请人提出的补偿标准问题提出书面处理意见', sent, addDays(sent, 10), status, replied ? '已书面答复' : null, replied, now, now);
      count('coordination_tasks');
    }
    // Linkage records: head appearances at hearings, judicial suggestions, hearing attendance.
    const insertHearing = db.prepare(`INSERT INTO court_hearings (id, case_id, court_number, agency_id, held_on, appeared_name, appeared_title, head_appeared, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (let h = 0; h < SIZES.hearings; h += 1) {
      const c = cases[rnd.int(0, cases.length - 1)]!;
      const head = rnd.chance(0.68);
      const held = addDays(c.received, rnd.int(20, 200));
      const who = head ? '局长' : '法律顾问';
      insertHearing.run(newId(), c.id, `（${c.received.slice(0, 4)}）冀03行初${h + 1}号`, c.respondent, held > BENCH_TODAY ? BENCH_TODAY : held, who, who, head ? 1 : 0, now, now);
      count('court_hearings');
    }
    const insertSuggestion = db.prepare(`INSERT INTO judicial_suggestions (id, reference, agency_id, received_on, content, reply_due_on, feedback, feedback_on, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (let s = 0; s < SIZES.suggestions; s += 1) {
      const received = addDays(BENCH_TODAY, -rnd.int(1, 1500));
      const answered = rnd.chance(0.8) && addDays(received, 40) < BENCH_TODAY;
      insertSuggestion.run(newId(), `司法建议〔${received.slice(0, 4)}〕${s + 1}号`, rnd.pick(agencies).id, received, '建议规范征收补偿程序', addDays(received, 60),
        answered ? '已整改' : null, answered ? addDays(received, 40) : null, now, now);
      count('judicial_suggestions');
    }
    const insertAttendance = db.prepare('INSERT INTO hearing_attendance (id, agency_id, attended_on, court_number, attendees, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (let a = 0; a < SIZES.attendance; a += 1) {
      insertAttendance.run(newId(), rnd.pick(agencies).id, addDays(BENCH_TODAY, -rnd.int(1, 1500)), null, '法制科工作人员', now, now);
      count('hearing_attendance');
    }
    const insertMeeting = db.prepare(`INSERT INTO meetings (id, kind, title, starts_at, ends_at, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    for (let m = 0; m < SIZES.meetings; m += 1) {
      const day = addDays(BENCH_TODAY, rnd.int(-2000, 30));
      insertMeeting.run(newId(), 'coordination', `第${m + 1}次协调会`, `${day}T01:00:00.000Z`, `${day}T03:00:00.000Z`, day < BENCH_TODAY ? 'held' : 'scheduled', now, now);
      count('meetings');
    }
  })();
  const insertMs = performance.now() - started;
  const indexStarted = performance.now();
  syncSearchIndex(core);
  const indexMs = performance.now() - indexStarted;
  db.pragma('optimize');
  return { insertMs: Math.round(insertMs), indexMs: Math.round(indexMs), rows };
}
