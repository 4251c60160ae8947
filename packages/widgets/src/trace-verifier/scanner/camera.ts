/** Why the camera could not start; each has its own explanation and fallback. */
export type CameraFailure = 'denied' | 'no_camera' | 'unsupported' | 'busy' | 'failed';

/** The camera could not start. */
export class CameraError extends Error {
  override name = 'CameraError';
  /** Stable code for `apotheca-error`, e.g. `camera_denied`. */
  readonly code: string;
  constructor(readonly reason: CameraFailure) {
    super(`camera_${reason}`);
    this.code = `camera_${reason}`;
  }
}

function failureOf(error: unknown): CameraFailure {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no_camera';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'failed';
}

interface TorchCapabilities extends MediaTrackCapabilities {
  torch?: boolean;
}

/**
 * One camera stream at a time. Every way out (stop, switch, failure) stops every track, so the
 * camera light goes off as soon as the widget no longer needs it.
 */
export class Camera {
  #stream: MediaStream | undefined;
  #devices: MediaDeviceInfo[] = [];

  /** The live stream, if any. */
  get stream(): MediaStream | undefined {
    return this.#stream;
  }

  /** How many cameras the device has (known after the first start). */
  get deviceCount(): number {
    return this.#devices.length;
  }

  /** Whether the current camera has a controllable torch. */
  get hasTorch(): boolean {
    const track = this.#stream?.getVideoTracks()[0];
    const capabilities = track?.getCapabilities?.() as TorchCapabilities | undefined;
    return capabilities?.torch === true;
  }

  /** Starts the back camera (or `deviceId`) and returns its stream. */
  async start(deviceId?: string): Promise<MediaStream> {
    this.stop();
    if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('unsupported');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: deviceId
          ? { deviceId: { exact: deviceId } }
          : {
              facingMode: { ideal: 'environment' },
              width: { ideal: 1280 },
              height: { ideal: 720 },
            },
      });
    } catch (error) {
      throw new CameraError(failureOf(error));
    }
    this.#stream = stream;
    try {
      const devices = await navigator.mediaDevices.enumerateDevices();
      this.#devices = devices.filter((device) => device.kind === 'videoinput');
    } catch {
      this.#devices = [];
    }
    return stream;
  }

  /** Starts the next camera in the device list (front ↔ back on a phone). */
  async switchCamera(): Promise<MediaStream> {
    const current = this.#stream?.getVideoTracks()[0]?.getSettings().deviceId;
    const index = this.#devices.findIndex((device) => device.deviceId === current);
    const next = this.#devices[(index + 1) % this.#devices.length];
    return this.start(next?.deviceId);
  }

  /** Turns the torch on or off; resolves `false` when the camera refused. */
  async setTorch(on: boolean): Promise<boolean> {
    const track = this.#stream?.getVideoTracks()[0];
    if (!track) return false;
    try {
      await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
      return true;
    } catch {
      return false;
    }
  }

  /** Stops every track of the stream. Safe to call at any time. */
  stop(): void {
    for (const track of this.#stream?.getTracks() ?? []) track.stop();
    this.#stream = undefined;
  }
}
