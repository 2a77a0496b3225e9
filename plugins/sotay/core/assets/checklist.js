// Tickable checklists (markup from sotay/core/meetings/checklist_markup.py).
// Ticks are kept per checklist in localStorage under its page path, by stable item id, so they
// survive reloads and edits to other items; every block of the same checklist on a page shares them.
(function () {
  "use strict";

  const PREFIX = "sotay:checklist:";
  const BOX = "input[data-item]";

  function load(key) {
    try {
      const ids = JSON.parse(localStorage.getItem(PREFIX + key) || "[]");
      return new Set(Array.isArray(ids) ? ids : []);
    } catch {
      return new Set(); // storage blocked or damaged: start empty rather than break the page
    }
  }

  function save(key, boxes) {
    const ids = boxes.filter((box) => box.checked).map((box) => box.dataset.item);
    try {
      if (ids.length) localStorage.setItem(PREFIX + key, JSON.stringify(ids));
      else localStorage.removeItem(PREFIX + key);
    } catch {
      // Private mode or full storage: ticks still work until the page is left.
    }
  }

  // The checkbox of each item nested directly under `item`.
  function childBoxes(item) {
    return [...item.querySelectorAll(":scope > ul > li > .sotay-checklist__row > input")];
  }

  // Ticking an item ticks everything under it; an item is ticked when all its sub-items are.
  function cascade(box) {
    const item = box.closest("li");
    for (const inner of item.querySelectorAll(BOX)) inner.checked = box.checked;
    for (let parent = item.parentElement.closest("li"); parent; parent = parent.parentElement.closest("li")) {
      const own = parent.querySelector(":scope > .sotay-checklist__row > input");
      own.checked = childBoxes(parent).every((child) => child.checked);
    }
  }

  function setup(key, blocks) {
    const boxes = blocks.flatMap((block) => [...block.querySelectorAll(BOX)]);
    const apply = () => {
      const done = load(key);
      for (const box of boxes) box.checked = done.has(box.dataset.item);
      show();
    };
    const show = () => {
      const text = `${boxes.filter((box) => box.checked).length}/${boxes.length}`;
      for (const block of blocks) {
        for (const count of block.querySelectorAll(".sotay-checklist__count")) count.textContent = text;
        block.classList.toggle("sotay-checklist--done", boxes.every((box) => box.checked));
      }
    };
    for (const block of blocks) {
      block.addEventListener("change", (event) => {
        if (!event.target.matches(BOX)) return;
        cascade(event.target);
        save(key, boxes);
        show();
      });
      for (const reset of block.querySelectorAll(".sotay-checklist__reset")) {
        reset.addEventListener("click", () => {
          if (!window.confirm("Bỏ mọi dấu đã đánh trong danh mục này?")) return;
          for (const box of boxes) box.checked = false;
          save(key, boxes);
          show();
        });
      }
      for (const bar of block.querySelectorAll(".sotay-checklist__bar")) bar.hidden = false;
    }
    // Another tab ticked the same checklist.
    window.addEventListener("storage", (event) => {
      if (event.key === null || event.key === PREFIX + key) apply();
    });
    apply();
  }

  const byKey = new Map();
  for (const block of document.querySelectorAll("[data-sotay-checklist]")) {
    const key = block.dataset.sotayChecklist;
    byKey.set(key, [...(byKey.get(key) || []), block]);
  }
  for (const [key, blocks] of byKey) setup(key, blocks);
})();
