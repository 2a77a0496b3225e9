// The self-assessment form (markup from sotay/core/meetings/selfcheck.py): total, rating and reason as you type.
(function (sotay) {
  "use strict";
  const { assess, formatPoints, scoreProblem } = sotay.rubricScore;

  function setup(form) {
    const rubric = JSON.parse(form.querySelector("script.sotay-calc__data").textContent);
    const inputs = [...form.querySelectorAll("input[type=number]")];
    const maxima = new Map(rubric.criteria.map((c) => [c.id, c.max]));
    const total = form.querySelector(".sotay-calc__total");
    const rating = form.querySelector(".sotay-calc__rating");
    const reason = form.querySelector(".sotay-calc__reason");

    const update = () => {
      const scores = {};
      const errors = [];
      for (const input of inputs) {
        const typed = input.value !== "" || input.validity.badInput;
        const problem = typed ? scoreProblem(input.valueAsNumber, maxima.get(input.name)) : "";
        input.setAttribute("aria-invalid", problem ? "true" : "false");
        if (problem) errors.push(`Tiêu chí ${input.name}: ${problem}.`);
        else if (typed) scores[input.name] = input.valueAsNumber;
      }
      const result = assess(rubric, scores);
      total.textContent = formatPoints(result.total);
      if (errors.length) {
        rating.textContent = "……";
        reason.textContent = errors.join(" ");
      } else if (!Object.keys(scores).length) {
        rating.textContent = "……";
        reason.textContent = "Nhập điểm từng tiêu chí để xem xếp loại.";
      } else {
        rating.textContent = result.rating ? result.rating.label : "chưa đạt mức nào";
        reason.textContent = result.reason ? `Lý do: ${result.reason}.` : "Đạt mức cao nhất của khung.";
      }
      form.classList.toggle("sotay-calc--error", errors.length > 0);
    };

    form.addEventListener("input", update);
    form.addEventListener("reset", () => setTimeout(update)); // values are cleared after the event
    form.addEventListener("submit", (event) => event.preventDefault());
    update();
  }

  for (const form of document.querySelectorAll("form.sotay-calc")) setup(form);
})(window.sotay);
