import { html, nothing, type TemplateResult } from 'lit';
import type { FieldError } from '../draft';
import type { ClaimFormMessages } from '../messages/index';
import type { PhotoEntry } from '../states';
import { fieldError, invalid } from './field';

/** Step 3: invoice photos, each checked on the device, uploaded with its own status and retry. */
export function photosView(p: {
  m: ClaimFormMessages;
  errors: readonly FieldError[];
  photos: readonly PhotoEntry[];
  onFiles: (files: File[]) => void;
  onRetry: (photo: PhotoEntry) => void;
  onRemove: (photo: PhotoEntry) => void;
}): TemplateResult {
  const { m, photos, errors } = p;
  const done = photos.filter((photo) => photo.status === 'uploaded').length;
  const bad = invalid(errors, 'photos');
  return html`<label for="photos">${m.photosLabel}</label>
    <input id="photos" part="input" type="file" accept="image/jpeg,image/png,image/webp" multiple
      aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${bad ? 'photos-error' : 'photos-hint'}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        p.onFiles([...(input.files ?? [])]);
        input.value = '';
      }} />
    <p class="hint" id="photos-hint">${m.photosHint}</p>
    ${fieldError(m, errors, 'photos')}
    ${
      photos.length
        ? html`<p class="hint" id="photos-progress">${m.photosProgress(done, photos.length)}</p>
          <ul part="photos" class="photos" aria-labelledby="photos-progress">
            ${photos.map(
              (photo) => html`<li part="photo" class="photo status-${photo.status}">
                <span class="photo-name">${photo.name}</span>
                <span class="photo-status">${m.photoStatus[photo.status]}</span>
                ${photo.advice?.length ? html`<ul class="advice">${photo.advice.map((a) => html`<li>${a}</li>`)}</ul>` : nothing}
                ${
                  photo.status === 'failed'
                    ? html`<button part="button" type="button" class="retry" @click=${() => p.onRetry(photo)}>
                      ${m.retry}<span class="visually-hidden"> ${photo.name}</span></button>`
                    : nothing
                }
                ${
                  photo.status !== 'checking' && photo.status !== 'uploading'
                    ? html`<button part="button" type="button" class="remove" @click=${() => p.onRemove(photo)}>
                      ${m.remove}<span class="visually-hidden"> ${photo.name}</span></button>`
                    : nothing
                }
              </li>`,
            )}
          </ul>`
        : nothing
    }`;
}
