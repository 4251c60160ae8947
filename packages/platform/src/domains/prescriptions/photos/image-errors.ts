/** Why a photo could not be turned into pixels: the route maps each to a problem code. */
export class ImageDecodeError extends Error {
  constructor(
    /** `unsupported_image_format` (415): a format or variant the sandbox does not decode. `image_undecodable` (422): broken bytes. */
    readonly code: 'unsupported_image_format' | 'image_undecodable',
    message: string,
  ) {
    super(message);
    this.name = 'ImageDecodeError';
  }
}

export const unsupported = (message: string) =>
  new ImageDecodeError('unsupported_image_format', message);
export const undecodable = (message: string) => new ImageDecodeError('image_undecodable', message);
