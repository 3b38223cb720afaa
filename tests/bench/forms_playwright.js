#!/usr/bin/env node
// The Playwright side of the Form Filler benchmark: the same fills as our QtWebEngine filler, on the
// same fixture sites (tests/data/forms, served by tests/support/site_server.py), written the way a
// typical Playwright script would do them: goto the contact page, fill each field by its name with
// the value the site expects, click Next on multi-step forms, click the submit button, wait for the
// POST's answer and the confirmation text.
//
//   node forms_playwright.js --port PORT --rounds N --concurrency C [--sites host1,host2,...]
//                            [--expected PATH] [--chromium PATH] [--timeout MS] [--wait confirmation|response]
//
// A fill is done when the POST's answer has come (status < 400) and then the site's confirmation text
// (expected.json "confirmation_contains") is visible; --wait response stops at the POST's answer.
//
// Uses Debian's chromium (/usr/bin/chromium) through playwright-core (tests/bench/node: npm ci), never
// a browser of Playwright's own. Prints one JSON line on stdout at the end; exits 0 when every fill
// succeeded, 1 when some failed, 2 on a usage or start-up error. Failures are also told on stderr.
'use strict';

// ms_total counts from the node process's start (performance.now()'s origin): module loading and the
// browser's launch are in it.
const scriptStart = 0;

const fs = require('fs');
const path = require('path');
const { Worker } = require('worker_threads');

let chromium;
try {
    ({ chromium } = require(path.join(__dirname, 'node', 'node_modules', 'playwright-core')));
} catch (e) {
    process.stderr.write('playwright-core is not installed: run "npm ci" in ' + path.join(__dirname, 'node') + '\n');
    process.exit(2);
}

// ---- arguments -------------------------------------------------------------------------------------

function parseArgs(argv) {
    const args = {
        port: 0,
        rounds: 1,
        concurrency: 1,
        sites: null,
        expected: path.join(__dirname, '..', 'data', 'forms', 'expected.json'),
        chromium: '/usr/bin/chromium',
        timeout: 15000,
        wait: 'confirmation',
    };
    for (let i = 0; i < argv.length; ++i) {
        const a = argv[i];
        const value = () => {
            if (i + 1 >= argv.length) { throw new Error(a + ' needs a value'); }
            return argv[++i];
        };
        if (a === '--port') { args.port = parseInt(value(), 10); }
        else if (a === '--rounds') { args.rounds = parseInt(value(), 10); }
        else if (a === '--concurrency') { args.concurrency = parseInt(value(), 10); }
        else if (a === '--sites') { args.sites = value().split(',').map((s) => s.trim()).filter(Boolean); }
        else if (a === '--expected') { args.expected = value(); }
        else if (a === '--chromium') { args.chromium = value(); }
        else if (a === '--timeout') { args.timeout = parseInt(value(), 10); }
        else if (a === '--wait') { args.wait = value(); }
        else { throw new Error('unknown argument ' + a); }
    }
    if (!(args.port > 0)) { throw new Error('--port PORT is required (the site server\'s)'); }
    if (!(args.rounds >= 1)) { throw new Error('--rounds must be >= 1'); }
    if (!(args.concurrency >= 1)) { throw new Error('--concurrency must be >= 1'); }
    if (args.wait !== 'confirmation' && args.wait !== 'response') { throw new Error('--wait is confirmation or response'); }
    return args;
}

// ---- what to fill, from expected.json ----------------------------------------------------------------

// Small per-site tweaks a hand-written script would have: which button is Next on a multi-step form,
// which iframe holds the form.
const TWEAKS = {
    'wren-conseil.example': { next: 'button.msf-next' },
    'osprey-labs.example': { frame: 'iframe.form-frame' },
};

// How a field of a given kind (expected.json "kinds") is set: a <select>, a checkbox, or typed text.
const SELECT_KINDS = new Set(['topic', 'country', 'phone_country']);
const CHECKBOX_KINDS = new Set(['consent', 'newsletter']);

// The posted fields as {name: value} whatever the site's encoding: HubSpot's JSON
// {"fields": [{name, value}...]} and Webflow's "fields[Name]" both give back the inputs' names.
function postedValues(fields) {
    const values = {};
    for (const [key, value] of Object.entries(fields || {})) {
        if (key === 'fields' && Array.isArray(value)) {
            for (const f of value) {
                if (f && typeof f.name === 'string') { values[f.name] = f.value; }
            }
            continue;
        }
        values[key] = value;
        const m = /^fields\[(.+)\]$/.exec(key);
        if (m) { values[m[1]] = value; }
    }
    return values;
}

