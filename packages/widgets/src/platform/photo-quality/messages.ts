import type { PhotoIssueCode } from '@apotheca/domain/photo-quality';
import type { Catalogues } from '../localize/catalogue';

/** Retake advice per issue code (English). Its type is the contract for other locales. */
const en = {
  issue: {
    too_small: 'The photo is too small to read.',
    too_dark: 'The photo is too dark.',
    too_bright: 'The photo is overexposed: parts of the page are washed out.',
    blurry: 'The photo is blurry.',
    cut_off: 'Part of the page is cut off.',
  } satisfies Record<PhotoIssueCode, string>,
  advice: {
    too_small:
      'Move closer so the page fills most of the screen, or choose the original photo, not a thumbnail.',
    too_dark: 'Turn on a light or move to a window, then take the photo again.',
    too_bright:
      'Avoid direct sunlight and the flash; tilt the page slightly so it does not reflect.',
    blurry:
      'Hold the phone steady, tap the page to focus and wait a moment before taking the photo.',
    cut_off:
      'Step back until all four edges of the page are visible with a little space around them.',
  } satisfies Record<PhotoIssueCode, string>,
  unreadable: 'This file is not a photo we can open. Choose a JPEG or PNG photo.',
  acceptable: 'The photo looks clear.',
  retake: 'Please retake the photo:',
};

/** Retake advice per issue code (简体中文). */
const zhCN: typeof en = {
  issue: {
    too_small: '照片太小，无法看清。',
    too_dark: '照片太暗。',
    too_bright: '照片曝光过度，部分内容发白。',
    blurry: '照片模糊。',
    cut_off: '处方的一部分被裁掉了。',
  },
  advice: {
    too_small: '请靠近一些，让纸张占满大部分画面；或选择原图，而不是缩略图。',
    too_dark: '请打开灯或靠近窗户，然后重新拍摄。',
    too_bright: '请避免阳光直射和闪光灯，稍微倾斜纸张以免反光。',
    blurry: '请拿稳手机，点按纸张对焦，稍等片刻再拍摄。',
    cut_off: '请后退一些，让纸张的四条边都完整出现在画面中，并留出少许空白。',
  },
  unreadable: '无法打开此文件。请选择 JPEG 或 PNG 格式的照片。',
  acceptable: '照片清晰。',
  retake: '请重新拍摄：',
};

export type PhotoQualityMessages = typeof en;

/** Photo-check strings in every supported locale. */
export const photoQualityMessages: Catalogues<PhotoQualityMessages> = { en, 'zh-CN': zhCN };
