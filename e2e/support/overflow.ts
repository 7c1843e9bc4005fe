// What sticks out past a phone's screen: shared by the specs that check pages at 360 px.
import type { Page } from "@playwright/test";

/**
 * How far the page reaches past the screen's right edge, and the elements that stick out, to name in a failure. What
 * sticks out of a box that scrolls sideways by itself (a wide table in an `overflow-x-auto` wrapper) moves the page
 * not at all, so it does not count.
 */
export async function overflowOf(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsSideways = (element: Element) =>
      ["auto", "scroll"].includes(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth;
    const isInSidewaysScroller = (element: Element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        if (scrollsSideways(box)) return true;
      }
      return false;
    };
    const stickingOut = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !isInSidewaysScroller(element))
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 30)}"`);
    return { beyond: document.documentElement.scrollWidth - width, stickingOut };
  });
}
