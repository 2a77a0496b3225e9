// Filtering items by "key=value" tokens: pure functions, shared by the explorer and the pack page.
(function (sotay) {
  "use strict";

  /** "meeting_type=thuong-ky theme=a theme=b" -> {meeting_type: ["thuong-ky"], theme: ["a", "b"]} */
  function parseTokens(text) {
    const values = {};
    for (const token of (text ?? "").split(/\s+/)) {
      const at = token.indexOf("=");
      if (at > 0) (values[token.slice(0, at)] ??= []).push(token.slice(at + 1));
    }
    return values;
  }

  /** Whether an item's values satisfy every chosen filter ({key: value}, "" means any), ignoring `except`. */
  function matches(values, filters, except = null) {
    return Object.entries(filters).every(([key, chosen]) => !chosen || key === except || (values[key] ?? []).includes(chosen));
  }

  /** For each value of `key` (and "" for any), how many items would match with the other filters unchanged. */
  function optionCounts(items, filters, key) {
    const counts = new Map([["", 0]]);
    for (const values of items) {
      if (!matches(values, filters, key)) continue;
      counts.set("", counts.get("") + 1);
      for (const value of new Set(values[key] ?? [])) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return counts;
  }

  /** The filters a URL's query names, for the given keys ("" when absent). */
  function filtersFromSearch(search, keys) {
    const params = new URLSearchParams(search);
    return Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ""]));
  }

  /** The query with the filters set (empty ones removed), other parameters kept; "" when nothing is left. */
  function searchWithFilters(search, filters) {
    const params = new URLSearchParams(search);
    for (const [key, value] of Object.entries(filters)) {
      if (value) params.set(key, value);
      else params.delete(key);
    }
    const text = params.toString();
    return text ? `?${text}` : "";
  }

  sotay.filters = { parseTokens, matches, optionCounts, filtersFromSearch, searchWithFilters };
})(window.sotay = window.sotay || {});
