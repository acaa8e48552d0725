import { useEffect, useState } from 'react';

/**
 * True once the browser has painted a render in which `isShown` was true (false
 * until then). Heavy parts (the dashboard's chart) wait for it, so that what
 * matters (the hours figures that arrive with them) is on screen first.
 */
export function useAfterPaint(isShown: boolean): boolean {
  const [isPainted, setPainted] = useState(false);
  useEffect(() => {
    if (!isShown || isPainted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; a task queued from it, just after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [isShown, isPainted]);
  return isPainted;
}
