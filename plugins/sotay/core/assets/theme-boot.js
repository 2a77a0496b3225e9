/* Loaded in <head> in place of the theme's inline bootstrap script, so pages run under a CSP without
 * 'unsafe-inline'. Defines what the theme's bundle expects (same behaviour as mkdocs-material 9.x), with
 * the site root taken from this file's own address (assets/sotay/ is two folders below it). */
(function () {
  "use strict";
  window.__md_scope = new URL("../..", document.currentScript.src);
  window.__md_hash = function (text) {
    return Array.from(text).reduce(function (hash, c) { return (hash << 5) - hash + c.charCodeAt(0); }, 0);
  };
  window.__md_get = function (key, storage, scope) {
    return JSON.parse((storage || localStorage).getItem((scope || __md_scope).pathname + "." + key));
  };
  window.__md_set = function (key, value, storage, scope) {
    try {
      (storage || localStorage).setItem((scope || __md_scope).pathname + "." + key, JSON.stringify(value));
    } catch (error) { /* storage full or disabled: the theme works without it */ }
  };
  /* Browsers before 2020 lack ResizeObserver; the theme would then load a polyfill from another host.
   * This stand-in reports sizes on observe and on window resize: layout stays right, nothing is fetched. */
  /* Tables wider than a phone scroll sideways inside the theme's wrapper: keyboard users must reach it.
   * Static task lists (pymdownx.tasklist) render nameless checkboxes: each is named by its item's text. */
  window.addEventListener("load", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".task-list-control > input:not([aria-label])"), function (box) {
      var item = box.closest("li").cloneNode(true);
      Array.prototype.forEach.call(item.querySelectorAll("ul, ol"), function (list) { list.remove(); });
      box.setAttribute("aria-label", item.textContent.trim());
    });
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset__scrollwrap"), function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth) {
        wrap.tabIndex = 0;
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", "Bảng, cuộn ngang để xem hết");
      }
    });
  });
  if (!("ResizeObserver" in window)) {
    window.ResizeObserver = function (callback) {
      var targets = [];
      var report = function (list) {
        callback(list.map(function (target) { return { target: target, contentRect: target.getBoundingClientRect() }; }));
      };
      window.addEventListener("resize", function () { if (targets.length) report(targets); });
      this.observe = function (target) { targets.push(target); setTimeout(function () { report([target]); }, 0); };
      this.unobserve = function (target) { targets = targets.filter(function (t) { return t !== target; }); };
      this.disconnect = function () { targets = []; };
    };
  }
})();
