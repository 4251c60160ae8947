import type { ReactiveControllerHost } from 'lit';
import type { ApiCall } from '../platform/controllers/api-controller';
import type { Locale } from '../platform/localize/index';
import type { ClaimApi, UploadedFile } from './api/claim-api';
import { claimKit, lookupKit } from './kit/load-kit';
import type { PhotoEntry } from './states';

/**
 * The invoice photos: each checked on the device with the platform's photo quality check, then
 * uploaded one at a time (one upload call, so each photo has its own status) with an
 * idempotency key of its own that a retry reuses, so a dropped connection never stores it twice.
 */
export class PhotoUploads {
  #entries: PhotoEntry[] = [];
  #next = 0;
  #queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly upload: ApiCall<ClaimApi, [Blob, string], UploadedFile>,
    private readonly onChange: () => void,
  ) {}

  get entries(): readonly PhotoEntry[] {
    return this.#entries;
  }

  /** Photos still being checked or uploaded. */
  get pending(): number {
    return this.#entries.filter(
      (e) => e.status === 'checking' || e.status === 'uploading' || e.status === 'failed',
    ).length;
  }

  /** The stored file ids, in the order the photos were added. */
  get fileIds(): string[] {
    return this.#entries.flatMap((e) => (e.status === 'uploaded' && e.fileId ? [e.fileId] : []));
  }

  async add(files: File[], locale: Locale): Promise<void> {
    const added = files.map((file) => ({
      key: this.#next++,
      name: file.name,
      file,
      status: 'checking' as const,
    }));
    this.#entries = [...this.#entries, ...added];
    this.#changed();
    const { checkPhoto, retakeAdvice } = await lookupKit.load();
    for (const entry of added) {
      const check = await checkPhoto(entry.file);
      if (check.status === 'unreadable') this.#set(entry.key, { status: 'unreadable' });
      else if (check.status === 'retake')
        this.#set(entry.key, {
          status: 'retake',
          advice: retakeAdvice(check.report.issues, locale).map((a) => `${a.problem} ${a.advice}`),
        });
      else this.#enqueue(entry.key);
    }
  }

  retry(photo: PhotoEntry): Promise<void> {
    return this.#enqueue(photo.key);
  }

  remove(photo: PhotoEntry): void {
    this.#entries = this.#entries.filter((e) => e.key !== photo.key);
    this.#changed();
  }

  clear(): void {
    this.upload.abort();
    this.#entries = [];
    this.#changed();
  }

  #enqueue(key: number): Promise<void> {
    this.#set(key, { status: 'uploading' });
    this.#queue = this.#queue.then(() => this.#send(key));
    return this.#queue;
  }

  async #send(key: number): Promise<void> {
    const entry = this.#entries.find((e) => e.key === key);
    if (!entry) return;
    const uploadKey = entry.uploadKey ?? (await claimKit.load()).newIdempotencyKey();
    this.#set(key, { uploadKey });
    const result = await this.upload.run(entry.file, uploadKey);
    if (result.status === 'complete')
      this.#set(key, { status: 'uploaded', fileId: result.value.id });
    else this.#set(key, { status: 'failed' });
  }

  #set(key: number, patch: Partial<PhotoEntry>): void {
    this.#entries = this.#entries.map((e) => (e.key === key ? { ...e, ...patch } : e));
    this.#changed();
  }

  #changed(): void {
    this.onChange();
    this.host.requestUpdate();
  }
}
