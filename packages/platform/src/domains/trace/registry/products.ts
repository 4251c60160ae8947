/**
 * The seeded product catalogue: common chronic and acute medicines with bilingual names.
 * GTINs carry valid mod-10 check digits (asserted in `registry.test.ts`); company prefixes
 * 690–692 are China's, 405 Germany's. Manufacturers are fictional.
 */
import type { ProductRecord } from '../types';
import { manufacturers } from './actors';

type Seed = Omit<ProductRecord, 'manufacturer' | 'storage' | 'serialMapping' | 'imported'> & {
  maker: keyof typeof manufacturers;
  storage?: ProductRecord['storage'];
  imported?: boolean;
  serialMapping?: ProductRecord['serialMapping'];
};

function product(seed: Seed): ProductRecord {
  const { maker, ...rest } = seed;
  return {
    storage: 'room_temperature',
    imported: false,
    serialMapping: 'complete',
    ...rest,
    manufacturer: manufacturers[maker].party.name,
  };
}

const tablet = { 'zh-CN': '片剂', en: 'Tablet' };

export const products = {
  atorvastatin: product({
    id: 'prod_atorvastatin20',
    gtin: '06901234100013',
    china_product_code: '8310017',
    name: { 'zh-CN': '阿托伐他汀钙片', en: 'Atorvastatin Calcium Tablets' },
    generic_name: { 'zh-CN': '阿托伐他汀', en: 'atorvastatin' },
    maker: 'huakang',
    strength: '20 mg',
    form: { 'zh-CN': '薄膜衣片', en: 'Film-coated tablet' },
    pack_size: '7 × 2',
    prescription_only: true,
    originCountry: 'CN',
  }),
  amlodipine: product({
    id: 'prod_amlodipine5',
    gtin: '06905782200119',
    china_product_code: '8320115',
    name: { 'zh-CN': '苯磺酸氨氯地平片', en: 'Amlodipine Besylate Tablets' },
    generic_name: { 'zh-CN': '氨氯地平', en: 'amlodipine' },
    maker: 'donghai',
    strength: '5 mg',
    form: tablet,
    pack_size: '7 × 4',
    prescription_only: true,
    originCountry: 'CN',
  }),
  metformin: product({
    id: 'prod_metforminxr500',
    gtin: '06901234100020',
    china_product_code: '8310024',
    name: { 'zh-CN': '盐酸二甲双胍缓释片', en: 'Metformin Hydrochloride Extended-release Tablets' },
    generic_name: { 'zh-CN': '二甲双胍', en: 'metformin' },
    maker: 'huakang',
    strength: '500 mg',
    form: { 'zh-CN': '缓释片', en: 'Extended-release tablet' },
    pack_size: '30',
    prescription_only: true,
    originCountry: 'CN',
  }),
  amoxicillin: product({
    id: 'prod_amoxicillin250',
    gtin: '06908365300213',
    china_product_code: '8330213',
    name: { 'zh-CN': '阿莫西林胶囊', en: 'Amoxicillin Capsules' },
    generic_name: { 'zh-CN': '阿莫西林', en: 'amoxicillin' },
    maker: 'nanfang',
    strength: '250 mg',
    form: { 'zh-CN': '胶囊剂', en: 'Capsule' },
    pack_size: '12 × 2',
    prescription_only: true,
    originCountry: 'CN',
  }),
  ibuprofen: product({
    id: 'prod_ibuprofensr300',
    gtin: '06908365300220',
    china_product_code: '8330220',
    name: { 'zh-CN': '布洛芬缓释胶囊', en: 'Ibuprofen Sustained-release Capsules' },
    generic_name: { 'zh-CN': '布洛芬', en: 'ibuprofen' },
    maker: 'nanfang',
    strength: '300 mg',
    form: { 'zh-CN': '缓释胶囊', en: 'Sustained-release capsule' },
    pack_size: '20',
    prescription_only: false,
    originCountry: 'CN',
  }),
  insulinGlargine: product({
    id: 'prod_insulinglargine',
    gtin: '06927415001016',
    china_product_code: '8340101',
    name: { 'zh-CN': '甘精胰岛素注射液', en: 'Insulin Glargine Injection' },
    generic_name: { 'zh-CN': '甘精胰岛素', en: 'insulin glargine' },
    maker: 'changbai',
    strength: '3 mL : 300 U (100 U/mL)',
    form: { 'zh-CN': '注射液（预填充笔）', en: 'Solution for injection (prefilled pen)' },
    pack_size: '1 pen',
    storage: 'cold_chain',
    prescription_only: true,
    originCountry: 'CN',
    temperatureRange: { min: 2, max: 8 },
  }),
  warfarin: product({
    id: 'prod_warfarin3',
    gtin: '06901234100037',
    china_product_code: '8310031',
    name: { 'zh-CN': '华法林钠片', en: 'Warfarin Sodium Tablets' },
    generic_name: { 'zh-CN': '华法林', en: 'warfarin' },
    maker: 'huakang',
    strength: '3 mg',
    form: tablet,
    pack_size: '60',
    prescription_only: true,
    originCountry: 'CN',
  }),
  omeprazole: product({
    id: 'prod_omeprazole20',
    gtin: '06905782200126',
    china_product_code: '8320122',
    name: { 'zh-CN': '奥美拉唑肠溶胶囊', en: 'Omeprazole Enteric-coated Capsules' },
    generic_name: { 'zh-CN': '奥美拉唑', en: 'omeprazole' },
    maker: 'donghai',
    strength: '20 mg',
    form: { 'zh-CN': '肠溶胶囊', en: 'Gastro-resistant capsule' },
    pack_size: '14',
    prescription_only: true,
    originCountry: 'CN',
  }),
  nifedipine: product({
    id: 'prod_nifedipinecr30',
    china_product_code: '8320139',
    name: { 'zh-CN': '硝苯地平控释片', en: 'Nifedipine Controlled-release Tablets' },
    generic_name: { 'zh-CN': '硝苯地平', en: 'nifedipine' },
    maker: 'donghai',
    strength: '30 mg',
    form: { 'zh-CN': '控释片', en: 'Controlled-release tablet' },
    pack_size: '12',
    prescription_only: true,
    originCountry: 'CN',
  }),
  rivaroxaban: product({
    id: 'prod_rivaroxaban10',
    gtin: '04051234000195',
    name: { 'zh-CN': '利伐沙班片', en: 'Rivaroxaban Film-coated Tablets' },
    generic_name: { 'zh-CN': '利伐沙班', en: 'rivaroxaban' },
    maker: 'rheinau',
    strength: '10 mg',
    form: { 'zh-CN': '薄膜衣片', en: 'Film-coated tablet' },
    pack_size: '5 × 2',
    prescription_only: true,
    originCountry: 'DE',
    imported: true,
    serialMapping: 'partial',
  }),
} satisfies Record<string, ProductRecord>;

export type ProductKey = keyof typeof products;
