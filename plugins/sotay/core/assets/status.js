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

  function isIsoDay(text) {
    return /^\d{4}-\d{2}-\d{2}$/.test(text || "");
  }

  /* "2024-04-05" -> "05/04/2024", the way Vietnamese readers write dates. */
  function formatDay(isoDay) {
    var parts = isoDay.split("-");
    return parts[2] + "/" + parts[1] + "/" + parts[0];
  }

  /* The reader's today as YYYY-MM-DD, in the reader's time zone. */
  function today(now) {
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  sotay.status = { periodOn: periodOn, isIsoDay: isIsoDay, formatDay: formatDay, today: today };
})(window.sotay = window.sotay || {});
