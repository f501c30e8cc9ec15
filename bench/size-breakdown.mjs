// `make bench`, part two: what the wasm's bytes are made of. Rebuilds the final wasm from cargo's
// release output with its names kept (wasm-bindgen --keep-debug, then wasm-opt -Oz -g with the
// extra flags index.html gives trunk, so the optimisation trunk runs), sums twiggy's per-item sizes by crate, and compresses the data
// section on its own. Prints numbers; it asserts nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const TARGET = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const INPUT = join(TARGET, 'wasm32-unknown-unknown/release/vk_check.wasm');

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);

/** The bytes of each section id of a wasm module (ids as in the spec: 10 code, 11 data). */
function sections(wasm) {
  const out = new Map();
  const leb = (i) => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = wasm[i++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return [value, i];
    }
  };
  for (let i = 8; i < wasm.length; ) {
    const id = wasm[i];
    const [length, start] = leb(i + 1);
    out.set(id, Buffer.concat([out.get(id) ?? Buffer.alloc(0), wasm.subarray(start, start + length)]));
    i = start + length;
  }
  return out;
}

/** The crate an item belongs to: for `<T as Trait>::f` the crate of T, else the first path segment. */
function crateOf(name) {
  if (name.startsWith('data segment')) return '(data: texts, tool data)';
  if (/externref shim|^elem\[|^code\[|^table\[|^global|^import|^export|^type\[/.test(name)) return '(wasm-bindgen glue, tables)';
  const inner = name.startsWith('<') ? name.slice(1) : name;
  const crate = inner.match(/^&?(?:mut )?(?:dyn )?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (!crate) return '(other)';
  // Yew's generic lifecycle code instantiated for our components is our view code.
  if (crate[1] === 'yew' && /CompStateInner<COMP>.*::view/.test(name)) return 'vk_check (component views)';
  return crate[1] === 'vk_check' ? 'vk_check (domain, app)' : crate[1];
}

// The release build's wasm-opt flags, as index.html hands them to trunk.
const WASM_OPT_PARAMS = (readFileSync(join(ROOT, 'index.html'), 'utf8').match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '')
  .split(/\s+/)
  .filter(Boolean);

const dir = mkdtempSync(join(tmpdir(), 'vkc-size-'));
try {
  execFileSync('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', dir, INPUT]);
  const named = join(dir, 'named.wasm');
  execFileSync('wasm-opt', ['-Oz', ...WASM_OPT_PARAMS, '-g', join(dir, 'vk_check_bg.wasm'), '-o', named]);
  const csv = execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'csv', named], { maxBuffer: 1 << 28 }).toString();
  const totals = new Map();
  for (const line of csv.split('\n').slice(1)) {
    const match = line.match(/^"?(.*?)"?,(\d+),/);
    if (!match || match[1].includes('function names') || match[1].includes('names" subsection')) continue;
    const name = match[1].replaceAll('""', '"');
    if (name.startsWith('Σ')) continue;
    const crate = crateOf(name);
    totals.set(crate, (totals.get(crate) ?? 0) + Number(match[2]));
  }
  const sum = [...totals.values()].reduce((a, b) => a + b, 0);
  const parts = sections(readFileSync(named));
  const code = parts.get(10) ?? Buffer.alloc(0);
  const data = parts.get(11) ?? Buffer.alloc(0);
  console.log('\nWhat the wasm is made of (raw KB after the release wasm-opt; share of the raw code and data):');
  for (const [crate, bytes] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 16)) {
    console.log(`  ${kb(bytes)}  ${((100 * bytes) / sum).toFixed(1).padStart(5)} %  ${crate}`);
  }
  console.log(`  ${kb(sum)}  100.0 %  total`);
  console.log(`Code section ${kb(code.length).trim()} KB raw, ${kb(brotli(code)).trim()} KB brotli alone; ` +
    `data section ${kb(data.length).trim()} KB raw, ${kb(brotli(data)).trim()} KB brotli alone.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
