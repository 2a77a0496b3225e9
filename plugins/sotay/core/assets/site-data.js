// Reading a data file of the site (its path from the site root), once: through window.sotayOffline where the
// offline plugin provides it (the only way from disk, file://), else fetched over HTTP(S). A failed read is
// tried again on the next call.
(function (sotay) {
  "use strict";
  const SITE = new URL("../../", document.currentScript.src);
  const reads = new Map();

  async function fetchJson(path) {
    const response = await fetch(new URL(path, SITE));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json();
  }

  function loadData(path) {
    if (!reads.has(path)) {
      const read = window.sotayOffline ? window.sotayOffline.load(path) : fetchJson(path);
      read.catch(() => reads.delete(path));
      reads.set(path, read);
    }
    return reads.get(path);
  }

  sotay.siteData = { loadData };
})(window.sotay = window.sotay || {});
