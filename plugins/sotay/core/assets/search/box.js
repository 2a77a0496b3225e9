// The header search box: results as you type (after IME composition ends), keyboard navigation,
// Enter opens the chosen result or the results page, Escape closes. When nothing is found it offers what the
// results page does: a spelling from the index's vocabulary, each kind's listing and the pages used most.
// The scripts that search (index store, ranking, rendering) are added when the box is first used, not with every
// page: most visits never search.
(function (sotay) {
  "use strict";
  const SHOWN = 6;
  const DELAY = 40;
  const HERE = document.currentScript.src;
  // What the box uses, dependencies first: [namespace it registers, file beside this one].
  const PARTS = [["searchAnalysis", "analysis.js"], ["searchRank", "rank.js"], ["searchStore", "store.js"], ["searchRender", "render.js"]];
  let loading = null;
  // Bound by searchScripts once the scripts are in.
  let openIndex, NOT_LOADED, suggest, element, facts, fillSnippet, markedTitle, shortcutList;

  /** The search scripts, added once (a page that loads them itself, like the results page, has them already). */
  function searchScripts() {
    const missing = PARTS.filter(([name]) => !sotay[name]);
    loading ??= Promise.all(missing.map(([, file]) => new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = new URL(file, HERE).href;
      script.async = false; // run in the order added, as deferred scripts would
      script.addEventListener("load", resolve);
      script.addEventListener("error", () => { script.remove(); reject(new Error(`không tải được ${file}`)); });
      document.head.append(script);
    }))).then(() => {
      ({ openIndex, NOT_LOADED } = sotay.searchStore);
      ({ suggest } = sotay.searchRank);
      ({ element, facts, fillSnippet, markedTitle, shortcutList } = sotay.searchRender);
    }, (error) => { loading = null; throw error; });
    return loading;
  }

  function mountBox(root) {
    const form = root.querySelector("form");
    const input = root.querySelector("input[name=q]");
    const list = root.querySelector("[role=listbox]");
    const meta = root.querySelector(".md-search-result__meta");
    const toggle = document.getElementById("__search");
    const resultsPage = form.action;
    const idle = meta.textContent;
    let composing = false;
    let timer = 0;
    let generation = 0;
    let active = -1;

    const options = () => [...list.querySelectorAll("[role=option]")];
    const open = (yes) => {
      if (toggle && toggle.checked !== yes) toggle.checked = yes;
      input.setAttribute("aria-expanded", String(yes && options().length > 0));
    };

    /** Make option `index` (wrapping around) the chosen one; null chooses none. */
    function choose(index) {
      const all = options();
      active = all.length && index !== null ? (index + all.length) % all.length : -1;
      all.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
      if (active >= 0) {
        input.setAttribute("aria-activedescendant", all[active].id);
        all[active].scrollIntoView({ block: "nearest" });
      } else input.removeAttribute("aria-activedescendant");
    }

    /** Answer what the box holds; aria-busy on the live region until the answer is complete, excerpts included,
     * so a screen reader announces it once. */
    async function run() {
      const mine = ++generation;
      meta.setAttribute("aria-busy", "true");
      await answer(input.value.trim(), mine);
      if (mine === generation) meta.setAttribute("aria-busy", "false");
    }

    async function answer(query, mine) {
      if (!query) {
        list.replaceChildren();
        meta.textContent = idle;
        delete meta.dataset.query;
        choose(null);
        return;
      }
      try {
        await searchScripts();
      } catch (error) {
        if (mine === generation) meta.textContent = "Chưa tải được công cụ tìm kiếm. Hãy kiểm tra kết nối mạng rồi gõ lại.";
        return;
      }
      let index, found, docs;
      try { // offline, a word whose part of the index was never fetched cannot be looked up
        index = await openIndex();
        found = await index.search(query);
        if (mine !== generation) return;
        docs = await index.documents(found.hits.slice(0, SHOWN).map((h) => h.doc));
      } catch (error) {
        if (mine === generation) meta.textContent = NOT_LOADED;
        return;
      }
      if (mine !== generation) return;
      list.replaceChildren(...docs.map((doc, i) => item(doc, i, found.words, index.labels)));
      choose(null);
      open(true);
      const suggestion = element("span", { class: "sotay-suggest" });
      meta.replaceChildren(summary(query, found, docs.length), suggestion, ...(found.hits.length ? [] : [shortcutList(index.shortcuts())]));
      meta.dataset.query = query; // what the shown results answer
      const pending = docs.map((doc) => index.excerpt(doc.id).then((excerpt) => {
        const node = list.querySelector(`#sotay-hit-${doc.id} .md-search-result__teaser`);
        if (node && mine === generation) fillSnippet(node, excerpt, found.words);
      }, () => undefined)); // offline and never fetched: the result stays, without its excerpt
      if (!found.hits.length || found.unknown.length) pending.push(offerSuggestion(index, query, found, mine, suggestion).catch(() => undefined));
      await Promise.all(pending);
    }

    /** What was found: with every posting read, the count the results page gives; else that these are the first. */
    function summary(query, found, shown) {
      if (!found.hits.length) return element("span", {}, `Không tìm thấy kết quả nào cho «${query}». `);
      const all = `${resultsPage}?q=${encodeURIComponent(query)}`;
      const partial = found.everyWord ? "" : "Không có kết quả nào chứa đủ các từ đã gõ; đây là các kết quả chứa một phần. ";
      if (found.complete) return element("span", {}, partial, element("a", { href: all }, `Xem tất cả ${found.hits.length} kết quả`), " ");
      return element("span", {}, partial, `Đây là ${shown} kết quả đầu tiên. `, element("a", { href: all }, "Xem tất cả kết quả"), " ");
    }

    async function offerSuggestion(index, query, found, mine, slot) {
      const better = suggest(query, found.unknown, await index.vocabulary());
      if (!better || mine !== generation) return;
      slot.replaceChildren("Có phải bạn muốn tìm ", element("a", { href: `${resultsPage}?q=${encodeURIComponent(better)}` }, better), "?");
    }

    function item(doc, i, words, labels) {
      const teaser = element("p", { class: "md-search-result__teaser" });
      const link = element("a", { class: "md-search-result__link", href: doc.url, tabindex: "-1" },
        element("article", { class: "md-search-result__article md-typeset" },
          element("h1", {}, ...markedTitle(doc.title, words)), facts(doc, labels), teaser));
      return element("li", { class: "md-search-result__item", role: "option", id: `sotay-hit-${doc.id}`, "aria-selected": "false",
        "data-position": String(i) }, link);
    }

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(run, DELAY);
    }

    input.addEventListener("compositionstart", () => { composing = true; });
    input.addEventListener("compositionend", () => { composing = false; schedule(); });
    input.addEventListener("input", (event) => { if (!composing && !event.isComposing) schedule(); });
    input.addEventListener("focus", () => { open(true); searchScripts().then(() => openIndex(), () => undefined); });
    input.addEventListener("keydown", (event) => {
      if (event.isComposing) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        choose(active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = options()[active].querySelector("a").href;
      } else if (event.key === "Escape") {
        event.preventDefault();
        choose(null);
        open(false);
        input.blur();
      }
    });
    form.addEventListener("reset", () => { input.value = ""; run(); input.focus(); });
    toggle?.addEventListener("change", () => { if (toggle.checked) input.focus(); });
  }

  document.querySelectorAll("[data-sotay-search]").forEach(mountBox);
})(window.sotay = window.sotay || {});
