// The pack page: choose meetings (by filter or one by one); cover count, contents and sections follow; print.
(function (sotay) {
  "use strict";
  const { bindFilterForm } = sotay.filterForm;
  const { matches, parseTokens } = sotay.filters;
  const { parseSelection, replaceSearch, selectionSearch } = sotay.selection;

  function start(root) {
    const boxes = [...root.querySelectorAll('input[name="m"]')];
    const items = boxes.map((box) => parseTokens(box.dataset.filters));
    const sections = new Map([...document.querySelectorAll(".sotay-pack-meeting")].map((section) => [section.dataset.slug, section]));
    const entries = new Map([...document.querySelectorAll(".sotay-pack-contents a[data-slug]")].map((a) => [a.dataset.slug, a.closest("li")]));
    const count = document.querySelector("[data-sotay-pack-count]");
    const print = root.querySelector("[data-sotay-print]");
    const { slugs: requested, unknown } = parseSelection(location.search, boxes.map((box) => box.value));
    const missing = document.querySelector("[data-sotay-pack-missing]");
    if (unknown.length) {  // chosen in the table of every meeting, older than the ones this page holds
      missing.textContent = `${unknown.length} buổi đã chọn không có trong trang này (trang chỉ có các buổi mới nhất): ` +
        "in từ trang riêng của buổi đó, hoặc dùng lệnh sotay pack.";
      missing.hidden = false;
    }

    function apply() {
      const chosen = boxes.filter((box) => box.checked).map((box) => box.value);
      for (const box of boxes) {
        sections.get(box.value).hidden = !box.checked;
        entries.get(box.value).hidden = !box.checked;
      }
      count.textContent = String(chosen.length);
      print.disabled = chosen.length === 0;
      replaceSearch(selectionSearch(chosen.length === boxes.length ? [] : chosen, location.search));
    }

    bindFilterForm(root.querySelector("[data-sotay-filters]"), items, (filters, first) => {
      const filtered = Object.values(filters).some(Boolean);
      boxes.forEach((box, index) => {
        box.checked = first && !filtered && requested.length ? requested.includes(box.value) : matches(items[index], filters);
      });
      apply();
    }, { syncUrl: false });

    root.addEventListener("change", (event) => { if (event.target.name === "m") apply(); });
    for (const button of root.querySelectorAll("[data-sotay-select]")) {
      button.addEventListener("click", () => {
        for (const box of boxes) box.checked = button.dataset.sotaySelect === "all";
        apply();
      });
    }
    document.querySelector("[data-sotay-fallback]").hidden = true;
    root.hidden = false;
  }

  document.querySelectorAll("[data-sotay-pack]").forEach(start);
})(window.sotay);
