/**
 * A PNG decoder to grey pixels without native dependencies: chunks, zlib via the platform's
 * `DecompressionStream`, the five row filters. 8-bit grey, grey+alpha, RGB, RGBA and palette
 * images, non-interlaced; anything else is `unsupported_image_format`.
 */
import { type GreyImage, lumaFromInterleaved } from '@apotheca/domain/photo-quality';
import { undecodable, unsupported } from './image-errors';

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** Refuses photos whose pixels would not fit in memory comfortably (≈ 50 MP). */
export const MAX_PIXELS = 50_000_000;

const CHANNELS: Record<number, 1 | 2 | 3 | 4> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export async function decodePng(bytes: Uint8Array): Promise<GreyImage> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  let palette: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  let ended = false;
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (data.length !== length) throw undecodable(`PNG chunk ${type} is truncated.`);
    offset += 12 + length;
    if (type === 'IHDR') {
      if (length < 13) throw undecodable('PNG header is truncated.');
      const header = new DataView(data.buffer, data.byteOffset, data.byteLength);
      width = header.getUint32(0);
      height = header.getUint32(4);
      const bitDepth = data[8];
      colorType = data[9] as number;
      const interlace = data[12];
      if (bitDepth !== 8)
        throw unsupported(`PNG with ${bitDepth}-bit samples; only 8-bit is decoded.`);
      if (interlace !== 0)
        throw unsupported('Interlaced PNG is not decoded; save it non-interlaced.');
      if (CHANNELS[colorType] === undefined)
        throw undecodable(`PNG colour type ${colorType} is invalid.`);
      if (width < 1 || height < 1 || width * height > MAX_PIXELS) {
        throw unsupported(`PNG of ${width} × ${height} pixels is outside what the check accepts.`);
      }
    } else if (type === 'PLTE') {
      palette = data;
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      ended = true;
      break;
    }
  }
  if (width === 0 || idat.length === 0 || !ended)
    throw undecodable('PNG is missing its header, data or end.');
  const channels = CHANNELS[colorType] as 1 | 2 | 3 | 4;
  const stride = width * channels;
  let raw: Uint8Array;
  try {
    raw = await inflate(idat);
  } catch {
    throw undecodable('PNG image data does not decompress.');
  }
  if (raw.length < (stride + 1) * height)
    throw undecodable('PNG image data is shorter than its size.');
  const pixels = unfilter(raw, stride, height, channels);
  if (colorType === 3) {
    if (palette === null) throw undecodable('Palette PNG without a palette.');
    const rgb = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) {
      const entry = (pixels[i] as number) * 3;
      rgb[i * 3] = palette[entry] ?? 0;
      rgb[i * 3 + 1] = palette[entry + 1] ?? 0;
      rgb[i * 3 + 2] = palette[entry + 2] ?? 0;
    }
    return lumaFromInterleaved(rgb, width, height, 3);
  }
  return lumaFromInterleaved(pixels, width, height, channels);
}

async function inflate(chunks: readonly Uint8Array[]): Promise<Uint8Array> {
  const stream = new Blob([...chunks] as BlobPart[])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function unfilter(raw: Uint8Array, stride: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const value = raw[src + x] as number;
      const a = x >= bpp ? (out[row + x - bpp] as number) : 0;
      const b = y > 0 ? (out[prev + x] as number) : 0;
      const c = x >= bpp && y > 0 ? (out[prev + x - bpp] as number) : 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = a;
          break;
        case 2:
          predicted = b;
          break;
        case 3:
          predicted = (a + b) >> 1;
          break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default:
          throw undecodable(`PNG row filter ${filter} is invalid.`);
      }
      out[row + x] = (value + predicted) & 0xff;
    }
  }
  return out;
}

/**
 * Encodes grey pixels as a PNG (filter 0, zlib via `CompressionStream`). For tests and sandbox
 * demo photos; the sandbox never re-encodes uploads.
 */
export async function encodeGreyPng(image: GreyImage): Promise<Uint8Array> {
  const { width, height, luma } = image;
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(luma.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const stream = new Blob([raw]).stream().pipeThrough(new CompressionStream('deflate'));
  const compressed = new Uint8Array(await new Response(stream).arrayBuffer());
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8);
  const parts = [
    Uint8Array.from(PNG_SIGNATURE),
    chunk('IHDR', header),
    chunk('IDAT', compressed),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

let crcTable: Uint32Array | null = null;

function crc32(bytes: Uint8Array): number {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
