import type { Catalogues } from '../../platform/localize/index';
import { type ClaimFormMessages, en } from './en';
import { zhCN } from './zh-CN';

export type { ClaimFormMessages } from './en';

/** The claim form's catalogues. */
export const claimFormMessages: Catalogues<ClaimFormMessages> = { en, 'zh-CN': zhCN };
