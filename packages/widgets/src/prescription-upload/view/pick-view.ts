import { html, type TemplateResult } from 'lit';
import { cameraIcon, uploadIcon } from '../../platform/icons/icons';
import type { PrescriptionUploadMessages } from '../messages/index';

/**
 * Take a photo (the camera, where the device has one) or choose one: real file inputs, focusable
 * and labelled, drawn as buttons.
 */
export function pickView(p: {
  m: PrescriptionUploadMessages;
  label?: string;
  onFile: (file: File) => void;
}): TemplateResult {
  const { m } = p;
  const change = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) p.onFile(file);
  };
  return html`<div part="pick" class="pick" role="group" aria-label=${p.label ?? m.title}>
    <input id="take" class="visually-hidden" type="file" accept="image/*" capture="environment"
      aria-describedby="photo-hint" @change=${change} />
    <label for="take" part="button" class="button primary">${cameraIcon} ${m.takePhoto}</label>
    <input id="choose" class="visually-hidden" type="file" accept="image/jpeg,image/png"
      aria-describedby="photo-hint" @change=${change} />
    <label for="choose" part="button" class="button">${uploadIcon} ${m.choosePhoto}</label>
  </div>
  <p class="hint" id="photo-hint">${m.photoHint}</p>`;
}
