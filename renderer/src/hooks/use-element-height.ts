import { useEffect, useState, type RefObject } from 'react';

/**
 * The element's current height, following resizes. `fallback` until the element is measured, and
 * under jsdom, where nothing has a size.
 */
export function useElementHeight(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [height, setHeight] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => {
      const h = el.clientHeight;
      setHeight(h > 0 ? h : fallback);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return height;
}
