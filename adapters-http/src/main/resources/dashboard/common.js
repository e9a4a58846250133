// Shared by every page: JSON calls to the service's own API, the refresh loop with its
// "last refreshed" line, the readiness banner, and small DOM and time helpers.
"use strict";

const MDM = (() => {
  const UPLOT = "/webjars/uplot/1.6.30/dist/";

  async function json(path, options) {
    const response = await fetch(path, Object.assign({ headers: { Accept: "application/json" } }, options));
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const error = new Error((body && body.detail) || response.status + " " + response.statusText);
      error.status = response.status;
      error.body = body;
      throw error;
    }
    return body;
  }

  /** Every item of an offset-paged listing, at most maxPages pages of 1000. */
  async function allPages(path, key, maxPages) {
    const items = [];
    let offset = 0;
    for (let page = 0; page < (maxPages || 10) && offset != null; page++) {
      const sep = path.includes("?") ? "&" : "?";
      const body = await json(path + sep + "limit=1000&offset=" + offset);
      items.push(...body[key]);
      offset = body.nextOffset;
    }
    return items;
  }

  /** Every record of a cursor-paged /data query, at most maxPages pages. */
  async function allData(path, maxPages) {
    const records = [];
    let cursor = null;
    for (let page = 0; page < (maxPages || 20); page++) {
      const body = await json(path + (cursor ? "&cursor=" + encodeURIComponent(cursor) : ""));
      records.push(...body.data);
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    return records;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value == null || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name === "class") node.className = value;
      else if (name === "style") Object.assign(node.style, value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child == null) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function time(iso) {
    return iso ? iso.replace("T", " ").replace(/\.\d+Z$/, "Z") : "—";
  }

  function ago(iso, now) {
    if (!iso) return "not measured";
    const seconds = Math.max(0, Math.round(((now || Date.now()) - Date.parse(iso)) / 1000));
    if (seconds < 90) return seconds + " s ago";
    if (seconds < 5400) return Math.round(seconds / 60) + " min ago";
    if (seconds < 129600) return Math.round(seconds / 3600) + " h ago";
    return Math.round(seconds / 86400) + " d ago";
  }

  function state(word) {
    return el("span", { class: "state state-" + word, "data-state": word, text: word });
  }

  function banner(message) {
    const node = document.getElementById("banner");
    node.textContent = message || "";
    node.classList.toggle("shown", Boolean(message));
  }

  async function readiness() {
    try {
      await json("/health/readiness");
      banner(null);
    } catch (error) {
      if (error.status === 503 && error.body && error.body.failed) {
        banner("A store is down: " + error.body.failed.join(", ") + " does not answer. Figures may be stale.");
      } else {
        banner("The service is down or unreachable (" + error.message + "). Showing the last figures received.");
      }
    }
  }

  /** Runs load now and every intervalMs, with the readiness check beside it. */
  function every(intervalMs, load) {
    const line = document.getElementById("refreshed");
    let refreshed = null;
    const clock = () => new Date().toISOString().substring(11, 19) + " UTC";
    async function tick() {
      let failed = false;
      await Promise.all([
        readiness(),
        load().catch((error) => {
          failed = true;
          console.warn("refresh failed:", error.message);
          banner("The service is down or unreachable (" + error.message + "). Showing the last figures received.");
        }),
      ]);
      if (!failed) refreshed = clock();
      line.textContent = (refreshed ? "Last refreshed " + refreshed : "Not refreshed yet") +
        (failed ? " · refresh failed at " + clock() : "") + " · every " + intervalMs / 1000 + " s";
      document.body.dataset.refreshes = String(Number(document.body.dataset.refreshes || 0) + 1);
      setTimeout(tick, intervalMs);
    }
    tick();
  }

  /**
   * When the dataset's last record was written: its coverage as last measured, else what its latest
   * health metric says (measured at, less the freshness then); null when neither knows.
   */
  function lastRecord(dataset, metric) {
    if (dataset.coverage && dataset.coverage.last) return dataset.coverage.last;
    if (metric && metric.freshnessSeconds != null) {
      return new Date(Date.parse(metric.timestamp) - metric.freshnessSeconds * 1000).toISOString();
    }
    return null;
  }

  /** The series type of a dataset id such as candles_BTCUSDT_1m or funding_rates_ETHUSDT. */
  function typeOf(dataset) {
    const marker = "_" + dataset.pair;
    const at = dataset.pair ? dataset.id.indexOf(marker) : -1;
    return at > 0 ? dataset.id.substring(0, at) : dataset.category || "other";
  }

  return { UPLOT, json, allPages, allData, el, time, ago, state, banner, every, typeOf, lastRecord };
})();
