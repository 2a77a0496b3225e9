// "In" buttons: shown only when the script runs, since printing from a button needs it.
(function () {
  "use strict";

  for (const button of document.querySelectorAll("[data-sotay-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
})();
