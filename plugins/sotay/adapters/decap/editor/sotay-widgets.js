/* Sổ tay chi bộ: the editor's own widgets, as React classes built with Decap's `createClass` and `h`.
   datetime (replacing Decap's for our date-only fields): a date typed as dd/mm/yyyy, stored as YYYY-MM-DD once
   complete. Decap's own control re-reads a native date input at every keystroke, so a typed year "2026" becomes
   1902, then 1906.
   sotay-document: a list of document numbers, picked by number or title from the base, free text accepted.
   sotay-review: an imported draft's stamp; shows what is left to review, highlights those fields, marks it
   reviewed (the stamp gains `reviewed`, which sotay-editor.js turns into `verified` when the file is saved). */
(function (root) {
  "use strict";
  var editor = (root.SotayEditor = root.SotayEditor || {});
  var MAX_SUGGESTIONS = 8;

  function plain(value) {
    if (value && typeof value.toJS === "function") return value.toJS();
    return value === undefined || value === null ? value : JSON.parse(JSON.stringify(value));
  }

  /* Lower case without diacritics, đ as d: "Hướng dẫn 42" and "huong dan 42" match alike. */
  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase();
  }

  /* The documents whose number or title holds every word typed, numbers first, at most MAX_SUGGESTIONS,
     leaving out those already chosen. Pure, so it can be tested alone. */
  function suggest(documents, query, chosen) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    var taken = {};
    (chosen || []).forEach(function (number) { taken[fold(number)] = 1; });
    return documents.filter(function (doc) {
      var text = fold(doc.number + " " + (doc.title || ""));
      return !taken[fold(doc.number)] && words.every(function (word) { return text.indexOf(word) >= 0; });
    }).sort(function (a, b) {
      var first = words[0];
      return (fold(b.number).indexOf(first) === 0) - (fold(a.number).indexOf(first) === 0);
    }).slice(0, MAX_SUGGESTIONS);
  }

  function documentsOf(field) {
    return plain(field.get("documents")) || [];
  }

  function titleOf(documents, number) {
    var key = fold(number);
    var found = documents.filter(function (doc) { return fold(doc.number) === key; })[0];
    return found ? found.title : null;
  }

  function documentControl() {
    return root.createClass({
      getInitialState: function () { return { query: "", open: false }; },
      chosen: function () { return plain(this.props.value) || []; },
      add: function (number) {
        number = String(number || "").trim();
        if (!number) return;
        var chosen = this.chosen();
        if (chosen.map(fold).indexOf(fold(number)) < 0) this.props.onChange(chosen.concat([number]));
        this.setState({ query: "", open: false });
      },
      remove: function (number) {
        this.props.onChange(this.chosen().filter(function (item) { return item !== number; }));
      },
      onKeyDown: function (event) {
        if (event.key !== "Enter") return;
        event.preventDefault();
        var first = suggest(documentsOf(this.props.field), this.state.query, this.chosen())[0];
        this.add(first ? first.number : this.state.query);
      },
      render: function () {
        var self = this;
        var h = root.h;
        var documents = documentsOf(this.props.field);
        var chosen = this.chosen();
        var matches = this.state.open ? suggest(documents, this.state.query, chosen) : [];
        var typed = this.state.query.trim();
        return h("div", { className: "sotay-doc-picker " + (this.props.classNameWrapper || "") },
          chosen.length ? h("ul", { className: "sotay-doc-picker__chosen" }, chosen.map(function (number) {
            var title = titleOf(documents, number);
            return h("li", { key: number, className: "sotay-doc-picker__chip" },
              h("strong", null, number),
              h("span", { className: "sotay-doc-picker__title" }, title || "không có trong sổ tay"),
              h("button", {
                type: "button", className: "sotay-doc-picker__remove", "aria-label": "Bỏ " + number,
                onClick: function () { self.remove(number); },
              }, "×"));
          })) : null,
          h("input", {
            id: this.props.forID, type: "text", className: "sotay-doc-picker__input", value: this.state.query,
            placeholder: "Gõ số hiệu hoặc tên, ví dụ 42-HD",
            autoComplete: "off", role: "combobox", "aria-expanded": matches.length > 0,
            onChange: function (event) { self.setState({ query: event.target.value, open: true }); },
            onFocus: function () { self.setState({ open: true }); },
            onKeyDown: this.onKeyDown,
            onBlur: this.props.setInactiveStyle,
          }),
          this.state.open && typed ? h("ul", { className: "sotay-doc-picker__suggestions", role: "listbox" },
            matches.map(function (doc) {
              return h("li", { key: doc.number, role: "option" },
                h("button", { type: "button", onClick: function () { self.add(doc.number); } },
                  h("strong", null, doc.number), " ", h("span", null, doc.title || "")));
            }).concat(matches.some(function (doc) { return fold(doc.number) === fold(typed); }) ? [] : [
              h("li", { key: "\u0000free", role: "option" },
                h("button", { type: "button", className: "sotay-doc-picker__free", onClick: function () { self.add(typed); } },
                  "Thêm “" + typed + "” (văn bản chưa có trong sổ tay)")),
            ])) : null);
      },
    });
  }

  /* "05/03/2026", "5.3.2026", "05-03-2026" -> "2026-03-05"; "" for an empty text; null when not a whole, real date. */
  function parseDay(text) {
    var trimmed = String(text || "").trim();
    if (!trimmed) return "";
    var match = /^(\d{1,2})\s*[\/.\-]\s*(\d{1,2})\s*[\/.\-]\s*(\d{4})$/.exec(trimmed);
    if (!match) return null;
    var day = +match[1], month = +match[2], year = +match[3];
    var date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    return date.toISOString().slice(0, 10);
  }

  function shownDay(iso) {
    var match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso || ""));
    return match ? match[3] + "/" + match[2] + "/" + match[1] : String(iso || "");
  }

  var BAD_DAY = "Ngày chưa đúng: ghi ngày/tháng/năm, ví dụ 05/03/2026.";

  function dateControl() {
    return root.createClass({
      getInitialState: function () { return { text: shownDay(plain(this.props.value)) }; },
      componentDidUpdate: function (previous) {
        var value = plain(this.props.value) || "";
        if (value !== (plain(previous.value) || "") && parseDay(this.state.text) !== value) this.setState({ text: shownDay(value) });
      },
      isValid: function () {
        return parseDay(this.state.text) === null ? { error: { type: "CUSTOM", message: BAD_DAY } } : true;
      },
      change: function (text) {
        this.setState({ text: text });
        var day = parseDay(text);
        if (day !== null) this.props.onChange(day);
      },
      render: function () {
        var self = this;
        var h = root.h;
        var bad = parseDay(this.state.text) === null;
        return h("div", { className: "sotay-date " + (this.props.classNameWrapper || "") },
          h("input", {
            id: this.props.forID, type: "text", inputMode: "numeric", autoComplete: "off", value: this.state.text,
            placeholder: "ngày/tháng/năm", className: "sotay-date__input", "aria-invalid": bad,
            onChange: function (event) { self.change(event.target.value); },
            onFocus: this.props.setActiveStyle, onBlur: this.props.setInactiveStyle,
          }),
          h("button", { type: "button", className: "sotay-date__today", onClick: function () { self.change(shownDay(today())); } }, "Hôm nay"),
          bad ? h("p", { className: "sotay-date__error", role: "alert" }, BAD_DAY) : null);
      },
    });
  }

  function datePreview() {
    return root.createClass({ render: function () { return root.h("span", null, shownDay(plain(this.props.value))); } });
  }

  function documentPreview() {
    return root.createClass({
      render: function () {
        return root.h("span", null, (plain(this.props.value) || []).join(", "));
      },
    });
  }

  /* The fields an imported stamp's `missing` list points at, by the configuration's `missing_fields` (each label
     `sotay import` writes, with the field it stands for); notes that name no field point at none. */
  function missingFields(missing, table) {
    var fields = [];
    (missing || []).forEach(function (item) {
      var field = (table || {})[String(item).trim().toLowerCase()];
      if (field && fields.indexOf(field) < 0) fields.push(field);
    });
    return fields;
  }

  /* CSS that marks the form rows (Decap's ControlContainer: label bar, input, hint) of `fields`, and says so in
     words after the label (not by colour alone). */
  function highlightCss(fields) {
    return fields.map(function (name) {
      return "[class*='ControlContainer']:has(> [class*='ControlTopbar'] > label[for^='" + name + "-field-'])" +
        " { outline: 3px solid #b26a00; outline-offset: 4px; background: #fff8e1; border-radius: 4px; }\n" +
        "[class*='ControlTopbar']:has(> label[for^='" + name + "-field-'])::after { content: 'cần xem lại';" +
        " align-self: center; margin-left: .6rem; font-size: .85rem; font-weight: 600; color: #7a4500; }";
    }).join("\n");
  }

  function today() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function shownDate(iso) {
    var parts = String(iso || "").split("-");
    return parts.length === 3 ? parts[2] + "/" + parts[1] + "/" + parts[0] : String(iso || "");
  }

  /* True once the draft carries a `verified` stamp no older than the import (as `sotay review` judges it). */
  function isReviewed(stamp, verified) {
    return !!(verified && verified.date && String(verified.date) >= String(stamp.date || ""));
  }

  function reviewControl() {
    return root.createClass({
      getInitialState: function () { return { source: "" }; },
      stamp: function () { return plain(this.props.value) || {}; },
      mark: function () {
        var stamp = this.stamp();
        var source = this.state.source.trim() || ("bản gốc " + (stamp.file || "đã nhập"));
        stamp.reviewed = { date: today(), source: source };
        this.props.onChange(stamp);
      },
      undo: function () {
        var stamp = this.stamp();
        delete stamp.reviewed;
        this.props.onChange(stamp);
      },
      render: function () {
        var self = this;
        var h = root.h;
        var stamp = this.stamp();
        if (!stamp.file && !stamp.date) return h("span", { className: "sotay-review--none" });  // the field is hidden
        var entry = this.props.entry;
        var verified = entry ? plain(entry.getIn(["data", "verified"])) : null;
        var form = entry ? entry.getIn(["data", "form"]) : null;
        var missing = stamp.missing || [];
        var done = isReviewed(stamp, verified);
        var fields = done || stamp.reviewed ? [] : missingFields(missing, plain(this.props.field.get("missing_fields")));
        return h("div", { className: "sotay-review" + (done ? " sotay-review--done" : ""), id: this.props.forID },
          h("style", null, highlightCss(fields)),
          h("p", null, "Nhập từ tệp ", h("strong", null, stamp.file || "?"), " ngày " + shownDate(stamp.date) + ". ",
            done ? "Đã duyệt ngày " + shownDate(verified.date) + "." : "Chưa duyệt."),
          !done && missing.length ? h("div", null,
            h("p", null, "Còn thiếu, cần xem lại (các ô tô màu vàng):"),
            h("ul", { className: "sotay-review__missing" }, missing.map(function (item) { return h("li", { key: item }, item); }))) : null,
          done ? null : stamp.reviewed ? h("div", { className: "sotay-review__marked" },
            h("p", null, "Sẽ ghi là đã duyệt (đối chiếu với: " + stamp.reviewed.source + ")" +
              (form === "van-ban" ? " và đổi tình trạng thành “còn hiệu lực”" : "") + " khi bấm Lưu."),
            h("button", { type: "button", onClick: this.undo }, "Chưa, để duyệt sau")) : h("div", { className: "sotay-review__mark" },
            h("label", { htmlFor: "sotay-review-source" }, "Đã đối chiếu với (nơi xác minh):"),
            h("input", {
              id: "sotay-review-source", type: "text", value: this.state.source,
              placeholder: "bản gốc " + (stamp.file || ""),
              onChange: function (event) { self.setState({ source: event.target.value }); },
            }),
            h("button", { type: "button", className: "sotay-review__button", onClick: this.mark }, "Đánh dấu đã duyệt")));
      },
    });
  }

  function reviewPreview() {
    return root.createClass({ render: function () { return null; } });
  }

  editor.widgets = {
    fold: fold, suggest: suggest, parseDay: parseDay, missingFields: missingFields, isReviewed: isReviewed,
    register: function (CMS) {
      CMS.registerWidget("datetime", dateControl(), datePreview());
      CMS.registerWidget("sotay-document", documentControl(), documentPreview());
      CMS.registerWidget("sotay-review", reviewControl(), reviewPreview());
    },
  };
})(typeof window !== "undefined" ? window : globalThis);
