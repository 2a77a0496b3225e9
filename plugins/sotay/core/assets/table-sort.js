// Sorting table rows by one column's keys: pure functions.
(function (sotay) {
  "use strict";

  /** Order of two keys of one column; rows without a key always go last, whatever the direction. */
  function compareKeys(a, b, type, direction) {
    const emptyA = a === null || a === undefined || a === "";
    const emptyB = b === null || b === undefined || b === "";
    if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
    const order = type === "number" ? Number(a) - Number(b) : String(a).localeCompare(String(b), "vi");
    return direction === "descending" ? -order : order;
  }

  /** Indexes of `keys` in sorted order; equal keys keep their current order. */
  function sortedOrder(keys, type, direction) {
    return keys.map((_, index) => index).sort((i, j) => compareKeys(keys[i], keys[j], type, direction) || i - j);
  }

  /** The direction a click on a column header gives: ascending first, then the other way. */
  function nextDirection(current) {
    return current === "ascending" ? "descending" : "ascending";
  }

  sotay.tableSort = { compareKeys, sortedOrder, nextDirection };
})(window.sotay = window.sotay || {});
