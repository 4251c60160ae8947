/**
 * The alert catalogue: stable codes, severities and bilingual messages.
 * Codes are part of the API: never rename one; add new ones instead.
 */
import type { LocalizedText, TraceAlert } from '../types';

/** Every alert code the sandbox raises. */
export type TraceAlertCode =
  | 'not_found'
  | 'serial_missing'
  | 'serial_unmapped'
  | 'lot_mismatch'
  | 'expiry_mismatch'
  | 'check_code_mismatch'
  | 'suspect_pack'
  | 'pack_stolen'
  | 'pack_destroyed'
  | 'pack_locked'
  | 'pack_exported'
  | 'pack_sample'
  | 'recalled'
  | 'already_dispensed'
  | 'possible_clone'
  | 'expired'
  | 'expires_soon'
  | 'journey_gap'
  | 'temperature_excursion'
  | 'reversal_available'
  | 'reversal_window_expired'
  | 'prescription_required'
  | 'cold_chain_storage';

/** Alerts that may mean a falsified pack: they also emit a `trace.alert` webhook event. */
export const SECURITY_ALERTS: ReadonlySet<string> = new Set<TraceAlertCode>([
  'possible_clone',
  'suspect_pack',
  'pack_stolen',
  'pack_destroyed',
  'lot_mismatch',
  'expiry_mismatch',
  'check_code_mismatch',
]);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date (YYYY-MM-DD or RFC 3339) in words, in both locales. */
export function dateText(value: string): LocalizedText {
  const year = value.slice(0, 4);
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return {
    en: `${day} ${MONTHS[month - 1] ?? '?'} ${year}`,
    'zh-CN': `${year}年${month}月${day}日`,
  };
}

function alert(
  code: TraceAlertCode,
  severity: TraceAlert['severity'],
  en: string,
  zh: string,
): TraceAlert {
  return { code, severity, message: { en, 'zh-CN': zh } };
}

