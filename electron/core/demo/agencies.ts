import type { AgencyKind } from '../db/schema';
import { qb } from '../db/query';
import type { DemoContext } from './context';

/**
 * The agency directory of a prefecture-level city: member units, their sub-units, the district
 * and county governments, the two courts and a mediation organisation. Agency names are public
 * institutions; every contact person is generated (see people.ts).
 */
export type AgencyKey =
  | 'sfj' | 'zrzy' | 'zjj' | 'rsj' | 'scjg' | 'sthj' | 'gaj' | 'cgj' | 'jtj'
  | 'bdc' | 'gaHg' | 'sbzx' | 'hgZs'
  | 'hg' | 'shg' | 'bdh' | 'fn' | 'cl'
  | 'zy' | 'hgfy' | 'tjw';

interface AgencySeed {
  key: AgencyKey;
  name: string;
  shortName: string;
  /** How the agency is named in a case title: 市自然资源和规划局, 海港区人民政府. */
  ref: string;
  kind: AgencyKind;
  parent?: AgencyKey;
  /** Contact titles; the first marked `head` is the agency's responsible person. */
  contacts: { title: string; head?: true }[];
}

const MEMBER_CONTACTS = (head: string, deputy: string, legal: string) => [
  { title: head, head: true as const },
  { title: deputy },
  { title: legal },
];

export const AGENCY_SEEDS: readonly AgencySeed[] = [
  { key: 'sfj', name: '秦皇岛市司法局', shortName: '市司法局', ref: '市司法局', kind: 'member_unit', contacts: MEMBER_CONTACTS('局长', '副局长', '行政复议与应诉科科长') },
  { key: 'zrzy', name: '秦皇岛市自然资源和规划局', shortName: '市自然资源和规划局', ref: '市自然资源和规划局', kind: 'member_unit', contacts: MEMBER_CONTACTS('局长', '副局长', '法制科科长') },
  { key: 'zjj', name: '秦皇岛市住房和城乡建设局', shortName: '市住建局', ref: '市住房和城乡建设局', kind: 'member_unit', contacts: MEMBER_CONTACTS('局长', '副局长', '法规科科长') },
  { key: 'rsj', name: '秦皇岛市人力资源和社会保障局', shortName: '市人社局', ref: '市人力资源和社会保障局', kind: 'member_unit', contacts: MEMBER_CONTACTS('局长', '副局长', '政策法规科科长') },
  { key: 'scjg', name: '秦皇岛市市场监督管理局', shortName: '市市场监管局', ref: '市市场监督管理局', kind: 'member_unit', contacts: MEMBER_CONTACTS('局长', '副局长', '法规科科长') },
  { key: 'sthj', name: '秦皇岛市生态环境局', shortName: '市生态环境局', ref: '市生态环境局', kind: 'member_unit', contacts: [{ title: '局长', head: true }, { title: '法规与标准科科长' }] },
  { key: 'gaj', name: '秦皇岛市公安局', shortName: '市公安局', ref: '市公安局', kind: 'member_unit', contacts: MEMBER_CONTACTS('局长', '副局长', '法制支队支队长') },
  { key: 'cgj', name: '秦皇岛市城市管理综合行政执法局', shortName: '市城管执法局', ref: '市城市管理综合行政执法局', kind: 'member_unit', contacts: MEMBER_CONTACTS('局长', '副局长', '法制科科长') },
  { key: 'jtj', name: '秦皇岛市交通运输局', shortName: '市交通运输局', ref: '市交通运输局', kind: 'member_unit', contacts: [{ title: '局长', head: true }, { title: '法制科科长' }] },
  { key: 'bdc', name: '秦皇岛市不动产登记中心', shortName: '市不动产登记中心', ref: '市不动产登记中心', kind: 'department', parent: 'zrzy', contacts: [{ title: '主任', head: true }, { title: '登记科科长' }] },
  { key: 'gaHg', name: '秦皇岛市公安局海港分局', shortName: '海港公安分局', ref: '市公安局海港分局', kind: 'department', parent: 'gaj', contacts: [{ title: '局长', head: true }, { title: '法制大队大队长' }] },
  { key: 'sbzx', name: '秦皇岛市社会保险事业服务中心', shortName: '市社保中心', ref: '市社会保险事业服务中心', kind: 'department', parent: 'rsj', contacts: [{ title: '主任', head: true }, { title: '待遇审核科科长' }] },
  { key: 'hg', name: '秦皇岛市海港区人民政府', shortName: '海港区政府', ref: '海港区人民政府', kind: 'district_government', contacts: MEMBER_CONTACTS('区长', '副区长', '区司法局局长') },
  { key: 'hgZs', name: '秦皇岛市海港区房屋征收管理办公室', shortName: '海港区征收办', ref: '海港区房屋征收管理办公室', kind: 'department', parent: 'hg', contacts: [{ title: '主任', head: true }, { title: '征收补偿科科长' }] },
  { key: 'shg', name: '秦皇岛市山海关区人民政府', shortName: '山海关区政府', ref: '山海关区人民政府', kind: 'district_government', contacts: MEMBER_CONTACTS('区长', '副区长', '区司法局局长') },
  { key: 'bdh', name: '秦皇岛市北戴河区人民政府', shortName: '北戴河区政府', ref: '北戴河区人民政府', kind: 'district_government', contacts: [{ title: '区长', head: true }, { title: '区司法局局长' }] },
  { key: 'fn', name: '秦皇岛市抚宁区人民政府', shortName: '抚宁区政府', ref: '抚宁区人民政府', kind: 'district_government', contacts: MEMBER_CONTACTS('区长', '副区长', '区司法局局长') },
  { key: 'cl', name: '昌黎县人民政府', shortName: '昌黎县政府', ref: '昌黎县人民政府', kind: 'district_government', contacts: [{ title: '县长', head: true }, { title: '县司法局局长' }] },
  { key: 'zy', name: '秦皇岛市中级人民法院', shortName: '市中院', ref: '秦皇岛市中级人民法院', kind: 'court', contacts: [{ title: '行政审判庭庭长' }, { title: '诉讼服务中心联络员' }] },
  { key: 'hgfy', name: '秦皇岛市海港区人民法院', shortName: '海港区法院', ref: '海港区人民法院', kind: 'court', contacts: [{ title: '行政审判庭副庭长' }, { title: '立案庭法官助理' }] },
  { key: 'tjw', name: '秦皇岛市人民调解委员会', shortName: '市人民调解委员会', ref: '市人民调解委员会', kind: 'mediation_org', parent: 'sfj', contacts: [{ title: '主任', head: true }, { title: '专职人民调解员' }] },
];

