// The compare page: pick two to four meetings, see them side by side; the URL (?m=a,b) keeps the choice.
// The page lists every meeting as a link (data-slug, data-part); the picker is made from that list. The
// meetings' rows are JSON files of a few dozen meetings each (data-sotay-compare: their folder from the
// site root, data-part: which file), read only for the meetings chosen (site-data.js: over HTTP(S), and from
// disk through their script twins).
(function (sotay) {
  "use strict";
  const { alignRows, selectionMessage } = sotay.compareModel;
  const { parseSelection, replaceSearch, selectionSearch } = sotay.selection;
  const { loadData } = sotay.siteData;
  const LOADING = "Đang tải dữ liệu các buổi sinh hoạt…";
  const FAILED = "Chưa tải được dữ liệu các buổi để so sánh (có thể do mất mạng). Hãy chọn lại hoặc tải lại trang, "
    + "hoặc mở từng buổi dưới đây.";

  function el(tag, attributes = {}, children = []) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  function cell(entry) {
    if (entry === null) return el("td", { class: "sotay-compare-none" }, ["—"]);
    const content = Array.isArray(entry.value) ? [el("ul", {}, entry.value.map((text) => el("li", {}, [text])))] : [entry.value];
    return el("td", entry.flag ? { class: `sotay-compare-${entry.flag}` } : {}, content);
  }

  function table(meetings, links) {
    const head = el("tr", {}, [el("th", { scope: "col" }, ["Buổi sinh hoạt"])].concat(meetings.map((meeting) =>
      el("th", { scope: "col" }, [el("a", { href: links.get(meeting.slug).href }, [meeting.cell]), el("br"), el("small", {}, [meeting.date])]))));
    const groups = alignRows(meetings).map(({ group, rows }) => el("tbody", {}, [
      el("tr", { class: "sotay-compare-group" }, [el("th", { scope: "rowgroup", colspan: String(meetings.length + 1) }, [el("span", {}, [group])])]),
      ...rows.map(({ label, cells }) => el("tr", {}, [el("th", { scope: "row" }, [label]), ...cells.map(cell)])),
    ]));
    return el("table", { class: "sotay-compare-table" }, [el("thead", {}, [head]), ...groups]);
  }

  /** `meeting(slug)`: the meeting's rows, from its data file (read once; again after a failure). */
  function meetingReader(folder, links) {
    return async function meeting(slug) {
      const path = `${folder}/${links.get(slug).part}.json`;
      const found = (await loadData(path)).meetings.find((m) => m.slug === slug);
      if (!found) throw new Error(`${slug}: not in ${path}`);
      return found;
    };
  }

  function start(root) {
    const fallback = document.querySelector("[data-sotay-fallback]");
    const max = Number(root.dataset.max);
    const links = new Map([...fallback.querySelectorAll("a[data-slug]")].map((a) =>
      [a.dataset.slug, { href: a.getAttribute("href"), part: a.dataset.part, label: a.textContent }]));
    const meeting = meetingReader(root.dataset.sotayCompare, links);
    const first = parseSelection(location.search, [...links.keys()], max);
    const chosen = [...first.slugs];
    let shown = 0; // the latest render; an earlier one whose files arrive later is dropped

    const boxes = [...links].map(([slug, { label }]) => {
      const box = el("input", { type: "checkbox", value: slug });
      box.checked = chosen.includes(slug);
      box.addEventListener("change", () => {
        if (box.checked) chosen.push(slug);
        else chosen.splice(chosen.indexOf(slug), 1);
        render({ slugs: chosen, unknown: [], dropped: [] });
      });
      return el("li", {}, [el("label", {}, [box, ` ${label}`])]);
    });
    const picker = el("fieldset", { class: "sotay-compare-picker" },
      [el("legend", {}, [`Chọn từ 2 đến ${max} buổi`]), el("ul", {}, boxes)]);
    const message = el("p", { class: "sotay-compare-message", role: "status", "aria-live": "polite" });
    const share = el("p", { class: "sotay-compare-share" });
    const output = el("div", { class: "sotay-table-scroll", role: "region", "aria-label": "Bảng so sánh", tabindex: "0" });

    function tell(text, alert = false) {
      message.setAttribute("role", alert ? "alert" : "status");
      message.textContent = text;
    }

    // aria-busy: true from a change until its table (or message) is in place.
    async function render(selection) {
      const turn = ++shown;
      root.setAttribute("aria-busy", "true");
      await show(selection, () => turn === shown);
      if (turn === shown) root.setAttribute("aria-busy", "false");
    }

    async function show(selection, latest) {
      for (const item of boxes) {
        const box = item.querySelector("input");
        box.disabled = !box.checked && chosen.length >= max;
      }
      replaceSearch(selectionSearch(chosen, location.search));
      share.replaceChildren(...(chosen.length ? ["Liên kết tới lựa chọn này: ", el("a", { href: location.href }, [location.href])] : []));
      const said = selectionMessage(selection, max);
      if (chosen.length < 2) {
        tell(said);
        output.replaceChildren();
        output.hidden = true;
        return;
      }
      tell(LOADING);
      let meetings;
      try {
        meetings = await Promise.all(chosen.map(meeting));
      } catch {
        if (latest()) {
          tell(FAILED, true);
          fallback.hidden = false;
        }
        return;
      }
      if (!latest()) return;
      tell(said);
      fallback.hidden = true;
      output.replaceChildren(table(meetings, links));
      output.hidden = false;
    }

    root.append(picker, message, share, output);
    fallback.hidden = true;
    render(first);
  }

  document.querySelectorAll("[data-sotay-compare]").forEach(start);
})(window.sotay);
