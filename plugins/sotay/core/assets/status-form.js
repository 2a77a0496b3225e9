/* Sổ tay chi bộ — the "Còn hiệu lực vào ngày …?" form of a document page. Needs status.js.
   Without JavaScript the form stays hidden; the status badge still tells today's status. */
(function (sotay) {
  "use strict";
  var status = sotay.status;
  var forms = document.querySelectorAll("form.sotay-on-date");
  Array.prototype.forEach.call(forms, function (form) {
    var periods = JSON.parse(form.querySelector("script[type='application/json']").textContent);
    var input = form.querySelector("input[type=date]");
    var answer = form.querySelector("output");
    function show() {
      if (!status.isIsoDay(input.value)) {
        answer.textContent = "Chọn một ngày.";
        answer.className = "sotay-on-date__answer";
        return;
      }
      var period = status.periodOn(periods, input.value);
      answer.textContent = (period.in_force ? "Có. " : "Không. ") + period.reason;
      answer.className = "sotay-on-date__answer " + (period.in_force ? "sotay-on-date--yes" : "sotay-on-date--no");
    }
    input.value = status.today(new Date());
    input.addEventListener("input", show);
    input.addEventListener("change", show);
    form.addEventListener("submit", function (event) { event.preventDefault(); show(); });
    form.hidden = false;
    show();
  });
})(window.sotay);
