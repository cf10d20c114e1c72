/**
 * dist/embed/resize.js, the host page's script: gives every
 * `<iframe data-frr-embed>` on the page the height its content reports
 * (`{ type: 'frr:height', height }`, posted by dist/embed/frame.js). No
 * dependency; no inline style or eval, so it runs under a strict CSP. Without
 * it, an iframe keeps its `height` attribute. A frame reports on its own when
 * it starts; one that started before this script asks it again
 * (`{ type: 'frr:ready' }`), as WordPress's script does with its `ready`.
 */
export {};

const MAX = 20000;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (data?.type !== 'frr:height' || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  const height = Math.min(MAX, Math.max(0, Math.ceil(data.height)));
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-frr-embed]')) {
    // Only the frame that sent it: matched by window, never by anything the message claims.
    if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
  }
});

// Frames that reported before this script listened answer this with their height.
for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-frr-embed]')) {
  frame.contentWindow?.postMessage({ type: 'frr:ready' }, '*');
}
