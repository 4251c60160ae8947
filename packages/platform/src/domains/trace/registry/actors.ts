/**
 * The parties and places that appear in seeded journeys, and the seeded pharmacy locations.
 * Names are fictional; places are real cities so journeys read naturally.
 */
import type { Party, Place } from '../types';

/** Who did something, and where. */
export interface Actor {
  party: Party;
  place: Place;
}

function actor(
  role: NonNullable<Party['role']>,
  zh: string,
  en: string,
  placeZh: string,
  placeEn: string,
  country: string,
  locationId?: string,
): Actor {
  const place: Place = { name: { 'zh-CN': placeZh, en: placeEn }, country };
  if (locationId !== undefined) place.location_id = locationId;
  return { party: { name: { 'zh-CN': zh, en }, role }, place };
}

export const manufacturers = {
  huakang: actor(
    'manufacturer',
    '华康制药股份有限公司',
    'Huakang Pharmaceutical Co., Ltd.',
    '浙江省台州市',
    'Taizhou, Zhejiang',
    'CN',
  ),
  donghai: actor(
    'manufacturer',
    '东海药业有限公司',
    'Donghai Pharmaceutical Co., Ltd.',
    '上海市奉贤区',
    'Fengxian District, Shanghai',
    'CN',
  ),
  nanfang: actor(
    'manufacturer',
    '南方制药有限公司',
    'Nanfang Pharmaceutical Co., Ltd.',
    '广东省珠海市',
    'Zhuhai, Guangdong',
    'CN',
  ),
  changbai: actor(
    'manufacturer',
    '长白生物制药有限公司',
    'Changbai Biopharmaceutical Co., Ltd.',
    '吉林省通化市',
    'Tonghua, Jilin',
    'CN',
  ),
  rheinau: actor(
    'manufacturer',
    '莱瑙制药有限公司',
    'Rheinau Pharma GmbH',
    '德国法兰克福',
    'Frankfurt am Main, Germany',
    'DE',
  ),
} as const;

export const distributors = {
  northChina: actor(
    'distributor',
    '华北医药物流有限公司',
    'North China Pharma Logistics Co., Ltd.',
    '天津市武清区配送中心',
    'Wuqing distribution centre, Tianjin',
    'CN',
  ),
  eastChina: actor(
    'distributor',
    '华东医药配送有限公司',
    'East China Pharma Distribution Co., Ltd.',
    '上海市嘉定区配送中心',
    'Jiading distribution centre, Shanghai',
    'CN',
  ),
  southChina: actor(
    'wholesaler',
    '华南医药供应链有限公司',
    'South China Pharma Supply Chain Co., Ltd.',
    '广州市白云区配送中心',
    'Baiyun distribution centre, Guangzhou',
    'CN',
  ),
  frostline: actor(
    'logistics',
    '霜线冷链物流有限公司',
    'Frostline Cold Chain Logistics Co., Ltd.',
    '北京市大兴区冷库',
    'Daxing cold store, Beijing',
    'CN',
  ),
  importer: actor(
    'importer',
    '中外医药进出口有限公司',
    'Sino-Global Pharma Import & Export Co., Ltd.',
    '中国（上海）自由贸易试验区',
    'China (Shanghai) Pilot Free Trade Zone',
    'CN',
  ),
  customs: actor(
    'customs',
    '上海浦东国际机场海关',
    'Shanghai Pudong International Airport Customs',
    '上海浦东国际机场',
    'Pudong International Airport, Shanghai',
    'CN',
  ),
} as const;

/** Seeded dispensing locations; partners may use any `loc_…` id of their own too. */
export const pharmacies = {
  beijing: actor(
    'pharmacy',
    '康民大药房（西城店）',
    'Kangmin Pharmacy (Xicheng)',
    '北京市西城区',
    'Xicheng District, Beijing',
    'CN',
    'loc_bjxicheng01',
  ),
  shanghai: actor(
    'pharmacy',
    '仁和药房（静安店）',
    "Renhe Pharmacy (Jing'an)",
    '上海市静安区',
    "Jing'an District, Shanghai",
    'CN',
    'loc_shjingan01',
  ),
  guangzhou: actor(
    'hospital',
    '天河社区卫生服务中心药房',
    'Tianhe Community Health Centre Pharmacy',
    '广州市天河区',
    'Tianhe District, Guangzhou',
    'CN',
    'loc_gztianhe01',
  ),
} as const;

const byLocationId = new Map<string, Actor>(
  Object.values(pharmacies).map((a) => [a.place.location_id as string, a]),
);

/**
 * The actor for a dispensing location: a seeded pharmacy, or a generic one named after the id
 * (partners' own locations are unknown to the sandbox).
 */
export function actorForLocation(locationId: string): Actor {
  const known = byLocationId.get(locationId);
  if (known) return known;
  return {
    party: {
      name: { 'zh-CN': `药房 ${locationId}`, en: `Pharmacy ${locationId}` },
      role: 'pharmacy',
    },
    place: { name: { 'zh-CN': locationId, en: locationId }, location_id: locationId },
  };
}
