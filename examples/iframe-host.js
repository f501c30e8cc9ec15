// Parent side of the iframe embed: sizes each iframe marked data-vk-check-frame to the height
// its embed.html reports. Only messages from that iframe's own window and origin count, so no
// other frame or page can resize it.
for (const frame of document.querySelectorAll('iframe[data-vk-check-frame]')) {
  const origin = new URL(frame.src, location.href).origin;
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const { type, height } = event.data ?? {};
    if (type !== 'vk-check:height' || !Number.isFinite(height) || height <= 0) return;
    // A CSSOM property, not a style attribute, so it is allowed under style-src 'self'.
    frame.style.height = `${Math.ceil(height)}px`;
  });
}
