// Writes the PNG app icons in public/ (a white check mark on the theme blue). Run once after changing the
// design: `node scripts/make-icons.mjs`. No image library: a few lines of geometry and zlib make the PNGs.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const blue = [0x1d, 0x4e, 0x89];
const white = [0xff, 0xff, 0xff];
// The check mark as two strokes in a unit square.
const strokes = [
  [0.27, 0.53, 0.43, 0.69],
  [0.43, 0.69, 0.74, 0.34],
];
const strokeWidth = 0.11;

function distanceToSegment(px, py, [x1, y1, x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

/** `radius`: corner rounding of the blue square (0 fills the canvas); `scale`: size of the mark. */
function pixel(u, v, { radius, scale }) {
  const cx = Math.min(Math.max(u, radius), 1 - radius);
  const cy = Math.min(Math.max(v, radius), 1 - radius);
  if (radius > 0 && Math.hypot(u - cx, v - cy) > radius) return null;
  const mu = 0.5 + (u - 0.5) / scale;
  const mv = 0.5 + (v - 0.5) / scale;
  const onMark = strokes.some((s) => distanceToSegment(mu, mv, s) < strokeWidth / 2);
  return onMark ? white : blue;
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, options) {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const color = pixel((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size, options);
          if (!color) continue;
          sum[0] += color[0];
          sum[1] += color[1];
          sum[2] += color[2];
          sum[3] += 255;
        }
      }
      const n = samples * samples;
      const covered = sum[3] / 255;
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      for (let c = 0; c < 3; c += 1) raw[offset + c] = covered ? Math.round(sum[c] / covered) : 0;
      raw[offset + 3] = Math.round(sum[3] / n);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const icons = [
  ['icon-192.png', 192, { radius: 0.18, scale: 1 }],
  ['icon-512.png', 512, { radius: 0.18, scale: 1 }],
  // Maskable icons are cropped to a circle of 80%: full bleed, mark kept inside the safe zone.
  ['icon-maskable-512.png', 512, { radius: 0, scale: 0.7 }],
  // iOS rounds the corners itself.
  ['apple-touch-icon.png', 180, { radius: 0, scale: 0.9 }],
];
for (const [name, size, options] of icons)
  writeFileSync(new URL(`../public/${name}`, import.meta.url), png(size, options));
