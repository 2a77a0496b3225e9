// Scoring a meeting against a rubric: the algorithm of sotay/core/meetings/rubric.py, for the browser.
// Pure functions, no DOM; tests/fixtures/rubric_cases.json holds the cases both must agree on.
// A rubric is {criteria: [{id, title, max}], ratings: [{id, label, min_total, require_max, forbid_zero}]},
// ratings best first; scores map criterion ids to points, a missing score counts 0.
(function (sotay) {
  "use strict";

  function points(scores, id) {
    return Object.hasOwn(scores, id) ? scores[id] : 0;
  }

  // 12 rather than 12.0; 7,5 with a Vietnamese decimal comma (Python's "{:g}").
  function formatPoints(value) {
    return String(Number(value.toPrecision(6))).replace(".", ",");
  }

  // Sum in the rubric's order, as Python does, so both get the same floating-point total.
  function totalPoints(rubric, scores) {
    let total = 0;
    for (const criterion of rubric.criteria) total += points(scores, criterion.id);
    return total;
  }

  // Every rule of `rating` that `scores` break, each as a Vietnamese phrase.
  function blockingRules(rubric, rating, scores) {
    const total = totalPoints(rubric, scores);
    const maxima = new Map(rubric.criteria.map((c) => [c.id, c.max]));
    const problems = [];
    if (total < rating.min_total) {
      problems.push(`tổng điểm ${formatPoints(total)} chưa đạt ${formatPoints(rating.min_total)}`);
    }
    const short = rating.require_max.filter((id) => points(scores, id) < (maxima.get(id) ?? 0));
    if (short.length) problems.push(`tiêu chí ${short.join(", ")} chưa đạt điểm tối đa`);
    const zero = rating.forbid_zero.filter((id) => points(scores, id) === 0);
    if (zero.length) problems.push(`tiêu chí ${zero.join(", ")} bị 0 điểm`);
    return problems;
  }

  // The best rating whose rules `scores` satisfy, and what blocked the rating just above it.
  function assess(rubric, scores) {
    let reason = "";
    for (const rating of rubric.ratings) {
      const problems = blockingRules(rubric, rating, scores);
      if (!problems.length) return { total: totalPoints(rubric, scores), rating, reason };
      reason = `${problems.join(" và ")} nên không thể xếp loại ${rating.label}`;
    }
    return { total: totalPoints(rubric, scores), rating: null, reason };
  }

  // Whether `points` is a whole number of `step`s (7,5 of 0,5 is; 7,3 is not), within rounding.
  function onStep(points, step) {
    const steps = points / step;
    return Math.abs(steps - Math.round(steps)) < 1e-9;
  }

  // One typed score read as a Vietnamese reader writes it ("7,5" or "7.5"): {value, problem}, value null when
  // nothing usable was typed, problem "" when nothing is wrong. `step` is the rubric's smallest part of a point.
  function readScore(text, max, step) {
    const typed = text.trim();
    const whole = Number.isInteger(step);
    if (!typed) return { value: null, problem: "" };
    if (!/^\d+(?:[.,]\d+)?$/.test(typed)) {
      return { value: null, problem: whole ? "cần một số điểm nguyên, ví dụ 7" : `cần một số điểm, ví dụ 7 hoặc ${formatPoints(7 + step)}` };
    }
    const value = Number(typed.replace(",", "."));
    if (!onStep(value, step)) {
      const below = Math.floor(value / step) * step;
      const problem = whole ? `khung này chấm điểm nguyên: nhập ${formatPoints(below)} hoặc ${formatPoints(below + step)}`
        : `khung này chấm lẻ đến ${formatPoints(step)} điểm: nhập ${formatPoints(below)} hoặc ${formatPoints(below + step)}`;
      return { value: null, problem };
    }
    if (value > max) return { value: null, problem: `điểm phải từ 0 đến ${formatPoints(max)}` };
    return { value, problem: "" };
  }

  sotay.rubricScore = { formatPoints, totalPoints, blockingRules, assess, onStep, readScore };
})(window.sotay = window.sotay || {});
