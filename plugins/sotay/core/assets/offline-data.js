/* window.sotayOffline: load a data file of the site the same way over HTTP and from disk (file://).
 *
 *   sotayOffline.load("search/manifest.json").then(function (data) { ... })
 *
 * PATH is relative to the site root. Over HTTP(S) it is fetched as JSON. From disk, where browsers refuse
 * fetch(), the script PATH + ".js" written by a portable build (`sotay build --offline`) is added to the
 * page; it calls sotayOffline.register(PATH, data). Each path is loaded once; failures reject with an Error.
 * Classic script (not a module): module scripts do not run from file:// either. */
(function () {
  "use strict";
  var root = new URL("../..", document.currentScript.src);
  var local = root.protocol === "file:";
  var loading = {};
  var waiting = {};

  function fromScript(path) {
    return new Promise(function (resolve, reject) {
      waiting[path] = resolve;
      var script = document.createElement("script");
      script.src = new URL(path + ".js", root).href;
      script.onerror = function () {
        delete waiting[path];
        reject(new Error("Không tải được dữ liệu " + path));
      };
      document.head.appendChild(script);
    });
  }

  function fromNetwork(path) {
    return fetch(new URL(path, root).href).then(function (response) {
      if (!response.ok) throw new Error("Không tải được dữ liệu " + path + " (" + response.status + ")");
      return response.json();
    });
  }

  window.sotayOffline = {
    root: root.href,
    local: local,
    load: function (path) {
      if (!loading[path]) {
        loading[path] = (local ? fromScript : fromNetwork)(path);
        loading[path].catch(function () { delete loading[path]; });
      }
      return loading[path];
    },
    register: function (path, data) {
      if (waiting[path]) {
        waiting[path](data);
        delete waiting[path];
      }
    }
  };
})();
