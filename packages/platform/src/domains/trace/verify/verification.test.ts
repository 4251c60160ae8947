import { describe, expect, it } from 'vitest';
import { initialStatus, seededRegistry } from '../registry';
import type { TraceCodeQuery } from '../types';
import { chinaQuery } from './code';
import { buildVerification } from './verification';

const registry = seededRegistry();

function build(query: TraceCodeQuery) {
  const { product, pack } = registry.lookup(query);
  return buildVerification({
    id: 'tv_test1',
    createdAt: '2026-11-23T12:00:00Z',
    query,
    product,
    pack: pack ? { record: pack, status: initialStatus(pack) } : null,
    context: 'inspect',
    locationId: 'loc_bjxicheng01',
    now: new Date('2026-11-23T12:00:00Z'),
  }).verification;
}

describe('buildVerification', () => {
  it('returns the contract resource without the registry working fields', () => {
    const v = build({ kind: 'gs1', format: 'gs1', gtin: '06901234100013', serial: 'OK0001' });
    expect(v).toMatchObject({
      id: 'tv_test1',
      object: 'trace_verification',
      status: 'verified',
      context: 'inspect',
      dispensable: true,
      location_id: 'loc_bjxicheng01',
      code: { format: 'gs1', gtin: '06901234100013', serial: 'OK0001' },
      pack: {
        id: 'pack_atv0001',
        lot: '2603101',
        serial: 'OK0001',
        expiry: '2029-02-28',
        state: 'active',
      },
    });
    expect(v.product).toEqual({
      id: 'prod_atorvastatin20',
      gtin: '06901234100013',
      china_product_code: '8310017',
      name: { 'zh-CN': '阿托伐他汀钙片', en: 'Atorvastatin Calcium Tablets' },
      generic_name: { 'zh-CN': '阿托伐他汀', en: 'atorvastatin' },
      manufacturer: { 'zh-CN': '华康制药股份有限公司', en: 'Huakang Pharmaceutical Co., Ltd.' },
      strength: '20 mg',
      form: { 'zh-CN': '薄膜衣片', en: 'Film-coated tablet' },
      pack_size: '7 × 2',
      storage: 'room_temperature',
      prescription_only: true,
    });
    expect(v.journey[0]).toMatchObject({
      type: 'manufactured',
      party: { role: 'manufacturer' },
      place: { country: 'CN' },
    });
  });

  it('uses the China serial for a China-coded pack and null product/pack when unknown', () => {
    expect(build(chinaQuery('83201390000001014821', 'china')).pack?.serial).toBe('000000101');
    expect(build(chinaQuery('83201390000001029367', 'china')).pack).toMatchObject({
      state: 'dispensed',
      dispensation_id: 'disp_seednif0102',
    });
    const unknown = build(chinaQuery('89999990000000011111', 'china'));
    expect(unknown).toMatchObject({ status: 'not_found', product: null, pack: null, journey: [] });
  });
});
