/**
 * Anonymising a case for publicity (典型案例), the way published Chinese case reports do it:
 * a person becomes surname + 某 (王建国 → 王某; two 王 among the parties → 王某甲, 王某乙), an
 * organisation keeps its trade and legal form but loses its distinctive name (秦皇岛澄屿食品有限公司
 * → 某食品有限公司), and identity numbers, phone numbers and addresses disappear. Agencies are
 * public bodies and keep their names.
 *
 * Names are replaced from the case's own party list, not guessed from the text: the party list
 * is what we know to be personal, and a text model would both miss names and mangle words.
 */

export interface PartyIdentity {
  kind: 'person' | 'organisation';
  name: string;
  idNumber?: string | null;
  phone?: string | null;
  address?: string | null;
}

/**
 * Two-character surnames (复姓) still in use, so 欧阳明 becomes 欧阳某, not 欧某. A single-character
 * surname whose name happens to start with one of these pairs is rare enough to accept.
 */
const COMPOUND_SURNAMES = new Set(
  (
    '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 司空 夏侯 轩辕 令狐 钟离 闻人 赫连 澹台 南宫 ' +
    '西门 独孤 端木 申屠 百里 呼延 万俟 太史 濮阳 淳于 单于 公冶 拓跋 第五 左丘 东郭 梁丘 羊舌 亓官 仲孙 ' +
    '鲜于 闾丘 子车 颛孙 巫马 公西 漆雕 乐正 壤驷 公良 谷梁 宰父 夹谷 段干 东门 公羊 微生 司寇 公良 完颜 ' +
    '爱新觉罗 叶赫那拉'
  ).split(' '),
);

/** Telling apart parties whose anonymised names would be the same: 甲, 乙, 丙 … then 11, 12 … */
const ORDINALS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

function ordinal(i: number): string {
  return ORDINALS[i] ?? String(i + 1);
}

const HAN = /^\p{Script=Han}/u;

/** The surname of a Chinese name (复姓 and Manchu clan names included); null for other scripts. */
export function surnameOf(name: string): string | null {
  const flat = name.replace(/\s+/g, '');
  if (!HAN.test(flat)) return null;
  for (const length of [4, 2]) {
    const head = [...flat].slice(0, length).join('');
    if (COMPOUND_SURNAMES.has(head) && [...flat].length > length) return head;
  }
  return [...flat][0]!;
}

/** 王建国 → 王某, 欧阳明 → 欧阳某; a name in another script → 某某 (no surname to keep). */
export function personAlias(name: string): string {
  const surname = surnameOf(name);
  return surname ? `${surname}某` : '某某';
}

/**
 * Legal forms, longest first so 股份有限公司 wins over 有限公司. What ends a name and says what
 * kind of body it is stays in the anonymised name.
 */
const FORMS = [
  '有限责任公司', '股份有限公司', '集团有限公司', '有限公司', '集团公司', '分公司', '公司',
  '专业合作社', '合作社', '合伙企业', '个人独资企业', '事务所', '工作室', '经营部', '门市部', '营业部',
  '加工厂', '养殖场', '种植场', '农场', '林场', '厂', '商店', '超市', '店', '馆', '中心',
  '医院', '卫生院', '诊所', '幼儿园', '小学', '中学', '学校', '学院',
  '村民委员会', '居民委员会', '委员会', '协会', '商会', '基金会', '研究院', '研究所', '社',
].sort((a, b) => b.length - a.length);

/**
 * Lines of business a name commonly carries between its distinctive part and its legal form
 * (行业表述). The longest that ends the name before the form is kept.
 */
const TRADES = [
  '房地产开发', '房地产经纪', '房地产', '置业', '物业管理', '物业服务', '建筑工程', '建筑安装', '建筑', '建设工程', '建设',
  '装饰工程', '装饰', '市政工程', '园林绿化', '建材', '玻璃制品', '玻璃', '钢铁', '水泥', '石材', '矿业', '能源',
  '电力', '热力', '燃气', '供水', '环保科技', '环保', '环境工程', '科技', '信息技术', '网络科技', '电子', '软件',
  '食品', '饮品', '农业科技', '农业', '畜牧', '养殖', '水产养殖', '水产', '种植', '林业', '农机', '商贸', '贸易',
  '进出口', '物流', '运输', '汽车运输', '汽车销售', '汽车服务', '汽车', '机械制造', '机械', '化工', '制药', '医药',
  '医疗器械', '纺织', '服装', '家具', '印刷', '包装', '造纸', '酒店管理', '酒店', '餐饮管理', '餐饮', '旅游',
  '文化传媒', '文化', '传媒', '广告', '教育科技', '教育咨询', '培训', '投资', '投资管理', '资产管理', '实业',
  '劳务派遣', '劳务', '人力资源', '保安服务', '家政服务', '商务服务', '咨询', '水果', '蔬菜', '五金', '建材销售',
  '律师', '会计师', '设计', '工程设计', '勘察设计', '检测', '装卸', '港口', '仓储', '冷链',
].sort((a, b) => b.length - a.length);

/** Administrative divisions a name may start with (秦皇岛市海港区…). */
const REGION_PREFIX = /^(?:[\p{Script=Han}]{2,7}?(?:省|自治区|市|自治州|地区|盟|县|区|旗)){1,3}/u;

export interface OrganisationName {
  region: string;
  /** 字号, the distinctive name: what anonymising removes. */
  brand: string;
  trade: string;
  form: string;
}

