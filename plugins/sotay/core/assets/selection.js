// A chosen list of meetings in a URL (?m=slug1,slug2): pure functions, shared by compare and the pack page.
(function (sotay) {
  "use strict";

  /** Every slug named by ?m=, once each, in the given order. */
  function namedSlugs(search) {
    const raw = new URLSearchParams(search).get("m") ?? "";
    return [...new Set(raw.split(",").map((slug) => slug.trim()).filter(Boolean))];
  }

  /** The known slugs named by ?m=, in the given order, at most `max`; also what was unknown or over the limit. */
  function parseSelection(search, known, max = Infinity) {
    const named = namedSlugs(search);
    const valid = named.filter((slug) => known.includes(slug));
    return {
      slugs: valid.slice(0, max),
      unknown: named.filter((slug) => !known.includes(slug)),
      dropped: valid.slice(max),
    };
  }

  /** "?m=a,b" for a selection, "" for none; other parameters of `search` are kept. */
  function selectionSearch(slugs, search = "") {
    const params = new URLSearchParams(search);
    params.delete("m");
    const rest = params.toString();
    const parts = [slugs.length ? `m=${slugs.map(encodeURIComponent).join(",")}` : "", rest].filter(Boolean);
    return parts.length ? `?${parts.join("&")}` : "";
  }

  /** Replace the page's query without a new history entry (the fragment is kept). */
  function replaceSearch(search) {
    history.replaceState(null, "", `${location.pathname}${search}${location.hash}`);
  }

  sotay.selection = { namedSlugs, parseSelection, selectionSearch, replaceSearch };
})(window.sotay = window.sotay || {});
