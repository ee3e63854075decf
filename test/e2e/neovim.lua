-- Neovim end to end: Neovim's own LSP client, configured with the init.lua block of docs/neovim.md (0.7:
-- start_client + buf_attach_client on FileType, for folders with a crosscheck.yaml or named ones), runs the
-- Crosscheck server over stdio on a copy of the seeds (with a crosscheck.yaml), and a user's checks are made: a
-- note in a folder of no articles starts no server, until :CrosscheckStart names its folder; the diagnostics
-- arrive (the hour-long conflict in 002, with related information), hover on "Zelenskiy" gives the entity card,
-- go to definition on "nearly 90 minutes" reaches the other sources' durations, and the workspace symbols list the
-- seeds' story as a Namespace. Run by test/e2e/neovim.mjs,
-- which first sources the documented block:
--   nvim --headless --clean -c '<dofile docs/neovim.md block>' -c '<dofile test/e2e/neovim.lua>'
-- with CROSSCHECK_WORKSPACE and CROSSCHECK_ELSEWHERE set. Exit status: 0 pass, 1 a check failed, 2 a Lua error.
local workspace = assert(os.getenv('CROSSCHECK_WORKSPACE'), 'CROSSCHECK_WORKSPACE is not set')
local elsewhere = assert(os.getenv('CROSSCHECK_ELSEWHERE'), 'CROSSCHECK_ELSEWHERE is not set')
local TIMEOUT_MS = 45000

local failures = {}
local function say(line) io.stdout:write(line .. '\n') end
local function check(ok, what)
  say((ok and 'ok     ' or 'not ok ') .. what)
  if not ok then table.insert(failures, what) end
  return ok
end
local function finish()
  if #failures == 0 then vim.cmd('qall!') else vim.cmd('cquit 1') end
end

local function seed_path(prefix)
  return vim.fn.glob(workspace .. '/' .. prefix .. '_*.txt')
end

-- Every publishDiagnostics, by URI: the server reports on the whole folder, opened or not.
local diagnostics = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  diagnostics[result.uri] = result.diagnostics
  return default_publish(err, result, ctx, config)
end

-- A note in a folder without a crosscheck.yaml: the documented configuration starts nothing for it.
vim.cmd('edit ' .. vim.fn.fnameescape(elsewhere .. '/notes.md'))
local notes = vim.api.nvim_get_current_buf()
vim.wait(1500, function() return next(vim.lsp.buf_get_clients(notes)) ~= nil end, 50)
check(next(vim.lsp.buf_get_clients(notes)) == nil, 'a note outside any folder of articles starts no server')
-- :CrosscheckStart names its folder: now it is checked.
vim.cmd('CrosscheckStart ' .. vim.fn.fnameescape(elsewhere))
check(vim.wait(TIMEOUT_MS, function() return next(vim.lsp.buf_get_clients(notes)) ~= nil end, 50), ':CrosscheckStart starts the server for the folder it names')
for _, client in pairs(vim.lsp.buf_get_clients(notes)) do client.stop() end

-- Open 000 as a user would; the documented FileType autocommand finds the folder's crosscheck.yaml, starts the
-- server and attaches the buffer.
vim.cmd('edit ' .. vim.fn.fnameescape(seed_path('000')))
local buf000 = vim.api.nvim_get_current_buf()
local attached = vim.wait(TIMEOUT_MS, function() return next(vim.lsp.buf_get_clients(buf000)) ~= nil end, 50)
if not check(attached, 'the documented configuration starts the server for a folder with a crosscheck.yaml') then return finish() end
local client_id = next(vim.lsp.buf_get_clients(buf000))

-- The LSP position (0-based line, UTF-16 character) of the `within`-th byte inside the first `text` in a buffer.
local function position_of(buf, text, within)
  for number, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local start = line:find(text, 1, true)
    if start then
      local _, utf16 = vim.str_utfindex(line, start - 1 + within)
      return { line = number - 1, character = utf16 }
    end
  end
  error('"' .. text .. '" is not in buffer ' .. vim.api.nvim_buf_get_name(buf))
