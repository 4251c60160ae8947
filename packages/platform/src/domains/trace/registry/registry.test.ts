import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, isValidGtin14 } from '../verify/code';
import { DISPENSABLE_SERIALS, initialStatus, seededRegistry } from './index';

const registry = seededRegistry();

describe('seeded registry', () => {
  it('gives every GTIN a valid mod-10 check digit', () => {
    const gtins = [...registry.products.values()].flatMap((p) => (p.gtin ? [p.gtin] : []));
    expect(gtins.length).toBeGreaterThanOrEqual(9);
    for (const gtin of gtins) expect(isValidGtin14(gtin), gtin).toBe(true);
  });

  it('computes the GS1 check digit like the GS1 example GTIN', () => {
    expect(gs1CheckDigit('0950600013435')).toBe(2);
    expect(isValidGtin14('09506000134352')).toBe(true);
    expect(isValidGtin14('09506000134353')).toBe(false);
  });

  it('uses 7-digit product codes starting with 8 and 20-digit China codes that match them', () => {
    for (const product of registry.products.values()) {
      if (product.china_product_code) expect(product.china_product_code).toMatch(/^8[0-9]{6}$/);
    }
    const chinaPacks = [...registry.packs.values()].filter((p) => p.chinaCode !== undefined);
    expect(chinaPacks.length).toBeGreaterThanOrEqual(4);
    for (const pack of chinaPacks) {
      expect(pack.chinaCode).toMatch(/^8[0-9]{19}$/);
      expect(registry.product(pack.productId)?.china_product_code).toBe(
        pack.chinaCode?.slice(0, 7),
      );
    }
  });

  it('gives ids the contract patterns and unique serials per product', () => {
    const seen = new Set<string>();
    for (const pack of registry.packs.values()) {
      expect(pack.id).toMatch(/^pack_[A-Za-z0-9]+$/);
      const key = `${pack.productId}/${pack.serial ?? pack.chinaCode}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      if (pack.dispensation) expect(pack.dispensation.id).toMatch(/^disp_[A-Za-z0-9]+$/);
    }
    for (const product of registry.products.values()) {
      expect(product.id).toMatch(/^prod_[A-Za-z0-9]+$/);
      expect(product.name.en && product.name['zh-CN']).toBeTruthy();
    }
  });

  it('seeds a pack in every state of the contract', () => {
    const states = new Set([...registry.packs.values()].map((p) => p.state));
    expect([...states].sort()).toEqual(
      [
        'active',
        'destroyed',
        'dispensed',
        'expired',
        'exported',
        'locked',
        'recalled',
        'sample',
        'stolen',
        'suspect',
      ].sort(),
    );
  });

  it('writes journeys in RFC 3339 UTC, in time order, starting at manufacture', () => {
    for (const pack of registry.packs.values()) {
      const times = pack.journey.map((e) => e.occurred_at);
      for (const t of times) expect(t).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect([...times].sort()).toEqual(times);
      expect(pack.journey[0]?.type).toBe('manufactured');
    }
  });

  it('looks packs up by GTIN + serial and by China code', () => {
    const byGs1 = registry.lookup({
      kind: 'gs1',
      format: 'gs1',
      gtin: '06901234100013',
      serial: 'OK0001',
    });
    expect(byGs1.pack?.id).toBe('pack_atv0001');
    const byChina = registry.lookup({
      kind: 'china',
      format: 'china',
      code: '83100170000123456078',
      productCode: '8310017',
      serial: '000012345',
      checkCode: '6078',
    });
    expect(byChina.pack?.id).toBe('pack_atv0001');
    expect(byChina.product?.id).toBe('prod_atorvastatin20');
    const unknown = registry.lookup({
      kind: 'gs1',
      format: 'gs1',
      gtin: '09506000134352',
      serial: 'X',
    });
    expect(unknown).toEqual({ product: null, pack: null });
  });

  it('offers twenty dispensable amlodipine packs', () => {
    expect(DISPENSABLE_SERIALS).toHaveLength(20);
    for (const serial of DISPENSABLE_SERIALS) {
      const { pack } = registry.lookup({
        kind: 'gs1',
        format: 'gs1',
        gtin: '06905782200119',
        serial,
      });
      expect(pack && initialStatus(pack).state).toBe('active');
    }
  });
});
