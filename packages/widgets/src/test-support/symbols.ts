import bwipjs from 'bwip-js/browser';

/** Renders a symbol with bwip-js to a PNG file, as a phone photo of a pack would arrive. */
export async function symbolPhoto(
  bcid: 'gs1datamatrix' | 'datamatrix' | 'qrcode' | 'gs1qrcode',
  text: string,
): Promise<File> {
  const canvas = document.createElement('canvas');
  bwipjs.toCanvas(canvas, { bcid, text, scale: 5, padding: 12, backgroundcolor: 'FFFFFF' });
  return canvasFile(canvas, `${bcid}.png`);
}

/** A blank photo with no symbol in it. */
export async function blankPhoto(): Promise<File> {
  const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 240 });
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#c8d0d8';
  ctx.fillRect(0, 0, 320, 240);
  return canvasFile(canvas, 'blank.png');
}

function canvasFile(canvas: HTMLCanvasElement, name: string): Promise<File> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(new File([blob], name, { type: 'image/png' }));
      else reject(new Error('canvas.toBlob failed'));
    }, 'image/png');
  });
}

/** A live video stream with nothing to decode (a grey canvas), for camera lifecycle tests. */
export function blankCameraStream(): MediaStream {
  const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 480 });
  const ctx = canvas.getContext('2d')!;
  const gradient = ctx.createLinearGradient(0, 0, 640, 480);
  gradient.addColorStop(0, '#6b7a8a');
  gradient.addColorStop(1, '#c9d2da');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, 640, 480);
  return canvas.captureStream(5);
}

/** A live video stream showing a GS1 DataMatrix of `bracketed`, like a camera over a pack. */
export function symbolCameraStream(bracketed: string): MediaStream {
  const symbol = document.createElement('canvas');
  bwipjs.toCanvas(symbol, { bcid: 'gs1datamatrix', text: bracketed, scale: 6, padding: 0 });
  const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 480 });
  const ctx = canvas.getContext('2d')!;
  let stream: MediaStream | undefined;
  const draw = () => {
    // `track.stop()` fires no event, so the painter checks for itself.
    if (stream?.getVideoTracks()[0]?.readyState === 'ended') return clearInterval(timer);
    ctx.fillStyle = '#f4f1ea';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(symbol, (640 - symbol.width) / 2, (480 - symbol.height) / 2);
  };
  // Keep frames flowing (captureStream only emits when the canvas changes).
  const timer = setInterval(draw, 100);
  draw();
  stream = canvas.captureStream(10);
  return stream;
}
