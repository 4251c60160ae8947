import type { Catalogues } from '../../platform/localize/index';
import { en, type RefillReminderMessages } from './en';
import { zhCN } from './zh-CN';

export type { RefillReminderMessages } from './en';

/** Refill reminder strings in every supported locale. */
export const refillReminderMessages: Catalogues<RefillReminderMessages> = { en, 'zh-CN': zhCN };
