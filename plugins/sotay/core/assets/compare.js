// The compare page: pick two to four meetings, see them side by side; the URL (?m=a,b) keeps the choice.
// The page lists the newest meetings as links (data-slug): the picker is made from them, and from the
// meetings the URL names. The meetings' rows are JSON files of a few dozen meetings each, in the order of
// their slugs (data-sotay-compare: their folder from the site root; data-firsts: each file's first slug),
// read only for the meetings chosen (site-data.js: over HTTP(S), and from disk through their script twins).
(function (sotay) {
  "use strict";
  const { FLAGS, alignRows, canShare, flagsUsed, partOf, selectionMessage } = sotay.compareModel;
  const { namedSlugs, parseSelection, replaceSearch, selectionSearch } = sotay.selection;
  const { linkLike, loadData } = sotay.siteData;
  const LOADING = "Đang tải dữ liệu các buổi sinh hoạt…";
  const FAILED = "Chưa tải được dữ liệu các buổi để so sánh (có thể do mất mạng). Hãy chọn lại hoặc tải lại trang, "
    + "hoặc mở từng buổi dưới đây.";
  const LOCAL = "Địa chỉ trang này chỉ mở được trên máy đang dùng: gửi cho người khác thì họ không mở được. Muốn chia sẻ, "
    + "hãy gửi tên các buổi đã chọn, hoặc mở sổ tay trên mạng (nếu đơn vị đã đưa lên) rồi gửi địa chỉ trang đó.";

  function el(tag, attributes = {}, children = []) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  function cell(entry) {
    if (entry === null) return el("td", { class: "sotay-compare-none" }, ["—"]);
    const content = Array.isArray(entry.value) ? [el("ul", {}, entry.value.map((text) => el("li", {}, [text])))] : [entry.value];
    if (!entry.flag) return el("td", {}, content);
    return el("td", { class: `sotay-compare-${entry.flag}` }, [...content, el("span", { class: "sotay-visually-hidden" }, [` (${FLAGS[entry.flag].cell})`])]);
  }

  function table(meetings, hrefOf) {
    const head = el("tr", {}, [el("th", { scope: "col" }, ["Buổi sinh hoạt"])].concat(meetings.map((meeting) =>
      el("th", { scope: "col" }, [el("a", { href: hrefOf(meeting.slug) }, [meeting.cell]), el("br"), el("small", {}, [meeting.date])]))));
    const groups = alignRows(meetings).map(({ group, rows }) => el("tbody", {}, [
      el("tr", { class: "sotay-compare-group" }, [el("th", { scope: "rowgroup", colspan: String(meetings.length + 1) }, [el("span", {}, [group])])]),
      ...rows.map(({ label, cells }) => el("tr", {}, [el("th", { scope: "row" }, [label]), ...cells.map(cell)])),
    ]));
    return el("table", { class: "sotay-compare-table" }, [el("thead", {}, [head]), ...groups]);
  }

  /** `meeting(slug)`: the meeting's rows from its data file (read once; again after a failure), null when none. */
  function meetingReader(folder, firsts) {
    return async function meeting(slug) {
      const data = await loadData(`${folder}/${partOf(firsts, slug)}.json`);
      return data.meetings.find((m) => m.slug === slug) ?? null;
    };
  }

  async function start(root) {
    const fallback = document.querySelector("[data-sotay-fallback]");
    const max = Number(root.dataset.max);
    const listed = [...fallback.querySelectorAll("a[data-slug]")];
    const hrefOf = linkLike(listed[0].getAttribute("href"), listed[0].dataset.slug);
    const meeting = meetingReader(root.dataset.sotayCompare, root.dataset.firsts.split(" "));
    const message = el("p", { class: "sotay-compare-message", role: "status", "aria-live": "polite" });
    let shown = 0; // the latest render; an earlier one whose files arrive later is dropped

    function tell(text, alert = false) {
      message.setAttribute("role", alert ? "alert" : "status");
      message.textContent = text;
    }

    // The meetings the URL names, found in their files first: any meeting can be named, not only those listed.
    root.setAttribute("aria-busy", "true");
    root.append(message);
    tell(LOADING);
    const named = namedSlugs(location.search);
    const found = await Promise.all(named.map(meeting)).catch(() => null); // null: unread, the names are kept
    const known = found ? named.filter((_, index) => found[index]) : named;
    const first = parseSelection(location.search, known, max);
    const chosen = [...first.slugs];
    const unlisted = (found ?? []).filter((m) => m && chosen.includes(m.slug) && !listed.some((a) => a.dataset.slug === m.slug));
    const labels = new Map([...unlisted.map((m) => [m.slug, `${m.cell}, ${m.date}`]), ...listed.map((a) => [a.dataset.slug, a.textContent])]);

    const boxes = [...labels].map(([slug, label]) => {
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
    const share = el("p", { class: "sotay-compare-share" });
    const hint = el("p", { class: "sotay-compare-hint" }, ["Bảng rộng hơn màn hình: vuốt ngang trên bảng để xem các buổi khác."]);
    hint.hidden = true; // until a table wider than the screen is shown
    const output = el("div", { class: "sotay-table-scroll", role: "region", "aria-label": "Bảng so sánh", tabindex: "0" });
    const legend = el("ul", { class: "sotay-compare-legend", "aria-label": "Chú thích" });
    const overflowing = () => { hint.hidden = output.hidden || output.scrollWidth <= output.clientWidth; };
    window.addEventListener("resize", overflowing);

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
      if (!chosen.length) share.replaceChildren();
      else if (canShare(location.href)) share.replaceChildren("Gửi địa chỉ này để người khác xem đúng các buổi đã chọn: ", el("a", { href: location.href }, [location.href]));
      else share.replaceChildren(LOCAL);
      const said = selectionMessage(selection, max);
      if (chosen.length < 2) {
        tell(said);
        output.replaceChildren();
        output.hidden = true;
        legend.replaceChildren();
        overflowing();
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
      const missing = chosen.filter((_, index) => !meetings[index]); // named while their files could not be read
      if (missing.length) {
        for (const slug of missing) chosen.splice(chosen.indexOf(slug), 1);
        await show({ ...selection, slugs: chosen, unknown: [...selection.unknown, ...missing] }, latest);
        return;
      }
      tell(said);
      fallback.hidden = true;
      output.replaceChildren(table(meetings, hrefOf));
      output.hidden = false;
      legend.replaceChildren(...flagsUsed(meetings).map((flag) => el("li", {}, [el("span", { class: `sotay-compare-${flag}` }, ["Chữ đỏ đậm"]), `: ${FLAGS[flag].legend}.`])));
      overflowing();
    }

    root.prepend(picker);
    root.append(share, legend, hint, output);
    fallback.hidden = true;
    render(first);
  }

  document.querySelectorAll("[data-sotay-compare]").forEach(start);
})(window.sotay);
