/**
 * A compact baseline JPEG decoder to grey pixels, without native dependencies: Huffman-coded
 * DC and AC coefficients, dequantization, a separable float IDCT, restart intervals, any
 * sampling factors. Only the luma component (the first) is reconstructed — the photo check works
 * on grey pixels — but every component's coefficients are decoded to walk the bit stream.
 * Progressive, lossless and arithmetic-coded JPEG are `unsupported_image_format`.
 */
import type { GreyImage } from '@apotheca/domain/photo-quality';
import { undecodable, unsupported } from './image-errors';
import { MAX_PIXELS } from './png';

interface Huffman {
  /** Per code length 1..16: the largest code, the first code and the index of its first value. */
  maxCode: Int32Array;
  minCode: Int32Array;
  valueIndex: Int32Array;
  values: Uint8Array;
}

interface Component {
  id: number;
  h: number;
  v: number;
  quant: number;
  dcTable: number;
  acTable: number;
  blocksPerLine: number;
  blocksPerColumn: number;
  /** Decoded samples (luma only), `blocksPerLine × 8` wide. */
  pixels: Uint8Array | null;
  pred: number;
}

interface Frame {
  width: number;
  height: number;
  components: Component[];
  mcusX: number;
  mcusY: number;
  hMax: number;
  vMax: number;
}

const ZIGZAG = Uint8Array.from([
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20,
  13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52,
  45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
]);

/** cos((2x + 1) u π / 16) × C(u) / 2, indexed [u * 8 + x]. */
const IDCT = (() => {
  const table = new Float64Array(64);
  for (let u = 0; u < 8; u++) {
    const cu = u === 0 ? Math.SQRT1_2 : 1;
    for (let x = 0; x < 8; x++)
      table[u * 8 + x] = (cu / 2) * Math.cos(((2 * x + 1) * u * Math.PI) / 16);
  }
  return table;
})();

function buildHuffman(counts: Uint8Array, values: Uint8Array): Huffman {
  const maxCode = new Int32Array(18).fill(-1);
  const minCode = new Int32Array(17);
  const valueIndex = new Int32Array(17);
  let code = 0;
  let index = 0;
  for (let length = 1; length <= 16; length++) {
    const count = counts[length - 1] as number;
    valueIndex[length] = index;
    minCode[length] = code;
    code += count;
    index += count;
    maxCode[length] = count > 0 ? code - 1 : -1;
    code <<= 1;
  }
  return { maxCode, minCode, valueIndex, values };
}

class BitReader {
  private bits = 0;
  private count = 0;
  /** Set once a marker is met inside entropy-coded data: zeros are fed from then on. */
  marker = false;

  constructor(
    private readonly bytes: Uint8Array,
    public offset: number,
  ) {}

  bit(): number {
    if (this.count === 0) {
      let byte = 0;
      if (!this.marker && this.offset < this.bytes.length) {
        byte = this.bytes[this.offset] as number;
        if (byte === 0xff) {
          const next = this.bytes[this.offset + 1];
          if (next === 0) this.offset += 2;
          else {
            this.marker = true;
            byte = 0;
          }
        } else this.offset++;
      }
      this.bits = byte;
      this.count = 8;
    }
    this.count--;
    return (this.bits >> this.count) & 1;
  }

  receive(length: number): number {
    let value = 0;
    for (let i = 0; i < length; i++) value = (value << 1) | this.bit();
    return value;
  }

  /** The signed value of `length` bits (JPEG's EXTEND). */
  extend(length: number): number {
    if (length === 0) return 0;
    const value = this.receive(length);
    return value < 1 << (length - 1) ? value - (1 << length) + 1 : value;
  }

  decode(table: Huffman): number {
    let code = 0;
    for (let length = 1; length <= 16; length++) {
      code = (code << 1) | this.bit();
      if (code <= (table.maxCode[length] as number)) {
        return table.values[
          (table.valueIndex[length] as number) + code - (table.minCode[length] as number)
        ] as number;
      }
    }
    throw undecodable('JPEG Huffman code is invalid.');
  }

  /** Drops the rest of the byte and steps over an RSTn marker. */
  restart(): void {
    this.count = 0;
    this.marker = false;
    if (
      this.bytes[this.offset] === 0xff &&
      ((this.bytes[this.offset + 1] as number) & 0xf8) === 0xd0
    )
      this.offset += 2;
  }
}

