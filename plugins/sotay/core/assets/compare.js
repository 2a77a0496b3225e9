// The compare page: pick two to four meetings, see them side by side; the URL (?m=a,b) keeps the choice.
// The meetings are a JSON file (data-sotay-compare: its path from the site root), fetched over HTTP(S) and
// read from its script twin from disk (file://, through window.sotayOffline).
(function (sotay) {
  "use strict";
  const SITE = new URL("../../", document.currentScript.src);
  const { alignRows, selectionMessage } = sotay.compareModel;
  const { parseSelection, replaceSearch, selectionSearch } = sotay.selection;

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
      el("th", { scope: "col" }, [el("a", { href: links.get(meeting.slug) ?? "#" }, [meeting.cell]), el("br"), el("small", {}, [meeting.date])]))));
    const groups = alignRows(meetings).map(({ group, rows }) => el("tbody", {}, [
      el("tr", { class: "sotay-compare-group" }, [el("th", { scope: "rowgroup", colspan: String(meetings.length + 1) }, [el("span", {}, [group])])]),
      ...rows.map(({ label, cells }) => el("tr", {}, [el("th", { scope: "row" }, [label]), ...cells.map(cell)])),
    ]));
    return el("table", { class: "sotay-compare-table" }, [el("thead", {}, [head]), ...groups]);
  }

  async function meetings(path) {
    if (location.protocol === "file:") return sotayOffline.load(path);
    const response = await fetch(new URL(path, SITE));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json();
  }

  async function start(root) {
    const fallback = document.querySelector("[data-sotay-fallback]");
    const loading = el("p", { class: "sotay-compare-message", role: "status" }, ["Đang tải dữ liệu các buổi sinh hoạt…"]);
    root.append(loading);
    let data;
    try {
      data = await meetings(root.dataset.sotayCompare);
    } catch {
      loading.setAttribute("role", "alert");
      loading.textContent = "Chưa tải được dữ liệu các buổi để so sánh (có thể do mất mạng). Hãy tải lại trang, hoặc mở từng buổi dưới đây.";
      return;
    }
    loading.remove();
    const links = new Map([...fallback.querySelectorAll("a[data-slug]")].map((a) => [a.dataset.slug, a.getAttribute("href")]));
    const bySlug = new Map(data.meetings.map((meeting) => [meeting.slug, meeting]));
    const first = parseSelection(location.search, [...bySlug.keys()], data.max);
    const chosen = [...first.slugs];

    const boxes = data.meetings.map((meeting) => {
      const box = el("input", { type: "checkbox", value: meeting.slug });
      box.checked = chosen.includes(meeting.slug);
      box.addEventListener("change", () => {
        if (box.checked) chosen.push(meeting.slug);
        else chosen.splice(chosen.indexOf(meeting.slug), 1);
        render({ slugs: chosen, unknown: [], dropped: [] });
      });
      return el("li", {}, [el("label", {}, [box, ` ${meeting.cell} — ${meeting.date}`])]);
    });
    const picker = el("fieldset", { class: "sotay-compare-picker" },
      [el("legend", {}, [`Chọn từ 2 đến ${data.max} buổi`]), el("ul", {}, boxes)]);
    const message = el("p", { class: "sotay-compare-message", role: "status", "aria-live": "polite" });
    const share = el("p", { class: "sotay-compare-share" });
    const output = el("div", { class: "sotay-table-scroll", role: "region", "aria-label": "Bảng so sánh", tabindex: "0" });

    function render(selection) {
      for (const item of boxes) {
        const box = item.querySelector("input");
        box.disabled = !box.checked && chosen.length >= data.max;
      }
      replaceSearch(selectionSearch(chosen, location.search));
      message.textContent = selectionMessage(selection, data.max);
      share.replaceChildren(...(chosen.length ? ["Liên kết tới lựa chọn này: ", el("a", { href: location.href }, [location.href])] : []));
      output.replaceChildren(...(chosen.length >= 2 ? [table(chosen.map((slug) => bySlug.get(slug)), links)] : []));
      output.hidden = chosen.length < 2;
    }

    root.append(picker, message, share, output);
    fallback.hidden = true;
    render(first);
  }

  document.querySelectorAll("[data-sotay-compare]").forEach(start);
})(window.sotay);
