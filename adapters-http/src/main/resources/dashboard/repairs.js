// Repairs: backfill jobs with live progress, and a form that queues one with the API token.
"use strict";

(() => {
  const { el, json } = MDM;
  const form = document.getElementById("start");
  const result = document.getElementById("result");

  function row(job) {
    const progress = Math.round(job.progress * 10) / 10;
    return el("tr", { "data-job": job.id, "data-status": job.status, "data-progress": String(job.progress) },
      el("th", { scope: "row", class: "mono", title: job.id, text: job.id.substring(0, 8) }),
      el("td", {}, MDM.state(job.status)),
      el("td", {}, el("progress", { max: "100", value: String(job.progress), "aria-label": "progress of job " + job.id }), " " + progress + " %"),
      el("td", { class: "num", text: job.recordsFetched }),
      el("td", { class: "num", text: job.recordsInserted }),
      el("td", { class: "hide-narrow", text: job.pair + " " + job.dataType + (job.period ? " " + job.period : "") }),
      el("td", { class: "hide-narrow", text: MDM.time(job.start) + " → " + MDM.time(job.end) }),
      el("td", { class: "hide-narrow problem", text: job.errorMessage || "" }));
  }

  async function load() {
    const body = await json("/backfill/jobs?limit=50");
    const rows = body.jobs.map(row);
    document.querySelector("#jobs tbody").replaceChildren(...(rows.length ? rows
      : [el("tr", {}, el("td", { colspan: "8", class: "muted", text: "No backfill job yet." }))]));
    document.body.dataset.loaded = "true";
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const field = (name) => form.elements[name].value.trim();
    const body = { pair: field("pair"), dataType: field("dataType"), start: field("start"), end: field("end") };
    if (body.dataType.endsWith("candles")) body.period = field("period");
    result.className = "";
    result.textContent = "Sending…";
    try {
      const job = await json("/backfill/jobs", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: "Bearer " + form.elements.token.value },
        body: JSON.stringify(body),
      });
      result.textContent = "Queued job " + job.id + ".";
      result.dataset.job = job.id;
      await load();
    } catch (error) {
      result.className = "problem";
      result.textContent = "Refused: " + error.message;
    }
  });

  const end = new Date(Math.floor(Date.now() / 3600000) * 3600000);
  form.elements.end.value = end.toISOString().replace(".000", "");
  form.elements.start.value = new Date(end.getTime() - 2 * 3600000).toISOString().replace(".000", "");
  MDM.every(2000, load);
})();
