import {
  adjustExposure,
  boxBlur,
  type GreyImage,
  syntheticDocument,
} from '@apotheca/domain/photo-quality';

/** Encodes a grey image as a PNG file, as a camera app would hand one over. */
async function encode(image: GreyImage, name: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2d context');
  const data = context.createImageData(image.width, image.height);
  for (let i = 0; i < image.luma.length; i++) {
    const v = image.luma[i] as number;
    data.data.set([v, v, v, 255], i * 4);
  }
  context.putImageData(data, 0, 0);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
  );
  return new File([blob], name, { type: 'image/png' });
}

/** Photos of a prescription page of each kind the check tells apart. */
export const photos = {
  sharp: () => encode(syntheticDocument(), 'prescription.png'),
  blurry: () => encode(boxBlur(syntheticDocument(), 5), 'blurry.png'),
  dark: () => encode(adjustExposure(syntheticDocument(), 0.3), 'dark.png'),
  cutOff: () => encode(syntheticDocument({ pageX: 0.5 }), 'cut-off.png'),
  notAPhoto: () => new File(['%PDF-1.7 not a photo'], 'scan.png', { type: 'image/png' }) as File,
};
