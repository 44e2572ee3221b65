// Draws Tidyread's toolbar icon at 16, 32, 48 and 128 px into icons/ (run once; the PNGs are committed).
// The design: an open page with tidy text lines on a deep-green rounded square, a fold at the corner.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4;

function roundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The colour at a point of the unit square, or null for transparent. */
function shade(u, v) {
  const page = { left: 0.24, top: 0.17, right: 0.76, bottom: 0.83 };
  const fold = 0.14;
  if (u >= page.left && u <= page.right && v >= page.top && v <= page.bottom) {
    const dx = page.right - u;
    const dy = v - page.top;
    if (dx + dy < fold) return dx + dy < fold * 0.98 && dx < fold && dy < fold ? null : [26, 92, 52];
    if (dx + dy < fold * 1.35 && dx < fold && dy < fold) return [205, 222, 210];
    const lines = [0.33, 0.45, 0.57, 0.69];
    const widths = [0.78, 1, 0.9, 0.6];
    for (let i = 0; i < lines.length; i++) {
      const inLine = Math.abs(v - lines[i]) < 0.035;
      const end = page.left + 0.08 + (page.right - page.left - 0.16) * widths[i];
      if (inLine && u > page.left + 0.08 && u < end) return [26, 127, 55];
    }
    return [250, 250, 246];
  }
  if (roundedRect(u, v, 0.02, 0.02, 0.98, 0.98, 0.2)) return [26, 92, 52];
  return null;
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size) {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = shade((x + (sx + 0.5) / SUPERSAMPLE) / size, (y + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
        }
      }
      const at = y * (size * 4 + 1) + 1 + x * 4;
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      rows[at] = a ? Math.round(r / a) : 0;
      rows[at + 1] = a ? Math.round(g / a) : 0;
      rows[at + 2] = a ? Math.round(b / a) : 0;
      rows[at + 3] = Math.round((255 * a) / samples);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; header[10] = 0; header[11] = 0; header[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), png(size));
console.log(`wrote icons/icon-{${SIZES.join(',')}}.png`);
