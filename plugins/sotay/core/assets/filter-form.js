// The filter form of the explorer and the pack page: selects with live counts, state read from the URL.
(function (sotay) {
  "use strict";
  const { filtersFromSearch, matches, optionCounts, searchWithFilters } = sotay.filters;
  const { replaceSearch } = sotay.selection;

  /**
   * Show `form` and call `onChange(filters)` now and whenever a select changes.
   * `items` are the parsed filter values of what is filtered; with `syncUrl`, the query mirrors the filters.
   */
  function bindFilterForm(form, items, onChange, { syncUrl = true } = {}) {
    const selects = [...form.querySelectorAll("select")];
    const status = form.querySelector("[role=status]");
    const box = form.querySelector("details");
    const summary = box.querySelector("summary");
    const title = summary.textContent;
    const read = () => Object.fromEntries(selects.map((select) => [select.name, select.value]));

    function update(first = false) {
      const filters = read();
      for (const select of selects) {
        const counts = optionCounts(items, filters, select.name);
        for (const option of select.options) {
          const count = counts.get(option.value) ?? 0;
          option.textContent = `${option.dataset.label} (${count})`;
          option.disabled = count === 0 && option.value !== select.value;
        }
      }
      const shown = items.filter((values) => matches(values, filters)).length;
      status.textContent = `${shown}/${items.length} buổi khớp bộ lọc.`;
      const active = Object.values(filters).filter(Boolean).length;
      summary.textContent = active ? `${title} (${active} đang chọn)` : title;
      if (syncUrl) replaceSearch(searchWithFilters(location.search, filters));
      onChange(filters, first);
    }

    const initial = filtersFromSearch(location.search, selects.map((select) => select.name));
    for (const select of selects) {
      if ([...select.options].some((option) => option.value === initial[select.name])) select.value = initial[select.name];
    }
    form.addEventListener("change", () => update());
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("reset", (event) => {
      event.preventDefault();
      for (const select of selects) select.value = "";
      update();
    });
    // On a phone the open filters would fill the first screen: fold them unless the URL already sets some.
    box.open = matchMedia("(min-width: 45em)").matches || Object.values(initial).some(Boolean);
    form.hidden = false;
    update(true);
  }

  sotay.filterForm = { bindFilterForm };
})(window.sotay = window.sotay || {});
