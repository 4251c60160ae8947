import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import bwipjs from 'bwip-js/node';

const WIDTH = 640;
const HEIGHT = 480;

/**
 * Writes a Y4M video (what Chromium's `--use-file-for-fake-video-capture` plays) whose frames show
 * one GS1 DataMatrix encoding `bracketed` (e.g. `(01)…(21)…`), black on white, centred.
 */
export function writeDataMatrixVideo(bracketed: string, file: string): void {
  const [symbol] = bwipjs.raw('gs1datamatrix', bracketed, {}) as Array<{
    pixs: number[];
    pixx: number;
    pixy: number;
  }>;
  if (!symbol) throw new Error('bwip-js produced no symbol');
  const scale = Math.floor((HEIGHT * 0.6) / symbol.pixy);
  const left = Math.floor((WIDTH - symbol.pixx * scale) / 2);
  const top = Math.floor((HEIGHT - symbol.pixy * scale) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let y = 0; y < symbol.pixy; y++) {
    for (let x = 0; x < symbol.pixx; x++) {
      if (!symbol.pixs[y * symbol.pixx + x]) continue;
      for (let dy = 0; dy < scale; dy++) {
        const row = (top + y * scale + dy) * WIDTH + left + x * scale;
        luma.fill(16, row, row + scale);
      }
    }
  }
  // 4:2:0 chroma at neutral grey.
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, Buffer.concat([header, frame, frame]));
}
