/** The message the iframe page sends its parent: `{type, height}` in CSS pixels. */
export const HEIGHT_MESSAGE = 'partnership-widgets:height';

/**
 * Calls `post` with the height of `root` now and whenever it changes, at most once per
 * frame and only when the rounded height differs from the last one sent. Browsers pause
 * animation frames in hidden or off-screen frames, so a timer stands in when no frame comes.
 * Returns a function that stops reporting.
 */
export function reportHeight(root: Element, post: (height: number) => void, fallbackMs = 250): () => void {
  let last = -1;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const measure = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = undefined;
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post(height);
  };
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(measure);
    timer = setTimeout(measure, fallbackMs);
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(root);
  schedule();
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
