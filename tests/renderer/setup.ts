// The renderer tests' environment: jsdom with what it lacks and Chromium has.
// ResizeObserver (Svelte's bind:clientWidth uses it, e.g. the History charts): jsdom lays nothing out, so sizes
// never change and an observer never reports; the views keep their fallback size.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
