/**
 * The trace registry: the seeded products and packs, indexed for look-up by code.
 * Immutable; a pack's changing state lives in storage (see `PackStatus`).
 */
import type { PackRecord, PackStatus, ProductRecord, TraceCodeQuery } from '../types';
import { packs } from './packs';
import { products } from './products';

export { actorForLocation, pharmacies } from './actors';
export { DISPENSABLE_SERIALS } from './packs';

/** What a code resolves to: the product it names (if known) and the pack (if registered). */
export interface RegistryMatch {
  product: ProductRecord | null;
  pack: PackRecord | null;
}

/** The 7-digit product code and 9-digit serial of a China code (the 4 check digits excluded). */
function chinaKey(code: string): string {
  return code.slice(0, 16);
}

/** Indexed registry of products and packs. */
export class TraceRegistry {
  readonly products: ReadonlyMap<string, ProductRecord>;
  readonly packs: ReadonlyMap<string, PackRecord>;
  private readonly productByGtin = new Map<string, ProductRecord>();
  private readonly productByChinaCode = new Map<string, ProductRecord>();
  private readonly packByGtinSerial = new Map<string, PackRecord>();
  private readonly packByChinaKey = new Map<string, PackRecord>();

  constructor(productList: readonly ProductRecord[], packList: readonly PackRecord[]) {
    this.products = new Map(productList.map((p) => [p.id, p]));
    this.packs = new Map(packList.map((p) => [p.id, p]));
    for (const p of productList) {
      if (p.gtin) this.productByGtin.set(p.gtin, p);
      if (p.china_product_code) this.productByChinaCode.set(p.china_product_code, p);
    }
    for (const pack of packList) {
      const product = this.products.get(pack.productId);
      if (!product) throw new Error(`pack ${pack.id}: unknown product ${pack.productId}`);
      if (pack.serial !== undefined && product.gtin) {
        this.packByGtinSerial.set(`${product.gtin}\u001d${pack.serial}`, pack);
      }
      if (pack.chinaCode !== undefined) this.packByChinaKey.set(chinaKey(pack.chinaCode), pack);
    }
  }

  /** The product and pack a code names. A China code matches on product code + serial. */
  lookup(query: TraceCodeQuery): RegistryMatch {
    if (query.kind === 'china') {
      const product = this.productByChinaCode.get(query.productCode) ?? null;
      const pack = this.packByChinaKey.get(chinaKey(query.code)) ?? null;
      return { product, pack };
    }
    const product = query.gtin !== undefined ? (this.productByGtin.get(query.gtin) ?? null) : null;
    const pack =
      product && query.serial !== undefined
        ? (this.packByGtinSerial.get(`${query.gtin}\u001d${query.serial}`) ?? null)
        : null;
    return { product, pack };
  }

  /** The product with this id, or `undefined`. */
  product(id: string): ProductRecord | undefined {
    return this.products.get(id);
  }

  /** The pack with this id, or `undefined`. */
  pack(id: string): PackRecord | undefined {
    return this.packs.get(id);
  }
}

/** The initial (seeded) status of a pack. */
export function initialStatus(pack: PackRecord): PackStatus {
  const status: PackStatus = { state: pack.state, stateChangedAt: pack.stateChangedAt, events: [] };
  if (pack.dispensation) status.dispensation = pack.dispensation;
  return status;
}

/**
 * Builds the seeded registry (docs/testing/trace-codes.md). Each trace domain module holds its
 * own registry (`createTraceDomain({ registry })`), so tests can give theirs.
 */
export function seededRegistry(): TraceRegistry {
  return new TraceRegistry(Object.values(products), packs);
}