function planFor(site) {
    const values = postedValues(site.post.fields);
    const steps = [];
    for (const [name, kind] of Object.entries(site.kinds || {})) {
        const value = values[name];
        if (CHECKBOX_KINDS.has(kind)) {
            // Checked when the site expects it posted, unchecked (a pre-ticked newsletter) when not.
            steps.push({ name, action: value !== undefined && value !== '' ? 'check' : 'uncheck' });
            continue;
        }
        if (kind === 'honeypot' || value === undefined || value === null || value === '') {
            continue; // honeypots and fields the site expects empty are left alone
        }
        steps.push({ name, action: SELECT_KINDS.has(kind) ? 'select' : 'fill', value: String(value) });
    }
    return {
        host: site.host,
        url: site.form_url,
        postPath: site.post.path,
        confirmation: site.confirmation_contains,
        steps,
        tweaks: TWEAKS[site.host] || {},
    };
}

function quote(name) {
    return '[name="' + name.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"]';
}

// A promise that gives up after ms (a close Chromium never acknowledges must not hang the run).
function bounded(promise, ms) {
    return Promise.race([promise.catch(() => {}), new Promise((resolve) => setTimeout(resolve, ms).unref())]);
}

// ---- one fill ----------------------------------------------------------------------------------------

// On the worker's own page, reused from fill to fill: goto replaces what was there. (Closing a page
// just as a form's redirect lands can hang with this Chromium: crbug 536385539, playwright#42366.)
async function fillOnce(page, plan, timeout, wait) {
    await page.goto(plan.url, { waitUntil: 'domcontentloaded' });
    const root = plan.tweaks.frame ? page.frameLocator(plan.tweaks.frame) : page;

    for (const step of plan.steps) {
        const field = root.locator(quote(step.name));
        if (plan.tweaks.next && !(await field.isVisible())) {
            // A later step of a multi-step form: Next until the field shows.
            await root.locator(plan.tweaks.next).filter({ visible: true }).first().click();
            await field.waitFor({ state: 'visible' });
        }
        if (step.action === 'fill') { await field.fill(step.value); }
        else if (step.action === 'select') { await field.selectOption(step.value); }
        else if (step.action === 'check') { await field.check(); }
        else { await field.uncheck(); }
    }

    const first = plan.steps.length ? quote(plan.steps[0].name) : 'input, textarea';
    const form = root.locator('form', { has: root.locator(first) });
    const submit = form.locator('button[type="submit"], input[type="submit"], button:not([type])').first();

    // The POST's answer first (an error status fails the fill at once), then the site's words.
    const posted = page.waitForResponse((r) => r.request().method() === 'POST'
        && new URL(r.url()).pathname === plan.postPath, { timeout });
    posted.catch(() => {});
    await submit.click();
    const response = await posted;
    if (response.status() >= 400) {
        throw new Error('POST ' + plan.postPath + ' answered HTTP ' + response.status());
    }
    if (wait === 'confirmation' && plan.confirmation) {
        await root.getByText(plan.confirmation).filter({ visible: true }).first().waitFor({ state: 'visible', timeout });
    }
}

// ---- peak memory (PSS) of the browser's processes, sampled by a worker thread every 100 ms ------------

const SAMPLER = `
const { workerData } = require('worker_threads');
const fs = require('fs');
const peak = new Float64Array(workerData.shared);
const root = workerData.root;
function isChromium(pid) {
    try {
        if (/chromium/i.test(fs.readlinkSync('/proc/' + pid + '/exe'))) { return true; }
    } catch (e) {}
    try {
        const cmd = fs.readFileSync('/proc/' + pid + '/cmdline', 'latin1').split('\\0')[0];
        return /chromium/i.test(cmd);
    } catch (e) { return false; }
}
function sample() {
    const children = new Map();
    for (const d of fs.readdirSync('/proc')) {
        if (!/^[0-9]+$/.test(d)) { continue; }
        try {
            const stat = fs.readFileSync('/proc/' + d + '/stat', 'latin1');
            const ppid = parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1], 10);
            if (!children.has(ppid)) { children.set(ppid, []); }
            children.get(ppid).push(parseInt(d, 10));
        } catch (e) {}
    }
    let total = 0;
    const todo = (children.get(root) || []).slice();
    while (todo.length) {
        const pid = todo.pop();
        for (const c of children.get(pid) || []) { todo.push(c); }
        if (!isChromium(pid)) { continue; }
        try {
            // PSS: memory shared between the browser's processes counted once, split between them.
            const rollup = fs.readFileSync('/proc/' + pid + '/smaps_rollup', 'latin1');
            const m = /Pss:\\s+([0-9]+) kB/.exec(rollup);
            if (m) { total += parseInt(m[1], 10) * 1024; }
        } catch (e) {}
    }
    if (total > peak[0]) { peak[0] = total; }
}
sample();
setInterval(sample, 100);
`;

