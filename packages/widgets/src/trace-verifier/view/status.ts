import type { SVGTemplateResult } from 'lit';
import { checkIcon, dangerIcon, warningIcon } from '../../platform/icons/icons';
import type { TraceStatus } from '../api/trace-api';

/** How a status looks: a tone (colour) and an icon, always shown together with words. */
export interface StatusLook {
  tone: 'success' | 'warning' | 'danger';
  icon: SVGTemplateResult;
}

/**
 * Maps a verification status to its tone and icon. A genuine pack with a critical alert (e.g. a
 * cold-chain excursion) is not shown in the reassuring success tone.
 */
export function statusLook(status: TraceStatus, criticalAlert = false): StatusLook {
  switch (status) {
    case 'verified':
      return criticalAlert
        ? { tone: 'warning', icon: warningIcon }
        : { tone: 'success', icon: checkIcon };
    case 'already_dispensed':
    case 'data_incomplete':
    case 'secondary_verification_required':
      return { tone: 'warning', icon: warningIcon };
    default:
      return { tone: 'danger', icon: dangerIcon };
  }
}

/** Today as `YYYY-MM-DD` in the reader's own calendar. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether an expiry date (`YYYY-MM-DD`) has passed. */
export function isExpired(expiry: string | undefined, now = new Date()): boolean {
  return expiry !== undefined && expiry.slice(0, 10) < today(now);
}
