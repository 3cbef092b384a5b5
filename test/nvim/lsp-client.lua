-- Drives Neovim's built-in LSP client (0.7: vim.lsp.start_client) against a language server, headless, and writes
-- what it saw as JSON for the test to assert on.
-- Usage: nvim --headless -n -i NONE -u lsp-client.lua
-- Env:
--   LSP_CMD        server command, space separated (e.g. "node bin/shipshape-lsp.js --stdio")
--   LSP_ROOT       root folder (workspace) of the client
--   LSP_FILES      files to open, separated by ':' (relative to LSP_ROOT)
--   LSP_HOVER      optional: line:character (0-based) in the first file to request a hover at
--   LSP_ACTION     optional: in the first file, request code actions on the first diagnostic of this rule id ...
--   LSP_ACTION_TITLE  ... and apply the action with this exact title through vim.lsp.util.apply_workspace_edit
--   LSP_RESULT     JSON output file
--   LSP_TIMEOUT_MS per wait (default 20000)
-- Exit codes: 0 done (the JSON says what happened), 2 a wait timed out, 3 the server could not start.
vim.cmd('filetype on')
local root = vim.fn.fnamemodify(vim.env.LSP_ROOT or '.', ':p'):gsub('/$', '')
local cmd = vim.split(vim.env.LSP_CMD or 'shipshape-lsp --stdio', ' ', { trimempty = true })
local files = vim.split(vim.env.LSP_FILES or 'Dockerfile', ':', { trimempty = true })
local timeout_ms = tonumber(vim.env.LSP_TIMEOUT_MS or '20000')
local result = { files = {}, log = {} }
local function note(s) table.insert(result.log, s) end

local function finish(code)
  local f = assert(io.open(vim.env.LSP_RESULT or 'lsp-result.json', 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(code == 0 and 'qa!' or ('cquit ' .. code))
end

-- the latest publishDiagnostics per file path
local published = {}
local client_id = vim.lsp.start_client({
  name = 'shipshape',
  cmd = cmd,
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'root' } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, res, ctx, config)
      local path = vim.uri_to_fname(res.uri)
      published[path] = res
    end,
  },
  on_exit = function(code, signal) note(('server exited code=%s signal=%s'):format(code, signal)) end,
})
if not client_id then
  note('could not start ' .. table.concat(cmd, ' '))
  finish(3)
end
local client = vim.lsp.get_client_by_id(client_id)
if not vim.wait(timeout_ms, function() return client.initialized end, 10) then
  note('the server did not answer initialize')
  finish(3)
end
result.server = client.server_capabilities and { codeActionProvider = client.server_capabilities.codeActionProvider ~= nil,
  hoverProvider = client.server_capabilities.hoverProvider == true } or nil

local first_buf
for i, rel in ipairs(files) do
  local path = root .. '/' .. rel
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  if i == 1 then first_buf = buf end
  vim.lsp.buf_attach_client(buf, client_id)
  if not vim.wait(timeout_ms, function() return published[path] ~= nil end, 10) then
    note('no publishDiagnostics for ' .. rel)
    finish(2)
  end
  result.files[rel] = { filetype = vim.bo[buf].filetype, diagnostics = published[path].diagnostics,
    stored = #vim.diagnostic.get(buf) }
end

-- LSP_HOVER=line:character (0-based) in the first file: the hover's Markdown
local hover_at = vim.env.LSP_HOVER
if hover_at and hover_at ~= '' then
  local l, c = hover_at:match('^(%d+):(%d+)$')
  local params = { textDocument = { uri = vim.uri_from_fname(root .. '/' .. files[1]) }, position = { line = tonumber(l), character = tonumber(c) } }
  local responses = vim.lsp.buf_request_sync(first_buf, 'textDocument/hover', params, timeout_ms)
  for _, r in pairs(responses or {}) do
    if r.result and r.result.contents then result.hover = r.result.contents.value or r.result.contents end
  end
end

local rule = vim.env.LSP_ACTION
if rule and rule ~= '' then
  local rel = files[1]
  local path = root .. '/' .. rel
  local target
  for _, d in ipairs(published[path].diagnostics) do
    if d.code == rule then target = d; break end
  end
  if not target then
    note('no ' .. rule .. ' diagnostic to act on')
    finish(0)
  end
  local params = {
    textDocument = { uri = vim.uri_from_fname(path) },
    range = target.range,
    context = { diagnostics = { target }, only = { 'quickfix' } },
  }
  local responses = vim.lsp.buf_request_sync(first_buf, 'textDocument/codeAction', params, timeout_ms)
  local actions = {}
  for _, r in pairs(responses or {}) do
    for _, a in ipairs(r.result or {}) do table.insert(actions, a) end
  end
  result.actions = vim.tbl_map(function(a) return a.title end, actions)
  local chosen
  for _, a in ipairs(actions) do
    if a.title == vim.env.LSP_ACTION_TITLE then chosen = a end
  end
  -- as vim.lsp.buf.code_action does: an action sent without its edit is resolved when it is chosen
  if chosen and not chosen.edit and chosen.data and client.server_capabilities.codeActionProvider
    and type(client.server_capabilities.codeActionProvider) == 'table' and client.server_capabilities.codeActionProvider.resolveProvider then
    local resolved = client.request_sync('codeAction/resolve', chosen, timeout_ms, first_buf)
    if resolved and resolved.result then chosen = resolved.result end
    result.resolved = true
  end
  if chosen and chosen.edit then
    vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
    result.applied = chosen.title
    result.buffer = table.concat(vim.api.nvim_buf_get_lines(first_buf, 0, -1, false), '\n')
    -- the edit reaches the server as didChange; wait for the diagnostics of that version of the text
    local version = vim.lsp.util.buf_versions[first_buf]
    result.version = version
    if vim.wait(timeout_ms, function() return published[path].version == version end, 10) then
      result.after = published[path].diagnostics
    else
      note('no publishDiagnostics after the edit')
      finish(2)
    end
  end
end

vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.tbl_isempty(vim.lsp.get_active_clients()) end, 20)
finish(0)
