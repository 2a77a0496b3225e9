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

  // What is wrong with one typed score, or "" when it is usable.
  function scoreProblem(value, max) {
    if (!Number.isFinite(value)) return "chưa đọc được số điểm";
    if (value < 0 || value > max) return `điểm phải từ 0 đến ${formatPoints(max)}`;
    return "";
  }

  sotay.rubricScore = { formatPoints, totalPoints, blockingRules, assess, scoreProblem };
})(window.sotay = window.sotay || {});
