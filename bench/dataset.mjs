// Generated datasets for `make bench`: any number of tools in the format of data/tools.json,
// the same for every run (a fixed seed and a small PRNG, no Math.random).

/** mulberry32: a tiny 32-bit PRNG, good enough to mix test data and fully deterministic. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BRANDS = [
  'Alpen', 'Nordlicht', 'Hanse', 'Rhein', 'Elbe', 'Fjord', 'Prairie', 'Sakura', 'Maple', 'Tundra',
  'Lagune', 'Vulkan', 'Bernstein', 'Kiesel', 'Polar', 'Sonne', 'Quelle', 'Zeder', 'Brise', 'Ahorn',
];
const WORDS = ['Meet', 'Call', 'Talk', 'Konferenz', 'Room', 'Video', 'Connect', 'Cast'];
// Weighted by repetition: mostly DE and USA, as in the built-in data, plus EEA, adequate and
// third countries, and null (self-hosted, location not stated).
const LOCATIONS = [
  'DE', 'DE', 'DE', 'USA', 'USA', 'USA', 'NOR', 'FR', 'NL', 'AT', 'SE', 'IE',
  'CH', 'GB', 'JP', 'CA', 'IN', 'CN', null, null,
];
const PARTICIPANTS = [null, 10, 25, 50, 100, 150, 250, 300, 500, 1000, 10000];
const PLATFORMS = ['windows', 'macos', 'android', 'ios', 'browser'];

/** A letter code for `i` ("AA", "AB", …), so names are unique without digits. */
function code(i) {
  let s = '';
  let n = i;
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s.padStart(3, 'A');
}

/**
 * `n` tools (all `origin: "added"`, as an embedder's own tools are, so the widget opens on the
 * current view and shows every one) citing one source. Tool 0 has E2E "yes" and tool 1 "no",
 * so the benchmark's filter never empties or keeps the whole table.
 */
export function generate(n, seed = 20240611) {
  const random = prng(seed + n);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const tristate = () => {
    const r = random();
    return r < 0.5 ? 'yes' : r < 0.8 ? 'no' : 'unknown';
  };
  const tools = [];
  for (let i = 0; i < n; i++) {
    const platforms = Object.fromEntries(PLATFORMS.map((p) => [p, tristate()]));
    tools.push({
      id: `bench-${i}`,
      name: `${pick(BRANDS)} ${pick(WORDS)} ${code(i)}`,
      origin: 'added',
      source: 'bench',
      location: pick(LOCATIONS),
      max_participants: pick(PARTICIPANTS),
      e2e: i === 0 ? 'yes' : i === 1 ? 'no' : tristate(),
      platforms,
      blur: tristate(),
    });
  }
  return {
    sources: [
      { id: 'bench', title: '[Generated benchmark data]', publisher: 'vk-check bench', url: null, date: '2025' },
    ],
    tools,
  };
}

/** What the benchmark filters by, and how many rows each filter must leave. */
export function expectations(data) {
  const { tools } = data;
  // The second word of the first tool's name: present at least once, rarely everywhere.
  const query = tools[0].name.split(' ')[1].toLowerCase();
  return {
    total: tools.length,
    query,
    queryRows: tools.filter((t) => t.name.toLowerCase().includes(query)).length,
    e2eRows: tools.filter((t) => t.e2e === 'yes').length,
  };
}
