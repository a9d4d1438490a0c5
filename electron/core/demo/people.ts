import { residentIdCheckChar } from '../validation/resident-id';
import { orgCodeCheckChar, usccCheckChar } from '../validation/uscc';
import { addDays } from './dates';
import type { Random } from './random';

/**
 * Fictional people and companies. Names are drawn at random from common surnames and given-name
 * characters (so they belong to no one in particular); identity numbers are generated with valid
 * check characters from real Qinhuangdao region codes and random birth dates, so validation code
 * sees realistic input, but no number is anyone's.
 */

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林',
  '何', '郭', '马', '罗', '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '程', '曹', '袁',
  '邓', '许', '沈', '曾', '彭', '吕', '苏', '卢', '蒋', '蔡', '贾', '丁', '魏', '薛', '叶', '闫',
  '潘', '杜', '戴', '夏', '田', '任', '姜', '范', '方', '石', '姚', '谭', '邹', '金', '陆', '郝',
  '孔', '白', '崔', '康', '毛', '邱', '秦', '史', '顾', '侯', '孟', '段', '雷', '钱', '尹', '常',
  '武', '乔', '贺', '齐', '关', '庞', '牛', '付', '祁', '申',
];
const MALE_CHARS = [
  '建', '国', '志', '明', '永', '海', '军', '伟', '强', '东', '文', '振', '德', '立', '春', '福',
  '宏', '学', '广', '庆', '长', '金', '良', '树', '宝', '成', '俊', '峰', '鹏', '涛', '斌', '刚',
  '勇', '磊', '浩', '宇', '晨', '凯', '兴', '忠', '胜', '恒', '瑞', '泽', '瀚', '铭',
];
const FEMALE_CHARS = [
  '秀', '丽', '娟', '敏', '静', '芳', '燕', '玲', '红', '霞', '淑', '慧', '桂', '英', '兰', '萍',
  '雪', '琳', '婷', '颖', '欣', '悦', '雅', '佳', '晓', '文', '月', '梅', '华', '凤', '宁', '琪',
];

export type Gender = 'male' | 'female';

/** Region codes (GB/T 2260) of Qinhuangdao's districts and counties, with the place names. */
export const REGIONS = [
  { code: '130302', place: '海港区' },
  { code: '130303', place: '山海关区' },
  { code: '130304', place: '北戴河区' },
  { code: '130306', place: '抚宁区' },
  { code: '130321', place: '青龙满族自治县' },
  { code: '130322', place: '昌黎县' },
  { code: '130324', place: '卢龙县' },
] as const;
export type Region = (typeof REGIONS)[number];

const STREETS = ['建设大街', '文化路', '和平路', '光明路', '民族路', '新华路', '幸福路', '长城大街', '兴业路', '迎春街', '朝阳路', '滨河路'];
const COMMUNITIES = ['阳光里', '康乐园', '和谐家园', '书香苑', '海韵小区', '福泽苑', '锦绣华庭', '望海小区', '安居小区', '翠屏里'];
const VILLAGES = ['东庄村', '西营村', '南台村', '北河村', '后屯村', '前坨村', '杨庄村', '柳林村'];

const BRAND_A = ['澄', '沐', '禾', '岚', '泓', '渤', '燕', '瀚', '汇', '嘉', '溪', '北', '临', '衡'];
const BRAND_B = ['屿', '川', '岳', '泉', '璟', '港', '桥', '鼎', '湾', '晟', '峪', '原'];
const TRADES = [
  '食品有限公司', '建材有限公司', '玻璃制品有限公司', '房地产开发有限公司', '物流有限公司',
  '机械制造有限公司', '商贸有限公司', '环保科技有限公司', '水产养殖有限公司', '酒店管理有限公司',
];

export interface FakePerson {
  name: string;
  gender: Gender;
  idNumber: string;
  phone: string;
  address: string;
  region: Region;
}

