/* Sổ tay chi bộ — on the guides index, show only the official documents in force on a chosen day.
   Reads the timelines embedded as #sotay-timelines (keyed by each document's link); needs status.js.
   Without JavaScript the full list stays as it is. */
(function (sotay) {
  "use strict";
  var status = sotay.status;
  var data = document.getElementById("sotay-timelines");
  if (!data) return;
  var timelines = JSON.parse(data.textContent);
  var items = [];
  Array.prototype.forEach.call(document.querySelectorAll(".md-content li > a[href]"), function (link) {
    var periods = timelines[link.getAttribute("href")];
    if (periods) items.push({ li: link.parentNode, periods: periods });
  });
  if (!items.length) return;

  var form = document.createElement("form");
  form.className = "sotay-in-force-filter";
  form.innerHTML = '<label><input type="checkbox" name="loc"> Chỉ hiện văn bản còn hiệu lực vào ngày</label> ' +
    '<input type="text" name="ngay" inputmode="numeric" size="10" placeholder="ngày/tháng/năm" spellcheck="false" autocomplete="off" ' +
    'aria-label="Ngày cần xem hiệu lực, theo thứ tự ngày/tháng/năm"> <output aria-live="polite"></output>';
  var list = items[0].li.parentNode;
  list.parentNode.insertBefore(form, list);
  var only = form.querySelector("input[type=checkbox]");
  var day = form.querySelector("input[name=ngay]");
  var count = form.querySelector("output");
  day.value = status.formatDay(status.today(new Date()));

  function apply() {
    var iso = status.parseDay(day.value);
    var active = only.checked && iso !== null;
    var shown = 0;
    items.forEach(function (item) {
      var visible = !active || status.periodOn(item.periods, iso).in_force;
      item.li.hidden = !visible;
      if (visible) shown++;
    });
    day.setAttribute("aria-invalid", iso || !day.value.trim() ? "false" : "true");
    if (only.checked && !iso) count.textContent = "Nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 05/04/2024.";
    else count.textContent = active ? "Có " + shown + "/" + items.length + " văn bản còn hiệu lực vào ngày " + status.formatDay(iso) + "." : "";
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
})(window.sotay);
