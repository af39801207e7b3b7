// Inbox behaviour: the reading pane, keyboard triage, range selection, undo, and the
// "N new — show" check. Everything here is a shortcut for what the page's forms and links
// already do without JavaScript (a mention's link opens its page, forms post and redirect).
"use strict";
(() => {
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const rows = () => $$("#mention-list > li.row");
  const rowOf = (id) => (id ? $(`#row-${id}`) : null);
  const narrow = () => window.matchMedia("(max-width: 999px)").matches;
  let currentId = null;
  let lastChecked = null;
  let advanceFrom = null; // a mention marked done from the pane: open the next one after it

  // --- the cursor and the pane -------------------------------------------------------

  function setCurrent(row, { focus = true } = {}) {
    if (!row) return;
    currentId = row.dataset.id;
    rows().forEach((r) => r.classList.toggle("current", r === row));
    if (focus && !(narrow() && paneOpen())) row.focus({ preventScroll: true });
    row.scrollIntoView({ block: "nearest" });
  }

  function current() {
    return rowOf(currentId);
  }

  function move(step) {
    const list = rows();
    if (!list.length) return null;
    const at = list.indexOf(current());
    const next = at < 0 ? list[0] : list[Math.max(0, Math.min(at + step, list.length - 1))];
    setCurrent(next);
    return next;
  }

  const pane = () => $("#pane");
  const paneView = () => $("#pane #mention-view");
  const paneOpen = () => pane()?.classList.contains("open");
  const shownId = () => paneView()?.dataset.id || null;

  function openInPane(row) {
    if (!row || !pane() || !window.htmx) return Promise.resolve();
    setCurrent(row);
    return window.htmx.ajax("GET", row.dataset.pane, { target: "#pane", swap: "innerHTML" });
  }

  function closePane() {
    const p = pane();
    if (!p) return;
    p.classList.remove("open");
    document.body.classList.remove("pane-open");
    const row = current();
    if (row) setCurrent(row); // back to the same place in the list
  }

  // Open the current mention in the pane (if it is not there yet), then run `then`.
  function withPane(then) {
    const row = current() || move(1);
    if (!row) return;
    if (shownId() === row.dataset.id) then();
    else openInPane(row).then(then);
  }

  // --- actions -------------------------------------------------------------------------

  function selectedIds() {
    return $$("#mention-list input.select:checked").map((i) => i.value);
  }

  function updateCount() {
    const n = selectedIds().length;
    const out = $("#selected-count");
    if (out) out.textContent = n ? `${n} selected` : "";
  }

  function busyNames(ids) {
    return ids
      .map((id) => $(`#row-${id} .viewing`))
      .filter(Boolean)
      .map((el) => el.textContent);
  }

  // Selected mentions (or the current one) through the bulk endpoint: rows are swapped in
  // place and a status line offers undo.
  function runBulk(action, value, ids = selectedIds()) {
    const form = $("#bulk");
    if (!form || !ids.length || !window.htmx) return Promise.resolve(false);
    const busy = busyNames(ids);
    if (busy.length && !window.confirm(`Someone else is looking at this: ${busy.join("; ")}. Continue?`)) {
      return Promise.resolve(false);
    }
    const values = {
      csrfmiddlewaretoken: form.querySelector("[name=csrfmiddlewaretoken]").value,
      action, value, ids, filters: form.querySelector("[name=filters]").value,
    };
    // The source is not the form: its own fields (the menu, "all matching") are not this.
    return window.htmx.ajax("POST", form.getAttribute("action"), { values, swap: "none", source: $("#results") }).then(() => true);
  }

  // One action on the current mention: its pane form when it is open there, else the bulk
  // endpoint with just its id.
  function act(key, action, value) {
    const ids = selectedIds();
    if (ids.length) return runBulk(action, value, ids);
    const row = current();
    if (!row) return null;
    const button = shownId() === row.dataset.id ? $(`#mention-view [data-key="${key}"]`) : null;
    if (button) { sendPaneForm(button); return null; }
    return runBulk(action, value, [row.dataset.id]);
  }

  // A pane form's button, sent the way htmx sends it when clicked (a key can come before
  // htmx has wired up a pane that was just swapped in, and then a click would post the
  // form as a plain page request).
  function sendPaneForm(button) {
    const form = button.closest("form");
    if (!form || !window.htmx || refused(form)) return false;
    const values = button.name ? { [button.name]: button.value } : {};
    window.htmx.ajax("POST", form.getAttribute("action"), {
      source: form, values, target: form.getAttribute("hx-target") || "#mention-view", swap: "outerHTML",
    });
    return true;
  }

  function markDone() {
    const row = current();
    const selection = selectedIds().length;
    if (!selection && row && shownId() === row.dataset.id) {
      const button = $('#mention-view [data-key="e"]');
      if (button && sendPaneForm(button)) advanceFrom = row.dataset.id;
      return;
    }
    const done = act("e", "status", "done");
    if (done && !selection && row) {
      done.then((ok) => { if (ok) { advanceFrom = row.dataset.id; advance(); } });
    }
  }

  function advance() {
    const row = rowOf(advanceFrom);
    advanceFrom = null;
    if (!row) return;
    const list = rows();
    const next = list[list.indexOf(row) + 1];
    if (next) openInPane(next);
    else setCurrent(row);
  }

  // --- events ----------------------------------------------------------------------------

  document.addEventListener("click", (event) => {
    const box = event.target.closest("#mention-list input.select");
    if (box) {
      if (event.shiftKey && lastChecked && lastChecked !== box) {
        const boxes = $$("#mention-list input.select");
        const [a, b] = [boxes.indexOf(lastChecked), boxes.indexOf(box)].sort((x, y) => x - y);
        boxes.slice(a, b + 1).forEach((b2) => { b2.checked = box.checked; });
      }
      lastChecked = box;
      updateCount();
      return;
    }
    if (event.target.matches("#select-page")) {
      $$("#mention-list input.select").forEach((b) => { b.checked = event.target.checked; });
      updateCount();
    }
    const open = event.target.closest("#mention-list [data-open]");
    if (open) setCurrent(open.closest("li.row"), { focus: false });
    if (event.target.closest("[data-shortcuts-open]")) $("#shortcuts")?.showModal();
    if (event.target.closest("[data-pane-close]")) closePane();
    const step = event.target.closest("[data-pane-step]");
    if (step) openInPane(move(Number(step.dataset.paneStep)));
    const done = event.target.closest("#mention-view [data-advance]");
    if (done && paneView()) advanceFrom = paneView().dataset.id;
    const sentiment = event.target.closest("[data-sentiment]");
    if (sentiment) {
      $("#sentiment-dialog")?.close();
      act("s", "sentiment", sentiment.dataset.sentiment);
    }
  });

  // The collision warning: someone else has the mention open, or it is someone else's.
  function refused(form) {
    if (!form.matches("[data-confirm-busy]")) return false;
    const view = form.closest("#mention-view") || document;
    const warning = $("#collision", view);
    const assigned = $("[data-assignee]", view);
    if (warning) {
      const who = warning.dataset.viewers;
      return !window.confirm(`${who} ${who.includes(",") ? "are" : "is"} looking at this mention. Act anyway?`);
    }
    if (assigned) return !window.confirm(`This mention is assigned to ${assigned.dataset.assignee}. Act anyway?`);
    return false;
  }

  // Checks before acting (capture phase: before htmx sends the form).
  document.addEventListener("submit", (event) => {
    const form = event.target;
    let stop = false;
    if (form.id === "bulk" && form.querySelector("#all-matching:checked")) {
      const limit = form.querySelector("#all-matching").dataset.limit;
      stop = !window.confirm(`Apply this to every mention matching the filters (up to ${limit})?`);
    }
    if (!stop) stop = refused(form);
    if (stop) {
      event.preventDefault();
      event.stopPropagation();
      advanceFrom = null;
    }
  }, true);

  document.addEventListener("keydown", (event) => {
    const typing = event.target.closest("input, textarea, select, [contenteditable]");
    if (event.key === "Escape" && typing) { event.target.blur(); current()?.focus(); return; }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    // Enter on a focused button or link is that button's or link's.
    if (event.key === "Enter" && event.target.closest("a, button, summary")) return;
    if ($("dialog[open]:not(#sentiment-dialog)")) return;
    const dialog = $("#sentiment-dialog");
    if (dialog?.open) {
      if (["1", "2", "3"].includes(event.key)) {
        dialog.close();
        act("s", "sentiment", ["positive", "neutral", "negative"][Number(event.key) - 1]);
        event.preventDefault();
      }
      return;
    }
    if (!$("#mention-list") && !["?", "/", "f"].includes(event.key)) return;
    const focusIn = (selector) => withPane(() => $(selector)?.focus());
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "n": openInPane(move(1)); break;
      case "p": openInPane(move(-1)); break;
      case "o": case "Enter": openInPane(current() || move(1)); break;
      case "u": case "Escape": closePane(); break;
      case "x": {
        const box = current()?.querySelector("input.select");
        if (box) { box.checked = !box.checked; lastChecked = box; updateCount(); }
        break;
      }
      case "e": markDone(); break;
      case "a": act("a", "assign", "me"); break;
      case "A": focusIn("#a-assign"); break;
      case "t": focusIn("#a-tag"); break;
      case "c": focusIn("#note-text"); break;
      case "!": act("!", "spam", ""); break;
      case "s": if (selectedIds().length || current()) dialog?.showModal(); break;
      case "v": {
        const url = current()?.dataset.original;
        if (url) window.open(url, "_blank", "noopener,noreferrer");
        break;
      }
      case "z": $("#toast [data-undo] button")?.click(); break;
      case "/": $("#f-q")?.focus(); break;
      case "f": {
        const panel = $("#filter-panel");
        if (panel) { panel.open = !panel.open; if (panel.open) $("select, input", panel)?.focus(); }
        break;
      }
      case "?": $("#shortcuts")?.showModal(); break;
      default: return;
    }
    event.preventDefault();
  });

  // The filter form shows what the list shows, also after a chip or a tab changed it.
  function syncFilters() {
    const results = $("#results");
    const form = $("#filters");
    if (!results || !form) return;
    const query = new URLSearchParams(results.dataset.filters || "");
    for (const field of form.elements) {
      if (!field.name) continue;
      const fallback = field.name === "status" ? "todo" : field.name === "assignee" ? "anyone" : "";
      const value = query.get(field.name) ?? fallback;
      if (field.value !== value && document.activeElement !== field) field.value = value;
    }
    for (const tab of $$("#view-tabs a[data-query]")) {
      if (tab.dataset.query === (results.dataset.filters || "")) tab.setAttribute("aria-current", "page");
      else tab.removeAttribute("aria-current");
    }
    const saved = $("[data-current-filters]");
    if (saved) saved.value = results.dataset.filters || "";
    const exportLink = $("#export-link");
    if (exportLink) exportLink.search = results.dataset.filters || "";
  }

  document.body.addEventListener("htmx:afterSwap", (event) => {
    const target = event.detail?.target;
    if (!target) return;
    if (target.id === "results") {
      lastChecked = null;
      updateCount();
      syncFilters();
      if (current()) setCurrent(current(), { focus: false });
    }
    if (["pane", "mention-view", "mention-act"].includes(target.id) || target.closest?.("#pane")) {
      const view = paneView();
      if (view && target.id === "pane") {
        const row = rowOf(view.dataset.id);
        if (row) setCurrent(row, { focus: false });
        if (narrow()) {
          pane().classList.add("open");
          document.body.classList.add("pane-open");
          pane().focus({ preventScroll: true });
        }
      }
      if (advanceFrom) advance();
    }
  });

  // htmx puts the caret back into a field with the same id after a swap: for the field of
  // the form just sent (a tag, a note) the keys belong to the list again instead.
  let sentField = null;
  document.body.addEventListener("htmx:beforeRequest", (event) => {
    const field = document.activeElement;
    const form = event.detail.elt;
    sentField = field && field.id && form.contains?.(field) ? field.id : null;
  });
  document.body.addEventListener("htmx:afterSwap", () => {
    const field = document.activeElement;
    if (!sentField || !field || field.id !== sentField) return;
    sentField = null;
    field.blur();
    if (narrow() && paneOpen()) pane().focus({ preventScroll: true });
    else current()?.focus({ preventScroll: true });
  });

  // Rows swapped out of band: keep the cursor on the same mention.
  document.body.addEventListener("htmx:oobAfterSwap", (event) => {
    const row = event.detail?.target;
    if (row?.id === `row-${currentId}` || row?.dataset?.id === currentId) {
      const fresh = rowOf(currentId);
      if (fresh) fresh.classList.add("current");
    }
    if (row?.id === "toast") {
      const undo = $("#toast [data-undo]");
      if (undo) window.setTimeout(() => undo.remove(), 10000); // undo is offered for a while
    }
  });

  // A bulk action or an undo changed mentions: the pane reloads when it shows one of them.
  document.body.addEventListener("mentions-changed", (event) => {
    if (event.detail?.reload && $("#results")) {
      window.htmx.ajax("GET", window.location.pathname + window.location.search, { target: "#results", swap: "outerHTML" });
    }
    const ids = (event.detail?.ids || []).map(String);
    const shown = shownId();
    if (shown && ids.includes(shown) && rowOf(shown)) {
      window.htmx.ajax("GET", rowOf(shown).dataset.pane, { target: "#pane", swap: "innerHTML" });
    }
  });

  // "N new — show": ask now and then; slower while the tab is hidden, never reshuffle the list.
  let delay = 30000;
  function checkNew() {
    const results = $("#results");
    if (results && results.dataset.newest && window.htmx) {
      const url = `${results.dataset.newCountUrl}?${results.dataset.filters}&newest=${results.dataset.newest}`;
      window.htmx.ajax("GET", url, { target: "#new-banner", swap: "outerHTML" });
    }
    delay = document.hidden ? Math.min(delay * 2, 600000) : 30000;
    window.setTimeout(checkNew, delay);
  }
  window.setTimeout(checkNew, delay);
})();
