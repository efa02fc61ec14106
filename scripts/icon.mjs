// Draws the extension's icon, images/icon.png (128×128 RGBA), from a few vector shapes: a sheet of paper with a
// folded corner and lines of text on a deep-red tile, and a red proofreader's check over the lines. No fonts, no
// dependencies: each pixel is sampled 8×8 times against the shapes, and the PNG is written with node:zlib.
//
//   node scripts/icon.mjs [--out FILE]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const OUT = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(ROOT, 'images', 'icon.png'));
const SIZE = 128;
const SAMPLES = 8;

// ---- shapes: each answers whether a point (in 0..128 units) is inside ----
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const polygon = (points) => (x, y) => {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
/** A polyline of width `w` with round joins and caps. */
const stroke = (points, w) => (x, y) => {
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1];
    const [bx, by] = points[i];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2) return true;
  }
  return false;
};

// ---- the picture, back to front: [shape, [r, g, b, a]] ----
const FOLD = 22;
const sheet = polygon([[30, 16], [98 - FOLD, 16], [98, 16 + FOLD], [98, 112], [30, 112]]);
const layers = [
  [roundedRect(4, 4, 124, 124, 22), [178, 34, 34, 255]], // the tile: 中国红-like deep red
  [polygon([[33, 19], [101 - FOLD, 19], [101, 19 + FOLD], [101, 115], [33, 115]]), [90, 10, 10, 110]], // shadow
  [sheet, [255, 253, 248, 255]], // the paper
  [polygon([[98 - FOLD, 16], [98 - FOLD, 16 + FOLD], [98, 16 + FOLD]]), [214, 204, 190, 255]], // the folded corner
  // Lines of text: a title, then body lines (the last one short).
  [roundedRect(42, 30, 70, 36, 3), [120, 120, 128, 255]],
  ...[48, 60, 72, 84].map((y, i) => [roundedRect(40, y, i === 3 ? 66 : 88, y + 5, 2.5), [176, 176, 184, 255]]),
  // The check, in red with a white outline so it stands out where it crosses the tile.
  [stroke([[52, 80], [66, 96], [104, 50]], 17), [255, 255, 255, 255]],
  [stroke([[52, 80], [66, 96], [104, 50]], 10), [214, 40, 40, 255]],
];

// ---- rasterise ----
const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = px + (sx + 0.5) / SAMPLES;
        const y = py + (sy + 0.5) / SAMPLES;
        // Composite this sample (premultiplied, "over").
        let sr = 0;
        let sg = 0;
        let sb = 0;
        let sa = 0;
        for (const [inside, [lr, lg, lb, la]] of layers) {
          if (!inside(x, y)) continue;
          const alpha = la / 255;
          sr = lr * alpha + sr * (1 - alpha);
          sg = lg * alpha + sg * (1 - alpha);
          sb = lb * alpha + sb * (1 - alpha);
          sa = alpha + sa * (1 - alpha);
        }
        r += sr;
        g += sg;
        b += sb;
        a += sa;
      }
    }
    const n = SAMPLES * SAMPLES;
    const alpha = a / n;
    const at = (py * SIZE + px) * 4;
    // Un-premultiply for PNG's straight alpha.
    pixels[at] = alpha > 0 ? Math.round(r / n / alpha) : 0;
    pixels[at + 1] = alpha > 0 ? Math.round(g / n / alpha) : 0;
    pixels[at + 2] = alpha > 0 ? Math.round(b / n / alpha) : 0;
    pixels[at + 3] = Math.round(alpha * 255);
  }
}

// ---- PNG ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4); // filter 0
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, png);
console.log(`icon: ${OUT} (${SIZE}×${SIZE}, ${png.length} bytes)`);
