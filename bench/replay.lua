-- Replays one prepared request per wrk thread (run wrk with as many threads as connections, so each
-- connection keeps its own session and Faces view): lines of "<path>\t<JSESSIONID>\t<body>" in the file
-- named by REPLAY; a body makes it a PrimeFaces partial POST, none a GET. Prints p50/p95/p99 in ms.
local counter = 0

function setup(thread)
    thread:set("index", counter)
    counter = counter + 1
end

function init(args)
    local lines = {}
    for line in io.lines(os.getenv("REPLAY")) do
        lines[#lines + 1] = line
    end
    local path, session, body = lines[(index % #lines) + 1]:match("([^\t]*)\t([^\t]*)\t?(.*)")
    wrk.path = path
    wrk.headers["Cookie"] = "JSESSIONID=" .. session
    if body ~= nil and body ~= "" then
        wrk.method = "POST"
        wrk.body = body
        wrk.headers["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8"
        wrk.headers["Faces-Request"] = "partial/ajax"
    end
end

function done(summary, latency, requests)
    io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
