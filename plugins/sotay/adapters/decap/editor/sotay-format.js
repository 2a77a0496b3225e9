/* Sổ tay chi bộ: the `sotay-frontmatter` format: reads a content file's front matter and body, writes them back in
   our files' style. Pure functions on one namespace (SotayEditor.format), usable in the page and in Node tests.

   Writing keeps what a person did not change: each top-level field whose value is unchanged is written back as
   the original lines (comments and spelling included), in the original order; a changed field is written in the
   house style; a new field goes to its place in the contract's order. The original front matter travels with the
   entry as the hidden key SOURCE_KEY, which is never written. */
(function (root) {
  "use strict";
  var SOURCE_KEY = "sotay_source";

  // The order of fields in our files (content/*, sotay new): title and summary, the kind's own fields in the
  // contract's order, then the common lists and flags.
  var ORDER = [
    "title", "summary",
    "form", "number", "issuer", "signer", "issued", "effective", "expires", "status",
    "supersedes", "amends", "guides", "based_on",
    "cell", "organization", "date", "meeting_type", "cell_type", "members", "attended", "speakers", "observers",
    "rubric", "scores", "rating",
    "phase",
    "id", "criteria", "ratings", "step",
    "verified", "imported",
    "tags", "meeting_types", "cell_types", "sources", "changes", "example", "featured",
  ];
  // Free text that is always double-quoted, whatever it holds (as in every shipped file).
  var PROSE = { title: 1, summary: 1, cell: 1, organization: 1, note: 1, source: 1, observers: 1, label: 1, missing: 1 };
  // Lists of records written one key per line (the rest are written as one-line maps).
  var BLOCK_RECORDS = { sources: 1 };

  function yaml() {
    var lib = root.jsyaml || (typeof require === "function" ? require("js-yaml") : null);
    if (!lib) throw new Error("js-yaml chưa được nạp");
    return lib;
  }

  function loadYaml(text) {
    // CORE_SCHEMA: dates stay the strings the file holds (2026-11-23, 2025-08), as the contract stores them.
    return yaml().load(text, { schema: yaml().CORE_SCHEMA }) || {};
  }

  /* The front matter's text (between the two --- lines) and the body after them. */
  function split(text) {
    var normal = text.replace(/^\uFEFF/, "");
    if (normal.slice(0, 4) !== "---\n") return { head: "", body: normal };
    var end = normal.indexOf("\n---\n", 3);
    if (end < 0) {
      if (normal.slice(-4) === "\n---") return { head: normal.slice(4, -3), body: "" };
      return { head: "", body: normal };
    }
    return { head: normal.slice(4, end + 1), body: normal.slice(end + 5) };
  }

  /* Top-level blocks of a front matter text: {key, comments, text}; comment and blank lines belong to the key
     that follows them (kept even when its value changes), those at the end to a block with key null. */
  function blocks(head) {
    var out = [];
    var pending = "";
    head.split("\n").slice(0, -1).forEach(function (line) {
      var key = /^([A-Za-z_][\w-]*)\s*:/.exec(line);
      if (key) {
        out.push({ key: key[1], comments: pending, text: line + "\n" });
        pending = "";
      } else if (/^(#|\s*$)/.test(line) || !out.length) {
        pending += line + "\n";
      } else {
        out[out.length - 1].text += pending + line + "\n";
        pending = "";
      }
    });
    if (pending) out.push({ key: null, comments: pending, text: "" });
    return out;
  }

  function fromFile(text) {
    var parts = split(text);
    var data = loadYaml(parts.head);
    if (typeof data !== "object" || Array.isArray(data)) data = {};
    data.body = parts.body;
    data[SOURCE_KEY] = parts.head;
    return data;
  }

  function isEmpty(value) {
    return value === undefined || value === null || value === "" ||
      (Array.isArray(value) && value.length === 0) ||
      (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0);
  }

  /* Drop what a form leaves behind when a field is left empty: empty strings, nulls, empty lists and maps at the
     top, empty strings and nulls inside records (an empty list inside a record, `require_max: []`, is meant). */
  function clean(value, top) {
    if (Array.isArray(value)) {
      return value.map(function (item) { return clean(item, false); })
        .filter(function (item) { return item !== undefined && item !== null && item !== ""; });
    }
    if (value && typeof value === "object") {
      var out = {};
      Object.keys(value).forEach(function (key) {
        var item = clean(value[key], false);
        if (item === undefined || item === null || item === "") return;
        if (top !== false && isEmpty(item)) return;
        out[key] = item;
      });
      return out;
    }
    return value;
  }

  function canonical(value) {
    if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
    if (value && typeof value === "object") {
      return "{" + Object.keys(value).sort().map(function (key) {
        return JSON.stringify(key) + ":" + canonical(value[key]);
      }).join(",") + "}";
    }
    return JSON.stringify(value);
  }

  var INDICATOR = /^[-?:,\[\]{}#&*!|>'"%@`\s]/;

  /* A string as YAML: plain where it reads back as the same string, else double-quoted. `flow`: inside [ ] or
     { }, where commas and brackets end a plain value. */
  function scalar(value, quoted, flow) {
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    var text = String(value);
    if (quoted || !plainSafe(text, flow)) return JSON.stringify(text);
    return text;
  }

  function plainSafe(text, flow) {
    if (!text || INDICATOR.test(text) || /\s$/.test(text) || /[\n\r\t]/.test(text)) return false;
    if (text.indexOf(": ") >= 0 || text.indexOf(" #") >= 0 || /:$/.test(text)) return false;
    if (flow && /[,\[\]{}]/.test(text)) return false;
    try {
      return loadYaml("v: " + text).v === text;
    } catch (err) {
      return false;
    }
  }

  function flowMap(record, inFlow) {
    return "{" + Object.keys(record).map(function (key) {
      return mapKey(key) + ": " + flowValue(key, record[key]);
    }).join(", ") + "}";
  }

  function flowValue(key, value) {
    if (Array.isArray(value)) return "[" + value.map(function (item) { return flowValue(key, item); }).join(", ") + "]";
    if (value && typeof value === "object") return flowMap(value, true);
    return scalar(value, !!PROSE[key], true);
  }

  function mapKey(key) {
    return /^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key);
  }

  /* One top-level field in the house style. */
  function field(key, value) {
    if (Array.isArray(value)) {
      var records = value.length && value.every(function (item) { return item && typeof item === "object"; });
      if (records && BLOCK_RECORDS[key]) {
        return key + ":\n" + value.map(function (record) {
          return Object.keys(record).map(function (name, index) {
            return (index ? "    " : "  - ") + mapKey(name) + ": " + flowValue(name, record[name]) + "\n";
          }).join("");
        }).join("");
      }
      if (records) return key + ":\n" + value.map(function (record) { return "  - " + flowMap(record) + "\n"; }).join("");
      if (PROSE[key]) return key + ":\n" + value.map(function (item) { return "  - " + scalar(item, true) + "\n"; }).join("");
      return key + ": " + flowValue(key, value) + "\n";
    }
    if (value && typeof value === "object") return key + ": " + flowMap(value) + "\n";
    return key + ": " + scalar(value, !!PROSE[key], false) + "\n";
  }

  function position(key) {
    var index = ORDER.indexOf(key);
    return index < 0 ? ORDER.length : index;
  }

  /* Keys in the order to write: the original file's order, new keys placed after the last kept key that comes
     before them in ORDER; in a new file, ORDER then any other key in the order given. */
  function orderedKeys(keys, originalKeys) {
    var out = originalKeys.filter(function (key) { return keys.indexOf(key) >= 0; });
    keys.filter(function (key) { return out.indexOf(key) < 0; })
      .sort(function (a, b) { return position(a) - position(b); })
      .forEach(function (key) {
        var at = 0;
        out.forEach(function (kept, index) { if (position(kept) <= position(key)) at = index + 1; });
        out.splice(at, 0, key);
      });
    return out;
  }

  function toFile(data) {
    var body = typeof data.body === "string" ? data.body : "";
    if (body && body.slice(-1) !== "\n") body += "\n";  // the editor's text box drops the last line break; our files end with one
    var head = typeof data[SOURCE_KEY] === "string" ? data[SOURCE_KEY] : "";
    var values = {};
    Object.keys(data).forEach(function (key) {
      if (key !== "body" && key !== SOURCE_KEY) values[key] = data[key];
    });
    values = clean(values, true);
    var original = {};
    var originalKeys = [];
    var trailing = "";
    blocks(head).forEach(function (block) {
      if (block.key === null) {
        trailing = block.comments;
        return;
      }
      original[block.key] = block;
      originalKeys.push(block.key);
    });
    var before = head ? loadYaml(head) : {};
    var text = orderedKeys(Object.keys(values), originalKeys).map(function (key) {
      var unchanged = Object.prototype.hasOwnProperty.call(original, key) && before &&
        canonical(before[key]) === canonical(values[key]);
      var kept = original[key] || { comments: "", text: "" };
      return kept.comments + (unchanged ? kept.text : field(key, values[key]));
    }).join("");
    return "---\n" + text + trailing + "---\n" + body;
  }

  root.SotayEditor = root.SotayEditor || {};
  root.SotayEditor.format = {
    SOURCE_KEY: SOURCE_KEY, ORDER: ORDER, fromFile: fromFile, toFile: toFile, field: field, split: split,
  };
})(typeof window !== "undefined" ? window : globalThis);
