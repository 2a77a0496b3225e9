/* Offline use over HTTP(S): registers the service worker (sw.js at the site root), adds the
 * "Lưu để dùng khi không có mạng" button to pages that ask for it (<meta name="sotay-save-offline"> or an
 * element with data-sotay-save), and on the offline notice lists the saved pages (#sotay-saved-pages) and
 * points "open again" (#sotay-retry) at the page that could not be opened (?trang=URL, set by the worker).
 * From disk (file://) the whole site is already on the device: nothing here runs. */
(function () {
  "use strict";
  var root = new URL("../..", document.currentScript.src);
  var supported = /^https?:$/.test(location.protocol) && window.isSecureContext
    && "serviceWorker" in navigator && "caches" in window;
  if (!supported) return;

  window.addEventListener("load", function () {
    navigator.serviceWorker.register(new URL("sw.js", root).href).catch(function () { /* stays an online site */ });
  });

  /* The first page of a visit loaded its files before the worker existed, and the worker stores at once only
   * what every page loads: this page's own files, asked for again once the worker is in charge (the browser's
   * cache answers), are stored too, so the page opens offline whole. */
  if (!navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener("controllerchange", function () {
      performance.getEntriesByType("resource").forEach(function (entry) {
        var url = sameSite(entry.name);
        if (url) fetch(url).catch(function () { /* kept on a later visit */ });
      });
    }, { once: true });
  }

  function sameSite(href) {
    var url = new URL(href, location.href);
    url.hash = "";
    return url.href.indexOf(root.href) === 0 && !/\.zip$/.test(url.pathname) ? url.href : null;
  }

  function unique(list) {
    return list.filter(function (item, index) { return item && list.indexOf(item) === index; });
  }

  /* The page, what it loaded, every same-site page it links to and what those pages load. */
  function collect() {
    var own = [location.href].concat(performance.getEntriesByType("resource").map(function (e) { return e.name; }));
    var links = Array.prototype.map.call(document.querySelectorAll(".md-content a[href]"), function (a) { return a.href; });
    var pages = unique(links.map(sameSite)).filter(function (url) { return url !== sameSite(location.href); });
    return Promise.all(pages.map(function (url) {
      return fetch(url).then(function (response) { return response.ok ? response.text() : ""; }).then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        return Array.prototype.map.call(page.querySelectorAll("img[src], script[src], link[rel~=stylesheet][href]"), function (el) {
          return new URL(el.getAttribute("src") || el.getAttribute("href"), url).href;
        }).concat([url]);
      }).catch(function () { return [url]; });
    })).then(function (lists) {
      return unique(own.concat.apply(own, lists).map(sameSite));
    });
  }

  function controlled() {
    if (navigator.serviceWorker.controller) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      navigator.serviceWorker.addEventListener("controllerchange", resolve);
      setTimeout(function () { reject(new Error("no worker")); }, 10000);
    });
  }

  function save(button, status) {
    button.disabled = true;
    status.textContent = "Đang lưu…";
    navigator.serviceWorker.ready.then(controlled).then(collect).then(function (urls) {
      var failed = 0;
      return Promise.all(urls.map(function (url) {
        return fetch(url).then(function (r) { if (!r.ok) failed += 1; }, function () { failed += 1; });
      })).then(function () { return { saved: urls.length - failed, failed: failed }; });
    }).then(function (result) {
      if (navigator.storage && navigator.storage.persist) navigator.storage.persist();
      status.textContent = result.failed
        ? "Đã lưu " + result.saved + " mục, chưa lưu được " + result.failed + " mục. Khi có mạng, hãy bấm lại."
        : "Đã lưu trang này và " + (result.saved - 1) + " trang, tệp liên quan. Khi không có mạng, mở lại trang này trên máy này.";
    }, function () {
      status.textContent = "Chưa lưu được: hãy kiểm tra kết nối mạng rồi bấm lại.";
    }).then(function () { button.disabled = false; });
  }

  function addSaveButton() {
    var place = document.querySelector("[data-sotay-save]");
    if (!place && document.querySelector('meta[name="sotay-save-offline"]')) {
      var article = document.querySelector(".md-content__inner");
      if (!article) return;
      place = document.createElement("div");
      var heading = article.querySelector("h1");
      article.insertBefore(place, heading ? heading.nextSibling : article.firstChild);
    }
    if (!place) return;
    place.classList.add("sotay-save");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button sotay-save__button";
    button.textContent = "Lưu để dùng khi không có mạng";
    var status = document.createElement("p");
    status.className = "sotay-save__status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () { save(button, status); });
    place.appendChild(button);
    place.appendChild(status);
  }

  /* The <title> alone is parsed: a whole page parsed here would answer to this page's CSP. */
  function titleOf(html) {
    var match = /<title>([^<]*)<\/title>/.exec(html);
    return match ? new DOMParser().parseFromString("<title>" + match[1] + "</title>", "text/html").title : "";
  }

  /* On the offline notice: the pages this device has saved, by title. */
  function listSaved() {
    var list = document.getElementById("sotay-saved-pages");
    if (!list) return;
    var prefix = "sotay:" + root.href + ":";
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf(prefix) === 0; }).map(function (name) {
        return caches.open(name).then(function (cache) {
          return cache.keys().then(function (requests) {
            return Promise.all(requests.map(function (request) {
              return cache.match(request).then(function (response) {
                var type = response && response.headers.get("content-type") || "";
                return type.indexOf("text/html") === 0 ? response.text().then(function (html) {
                  return { url: request.url, title: titleOf(html) };
                }) : null;
              });
            }));
          });
        });
      }));
    }).then(function (groups) {
      var seen = {};
      var pages = [].concat.apply([], groups).filter(function (p) {
        if (!p || seen[p.url] || new URL(p.url).pathname === location.pathname) return false;
        seen[p.url] = true;
        return true;
      }).sort(function (a, b) { return a.title.localeCompare(b.title, "vi"); });
      if (!pages.length) return;
      list.textContent = "";
      pages.forEach(function (page) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = page.url;
        link.textContent = page.title || page.url;
        item.appendChild(link);
        list.appendChild(item);
      });
    });
  }

  /* On the offline notice: "open the page again" goes to the page that could not be opened. */
  function pointRetry() {
    var retry = document.getElementById("sotay-retry");
    var wanted = new URLSearchParams(location.search).get("trang");
    if (retry && wanted && sameSite(wanted)) retry.href = sameSite(wanted);
  }

  addSaveButton();
  listSaved();
  pointRetry();
})();
