// The model-meeting explorer: sortable headers (aria-sort), filters with counts, picking rows to compare or print.
// The page holds the newest meetings' rows; the others' (data-parts files in the data-sotay-rows folder, read
// with site-data.js over HTTP and from disk) are added to the table before anything else starts.
(function (sotay) {
  "use strict";
  const { bindFilterForm } = sotay.filterForm;
  const { matches, parseTokens } = sotay.filters;
  const { nextDirection, sortedOrder } = sotay.tableSort;
  const { linkLike, loadData } = sotay.siteData;

  /** Add the rows of the data files to `table`, linked as its own rows link; false when a file cannot be read. */
  async function addRows(table) {
    const parts = Number(table.dataset.parts || 0);
    if (!parts) return true;
    const body = table.tBodies[0];
    const known = body.rows[0].cells[0];
    const linkTo = linkLike(known.querySelector("a").getAttribute("href"), known.dataset.slug);
    let files;
    try {
      files = await Promise.all(Array.from({ length: parts }, (_, n) => loadData(`${table.dataset.sotayRows}/${n}.json`)));
    } catch {
      return false;
    }
    const template = document.createElement("template");
    template.innerHTML = files.flatMap((data) => data.rows).join("");
    for (const header of template.content.querySelectorAll("th[data-slug]")) {
      header.querySelector("a").setAttribute("href", linkTo(header.dataset.slug));
    }
    body.append(template.content);
    return true;
  }

  async function start(table) {
    const note = document.querySelector("[data-sotay-rows-note]");
    if (note) {
      note.setAttribute("role", "status");
      note.textContent = "Đang tải các buổi còn lại vào bảng…";
    }
    table.setAttribute("aria-busy", "true"); // until every row is in: a screen reader reads the table once
    const complete = await addRows(table);
    table.setAttribute("aria-busy", "false");
    if (note && complete) {
      note.hidden = true;
    } else if (note) {
      note.setAttribute("role", "alert");
      note.textContent = `Chưa tải được các buổi còn lại (có thể do mất mạng): bảng chỉ có ${table.tBodies[0].rows.length} `
        + "buổi mới nhất. Hãy tải lại trang.";
    }
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
