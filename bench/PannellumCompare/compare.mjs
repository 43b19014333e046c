// Side-by-side: our viewer and Pannellum in headless Chromium, the same panorama, the same run. For each tool and
// panorama: process start -> rendered view (and -> full detail where the tool tells it), peak memory; medians of N runs.
// Usage: node compare.mjs --runs N --work DIR --chromium PATH --viewer PROGRAM --size WxH --pano LABEL=IMAGE.jpg=BUNDLE.exhibit ...
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync, createReadStream, statSync } from 'node:fs';
import { join, dirname, extname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const options = { runs: 3, size: '1920x1080', panos: [] };
for (let i = 2; i < process.argv.length; i += 2) {
  const [name, value] = [process.argv[i].replace(/^--/, ''), process.argv[i + 1]];
  if (name === 'pano') {
    const [label, image, bundle] = value.split('=');
    options.panos.push({ label, image, bundle });
  } else options[name] = name === 'runs' ? Number(value) : value;
}
const [width, height] = options.size.split('x').map(Number);

// --- memory of a process tree, from /proc ------------------------------------------------------------------------
const statusField = (pid, field) => {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch { return 0; }
};
const pss = (pid) => {
  try {
    const match = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m);
    return match ? Number(match[1]) * 1024 : 0;
  } catch { return 0; }
};
const tree = (root) => {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), { ppid: Number(fields[1]), pgrp: Number(fields[2]) });
    } catch { /* gone meanwhile */ }
  }
  const inTree = (pid) => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parents.get(p)?.ppid ?? 0, hops++) if (p === root) return true;
    return false;
  };
  return [...parents.keys()].filter((pid) => parents.get(pid).pgrp === root || inTree(pid));
};
const sum = (pids, f) => pids.reduce((total, pid) => total + f(pid), 0);

// --- the local web server: the page, Pannellum's build, the panoramas, and /done ----------------------------------
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.jpg': 'image/jpeg' };
let onDone = () => {};
let onCheck = () => {};
const images = new Map(options.panos.map((p) => [`/pano/${p.label}.jpg`, p.image]));
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/done' || url.pathname === '/check') {
    response.end('ok');
    (url.pathname === '/done' ? onDone : onCheck)(Object.fromEntries(url.searchParams));
    return;
  }
  const file = url.pathname === '/' ? join(here, 'web', 'index.html')
    : url.pathname.startsWith('/pannellum/') ? join(here, 'web', 'node_modules', 'pannellum', 'build', url.pathname.slice(11))
      : images.get(url.pathname);
  try {
    if (!file || !statSync(file).isFile()) throw new Error('missing');
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(response);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;

// --- one Pannellum run ----------------------------------------------------------------------------------------------
// Headless Chromium's --window-size includes room for browser UI it does not draw, so the page would be shorter than
// asked; the first run that reports a different viewport corrects the window for the next and is run again.
let windowExtra = { width: 0, height: 0 };
async function pannellumRun(pano) {
  for (let attempt = 0; ; attempt++) {
    const result = await pannellumRunOnce(pano);
    const [w, h] = (result.viewport ?? '').split('x').map(Number);
    if (result.error || attempt > 0 || (w === width && h === height)) return result;
    windowExtra = { width: windowExtra.width + width - w, height: windowExtra.height + height - h };
  }
}

async function pannellumRunOnce(pano) {
  const profile = mkdtempSync(join(tmpdir(), 'pannellum-chromium-'));
  const args = ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    '--no-default-browser-check', '--disable-extensions', '--hide-scrollbars', '--mute-audio',
    `--window-size=${width + windowExtra.width},${height + windowExtra.height}`, `--user-data-dir=${profile}`,
    `http://127.0.0.1:${port}/?img=${encodeURIComponent(`/pano/${pano.label}.jpg`)}`];
  const done = new Promise((resolve) => { onDone = resolve; });
  const check = new Promise((resolve) => { onCheck = resolve; });
  const started = performance.now();
  const chromium = spawn(options.chromium, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  chromium.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-4000); });
  let peakRss = 0;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, sum(tree(chromium.pid), (p) => statusField(p, 'VmRSS'))); }, 20);
  const timeout = new Promise((resolve) => setTimeout(() => resolve({ error: 'no report within 120 s' }), 120_000));
  const report = await Promise.race([done, timeout]);
  const renderedMs = performance.now() - started;
  if (process.env.PANNELLUM_DEBUG) console.error(JSON.stringify(report));
  clearInterval(sampler);
  const pids = tree(chromium.pid);
  const memory = { peakRss: Math.max(peakRss, sum(pids, (p) => statusField(p, 'VmRSS'))), sumHwm: sum(pids, (p) => statusField(p, 'VmHWM')), pss: sum(pids, pss) };
  // A drawn photo has colour; a failed texture upload leaves the sampled pixels black (or none at all).
  const pixels = report.error ? '' : (await Promise.race([check, new Promise((r) => setTimeout(() => r({}), 20_000))])).pixels ?? '';
  const samples = pixels.split(' ').filter(Boolean);
  const result = {
    renderedMs: report.error ? null : renderedMs, fullDetailMs: report.error ? null : renderedMs, pageMs: Number(report.ms ?? NaN), error: report.error,
    processes: pids.length, ...memory, pixels,
    drawn: `${samples.filter((p) => p !== '0,0,0').length}/${samples.length} px`,
    renderer: report.renderer, contextLost: report.contextLost, maxTexture: report.maxTexture, viewport: `${report.width}x${report.height}`,
  };
  try { process.kill(-chromium.pid, 'SIGKILL'); } catch { /* already gone */ }
  await new Promise((resolve) => (chromium.exitCode !== null || chromium.signalCode ? resolve() : chromium.once('exit', resolve)));
  rmSync(profile, { recursive: true, force: true });
  if (result.error && stderr) result.error += ` (chromium: ${stderr.trim().split('\n').slice(-2).join(' | ')})`;
  return result;
}

