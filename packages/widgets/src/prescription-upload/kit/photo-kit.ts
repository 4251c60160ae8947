/**
 * The platform's on-device photo quality check (the same analyzer the server runs), in its own
 * chunk prefetched with the widget, so a photo is judged before any upload starts.
 */
export { checkPhoto, retakeAdvice } from '../../platform/photo-quality/index';
