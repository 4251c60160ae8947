import type { Catalogues } from '../../platform/localize/index';
import { en, type TraceVerifierMessages } from './en';
import { zhCN } from './zh-CN';

export type { TraceVerifierMessages } from './en';

/** Trace verifier strings in every supported locale. */
export const traceVerifierMessages: Catalogues<TraceVerifierMessages> = { en, 'zh-CN': zhCN };
