-- wrk script of `npm run bench`: one request of a scenario, from environment variables
-- (set by bench/wrk.ts): BENCH_METHOD, BENCH_PATH (its "{n}" becomes a random ticket
-- number between BENCH_FROM and BENCH_TO), BENCH_COOKIES (one session cookie a line:
-- each request is sent as one of these people, at random), BENCH_ORIGIN, BENCH_BODY,
-- BENCH_ACCEPT_ENCODING.
-- At the end it prints one line "BENCH_JSON {...}" with the figures bench/wrk.ts reads.

local method = os.getenv("BENCH_METHOD") or "GET"
local path = os.getenv("BENCH_PATH") or "/"
local from = tonumber(os.getenv("BENCH_FROM") or "0")
local to = tonumber(os.getenv("BENCH_TO") or "0")
local body = os.getenv("BENCH_BODY")
local headers = {}
local cookies = {}
for line in string.gmatch(os.getenv("BENCH_COOKIES") or "", "[^\n]+") do
  table.insert(cookies, line)
end
local origin = os.getenv("BENCH_ORIGIN")
if origin and origin ~= "" then headers["Origin"] = origin end
-- What a browser takes, so that answers are compressed as a browser gets them.
local accept_encoding = os.getenv("BENCH_ACCEPT_ENCODING")
if accept_encoding and accept_encoding ~= "" then headers["Accept-Encoding"] = accept_encoding end
if body and body ~= "" then headers["Content-Type"] = "application/json" else body = nil end

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  -- Each thread its own sequence, the same from run to run.
  math.randomseed(1000 + (id or 0))
end

local random_path = string.find(path, "{n}", 1, true) ~= nil

function request()
  local p = path
  if random_path then
    p = string.gsub(path, "{n}", tostring(math.random(from, to)))
  end
  if #cookies > 0 then headers["Cookie"] = cookies[math.random(1, #cookies)] end
  return wrk.format(method, p, headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"durationUs":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"meanUs":%f,"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
