// Ingest: rates derived from two readings of /metrics/ingest, per type and per dead-letter reason.
"use strict";

(() => {
  const { el, json } = MDM;
  let previous = null;
  const history = [[], []];
  let chart = null;

  function rate(now, before, seconds) {
    return before == null || seconds <= 0 ? "…" : ((now - before) / seconds).toFixed(1);
  }

  function draw() {
    const node = document.getElementById("rates");
    if (history[0].length < 2) {
      node.replaceChildren(el("p", { class: "muted", text: "Collecting readings…" }));
      return;
    }
    if (!chart) {
      node.replaceChildren();
      chart = new uPlot({
        width: Math.max(260, node.clientWidth - 16), height: 200,
        scales: { x: { time: true } },
        series: [{}, { label: "per second", stroke: "#0969da", width: 2 }],
      }, history, node);
    } else {
      chart.setData(history);
    }
  }

  async function load() {
    const meters = await json("/metrics/ingest");
    const at = Date.now();
    const seconds = previous ? (at - previous.at) / 1000 : 0;
    const before = previous ? previous.meters : null;
    document.getElementById("i-pending").textContent = meters.consumerPending ?? "not listening";
    document.getElementById("i-inflight").textContent = meters.inFlight ?? "not listening";
    document.getElementById("i-messages").textContent = meters.messages;
    // without the NATS listener (the synthetic feed) nothing is received as a message: count records stored
    const listening = meters.consumerPending != null;
    const flow = (m) => listening ? m.messages : Object.values(m.recordsStored).reduce((a, b) => a + b, 0);
    document.getElementById("i-rate-label").textContent = listening ? "Messages / s" : "Records stored / s (no NATS listener)";
    if (before) {
      const perSecond = (flow(meters) - flow(before)) / seconds;
      document.getElementById("i-rate").textContent = perSecond.toFixed(1);
      history[0].push(at / 1000);
      history[1].push(perSecond);
      if (history[0].length > 720) { history[0].shift(); history[1].shift(); }
    }
    const types = [...new Set([...Object.keys(meters.eventsReceived), ...Object.keys(meters.recordsStored)])].sort();
    document.querySelector("#types tbody").replaceChildren(...types.map((type) =>
      el("tr", { "data-type": type }, el("th", { scope: "row", text: type }),
        el("td", { class: "num", text: rate(meters.eventsReceived[type] || 0, before && (before.eventsReceived[type] || 0), seconds) }),
        el("td", { class: "num", text: rate(meters.recordsStored[type] || 0, before && (before.recordsStored[type] || 0), seconds) }),
        el("td", { class: "num", text: meters.eventsReceived[type] || 0 }),
        el("td", { class: "num", text: meters.recordsStored[type] || 0 }))));
    const reasons = Object.keys(meters.deadLettered).sort();
    document.querySelector("#dead tbody").replaceChildren(...(reasons.length ? reasons.map((reason) =>
      el("tr", { "data-reason": reason }, el("th", { scope: "row", text: reason }),
        el("td", { class: "num", text: before ? (((meters.deadLettered[reason] - (before.deadLettered[reason] || 0)) / seconds) * 60).toFixed(1) : "…" }),
        el("td", { class: "num", text: meters.deadLettered[reason] })))
      : [el("tr", {}, el("td", { colspan: "3", class: "muted", text: "No dead letter since start." }))]));
    previous = { at, meters };
    draw();
    document.body.dataset.loaded = "true";
  }

  MDM.every(3000, load);
})();
