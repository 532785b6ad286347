-- A headless Neovim session against the language server, through Neovim's own LSP client
-- (vim.lsp.start_client + buf_attach_client, as in Neovim 0.7, Debian 12's): open a config, wait
-- for the diagnostics, ask for and apply the quick fix, wait for the re-lint, ask for completion,
-- write the file. Run by test/editors/neovim.test.ts:
--   CLL_SERVER=dist/server.js CLL_FILE=<config> CLL_OUT=<result.json> nvim --headless --clean -n -i NONE -c "luafile <this>"
-- Everything it sees goes into CLL_OUT as JSON; it always quits, whatever happens.
local server = os.getenv('CLL_SERVER')
local file = os.getenv('CLL_FILE')
local out = os.getenv('CLL_OUT')
local node = os.getenv('CLL_NODE') or 'node'
local result = { nvim = vim.version(), steps = {} }

local function step(name) table.insert(result.steps, name) end

local function lsp_diagnostics(bufnr)
  local all = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(all, { code = d.code, source = d.source, message = d.message, severity = d.severity,
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      href = d.user_data and d.user_data.lsp and d.user_data.lsp.codeDescription and d.user_data.lsp.codeDescription.href or nil })
  end
  return all
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'cisco-license-lint',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
  })
  assert(client_id, 'vim.lsp.start_client returned nothing')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')
  step('attached')

  assert(vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'no diagnostics within 20 s')
  local client = vim.lsp.get_client_by_id(client_id)
  result.diagnostics = lsp_diagnostics(bufnr)
  step('diagnostics')

  -- The quick fix for the http-destination finding, asked as :lua vim.lsp.buf.code_action() would.
  local target
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'http-destination' then target = d end
  end
  assert(target, 'no http-destination diagnostic')
  local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, target.lnum, {}, client_id)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = target.lnum, character = target.col }, ['end'] = { line = target.end_lnum, character = target.end_col } },
    context = { diagnostics = line_diagnostics, only = { 'quickfix' } },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000) or {}
  local actions = {}
  local preferred
  for _, r in pairs(responses) do
    for _, a in ipairs(r.result or {}) do
      table.insert(actions, a.title)
      if a.isPreferred and not preferred then preferred = a end
    end
  end
  result.actions = actions
  assert(preferred, 'no preferred quick fix')
  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
  result.applied = preferred.title
  result.fixed_line = vim.api.nvim_buf_get_lines(bufnr, target.lnum, target.lnum + 1, false)[1]
  step('code action applied')

  -- The server re-lints on the change: the finding goes away.
  result.relinted = vim.wait(20000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'http-destination' then return false end
    end
    return true
  end, 50)
  step('re-linted')

  -- Completion under the profile: Neovim 0.7 takes no snippets, so plain text comes back.
  local profile_line
  for i, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if l:match('^ profile ') then profile_line = i end -- 1-based: the line after it is index profile_line
  end
  if profile_line then
    vim.api.nvim_buf_set_lines(bufnr, profile_line, profile_line, false, { '  ' })
    local completion = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = profile_line, character = 2 },
    }, 10000) or {}
    result.completion = {}
    for _, r in pairs(completion) do
      local items = r.result and (r.result.items or r.result) or {}
      for _, item in ipairs(items) do
        table.insert(result.completion, { label = item.label, format = item.insertTextFormat, text = item.textEdit and item.textEdit.newText })
      end
    end
    vim.api.nvim_buf_set_lines(bufnr, profile_line, profile_line + 1, false, {})
    step('completion')
  end

  vim.cmd('write')
  step('written')
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
result.ok = ok
if not ok then result.error = tostring(err) end
local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qa!')
