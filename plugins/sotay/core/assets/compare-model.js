// Laying meetings side by side: pure functions of the compare page.
(function (sotay) {
  "use strict";

  /**
   * Rows of every meeting aligned by group and label, in the order they first appear:
   * [{group, rows: [{label, cells: [{value, flag} | null, …]}]}]; null where a meeting has no such row.
   */
  function alignRows(meetings) {
    const groups = new Map();
    meetings.forEach((meeting, column) => {
      for (const [group, label, value, flag = ""] of meeting.rows) {
        if (!groups.has(group)) groups.set(group, new Map());
        const rows = groups.get(group);
        if (!rows.has(label)) rows.set(label, Array(meetings.length).fill(null));
        rows.get(label)[column] = value === null ? null : { value, flag };
      }
    });
    return [...groups].map(([group, rows]) => ({ group, rows: [...rows].map(([label, cells]) => ({ label, cells })) }));
  }

  /** What the reader should be told about a selection, or "" when it can be compared as it is. */
  function selectionMessage({ slugs, unknown, dropped }, max) {
    const parts = [];
    if (unknown.length) parts.push(`Không tìm thấy buổi: ${unknown.join(", ")}.`);
    if (dropped.length) parts.push(`Chỉ so sánh được tối đa ${max} buổi; đã bỏ: ${dropped.join(", ")}.`);
    if (slugs.length < 2) parts.push("Chọn ít nhất 2 buổi để so sánh.");
    return parts.join(" ");
  }

  /** Which data file holds `slug`: the last whose first slug (`firsts`, ascending) is not after it. */
  function partOf(firsts, slug) {
    let low = 0;
    let high = firsts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (firsts[middle] <= slug) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  // What a flagged cell (shown red and bold) means: in the legend above the table, and read out in the cell itself.
  const FLAGS = {
    short: { legend: "điểm của tiêu chí chưa đạt mức tối đa", cell: "chưa đạt tối đa" },
    misfit: { legend: "xếp loại theo khung chấm điểm, khi khung không cho phép xếp loại mà chi bộ đã ghi",
      cell: "khác xếp loại chi bộ ghi" },
  };

  /** The flags the meetings' rows use, in FLAGS order: what the legend above the table explains. */
  function flagsUsed(meetings) {
    const used = new Set(meetings.flatMap((meeting) => meeting.rows.map((row) => row[3]).filter(Boolean)));
    return Object.keys(FLAGS).filter((flag) => used.has(flag));
  }

  /** Whether someone else could open `href`: not a file of this computer, nor a server on this computer itself. */
  function canShare(href) {
    const url = new URL(href);
    return url.protocol !== "file:" && !/^(localhost|127(\.\d+){3}|\[::1\])$/.test(url.hostname);
  }

  sotay.compareModel = { FLAGS, alignRows, canShare, flagsUsed, partOf, selectionMessage };
})(window.sotay = window.sotay || {});
