/* In place of the theme's inline palette script (mkdocs-material 9.x partials/javascripts/palette.html), which a
 * CSP without 'unsafe-inline' blocks: a reader's saved colour scheme is applied before the page is drawn. Loaded,
 * not deferred, right after the palette switch in the header, whose inputs it reads. */
(function () {
  "use strict";
  var palette = __md_get("__palette");
  if (!(palette && palette.color)) return;
  if (palette.color.media === "(prefers-color-scheme)") {
    var media = matchMedia("(prefers-color-scheme: light)");
    var input = document.querySelector(media.matches ? "[data-md-color-media='(prefers-color-scheme: light)']"
      : "[data-md-color-media='(prefers-color-scheme: dark)']");
    palette.color.media = input.getAttribute("data-md-color-media");
    palette.color.scheme = input.getAttribute("data-md-color-scheme");
    palette.color.primary = input.getAttribute("data-md-color-primary");
    palette.color.accent = input.getAttribute("data-md-color-accent");
  }
  Object.keys(palette.color).forEach(function (key) { document.body.setAttribute("data-md-color-" + key, palette.color[key]); });
})();