export async function decodeJpeg(bytes: Uint8Array): Promise<GreyImage> {
  const quant: (Int32Array | undefined)[] = [];
  const dc: (Huffman | undefined)[] = [];
  const ac: (Huffman | undefined)[] = [];
  let frame: Frame | null = null;
  let restartInterval = 0;
  let offset = 2;
  const u16 = (at: number) => ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) throw undecodable('JPEG marker expected.');
    const marker = bytes[offset + 1] as number;
    if (marker === 0xff) {
      offset++;
      continue;
    }
    if (marker === 0xd9) break;
    const length = u16(offset + 2);
    const segment = bytes.subarray(offset + 4, offset + 2 + length);
    if (segment.length !== length - 2) throw undecodable('JPEG segment is truncated.');
    offset += 2 + length;
    if (marker === 0xdb) {
      for (let i = 0; i < segment.length; ) {
        const precision = (segment[i] as number) >> 4;
        const id = (segment[i] as number) & 15;
        const table = new Int32Array(64);
        for (let k = 0; k < 64; k++) {
          table[ZIGZAG[k] as number] = precision
            ? u16(offset - segment.length + i + 1 + k * 2)
            : (segment[i + 1 + k] as number);
        }
        quant[id] = table;
        i += 1 + (precision ? 128 : 64);
      }
    } else if (marker === 0xc4) {
      for (let i = 0; i < segment.length; ) {
        const cls = (segment[i] as number) >> 4;
        const id = (segment[i] as number) & 15;
        const counts = segment.subarray(i + 1, i + 17);
        const total = counts.reduce((n, c) => n + c, 0);
        const table = buildHuffman(counts, segment.slice(i + 17, i + 17 + total));
        if (cls === 0) dc[id] = table;
        else ac[id] = table;
        i += 17 + total;
      }
    } else if (marker === 0xdd) {
      restartInterval = u16(offset - 2 - length + 4);
    } else if (marker === 0xc0 || marker === 0xc1) {
      const height = u16(offset - length + 3);
      const width = u16(offset - length + 5);
      const count = segment[5] as number;
      if (width < 1 || height < 1 || width * height > MAX_PIXELS)
        throw unsupported(`JPEG of ${width} × ${height} pixels is outside what the check accepts.`);
      const components: Component[] = [];
      for (let c = 0; c < count; c++) {
        const at = 6 + c * 3;
        components.push({
          id: segment[at] as number,
          h: (segment[at + 1] as number) >> 4,
          v: (segment[at + 1] as number) & 15,
          quant: segment[at + 2] as number,
          dcTable: 0,
          acTable: 0,
          blocksPerLine: 0,
          blocksPerColumn: 0,
          pixels: null,
          pred: 0,
        });
      }
      if (components.length === 0 || components.some((c) => c.h < 1 || c.v < 1))
        throw undecodable('JPEG frame header is invalid.');
      const hMax = Math.max(...components.map((c) => c.h));
      const vMax = Math.max(...components.map((c) => c.v));
      const mcusX = Math.ceil(width / (8 * hMax));
      const mcusY = Math.ceil(height / (8 * vMax));
      for (const c of components) {
        c.blocksPerLine = mcusX * c.h;
        c.blocksPerColumn = mcusY * c.v;
      }
      const luma = components[0] as Component;
      luma.pixels = new Uint8Array(luma.blocksPerLine * 8 * luma.blocksPerColumn * 8);
      frame = { width, height, components, mcusX, mcusY, hMax, vMax };
    } else if (
      marker >= 0xc2 &&
      marker <= 0xcf &&
      marker !== 0xc4 &&
      marker !== 0xc8 &&
      marker !== 0xcc
    ) {
      throw unsupported(
        'Only baseline JPEG is decoded (this one is progressive, lossless or arithmetic-coded).',
      );
    } else if (marker === 0xda) {
      if (frame === null) throw undecodable('JPEG scan before its frame header.');
      offset = decodeScan(bytes, offset, segment, frame, quant, dc, ac, restartInterval);
    }
    // APPn, COM and others: skipped.
  }
  if (frame === null) throw undecodable('JPEG has no frame header.');
  const luma = frame.components[0] as Component;
  const pixels = luma.pixels as Uint8Array;
  const lineWidth = luma.blocksPerLine * 8;
  const out = new Uint8Array(frame.width * frame.height);
  // The luma component may itself be subsampled (rare): sample it at its own scale.
  const sx = luma.h / frame.hMax;
  const sy = luma.v / frame.vMax;
  for (let y = 0; y < frame.height; y++) {
    const row = Math.floor(y * sy) * lineWidth;
    for (let x = 0; x < frame.width; x++)
      out[y * frame.width + x] = pixels[row + Math.floor(x * sx)] as number;
  }
  return { width: frame.width, height: frame.height, luma: out };
}