function startSampler() {
    let pageSize = 4096;
    try {
        pageSize = parseInt(require('child_process').execFileSync('getconf', ['PAGESIZE']).toString(), 10) || 4096;
    } catch (e) {}
    const shared = new SharedArrayBuffer(8);
    const worker = new Worker(SAMPLER, { eval: true, workerData: { shared, root: process.pid, pageSize } });
    worker.unref();
    const peak = new Float64Array(shared);
    return {
        peakMb: () => Math.round(peak[0] / (1024 * 1024) * 10) / 10,
        stop: () => worker.terminate(),
    };
}

// ---- main --------------------------------------------------------------------------------------------

async function main() {
    let args;
    try {
        args = parseArgs(process.argv.slice(2));
    } catch (e) {
        process.stderr.write(e.message + '\n');
        return 2;
    }
    const expected = JSON.parse(fs.readFileSync(args.expected, 'utf8'));
    let sites = expected.sites;
    if (args.sites) {
        const unknown = args.sites.filter((h) => !sites.some((s) => s.host === h));
        if (unknown.length) {
            process.stderr.write('not in ' + args.expected + ': ' + unknown.join(', ') + '\n');
            return 2;
        }
        sites = args.sites.map((h) => sites.find((s) => s.host === h));
        const unusable = sites.filter((s) => !s.form_url || !s.post);
        if (unusable.length) {
            process.stderr.write('no form to send on: ' + unusable.map((s) => s.host).join(', ') + '\n');
            return 2;
        }
    } else {
        sites = sites.filter((s) => s.status === 'submitted');
    }
    const plans = sites.map(planFor);

    const tasks = [];
    for (let round = 1; round <= args.rounds; ++round) {
        for (const plan of plans) { tasks.push({ round, plan }); }
    }

    const sampler = startSampler();
    const browser = await chromium.launch({
        executablePath: args.chromium,
        headless: true,
        args: ['--host-resolver-rules=MAP * 127.0.0.1:' + args.port, '--no-sandbox', '--disable-gpu'],
    });
    const version = browser.version();

    let ok = 0;
    const failed = [];
    let next = 0;
    let firstGoto = null;
    let lastFill = null;

    async function worker() {
        const context = await browser.newContext();
        const page = await context.newPage();
        page.setDefaultTimeout(args.timeout);
        try {
            while (next < tasks.length) {
                const task = tasks[next++];
                if (firstGoto === null) { firstGoto = performance.now(); }
                try {
                    await fillOnce(page, task.plan, args.timeout, args.wait);
                    ++ok;
                } catch (e) {
                    const error = String(e && e.message || e).split('\n')[0];
                    failed.push({ site: task.plan.host, round: task.round, error });
                    process.stderr.write('FAILED ' + task.plan.host + ' round ' + task.round + ': ' + error + '\n');
                }
                lastFill = performance.now();
            }
        } finally {
            await bounded(context.close(), 5000);
        }
    }

    try {
        await Promise.all(Array.from({ length: Math.min(args.concurrency, tasks.length) }, worker));
    } finally {
        await bounded(browser.close(), 10000);
        sampler.stop();
    }

    const msTotal = performance.now() - scriptStart;
    const result = {
        tool: 'playwright',
        chromium: version,
        fills: tasks.length,
        ok,
        failed,
        ms_total: Math.round(msTotal),
        ms_fills: firstGoto === null ? 0 : Math.round(lastFill - firstGoto),
        per_minute: Math.round(tasks.length / (msTotal / 60000) * 10) / 10,
        peak_rss_mb: sampler.peakMb(),
        concurrency: args.concurrency,
    };
    process.stdout.write(JSON.stringify(result) + '\n');
    return failed.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
    process.stderr.write(String(e && e.stack || e) + '\n');
    process.exit(2);
});
