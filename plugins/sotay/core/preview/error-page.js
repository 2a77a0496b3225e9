/* The preview's error page: asks the server, once a second, which build it is showing; after the next build
 * (the content saved again) the page reloads, into the site when the errors are gone. A HEAD request, because
 * the site's offline worker answers GETs from its saved copies and would keep answering the same build. */
(function () {
  "use strict";
  var root = document.documentElement;
  var shown = root.getAttribute("data-sotay-build");
  var url = root.getAttribute("data-sotay-state-url");
  var header = root.getAttribute("data-sotay-state-header");

  function poll() {
    fetch(url, { method: "HEAD", cache: "no-store" }).then(function (response) {
      if (response.headers.get(header) !== shown) location.reload();
      else setTimeout(poll, 1000);
    }, function () {
      setTimeout(poll, 3000); /* the preview is restarting or stopped: ask again a little later */
    });
  }
  setTimeout(poll, 1000);
})();
