-- The soak's replay: replay.lua's prepared requests, and also counting what wrk counts as a success but a
-- user would not: a Faces error answered with status 200 (<error> in a partial response) or an error page (403, 404, 500, expired view: all carry id="errorText").
dofile("replay.lua")

local threads = {}
local replay_setup = setup

function setup(thread)
    replay_setup(thread)
    threads[#threads + 1] = thread
end

faces_errors = 0

function response(status, headers, body)
    if body and (body:find("<error>", 1, true) or body:find("id=\"errorText\"", 1, true)) then
        faces_errors = faces_errors + 1
    end
end

local replay_done = done

function done(summary, latency, requests)
    replay_done(summary, latency, requests)
    local total = 0
    for _, thread in ipairs(threads) do
        total = total + thread:get("faces_errors")
    end
    io.write(string.format("FACES_ERRORS %d\n", total))
end
