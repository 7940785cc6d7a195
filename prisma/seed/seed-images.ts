import sharp from "sharp";

/**
 * Photo-like placeholder images generated locally (no downloads): a sky gradient,
 * a sun and a city skyline, with colours and shapes derived from the key.
 */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export async function generateSeedImage(key: string, width = 1600, height = 1000): Promise<Buffer> {
  let state = hash(key) || 1;
  const random = () => {
    state = Math.imul(state ^ (state >>> 15), 2246822507) ^ Math.imul(state ^ (state >>> 13), 3266489909);
    return ((state >>>= 0) % 10_000) / 10_000;
  };
  const hue = Math.floor(random() * 360);
  const buildings: string[] = [];
  for (let x = 0; x < width; ) {
    const w = 60 + Math.floor(random() * 140);
    const h = 150 + Math.floor(random() * 450);
    const light = 18 + Math.floor(random() * 20);
    buildings.push(`<rect x="${x}" y="${height - h}" width="${w - 6}" height="${h}" fill="hsl(${(hue + 200) % 360},25%,${light}%)"/>`);
    x += w;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="hsl(${hue},70%,62%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},80%,85%)"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#sky)"/>
  <circle cx="${Math.floor(width * (0.2 + random() * 0.6))}" cy="${Math.floor(height * 0.3)}" r="${80 + Math.floor(random() * 60)}" fill="hsl(${(hue + 60) % 360},90%,92%)" opacity="0.85"/>
  ${buildings.join("")}
  <rect y="${height - 40}" width="100%" height="40" fill="hsl(${hue},20%,12%)"/>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}
