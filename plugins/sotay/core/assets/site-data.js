// Data files of the site, for pages whose script adds what the page does not hold. `loadData(path)` reads one
// (its path from the site root), once: through window.sotayOffline where the offline plugin provides it (the
// only way from disk, file://), else fetched over HTTP(S); a failed read is tried again on the next call.
// `linkLike(href, slug)` links other documents of a kind as the page links one (`…/SLUG/`, `…/SLUG.html`).
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

  function linkLike(href, slug) {
    const at = href.lastIndexOf(slug);
    return (other) => href.slice(0, at) + other + href.slice(at + slug.length);
  }

  sotay.siteData = { linkLike, loadData };
})(window.sotay = window.sotay || {});
