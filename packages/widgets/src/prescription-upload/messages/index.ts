import type { Catalogues } from '../../platform/localize/index';
import { en, type PrescriptionUploadMessages } from './en';
import { zhCN } from './zh-CN';

export type { PrescriptionUploadMessages } from './en';

/** Prescription upload strings in every supported locale. */
export const prescriptionUploadMessages: Catalogues<PrescriptionUploadMessages> = {
  en,
  'zh-CN': zhCN,
};
