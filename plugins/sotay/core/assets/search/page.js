// The results page /tim-kiem/?q=…: every result, facet filters with counts, "did you mean".
// The query and the chosen filters live in the URL, so a search can be shared as a link.
(function (sotay) {
  "use strict";
  const { openIndex, NOT_LOADED } = sotay.searchStore;
  const { facetCounts, passes, suggest } = sotay.searchRank;
  const { element, facts, fillSnippet, markedTitle } = sotay.searchRender;

  const PAGE = 20;
  const TITLES = { kind: "Loại tài liệu", form: "Hình thức", meeting: "Loại sinh hoạt", cell: "Loại hình chi bộ",
    issuer: "Cơ quan ban hành", year: "Năm", status: "Tình trạng hiệu lực" };
  const MULTI = new Set(["meeting", "cell"]);

  function mountPage(root) {
    const form = root.querySelector("form");
    const input = form.querySelector("input[name=q]");
    const body = root.querySelector(".sotay-search-page__body");
    const facetsBox = root.querySelector(".sotay-facets");
    const facetsNode = facetsBox.querySelector(".sotay-facets__groups");
    facetsBox.open = window.matchMedia("(min-width: 60em)").matches; // on a phone, results first; filters one tap away
    const resultsNode = root.querySelector(".sotay-results");
    const params = new URLSearchParams(window.location.search);
    const chosen = {};
    let composing = false;
    let timer = 0;
    let generation = 0;
    input.value = params.get("q") ?? "";
    body.hidden = false;

    function readChoices(index) {
      for (const facet of index.manifest.facets) chosen[facet] = new Set(params.getAll(facet).map(Number));
    }

    function writeUrl(query) {
      const next = new URLSearchParams({ q: query });
      for (const [facet, codes] of Object.entries(chosen)) for (const code of codes) next.append(facet, String(code));
      history.replaceState(null, "", `?${next}`);
    }

    function labelOf(index, columns, facet, code) {
      if (facet === "issuer") return columns.issuers[code - 1];
      if (facet === "year") return String(code);
      const pairs = index.manifest.labels[facet];
      return (MULTI.has(facet) ? pairs[code] : pairs[code - 1])?.[1] ?? String(code);
    }

    /** Answer the query in the box; aria-busy on the live region until the answer is complete, excerpts included,
     * so a screen reader announces it once. */
    function run() {
      const mine = ++generation;
      return busyUntil(mine, () => answer(input.value.trim(), mine));
    }

    async function busyUntil(mine, work) {
      resultsNode.setAttribute("aria-busy", "true");
      await work();
      if (mine === generation) resultsNode.setAttribute("aria-busy", "false");
    }

    async function answer(query, mine) {
      writeUrl(query);
      if (!query) {
        resultsNode.replaceChildren(element("p", {}, "Gõ từ cần tìm, có dấu hay không dấu đều được."));
        facetsBox.hidden = true;
        return;
      }
      try { // offline, a word whose part of the index was never fetched cannot be looked up
        const index = await openIndex();
        if (!Object.keys(chosen).length) readChoices(index);
        const [found, columns] = await Promise.all([index.search(query, true), index.facets()]);
        if (mine !== generation) return;
        const docs = found.hits.map((h) => h.doc);
        const kept = docs.filter((doc) => passes(doc, chosen, columns.columns));
        renderFacets(index, columns, facetCounts(docs, index.manifest.facets, chosen, columns.columns), query);
        await renderResults(index, query, found, kept, mine);
      } catch (error) {
        if (mine === generation) {
          resultsNode.replaceChildren(element("p", {}, NOT_LOADED));
        }
      }
    }

    function renderFacets(index, columns, counts, query) {
      const groups = index.manifest.facets.filter((facet) => counts[facet].size > 0).map((facet) => {
        const values = [...counts[facet]].sort((a, b) => (facet === "year" ? b[0] - a[0] : b[1] - a[1] || a[0] - b[0]));
        return element("fieldset", { class: "sotay-facet" }, element("legend", {}, TITLES[facet]),
          ...values.map(([code, count]) => {
            const box = element("input", { type: "checkbox", name: facet, value: String(code) });
            box.checked = chosen[facet].has(code);
            box.addEventListener("change", () => {
              if (box.checked) chosen[facet].add(code);
              else chosen[facet].delete(code);
              run();
            });
            return element("label", { class: "sotay-facet__value" }, box, ` ${labelOf(index, columns, facet, code)} `,
              element("span", { class: "sotay-facet__count" }, `(${count})`));
          }));
      });
      facetsNode.replaceChildren(...groups);
      facetsBox.hidden = !query || !groups.length;
    }

    async function renderResults(index, query, found, kept, mine, shown = PAGE) {
      const heading = element("p", { class: "sotay-results__count", role: "status" });
      const better = found.unknown.length ? suggest(query, found.unknown, await index.vocabulary()) : null;
      const suggestion = better && element("p", { class: "sotay-suggest" }, "Có phải bạn muốn tìm ",
        element("a", { href: `?q=${encodeURIComponent(better)}` }, better), "?");
      if (!kept.length) {
        heading.append(`Không tìm thấy kết quả nào cho «${query}».`);
      } else {
        heading.append(`Tìm thấy ${kept.length} kết quả cho «${query}»`, found.everyWord ? "." : " (có một phần các từ).");
      }
      const docs = await index.documents(kept.slice(0, shown));
      if (mine !== generation) return;
      const excerpts = [];
      const list = element("ol", { class: "sotay-results__list" }, ...docs.map((doc) => {
        const teaser = element("p", { class: "sotay-hit__snippet" });
        excerpts.push(index.excerpt(doc.id).then((excerpt) => fillSnippet(teaser, excerpt, found.words), () => undefined));
        return element("li", { class: `sotay-hit${doc.demoted ? " sotay-hit--demoted" : ""}` },
          element("a", { class: "sotay-hit__title", href: doc.url }, ...markedTitle(doc.title, found.words)),
          element("br"), facts(doc, index.labels), teaser);
      }));
      resultsNode.replaceChildren(heading, ...(suggestion ? [suggestion] : []), ...(docs.length ? [list] : []));
      if (kept.length > shown) {
        const more = element("button", { type: "button", class: "md-button" }, `Xem thêm ${Math.min(PAGE, kept.length - shown)} kết quả`);
        more.addEventListener("click", () => busyUntil(mine, () => renderResults(index, query, found, kept, mine, shown + PAGE)));
        resultsNode.append(more);
      }
      resultsNode.dataset.query = query; // what the shown results answer
      await Promise.all(excerpts);
    }

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(run, 60);
    }

    form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
    input.addEventListener("compositionstart", () => { composing = true; });
    input.addEventListener("compositionend", () => { composing = false; schedule(); });
    input.addEventListener("input", (event) => { if (!composing && !event.isComposing) schedule(); });
    run();
  }

  document.querySelectorAll("[data-sotay-search-page]").forEach(mountPage);
})(window.sotay);
