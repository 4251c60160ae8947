import type { Catalogues } from '../catalogue';
import { en, type PlatformMessages } from './en';
import { zhCN } from './zh-CN';

export type { PlatformMessages } from './en';

/** Platform strings in every supported locale. */
export const platformMessages: Catalogues<PlatformMessages> = { en, 'zh-CN': zhCN };
