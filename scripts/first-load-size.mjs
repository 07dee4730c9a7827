// Prints the gzip size of the first load of the built app: the entry script, the scripts it
// preloads and the stylesheets that dist/index.html names. Run after `vite build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function firstLoadFiles(distDir = 'dist') {
  const html = readFileSync(`${distDir}/index.html`, 'utf8');
  const pattern =
    /<(?:script[^>]*\ssrc|link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*\shref)="\/([^"]+)"/g;
  return [...html.matchAll(pattern)].map((match) => match[1]);
}

export function firstLoadBytes(distDir = 'dist') {
  return firstLoadFiles(distDir).map((file) => ({
    file,
    gzip: gzipSync(readFileSync(`${distDir}/${file}`), { level: 9 }).length,
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = firstLoadBytes(process.argv[2]);
  for (const { file, gzip } of files)
    console.log(`${(gzip / 1024).toFixed(1).padStart(7)} kB  ${file}`);
  const total = files.reduce((sum, { gzip }) => sum + gzip, 0);
  console.log(`${(total / 1024).toFixed(1).padStart(7)} kB  first load (gzip)`);
}
