/* Sổ tay chi bộ: a model meeting's scores show only the criteria of the rubric chosen in the form. The
   configuration's `scores` field holds one number per criterion of every rubric of the base, and `rubrics`
   (rubric id -> its criterion ids); Decap has no event for a field's change, so the form is watched and the rows
   of the other rubrics' criteria are hidden by a style sheet. With no rubric chosen, every row shows. */
(function (root) {
  "use strict";

  /* The criterion ids to hide: those of the other rubrics that the chosen one lacks. Pure. */
  function hiddenCriteria(rubrics, chosen) {
    var keep = (rubrics || {})[chosen];
    if (!keep) return [];
    var hidden = [];
    Object.keys(rubrics).forEach(function (id) {
      rubrics[id].forEach(function (criterion) {
        if (keep.indexOf(criterion) < 0 && hidden.indexOf(criterion) < 0) hidden.push(criterion);
      });
    });
    return hidden;
  }

  function fieldNamed(collection, name) {
    return (collection.fields || []).filter(function (field) { return field.name === name; })[0];
  }

  function watch(config) {
    var meetings = (config.collections || []).filter(function (collection) { return collection.name === "model-meetings"; })[0];
    var scores = meetings && fieldNamed(meetings, "scores");
    var rubric = meetings && fieldNamed(meetings, "rubric");
    if (!scores || !scores.rubrics || !rubric || !rubric.options) return;
    var byLabel = {};
    rubric.options.forEach(function (option) { byLabel[option.label] = option.value; });
    var style = document.createElement("style");
    document.head.appendChild(style);
    var update = function () {
      var label = document.querySelector("label[for^='rubric-field-']");
      var row = label && label.closest("[class*='ControlContainer']");
      var shown = row && row.querySelector("[class*='-control']");  // the select's box: its text is the chosen label
      var css = hiddenCriteria(scores.rubrics, shown ? byLabel[shown.textContent.trim()] : null).map(function (id) {
        return "[class*='ControlContainer']:has(> [class*='ControlTopbar'] > label[for^='" + id + "-field-']) { display: none; }";
      }).join("\n");
      if (style.textContent !== css) style.textContent = css;
    };
    new MutationObserver(update).observe(document.body, { subtree: true, childList: true, characterData: true });
  }

  root.SotayEditor = root.SotayEditor || {};
  root.SotayEditor.rubricScores = { hiddenCriteria: hiddenCriteria };
  if (typeof document !== "undefined" && root.jsyaml) {
    fetch("config.yml").then(function (response) { return response.text(); })
      .then(function (text) { watch(root.jsyaml.load(text)); });
  }
})(typeof window !== "undefined" ? window : globalThis);