function decodeScan(
  bytes: Uint8Array,
  offset: number,
  header: Uint8Array,
  frame: Frame,
  quant: readonly (Int32Array | undefined)[],
  dc: readonly (Huffman | undefined)[],
  ac: readonly (Huffman | undefined)[],
  restartInterval: number,
): number {
  const count = header[0] as number;
  const scan: Component[] = [];
  for (let i = 0; i < count; i++) {
    const id = header[1 + i * 2];
    const component = frame.components.find((c) => c.id === id);
    if (!component) throw undecodable('JPEG scan names an unknown component.');
    component.dcTable = (header[2 + i * 2] as number) >> 4;
    component.acTable = (header[2 + i * 2] as number) & 15;
    component.pred = 0;
    scan.push(component);
  }
  const reader = new BitReader(bytes, offset);
  const coefficients = new Float64Array(64);
  const decodeBlock = (component: Component, row: number, col: number) => {
    const dcTable = dc[component.dcTable];
    const acTable = ac[component.acTable];
    const table = quant[component.quant];
    if (!dcTable || !acTable || !table)
      throw undecodable('JPEG scan uses a table it did not define.');
    coefficients.fill(0);
    const size = reader.decode(dcTable);
    component.pred += reader.extend(size);
    coefficients[0] = component.pred * (table[0] as number);
    for (let k = 1; k < 64; ) {
      const rs = reader.decode(acTable);
      const run = rs >> 4;
      const bits = rs & 15;
      if (bits === 0) {
        if (run !== 15) break;
        k += 16;
        continue;
      }
      k += run;
      if (k > 63) throw undecodable('JPEG coefficients run past the block.');
      const at = ZIGZAG[k] as number;
      coefficients[at] = reader.extend(bits) * (table[at] as number);
      k++;
    }
    if (component.pixels !== null)
      idctBlock(coefficients, component.pixels, component.blocksPerLine * 8, row * 8, col * 8);
  };
  const single = scan.length === 1;
  const only = scan[0] as Component;
  // A single-component scan is not interleaved: its MCU is one block, over the component's own size.
  const blocksWide = Math.ceil(Math.ceil((frame.width * only.h) / frame.hMax) / 8);
  const blocksHigh = Math.ceil(Math.ceil((frame.height * only.v) / frame.vMax) / 8);
  const total = single ? blocksWide * blocksHigh : frame.mcusX * frame.mcusY;
  for (let mcu = 0; mcu < total; mcu++) {
    if (restartInterval > 0 && mcu > 0 && mcu % restartInterval === 0) {
      reader.restart();
      for (const c of scan) c.pred = 0;
    }
    if (single) {
      decodeBlock(only, Math.floor(mcu / blocksWide), mcu % blocksWide);
    } else {
      const mcuRow = Math.floor(mcu / frame.mcusX);
      const mcuCol = mcu % frame.mcusX;
      for (const c of scan) {
        for (let v = 0; v < c.v; v++) {
          for (let h = 0; h < c.h; h++) decodeBlock(c, mcuRow * c.v + v, mcuCol * c.h + h);
        }
      }
    }
  }
  // Step to the next marker after the entropy-coded data.
  let at = reader.offset;
  while (
    at + 1 < bytes.length &&
    !(bytes[at] === 0xff && bytes[at + 1] !== 0 && ((bytes[at + 1] as number) & 0xf8) !== 0xd0)
  )
    at++;
  return at;
}

const workspace = new Float64Array(64);

function idctBlock(
  input: Float64Array,
  out: Uint8Array,
  lineWidth: number,
  top: number,
  left: number,
): void {
  // Rows then columns: f(x, y) = Σu Σv C(u)C(v)/4 F(u, v) cos… cos…
  for (let v = 0; v < 8; v++) {
    for (let x = 0; x < 8; x++) {
      let sum = 0;
      for (let u = 0; u < 8; u++) sum += (IDCT[u * 8 + x] as number) * (input[v * 8 + u] as number);
      workspace[v * 8 + x] = sum;
    }
  }
  for (let x = 0; x < 8; x++) {
    for (let y = 0; y < 8; y++) {
      let sum = 0;
      for (let v = 0; v < 8; v++)
        sum += (IDCT[v * 8 + y] as number) * (workspace[v * 8 + x] as number);
      const value = Math.round(sum + 128);
      out[(top + y) * lineWidth + left + x] = value < 0 ? 0 : value > 255 ? 255 : value;
    }
  }
}