end

local function request(buf, method, position)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = position }
  local responses = vim.lsp.buf_request_sync(buf, method, params, TIMEOUT_MS) or {}
  for _, response in pairs(responses) do
    if response.result then return response.result end
  end
  return nil
end

local uri002 = vim.uri_from_fname(seed_path('002'))
local function conflict_on_002()
  for _, d in ipairs(diagnostics[uri002] or {}) do
    if d.code == 'quantity-conflict' and d.message:find('hour-long', 1, true) then return d end
  end
end

-- 1. Diagnostics.
local arrived = vim.wait(TIMEOUT_MS, function() return conflict_on_002() ~= nil end, 100)
if check(arrived, 'diagnostics: quantity-conflict on 002 "hour-long"') then
  local related = {}
  for _, info in ipairs(conflict_on_002().relatedInformation or {}) do
    related[vim.fn.fnamemodify(vim.uri_to_fname(info.location.uri), ':t'):sub(1, 3)] = true
  end
  check(related['001'] and related['003'] and related['004'], 'diagnostics: the conflict points at 001, 003 and 004')
  -- 000 itself has no finding (each disagreement is reported once, on the side fewer sources take); 002 has one.
  local on_buffer = vim.wait(TIMEOUT_MS, function() return #vim.diagnostic.get(vim.uri_to_bufnr(uri002)) > 0 end, 100)
  check(on_buffer, 'diagnostics: vim.diagnostic has the findings of an article not opened (002)')
end

-- 2. Hover on "Zelenskiy" in 000.
local hover = request(buf000, 'textDocument/hover', position_of(buf000, 'Zelenskiy', 3))
local card = hover and (type(hover.contents) == 'table' and (hover.contents.value or vim.inspect(hover.contents)) or tostring(hover.contents)) or ''
check(card:find('Volodymyr Zelensky', 1, true) ~= nil and card:find('person', 1, true) ~= nil,
  'hover on "Zelenskiy": entity card of Volodymyr Zelensky, a person')
check(card:match('5[^\n]*sources') ~= nil, 'hover on "Zelenskiy": 5 sources')

-- 3. Definition on "nearly 90 minutes" in 004 (opened with :edit, like 000).
vim.cmd('edit ' .. vim.fn.fnameescape(seed_path('004')))
local buf004 = vim.api.nvim_get_current_buf()
check(vim.lsp.buf_get_clients(buf004)[client_id] ~= nil, 'the second article shares the folder\'s server')
local result = request(buf004, 'textDocument/definition', position_of(buf004, 'nearly 90 minutes', 8))
local reached = {}
if result then
  if result.uri or result.targetUri then result = { result } end
  for _, location in ipairs(result) do
    local name = vim.fn.fnamemodify(vim.uri_to_fname(location.uri or location.targetUri), ':t')
    reached[name:sub(1, 3)] = true
  end
end
check(reached['001'] and reached['002'] and reached['003'], 'definition on "nearly 90 minutes": 001, 002 and 003')
check(not reached['004'], 'definition on "nearly 90 minutes": not its own source')

-- Stories are workspace symbols of kind Namespace (3): the seeds are one story.
local symbols = {}
for _, response in pairs(vim.lsp.buf_request_sync(buf004, 'workspace/symbol', { query = '' }, TIMEOUT_MS) or {}) do
  for _, symbol in ipairs(response.result or {}) do
    if symbol.kind == 3 then table.insert(symbols, symbol.name) end
  end
end
check(#symbols == 1, 'workspace symbols: the seeds are one story, of kind Namespace (' .. table.concat(symbols, ' | ') .. ')')

say('nvim ' .. vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch)
local client = vim.lsp.get_client_by_id(client_id)
client.stop()
vim.wait(5000, function() return client.is_stopped() end, 50)
finish()