export interface FakeCompany {
  name: string;
  uscc: string;
  phone: string;
  address: string;
}

export class PeopleFactory {
  private readonly usedNames = new Set<string>();
  private readonly usedPhones = new Set<string>();
  private readonly usedIds = new Set<string>();

  constructor(
    private readonly rnd: Random,
    /** Center's today, so nobody is born in the future and every applicant is an adult. */
    private readonly today: string,
  ) {}

  name(gender: Gender = this.rnd.chance(0.6) ? 'male' : 'female'): string {
    const chars = gender === 'male' ? MALE_CHARS : FEMALE_CHARS;
    for (;;) {
      const given = this.rnd.chance(0.8)
        ? this.rnd.pick(chars) + this.rnd.pick(chars)
        : this.rnd.pick(chars);
      const name = this.rnd.pick(SURNAMES) + given;
      if (given.length === 2 && given[0] === given[1]) continue;
      if (!this.usedNames.has(name)) {
        this.usedNames.add(name);
        return name;
      }
    }
  }

  /** 11-digit mobile numbers in an obviously made-up "1xx 0335 xxxx" block (0335 is the area code). */
  phone(): string {
    for (;;) {
      const phone = `${this.rnd.pick(['138', '139', '135', '150', '151', '158', '186', '187', '189'])}0335${String(this.rnd.int(0, 9999)).padStart(4, '0')}`;
      if (!this.usedPhones.has(phone)) {
        this.usedPhones.add(phone);
        return phone;
      }
    }
  }

  region(): Region {
    return this.rnd.pick(REGIONS);
  }

  address(region: Region = this.region()): string {
    const city = '河北省秦皇岛市';
    if (region.place.endsWith('县') || this.rnd.chance(0.15)) {
      return `${city}${region.place}${this.rnd.pick(['城关镇', '新集镇', '留守营镇', '双山镇'])}${this.rnd.pick(VILLAGES)}${this.rnd.int(1, 240)}号`;
    }
    return `${city}${region.place}${this.rnd.pick(STREETS)}${this.rnd.pick(COMMUNITIES)}${this.rnd.int(1, 32)}号楼${this.rnd.int(1, 6)}单元${this.rnd.int(1, 18)}0${this.rnd.int(1, 4)}室`;
  }

  residentId(region: Region, gender: Gender): string {
    for (;;) {
      // Adults aged 22–75.
      const birth = addDays(this.today, -this.rnd.int(22 * 365, 75 * 365)).replaceAll('-', '');
      const order = String(this.rnd.int(0, 99)).padStart(2, '0');
      const sexDigit = gender === 'male' ? this.rnd.pick([1, 3, 5, 7, 9]) : this.rnd.pick([0, 2, 4, 6, 8]);
      const first17 = `${region.code}${birth}${order}${sexDigit}`;
      const id = first17 + residentIdCheckChar(first17);
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }

  person(gender?: Gender): FakePerson {
    const g: Gender = gender ?? (this.rnd.chance(0.6) ? 'male' : 'female');
    const region = this.region();
    return {
      name: this.name(g),
      gender: g,
      idNumber: this.residentId(region, g),
      phone: this.phone(),
      address: this.address(region),
      region,
    };
  }

  company(): FakeCompany {
    for (;;) {
      const name = `秦皇岛${this.rnd.pick(BRAND_A)}${this.rnd.pick(BRAND_B)}${this.rnd.pick(TRADES)}`;
      if (this.usedNames.has(name)) continue;
      this.usedNames.add(name);
      const region = this.region();
      const org8 = String(this.rnd.int(10_000_000, 99_999_999));
      // 9 = registered by market regulation, 1 = enterprise; then region and organisation code.
      const first17 = `91${region.code}${org8}${orgCodeCheckChar(org8)}`;
      return { name, uscc: first17 + usccCheckChar(first17), phone: this.phone(), address: this.address(region) };
    }
  }
}