/** 秦皇岛市海港区鑫源食品有限公司 → region 秦皇岛市海港区, brand 鑫源, trade 食品, form 有限公司. */
export function splitOrganisationName(name: string): OrganisationName {
  const flat = name.replace(/\s+/g, '');
  const form = FORMS.find((f) => flat.endsWith(f) && flat.length > f.length) ?? '';
  const body = flat.slice(0, flat.length - form.length);
  // A region that would leave nothing is the name itself (市政工程公司…): then there is none.
  const prefix = REGION_PREFIX.exec(body)?.[0] ?? '';
  const region = prefix.length < body.length ? prefix : '';
  const rest = body.slice(region.length);
  const trade = TRADES.find((t) => rest.endsWith(t) && rest.length > t.length) ?? '';
  return { region, brand: rest.slice(0, rest.length - trade.length), trade, form };
}

/** 某食品有限公司; 某单位 when the name has no recognisable legal form. */
export function organisationAlias(name: string): string {
  const { trade, form } = splitOrganisationName(name);
  return form ? `某${trade}${form}` : '某单位';
}

function baseAlias(party: PartyIdentity): string {
  return party.kind === 'person' ? personAlias(party.name) : organisationAlias(party.name);
}

/** 王某 + 甲 → 王某甲; 某食品有限公司 + 甲 → 某甲食品有限公司 (as published reports write them). */
function withOrdinal(alias: string, kind: PartyIdentity['kind'], i: number): string {
  return kind === 'person' ? `${alias}${ordinal(i)}` : `某${ordinal(i)}${alias.slice(1)}`;
}

const normalise = (name: string) => name.replace(/\s+/g, '');

/**
 * Each distinct party name with its alias, in party order. Parties whose aliases would collide
 * get 甲, 乙 … in the order they are listed; the same name listed twice is one person.
 */
export function partyAliases(parties: readonly PartyIdentity[]): Map<string, string> {
  const distinct = new Map<string, PartyIdentity>();
  for (const p of parties) if (normalise(p.name) && !distinct.has(normalise(p.name))) distinct.set(normalise(p.name), p);
  const byBase = new Map<string, string[]>();
  for (const [name, p] of distinct) {
    const base = baseAlias(p);
    byBase.set(base, [...(byBase.get(base) ?? []), name]);
  }
  const aliases = new Map<string, string>();
  for (const [base, names] of byBase) {
    names.forEach((name, i) => aliases.set(name, names.length > 1 ? withOrdinal(base, distinct.get(name)!.kind, i) : base));
  }
  return aliases;
}

export const REDACTED_NUMBER = '××';
export const REDACTED_ADDRESS = '某处';

/** Numbers that identify a person whoever they belong to: resident IDs (18 or old 15 digits), mobile and fixed-line phones. */
const NUMBER_PATTERNS = [
  /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g,
  /(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])/g,
  /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g,
  /(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/g,
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface Anonymiser {
  /** The alias of a party, by its name as stored. */
  alias(name: string): string;
  /** Free text with every party name, ID number, phone and address replaced. */
  text(text: string): string;
  text(text: string | null): string | null;
}

/**
 * The anonymiser of one case. `keep` are names that must survive untouched (the agencies': a
 * party's short name must not eat part of 秦皇岛市海港区人民政府).
 *
 * In the text, each party's full name becomes its alias; an organisation's name without its
 * region (鑫源食品有限公司) and its short forms (鑫源公司, 鑫源食品) do too, and its bare brand
 * (鑫源) becomes 某. ID numbers, phones and addresses of the parties become ×× and 某处, as does
 * anything shaped like an ID or phone number. One pass with the longest match first, so 王建国
 * is not half-replaced through 王建, and a replacement is never replaced again.
 */
export function anonymiser(parties: readonly PartyIdentity[], keep: readonly string[] = []): Anonymiser {
  const aliases = partyAliases(parties);
  const replacements = new Map<string, string>();
  const protectedText = keep.join('\n');
  const add = (needle: string | null | undefined, replacement: string, optional = false) => {
    const flat = needle?.trim();
    // One character would replace that character everywhere; optional short forms that occur in a
    // name we must keep are left alone.
    if (!flat || [...flat].length < 2 || replacements.has(flat)) return;
    if (optional && protectedText.includes(flat)) return;
    replacements.set(flat, replacement);
  };
  for (const p of parties) {
    const name = normalise(p.name);
    const alias = aliases.get(name);
    if (!alias) continue;
    add(p.name.trim(), alias);
    add(name, alias);
    if (p.kind === 'organisation') {
      const { region, brand, trade, form } = splitOrganisationName(name);
      if (region) add(name.slice(region.length), alias, true);
      // Short names drop the region, which may not have ended in 市 or 区 (秦皇岛澄屿 → 澄屿).
      const brands = [brand, ...([...brand].length > 2 ? [[...brand].slice(-2).join('')] : [])];
      for (const b of brands) {
        if ([...b].length < 2) continue;
        if (form.includes('公司')) add(`${b}公司`, alias, true);
        if (trade) add(`${b}${trade}`, alias, true);
        add(b, '某', true);
      }
    }
    add(p.idNumber, REDACTED_NUMBER);
    for (const phone of (p.phone ?? '').split(/[,，、;；/\s]+/)) add(phone, REDACTED_NUMBER);
    add(p.address, REDACTED_ADDRESS);
  }
  const needles = [...replacements.keys()].sort((a, b) => b.length - a.length);
  const pattern = needles.length ? new RegExp(needles.map(escapeRegExp).join('|'), 'g') : null;

  function text(value: string): string;
  function text(value: string | null): string | null;
  function text(value: string | null): string | null {
    if (value === null) return null;
    let out = pattern ? value.replace(pattern, (m) => replacements.get(m) ?? m) : value;
    for (const re of NUMBER_PATTERNS) out = out.replace(re, REDACTED_NUMBER);
    return out;
  }
  return {
    alias: (name: string) => aliases.get(normalise(name)) ?? baseAlias({ kind: 'person', name }),
    text,
  };
}
