/* Sổ tay chi bộ — "in force on day X?" over a document's timeline (built by sotay/core/documents/status.py).
   A timeline is a list of periods {start: "YYYY-MM-DD" | null, in_force, label, reason}, sorted by start;
   ISO dates compare as strings. Pure functions only: the forms that use them live in their own files. */
(function (sotay) {
  "use strict";

  /* The last period that has started by isoDay; the first period always has. */
  function periodOn(periods, isoDay) {
    var found = periods[0];
    for (var i = 0; i < periods.length; i++) {
      if (periods[i].start === null || periods[i].start <= isoDay) found = periods[i];
    }
    return found;
  }

  /* "2024-04-05" -> "05/04/2024", the way Vietnamese readers write dates. */
  function formatDay(isoDay) {
    var parts = isoDay.split("-");
    return parts[2] + "/" + parts[1] + "/" + parts[0];
  }

  /* A day written as Vietnamese readers write it, "5/4/2024", "05-04-2024" or "05.04.2024", as YYYY-MM-DD;
     null when it is not a real day. */
  function parseDay(text) {
    var match = /^\s*(\d{1,2})\s*[\/.-]\s*(\d{1,2})\s*[\/.-]\s*(\d{4})\s*$/.exec(text || "");
    if (!match) return null;
    var day = Number(match[1]), month = Number(match[2]), year = Number(match[3]);
    var when = new Date(Date.UTC(year, month - 1, day));
    if (when.getUTCFullYear() !== year || when.getUTCMonth() !== month - 1 || when.getUTCDate() !== day) return null;
    return when.toISOString().slice(0, 10);
  }

  /* The reader's today as YYYY-MM-DD, in the reader's time zone. */
  function today(now) {
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  sotay.status = { periodOn: periodOn, formatDay: formatDay, parseDay: parseDay, today: today };
})(window.sotay = window.sotay || {});
