// The model-meeting explorer: sortable headers (aria-sort), filters with counts, picking rows to compare or print.
(function (sotay) {
  "use strict";
  const { bindFilterForm } = sotay.filterForm;
  const { matches, parseTokens } = sotay.filters;
  const { nextDirection, sortedOrder } = sotay.tableSort;

  function start(table) {
    const body = table.tBodies[0];
    const rows = [...body.rows];
    const items = rows.map((row) => parseTokens(row.dataset.filters));
    const heads = [...table.tHead.rows[0].cells];
    const picked = new Set();
    const actions = {
      compare: document.querySelector('[data-sotay-action="compare"]'),
      pack: document.querySelector('[data-sotay-action="pack"]'),
    };
    const bases = { compare: actions.compare.getAttribute("href"), pack: actions.pack.getAttribute("href") };
    const slugOf = (row) => row.cells[0].dataset.slug;

    function sortBy(column, direction) {
      const current = [...body.rows];
      const keys = current.map((row) => row.cells[column].dataset.sort ?? row.cells[column].textContent.trim());
      body.append(...sortedOrder(keys, heads[column].dataset.sortType, direction).map((index) => current[index]));
      for (const head of heads) head.removeAttribute("aria-sort");
      heads[column].setAttribute("aria-sort", direction);
    }

    function updateActions() {
      const inOrder = [...body.rows].filter((row) => !row.hidden).map(slugOf);
      const chosen = [...body.rows].map(slugOf).filter((slug) => picked.has(slug));
      actions.compare.href = `${bases.compare}?m=${chosen.join(",")}`;
      actions.compare.textContent = `So sánh các buổi đã chọn (${chosen.length})`;
      const printed = chosen.length ? chosen : inOrder;
      actions.pack.href = `${bases.pack}?m=${printed.join(",")}`;
      actions.pack.textContent = chosen.length ? `In ${chosen.length} buổi đã chọn` : `In ${printed.length} buổi đang hiện`;
    }

    heads.forEach((head, column) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sotay-sort";
      button.append(...head.childNodes);
      head.append(button);
      button.addEventListener("click", () => sortBy(column, nextDirection(head.getAttribute("aria-sort"))));
    });

    for (const row of rows) {
      const header = row.cells[0];
      const box = document.createElement("input");
      box.type = "checkbox";
      box.className = "sotay-pick";
      box.setAttribute("aria-label", `Chọn ${header.textContent.trim()}`);
      box.addEventListener("change", () => {
        if (box.checked) picked.add(slugOf(row));
        else picked.delete(slugOf(row));
        updateActions();
      });
      header.prepend(box);
    }

    bindFilterForm(document.querySelector("[data-sotay-filters]"), items, (filters) => {
      rows.forEach((row, index) => { row.hidden = !matches(items[index], filters); });
      updateActions();
    });
  }

  document.querySelectorAll("[data-sotay-explorer]").forEach(start);
})(window.sotay);
