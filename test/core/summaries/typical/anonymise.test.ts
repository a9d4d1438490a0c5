import { describe, expect, it } from 'vitest';
import {
  anonymiser,
  organisationAlias,
  partyAliases,
  personAlias,
  splitOrganisationName,
  surnameOf,
} from '../../../../electron/core/summaries/anonymise';

describe('anonymising party names for a typical case', () => {
  it('a person keeps the surname and becomes 某; two-character surnames are kept whole', () => {
    expect(personAlias('王建国')).toBe('王某');
    expect(personAlias('李娟')).toBe('李某');
    expect(personAlias('欧阳明华')).toBe('欧阳某');
    expect(personAlias('司马光')).toBe('司马某');
    expect(personAlias('诸葛亮')).toBe('诸葛某');
    expect(personAlias(' 上官 婉儿 ')).toBe('上官某');
    // A two-character name whose two characters are a compound surname is a single surname + given name.
    expect(surnameOf('欧阳')).toBe('欧');
    expect(personAlias('John Smith')).toBe('某某');
  });

  it('parties with the same surname are told apart as 王某甲, 王某乙 in the order listed; others stay plain', () => {
    const aliases = partyAliases([
      { kind: 'person', name: '王建国' },
      { kind: 'person', name: '李秀英' },
      { kind: 'person', name: '王丽' },
      { kind: 'person', name: '王建国' }, // listed twice: one person
      { kind: 'person', name: '欧阳明' },
      { kind: 'person', name: '欧志强' },
    ]);
    expect(Object.fromEntries(aliases)).toEqual({ 王建国: '王某甲', 李秀英: '李某', 王丽: '王某乙', 欧阳明: '欧阳某', 欧志强: '欧某' });
  });

  it('an organisation keeps its line of business and legal form and loses its distinctive name and region', () => {
    expect(splitOrganisationName('秦皇岛市海港区鑫源食品有限公司')).toEqual({ region: '秦皇岛市海港区', brand: '鑫源', trade: '食品', form: '有限公司' });
    expect(organisationAlias('秦皇岛市海港区鑫源食品有限公司')).toBe('某食品有限公司');
    expect(organisationAlias('秦皇岛澄屿房地产开发有限公司')).toBe('某房地产开发有限公司');
    expect(organisationAlias('河北华瑞置业股份有限公司')).toBe('某置业股份有限公司');
    expect(organisationAlias('昌黎县金穗果蔬种植专业合作社')).toBe('某种植专业合作社');
    expect(organisationAlias('海港区老张水果店')).toBe('某水果店');
    expect(organisationAlias('东庄村民委员会')).toBe('某村民委员会');
    expect(organisationAlias('ACME')).toBe('某单位');
  });

  it('two organisations of the same kind become 某甲…, 某乙…', () => {
    const aliases = partyAliases([
      { kind: 'organisation', name: '秦皇岛澄屿食品有限公司' },
      { kind: 'organisation', name: '秦皇岛沐川食品有限公司' },
      { kind: 'organisation', name: '秦皇岛禾岳物流有限公司' },
    ]);
    expect([...aliases.values()]).toEqual(['某甲食品有限公司', '某乙食品有限公司', '某物流有限公司']);
  });
});

describe('anonymising free text', () => {
  const parties = [
    { kind: 'person' as const, name: '王建国', idNumber: '130302198001011234', phone: '13803351234', address: '河北省秦皇岛市海港区文化路阳光里3号楼2单元501室' },
    { kind: 'person' as const, name: '王建', idNumber: null, phone: '13903355678, 0335-3012345', address: null },
    { kind: 'person' as const, name: '欧阳秀英', idNumber: null, phone: null, address: null },
    { kind: 'organisation' as const, name: '秦皇岛市海港区鑫源食品有限公司', idNumber: '91130302MA0A1B2C3D', phone: null, address: '河北省秦皇岛市海港区建设大街8号' },
  ];
  const anon = anonymiser(parties, ['秦皇岛市海港区人民政府']);

  it('replaces each full name, the longest first, so a name inside a longer name is not half-replaced', () => {
    expect(anon.text('王建国与王建、欧阳秀英共同申请')).toBe('王某甲与王某乙、欧阳某共同申请');
  });

  it("replaces an organisation's name, its name without the region and its short forms", () => {
    expect(anon.text('秦皇岛市海港区鑫源食品有限公司（以下简称鑫源公司）诉称，鑫源食品有限公司的厂房被拆除，鑫源食品停产，鑫源损失巨大')).toBe(
      '某食品有限公司（以下简称某食品有限公司）诉称，某食品有限公司的厂房被拆除，某食品有限公司停产，某损失巨大',
    );
  });

  it('removes the parties’ ID numbers, phones and addresses, and anything shaped like an ID or phone number', () => {
    const out = anon.text(
      '申请人住河北省秦皇岛市海港区文化路阳光里3号楼2单元501室，身份证号130302198001011234，电话13803351234、0335-3012345；' +
        '公司地址河北省秦皇岛市海港区建设大街8号，信用代码91130302MA0A1B2C3D；另一人身份证号13030219900101123X，手机15903359999',
    );
    expect(out).toBe(
      '申请人住某处，身份证号××，电话××、××；公司地址某处，信用代码××；另一人身份证号××，手机××',
    );
  });

  it('leaves agency names and a short form found inside one alone, and null as null', () => {
    const anon2 = anonymiser([{ kind: 'organisation', name: '秦皇岛海港食品有限公司' }], ['秦皇岛市海港区人民政府']);
    expect(anon2.text('海港区人民政府与海港食品协商')).toBe('海港区人民政府与某食品有限公司协商');
    expect(anon.text(null)).toBeNull();
    expect(anon.text('秦皇岛市自然资源和规划局')).toBe('秦皇岛市自然资源和规划局');
  });

  it('a one-character name is not used as a needle (it would replace that character everywhere)', () => {
    const a = anonymiser([{ kind: 'person', name: '王' }]);
    expect(a.text('王某与国王')).toBe('王某与国王');
    expect(a.alias('王')).toBe('王某');
  });
});
