// The self-assessment form (markup from sotay/core/meetings/selfcheck.py): total, rating and reason as you type.
// No rating until every criterion has a score (the total meanwhile is marked provisional). What was typed is
// kept per rubric in localStorage, as checklist ticks are, until the form's reset button clears it.
(function (sotay) {
  "use strict";
  const { assess, formatPoints, readScore } = sotay.rubricScore;
  const PREFIX = "sotay:rubric:";

  function load(key) {
    try {
      const saved = JSON.parse(localStorage.getItem(key) || "{}");
      return saved && typeof saved === "object" && !Array.isArray(saved) ? saved : {};
    } catch {
      return {}; // storage blocked or damaged: start empty rather than break the page
    }
  }

  function save(key, inputs) {
    const typed = Object.fromEntries(inputs.filter((input) => input.value.trim()).map((input) => [input.name, input.value]));
    try {
      if (Object.keys(typed).length) localStorage.setItem(key, JSON.stringify(typed));
      else localStorage.removeItem(key);
    } catch {
      // Private mode or full storage: the form still adds up until the page is left.
    }
  }

  function setup(form) {
    const rubric = JSON.parse(form.querySelector("script.sotay-calc__data").textContent);
    const key = PREFIX + rubric.id;
    const inputs = [...form.querySelectorAll(".sotay-calc__sheet input[name]")];
    const maxima = new Map(rubric.criteria.map((c) => [c.id, c.max]));
    const total = form.querySelector(".sotay-calc__total");
    const provisional = form.querySelector(".sotay-calc__provisional");
    const rating = form.querySelector(".sotay-calc__rating");
    const reason = form.querySelector(".sotay-calc__reason");

    const show = () => {
      const scores = {};
      const errors = [];
      const missing = [];
      for (const input of inputs) {
        const { value, problem } = readScore(input.value, maxima.get(input.name), rubric.step);
        input.setAttribute("aria-invalid", problem ? "true" : "false");
        if (problem) errors.push(`Tiêu chí ${input.name}: ${problem}.`);
        else if (value === null) missing.push(input.name);
        else scores[input.name] = value;
      }
      const result = assess(rubric, scores);
      const entered = Object.keys(scores).length;
      const complete = entered === inputs.length;
      total.textContent = formatPoints(result.total);
      provisional.hidden = complete || !entered;
      const unscored = missing.length && (entered || errors.length)
        ? [`Còn ${missing.length} tiêu chí chưa nhập (${missing.join(", ")}); xếp loại hiện khi đã nhập đủ.`] : [];
      if (complete) {
        rating.textContent = result.rating ? result.rating.label : "chưa đạt mức nào";
        reason.textContent = result.reason ? `Lý do: ${result.reason}.` : "Đạt mức cao nhất của khung.";
      } else {
        rating.textContent = "……";
        reason.textContent = errors.length || unscored.length ? [...errors, ...unscored].join(" ") : "Nhập điểm từng tiêu chí để xem xếp loại.";
      }
      form.classList.toggle("sotay-calc--incomplete", !complete);
      form.classList.toggle("sotay-calc--error", errors.length > 0);
    };

    const restore = () => {
      const saved = load(key);
      for (const input of inputs) input.value = typeof saved[input.name] === "string" ? saved[input.name] : "";
      show();
    };

    form.addEventListener("input", () => {
      save(key, inputs);
      show();
    });
    form.addEventListener("reset", (event) => {
      if (!window.confirm("Xóa mọi điểm đã nhập cho khung chấm điểm này?")) {
        event.preventDefault();
        return;
      }
      setTimeout(() => { // the fields are emptied just after the event
        save(key, inputs);
        show();
      });
    });
    form.addEventListener("submit", (event) => event.preventDefault());
    // Another tab scored the same rubric.
    window.addEventListener("storage", (event) => {
      if (event.key === null || event.key === key) restore();
    });
    restore();
  }

  for (const form of document.querySelectorAll("form.sotay-calc")) setup(form);
})(window.sotay);
