// embed.html: the widget alone, for an iframe. The parent page sizes the iframe from the
// height this page posts (see iframe-host.js and the README).
const root = document.querySelector('.embed-root');
const mountPoint = root.querySelector('[data-vk-check]');

// ?lang=en&view=table choose the instance's language and parts, like data-lang/data-view.
const params = new URLSearchParams(location.search);
for (const key of ['lang', 'view']) {
  const value = params.get(key);
  if (value !== null) mountPoint.setAttribute(`data-${key}`, value);
}

// Posts the height whenever it changes. The target origin is '*' because the page cannot know
// who embeds it and a height reveals nothing; the parent checks where the message came from.
if (window.parent !== window) {
  let posted = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    window.parent.postMessage({ type: 'vk-check:height', height }, '*');
  }).observe(root);
}

// Started after the attributes are set, because the module mounts when it loads.
await import('../vk-check.js');
