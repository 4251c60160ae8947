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
  const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 240 });
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#888';
  ctx.fillRect(0, 0, 320, 240);
  return canvas.captureStream(5);
}
