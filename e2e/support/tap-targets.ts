import type { Page } from 'playwright-core';

/**
 * WCAG 2.2 AA 2.5.8 «Target Size (Minimum)», measured in the page: every visible
 * button, link, field and control is at least 24×24 CSS px, or passes one of the
 * criterion's exceptions as it is written:
 * - Spacing: a 24 px circle centred on an undersized target touches no other target
 *   and no other undersized target's circle.
 * - Inline: a link inside a sentence (a block with words of its own, not of other
 *   targets, around it) is as tall as the line it sits in.
 * A checkbox or radio's target includes its label (clicking either toggles it).
 * Returns one line per failing target, naming it and its size; empty when all pass.
 */
export function undersizedTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const SELECTOR = [
      'a[href]',
      'button',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      '[role="button"]',
      '[role="link"]',
      '[role="tab"]',
      '[role="checkbox"]',
      '[role="radio"]',
      '[role="switch"]',
      '[role="menuitem"]',
      '[role="combobox"]',
    ].join(',');

    const isShown = (element: Element) =>
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true });

    /** The block an element's line sits in: its nearest ancestor laid out as a block. */
    const blockOf = (element: Element) => {
      let node = element.parentElement;
      while (node && getComputedStyle(node).display.startsWith('inline')) {
        node = node.parentElement;
      }
      return node;
    };
    const isInSentence = (element: Element) => {
      if (element.tagName !== 'A') return false;
      const block = blockOf(element);
      if (!block || getComputedStyle(block).display !== 'block') return false;
      // Words of the line that belong to no target: the link sits among them.
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (text.textContent?.trim() && !text.parentElement?.closest(SELECTOR)) return true;
      }
      return false;
    };

    interface Target {
      element: Element;
      box: { left: number; top: number; right: number; bottom: number };
    }
    const targets: Target[] = [];
    for (const element of Array.from(document.querySelectorAll(SELECTOR))) {
      if (!isShown(element)) continue;
      const rect = element.getBoundingClientRect();
      // Visually hidden inputs (1 px, clipped) stand behind the label people press.
      if (rect.width <= 1 || rect.height <= 1) continue;
      let box = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      const labels = element instanceof HTMLInputElement ? Array.from(element.labels ?? []) : [];
      if (element instanceof HTMLInputElement && /^(checkbox|radio)$/.test(element.type)) {
        for (const label of labels.filter(isShown)) {
          const around = label.getBoundingClientRect();
          box = {
            left: Math.min(box.left, around.left),
            top: Math.min(box.top, around.top),
            right: Math.max(box.right, around.right),
            bottom: Math.max(box.bottom, around.bottom),
          };
        }
      }
      targets.push({ element, box });
    }

    const width = (target: Target) => target.box.right - target.box.left;
    const height = (target: Target) => target.box.bottom - target.box.top;
    // Half a pixel of slack: Mantine's 24 px controls measure 23.99 at some zooms.
    const isUndersized = (target: Target) =>
      width(target) < MIN - 0.5 || height(target) < MIN - 0.5;
    const centre = (target: Target) => ({
      x: (target.box.left + target.box.right) / 2,
      y: (target.box.top + target.box.bottom) / 2,
    });
    const related = (a: Element, b: Element) => a === b || a.contains(b) || b.contains(a);
    /** Distance from a point to the nearest point of a box (0 inside it). */
    const distanceToBox = (point: { x: number; y: number }, box: Target['box']) => {
      const dx = Math.max(box.left - point.x, 0, point.x - box.right);
      const dy = Math.max(box.top - point.y, 0, point.y - box.bottom);
      return Math.hypot(dx, dy);
    };

    const undersized = targets.filter(isUndersized);
    const failures: string[] = [];
    for (const target of undersized) {
      if (isInSentence(target.element)) continue;
      const point = centre(target);
      const crowdedBy = targets.find((other) => {
        if (related(other.element, target.element)) return false;
        if (distanceToBox(point, other.box) < MIN / 2) return true;
        if (!isUndersized(other)) return false;
        const there = centre(other);
        return Math.hypot(point.x - there.x, point.y - there.y) < MIN;
      });
      if (!crowdedBy) continue;
      const describe = (element: Element) => {
        const name =
          element.getAttribute('aria-label') ??
          (element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : null) ??
          element.textContent;
        const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
        return `${role} «${(name ?? '').trim().slice(0, 40)}»`;
      };
      failures.push(
        `${describe(target.element)} ${Math.round(width(target))}×${Math.round(height(target))} px, too close to ${describe(crowdedBy.element)}`,
      );
    }
    return failures;
  });
}