export interface ContactRef {
  id: string;
  name: string;
  title: string | null;
  isHead: boolean;
}

export interface AgencyRef {
  key: AgencyKey;
  id: string;
  name: string;
  ref: string;
  kind: AgencyKind;
  contacts: ContactRef[];
}

export type AgencyDirectory = Record<AgencyKey, AgencyRef>;

/** The responsible person if there is one, else the first contact. */
export function headOf(agency: AgencyRef): ContactRef | undefined {
  return agency.contacts.find((c) => c.isHead) ?? agency.contacts[0];
}

/** The working-level contact (法制科 and the like): the last one listed, else the head. */
export function liaisonOf(agency: AgencyRef): ContactRef | undefined {
  return agency.contacts.at(-1);
}

/**
 * Inserts the directory. An agency whose name is already in the database (entered by hand before
 * the demo was loaded) is reused with its own contacts instead of being duplicated.
 */
export function insertAgencies(ctx: DemoContext): { directory: AgencyDirectory; inserted: number } {
  const { core, rnd, people, stamps } = ctx;
  const directory = {} as AgencyDirectory;
  let inserted = 0;
  for (const seed of AGENCY_SEEDS) {
    const existing = core.q.first(qb.selectFrom('agencies').select(['id', 'kind']).where('name', '=', seed.name));
    if (existing) {
      const contacts = core.q.all(
        qb
          .selectFrom('agency_contacts')
          .select(['id', 'name', 'title', 'is_head'])
          .where('agency_id', '=', existing.id)
          .where('active', '=', 1)
          .orderBy('is_head', 'desc')
          .orderBy('name'),
      );
      directory[seed.key] = {
        key: seed.key,
        id: existing.id,
        name: seed.name,
        ref: seed.ref,
        kind: existing.kind,
        contacts: contacts.map((c) => ({ id: c.id, name: c.name, title: c.title, isHead: c.is_head === 1 })),
      };
      continue;
    }
    const id = core.newId();
    const parentId = seed.parent ? directory[seed.parent].id : null;
    core.q.run(
      qb.insertInto('agencies').values({
        id,
        name: seed.name,
        short_name: seed.shortName,
        kind: seed.kind,
        parent_id: parentId,
        active: 1,
        deleted_at: null,
        ...stamps,
      }),
    );
    inserted += 1;
    const contacts: ContactRef[] = [];
    seed.contacts.forEach((c, i) => {
      const contactId = core.newId();
      const name = people.name(rnd.chance(0.7) ? 'male' : 'female');
      core.q.run(
        qb.insertInto('agency_contacts').values({
          id: contactId,
          agency_id: id,
          name,
          title: c.title,
          phones: JSON.stringify([people.phone()]),
          email: null,
          is_head: c.head ? 1 : 0,
          notes: !c.head && i === seed.contacts.length - 1 ? '日常联络人' : null,
          active: 1,
          ...stamps,
        }),
      );
      contacts.push({ id: contactId, name, title: c.title, isHead: c.head === true });
    });
    directory[seed.key] = { key: seed.key, id, name: seed.name, ref: seed.ref, kind: seed.kind, contacts };
  }
  return { directory, inserted };
}
