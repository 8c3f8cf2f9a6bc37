/**
 * Small valid PNG pictures for tests, written by hand (signature, IHDR, one IDAT of deflated RGB rows,
 * IEND; https://www.w3.org/TR/png/): a white canvas with a few coloured bars, like a column chart.
 */
import { deflateSync } from "node:zlib";
import type { ChartId, ChartImage } from "../../src/core/results/chartTypes";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const COLOURS: readonly (readonly [number, number, number])[] = [
  [66, 133, 244],
  [219, 68, 55],
  [244, 180, 0],
  [15, 157, 88],
];

/** A PNG of `width` × `height` pixels with `bars` columns of the given heights (0–1). */
export function barsPng(
  width: number,
  height: number,
  bars: readonly number[] = [0.4, 0.7, 0.55, 0.9],
): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  const rows = Buffer.alloc(height * (1 + width * 3), 255);
  const slot = width / (bars.length + 1);
  for (let y = 0; y < height; y++) {
    const offset = y * (1 + width * 3);
    rows[offset] = 0; // filter: none
    for (const [index, bar] of bars.entries()) {
      if (y < height * (1 - bar) || y >= height - 2) continue;
      const [r, g, b] = COLOURS[index % COLOURS.length]!;
      const from = Math.round(slot * (index + 0.6));
      for (let x = from; x < Math.min(width, from + Math.round(slot * 0.8)); x++) {
        rows[offset + 1 + x * 3] = r;
        rows[offset + 2 + x * 3] = g;
        rows[offset + 3 + x * 3] = b;
      }
    }
    for (let x = 0; x < width; x++)
      if (y === height - 2) rows.fill(0, offset + 1 + x * 3, offset + 4 + x * 3);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(rows)),
      chunk("IEND", new Uint8Array()),
    ]),
  );
}

/** The four charts of the report as pictures. */
export function chartImages(width = 800, height = 400): ChartImage[] {
  const charts: [ChartId, string][] = [
    ["satisfaction", "Удовлетворённость участников в начале и в конце программы"],
    ["planCompletion", "Выполнение индивидуальных планов, %"],
    ["meetingsByMonth", "Встречи по месяцам"],
    ["pairsByForm", "Пары по формам наставничества"],
  ];
  return charts.map(([id, title], index) => ({
    id,
    title,
    png: barsPng(width, height, [0.3 + index * 0.1, 0.8, 0.5, 0.65]),
    widthPx: width,
    heightPx: height,
  }));
}