/** Builders for each alert, taking what its message needs. */
export const alerts = {
  notFound: (productKnown: boolean) =>
    productKnown
      ? alert(
          'not_found',
          'critical',
          'The product is registered, but no pack with this serial number exists. The code may be forged.',
          '该产品已登记，但不存在此序列号的药品包装，追溯码可能为伪造。',
        )
      : alert(
          'not_found',
          'critical',
          'No product or pack with this code is registered.',
          '未查询到该追溯码对应的产品或药品包装。',
        ),
  serialMissing: () =>
    alert(
      'serial_missing',
      'warning',
      'The code carries no serial number, so this pack cannot be verified individually.',
      '追溯码不含序列号，无法核验该药品包装。',
    ),
  serialUnmapped: () =>
    alert(
      'serial_unmapped',
      'warning',
      "This imported product is registered, but the pack's foreign serial number has no mapping in the national traceability system. Verify it with the importer before dispensing.",
      '该进口药品已登记，但此包装的境外序列号未与国家追溯系统关联，请先向进口商进行二次核验再调配。',
    ),
  lotMismatch: (scanned: string, registered: string) =>
    alert(
      'lot_mismatch',
      'critical',
      `The scanned lot ${scanned} differs from the registered lot ${registered} for this serial number.`,
      `扫描的批号 ${scanned} 与该序列号登记的批号 ${registered} 不一致。`,
    ),
  expiryMismatch: (scanned: string, registered: string) => {
    const s = dateText(scanned);
    const r = dateText(registered);
    return alert(
      'expiry_mismatch',
      'critical',
      `The scanned expiry date ${s.en} differs from the registered expiry date ${r.en}.`,
      `扫描的有效期 ${s['zh-CN']} 与登记的有效期 ${r['zh-CN']} 不一致。`,
    );
  },
  checkCodeMismatch: () =>
    alert(
      'check_code_mismatch',
      'critical',
      'The check digits of this trace code do not match the registered code. The code may be forged.',
      '追溯码校验位与登记信息不符，追溯码可能为伪造。',
    ),
  suspect: () =>
    alert(
      'suspect_pack',
      'critical',
      'This pack is flagged as suspect. Do not dispense it; quarantine it and report it.',
      '该药品包装已被标记为可疑，请勿调配，应隔离并上报。',
    ),
  stolen: () =>
    alert(
      'pack_stolen',
      'critical',
      'This pack was reported stolen. Do not dispense it; quarantine it and report it.',
      '该药品包装已被报告失窃，请勿调配，应隔离并上报。',
    ),
  destroyed: (on: string) => {
    const d = dateText(on);
    return alert(
      'pack_destroyed',
      'critical',
      `This pack was recorded as destroyed on ${d.en}; a pack with this code should not exist. The code may be cloned.`,
      `该药品包装已于 ${d['zh-CN']} 登记销毁，不应再出现，追溯码可能被复制。`,
    );
  },
  locked: () =>
    alert(
      'pack_locked',
      'critical',
      'This pack is locked pending an investigation by the marketing authorisation holder.',
      '该药品包装已被上市许可持有人锁定，正在调查中。',
    ),
  exported: () =>
    alert(
      'pack_exported',
      'critical',
      'This pack was recorded as exported out of the market; it should not be here.',
      '该药品包装已登记出口，不应在境内流通。',
    ),
  sample: () =>
    alert(
      'pack_sample',
      'warning',
      'This pack was decommissioned as a free sample and may not be sold.',
      '该药品包装已作为赠送样品注销，不得销售。',
    ),
  recalled: (lot: string) =>
    alert(
      'recalled',
      'critical',
      `Lot ${lot} has been recalled. Do not dispense; return it through the recall process.`,
      `批号 ${lot} 已被召回，请勿调配，按召回流程退回。`,
    ),
  alreadyDispensed: (on: string, critical: boolean) => {
    const d = dateText(on);
    return alert(
      'already_dispensed',
      critical ? 'critical' : 'warning',
      `This pack was already dispensed on ${d.en}.`,
      `该药品包装已于 ${d['zh-CN']} 调配发出。`,
    );
  },
  possibleClone: (on: string) => {
    const d = dateText(on);
    return alert(
      'possible_clone',
      'critical',
      `This pack was dispensed at another location on ${d.en}. The code may have been copied onto a falsified pack.`,
      `该药品包装已于 ${d['zh-CN']} 在其他地点调配发出，追溯码可能被复制到假药包装上。`,
    );
  },
  expired: (on: string) => {
    const d = dateText(on);
    return alert(
      'expired',
      'critical',
      `This pack expired on ${d.en}.`,
      `该药品已于 ${d['zh-CN']} 过期。`,
    );
  },
  expiresSoon: (on: string, days: number) => {
    const d = dateText(on);
    return alert(
      'expires_soon',
      'warning',
      `This pack expires on ${d.en}, in ${days} day${days === 1 ? '' : 's'}.`,
      `该药品将于 ${d['zh-CN']} 过期（剩余 ${days} 天）。`,
    );
  },
  journeyGap: (en: string, zh: string) => alert('journey_gap', 'warning', en, zh),
  temperatureExcursion: (
    min: number,
    max: number,
    allowedMin: number,
    allowedMax: number,
    where: { party: LocalizedText; place: LocalizedText },
  ) =>
    alert(
      'temperature_excursion',
      'critical',
      `Kept between ${min} °C and ${max} °C by ${where.party.en} (${where.place.en}), outside the allowed ${allowedMin}–${allowedMax} °C. Do not dispense until its quality is assessed.`,
      `${where.party['zh-CN']}（${where.place['zh-CN']}）的储存温度为 ${min}–${max} °C，超出允许范围 ${allowedMin}–${allowedMax} °C，质量评估前请勿调配。`,
    ),
  reversalAvailable: (until: string) => {
    const d = dateText(until);
    return alert(
      'reversal_available',
      'info',
      `The dispense can be reversed at this location until ${d.en}.`,
      `可在本地点于 ${d['zh-CN']} 前撤销调配。`,
    );
  },
  reversalWindowExpired: () =>
    alert(
      'reversal_window_expired',
      'info',
      'The 10-day window to reverse this dispense has passed.',
      '撤销调配的 10 天期限已过。',
    ),
  prescriptionRequired: () =>
    alert(
      'prescription_required',
      'info',
      'Prescription-only medicine: check the prescription before dispensing.',
      '处方药：调配前请核对处方。',
    ),
  coldChainStorage: (min: number, max: number) =>
    alert(
      'cold_chain_storage',
      'info',
      `Keep refrigerated at ${min}–${max} °C; do not freeze.`,
      `请于 ${min}–${max} °C 冷藏保存，切勿冷冻。`,
    ),
} as const;
