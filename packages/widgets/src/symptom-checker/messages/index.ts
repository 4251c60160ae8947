import type { Catalogues } from '../../platform/localize/index';
import { en, type SymptomCheckerMessages } from './en';
import { zhCN } from './zh-CN';

export type { SymptomCheckerMessages } from './en';

/** Symptom checker strings in every supported locale. */
export const symptomCheckerMessages: Catalogues<SymptomCheckerMessages> = { en, 'zh-CN': zhCN };
