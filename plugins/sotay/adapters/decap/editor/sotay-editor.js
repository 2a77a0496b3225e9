/* Sổ tay chi bộ: wires our parts into Decap CMS and starts it (index.html sets CMS_MANUAL_INIT so that every
   registration is in place first): the Vietnamese locale, the sotay-frontmatter format, our widgets, the preview
   in the site's own styles, and the save step that turns "marked reviewed" into a `verified` stamp. */
(function (root) {
  "use strict";
  var CMS = root.CMS;
  var editor = root.SotayEditor;
  var COLLECTIONS = ["guides", "model-meetings", "checklists", "rubrics"];

  function merged(base, extra) {
    var out = {};
    Object.keys(base || {}).forEach(function (key) { out[key] = base[key]; });
    Object.keys(extra).forEach(function (key) {
      var both = out[key] && typeof out[key] === "object" && typeof extra[key] === "object";
      out[key] = both ? merged(out[key], extra[key]) : extra[key];
    });
    return out;
  }

  /* The dotted keys of a locale's phrases. */
  function keys(phrases, prefix) {
    return Object.keys(phrases || {}).reduce(function (out, key) {
      var path = prefix ? prefix + "." + key : key;
      return out.concat(typeof phrases[key] === "object" ? keys(phrases[key], path) : [path]);
    }, []);
  }

  /* The shipped `vi` with ours over it; `untranslated` lists the English phrases neither has (a test wants none;
     Decap would show them in English). */
  var vietnamese = merged(CMS.getLocale("vi"), editor.localeVi);
  var known = keys(vietnamese);
  editor.untranslated = keys(CMS.getLocale("en")).filter(function (key) { return known.indexOf(key) < 0; });
  CMS.registerLocale("vi", merged(CMS.getLocale("en"), vietnamese));
  CMS.registerCustomFormat("sotay-frontmatter", "md", { fromFile: editor.format.fromFile, toFile: editor.format.toFile });
  editor.widgets.register(CMS);

  ["main.css", "palette.css", "sotay.css", "sotay/sotay-preview.css"].forEach(function (name) {
    CMS.registerPreviewStyle(name.indexOf("/") < 0 ? "site/" + name : name);
  });
  /* The Vietnamese label of a select field's value, from the configuration's options. */
  function optionLabel(collection, name, value) {
    var field = collection.get("fields").find(function (f) { return f.get("name") === name; });
    var option = field && field.get("options") && field.get("options").find(function (o) { return o.get && o.get("value") === value; });
    return option ? option.get("label") : value;
  }

  var Preview = root.createClass({
    render: function () {
      var h = root.h;
      var data = this.props.entry.get("data");
      var status = data.get("status");
      var collection = this.props.collection;
      return h("article", { className: "md-typeset sotay-doc sotay-preview" },
        h("p", { className: "sotay-kind" }, collection.get("label_singular") || collection.get("label")),
        h("h1", null, data.get("title") || "(chưa có tên)"),
        status ? h("p", null, h("span", { className: "sotay-status sotay-status--" + status }, optionLabel(collection, "status", status))) : null,
        data.get("summary") ? h("p", { className: "sotay-summary" }, data.get("summary")) : null,
        this.props.widgetFor("body"));
    },
  });
  COLLECTIONS.forEach(function (name) { CMS.registerPreviewTemplate(name, Preview); });

  /* A draft marked reviewed: `verified` from the mark, a document's draft status made "in force" (any other
     form's draft status removed, as its default is in force), the mark itself never written. */
  CMS.registerEventListener({
    name: "preSave",
    handler: function (event) {
      var data = event.entry.get("data");
      var reviewed = data.getIn(["imported", "reviewed"]);
      if (!reviewed) return data;
      var mark = typeof reviewed.toJS === "function" ? reviewed.toJS() : reviewed;
      data = data.deleteIn(["imported", "reviewed"]).set("verified", data.clear().set("date", mark.date).set("source", mark.source));
      if (data.get("status") === "du-thao") data = data.get("form") === "van-ban" ? data.set("status", "hieu-luc") : data.delete("status");
      return data;
    },
  });

  CMS.init();
})(window);