// --- one run of ours ------------------------------------------------------------------------------------------------
async function viewerRun(pano) {
  const script = join(options.work, 'wait-complete.txt');
  writeFileSync(script, 'wait-complete 60\nquit\n');
  const env = { ...process.env, EXHIBITION_DATA_DIR: join(options.work, 'viewer-data') };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const viewer = spawn(options.viewer, [pano.bundle, '--script', script, '--stats', '--windowed', options.size,
    '--yaw', '0', '--pitch', '0', '--hfov', '90'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  viewer.stdout.on('data', (chunk) => { stdout += chunk; });
  viewer.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-4000); });
  const code = await new Promise((resolve) => viewer.once('exit', resolve));
  const line = stdout.split('\n').findLast((l) => l.startsWith('{"frames"'));
  if (code !== 0 || !line) return { error: `exit ${code}: ${stderr.trim().split('\n').slice(-2).join(' | ')}` };
  const stats = JSON.parse(line);
  return { renderedMs: stats.firstFrameMs, fullDetailMs: stats.fullDetailMs, peakRss: stats.peakRssBytes };
}

// --- the table ------------------------------------------------------------------------------------------------------
const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (v) => (v === null ? '—' : v.toFixed(0));
const mb = (v) => (v === null ? '—' : (v / 1048576).toFixed(0));
const rows = [];
const notes = [];
for (const pano of options.panos) {
  // Alternate the two tools run by run so drifting machine load falls on both alike.
  const ours = [], theirs = [];
  for (let run = 0; run < options.runs; run++) {
    if (pano.bundle) ours.push(await viewerRun(pano));
    theirs.push(await pannellumRun(pano));
  }
  for (const [tool, results] of [['ours (ExhibitionViewer)', ours], ['Pannellum 2.5.7 (Chromium)', theirs]]) {
    if (results.length === 0) continue;
    const errors = [...new Set(results.filter((r) => r.error).map((r) => r.error))];
    errors.forEach((e) => notes.push(`${tool}, ${pano.label}: ${e}`));
    const ok = results.filter((r) => !r.error);
    rows.push({
      tool, pano: pano.label, runs: `${ok.length}/${results.length}`,
      rendered: median(ok.map((r) => r.renderedMs)), full: median(ok.map((r) => r.fullDetailMs)),
      peak: median(ok.map((r) => r.peakRss)), drawn: [...new Set(ok.map((r) => r.drawn ?? '—'))].join(', '), pss: median(ok.map((r) => r.pss ?? null)), hwm: median(ok.map((r) => r.sumHwm ?? null)),
    });
    const info = ok.find((r) => r.maxTexture);
    if (info) notes.push(`${tool}, ${pano.label}: WebGL renderer "${info.renderer}", max texture ${info.maxTexture}, context lost at report: ${info.contextLost}, sampled pixels ${info.pixels}, viewport ${info.viewport}, ${info.processes} processes; page-reported load+frame ${ms(median(ok.map((r) => r.pageMs)))} ms after navigation start`);
  }
}
server.close();

const header = ['tool', 'panorama', 'ok runs', 'view not black', 'start→rendered view ms', 'start→full detail ms', 'peak RSS MB', 'PSS at render MB', 'ΣVmHWM MB'];
const lines = rows.map((r) => [r.tool, r.pano, r.runs, r.drawn, ms(r.rendered), ms(r.full), mb(r.peak), mb(r.pss), mb(r.hwm)]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const format = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(format(header));
console.log(format(widths.map((w) => '-'.repeat(w))));
lines.forEach((l) => console.log(format(l)));
console.log(`\nMedians of ${options.runs} runs at ${options.size}, both rendering on the CPU (ours: Mesa llvmpipe; Chromium: SwiftShader).`);
console.log('Ours: firstFrameMs / fullDetailMs / peakRssBytes (VmHWM) from the viewer\'s --stats. Pannellum: wall time from');
console.log('spawning Chromium to the page\'s report (load event + one animation frame; an equirect is one texture, so that');
console.log('view is already full detail); peak RSS = highest sampled sum of VmRSS over Chromium\'s processes (every 20 ms;');
console.log('shared pages counted in each process), PSS = proportional set size summed at the report, ΣVmHWM = each process\'s');
console.log('own peak summed (an upper bound). "view not black": after the timing the page draws the view again and reads');
console.log('5 pixels back; a photo has colour there, a failed texture upload leaves them black (ours is checked by its own tests).');
notes.forEach((n) => console.log(`- ${n}`));
process.exit(0); // pending time-outs of finished runs would otherwise keep Node up for up to two minutes
