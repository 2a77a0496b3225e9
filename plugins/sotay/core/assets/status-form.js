/* Sổ tay chi bộ — the "Còn hiệu lực vào ngày …?" form of a document page. Needs status.js.
   Without JavaScript the form stays hidden; the status badge still tells today's status. */
(function (sotay) {
  "use strict";
  var status = sotay.status;
  var forms = document.querySelectorAll("form.sotay-on-date");
  Array.prototype.forEach.call(forms, function (form) {
    var periods = JSON.parse(form.querySelector("script[type='application/json']").textContent);
    var input = form.querySelector("input[name=ngay]");
    var answer = form.querySelector("output");
    function show() {
      var day = status.parseDay(input.value);
      input.setAttribute("aria-invalid", day || !input.value.trim() ? "false" : "true");
      if (!day) {
        answer.textContent = "Nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 05/04/2024.";
        answer.className = "sotay-on-date__answer";
        return;
      }
      var period = status.periodOn(periods, day);
      answer.textContent = (period.in_force ? "Có. " : "Không. ") + period.reason;
      answer.className = "sotay-on-date__answer " + (period.in_force ? "sotay-on-date--yes" : "sotay-on-date--no");
    }
    input.value = status.formatDay(status.today(new Date()));
    input.addEventListener("input", show);
    input.addEventListener("change", show);
    form.addEventListener("submit", function (event) { event.preventDefault(); show(); });
    form.hidden = false;
    show();
  });
})(window.sotay);
