"""`newslint server` in a real editor: headless Neovim's built-in LSP client.

Skipped where Neovim is not installed (Debian: apt-get install neovim).  The
script uses vim.lsp.start_client, which Neovim 0.7 (Debian 12) already has;
docs/editors.md shows vim.lsp.start, its 0.8+ wrapper.
"""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from .conftest import ROOT, newslint_bin

pytest.importorskip("pygls", reason="the language server needs the lsp extra: pip install 'newslint[lsp]'")

SCRIPT = r"""
local out = io.open(vim.env.NEWSLINT_OUT, "w")
local cmd = vim.fn.json_decode(vim.env.NEWSLINT_CMD)
local client_id = vim.lsp.start_client({ name = "newslint", cmd = cmd, root_dir = vim.env.NEWSLINT_ROOT })
vim.cmd("edit " .. vim.fn.fnameescape(vim.env.NEWSLINT_FILE))
vim.lsp.buf_attach_client(0, client_id)
vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local function dump(tag)
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    out:write(string.format("%s %d:%d %s\n", tag, d.lnum, d.col, tostring(lsp.code or d.code)))
  end
end
dump("open")
vim.api.nvim_buf_set_text(0, 6, 34, 6, 45, { "encouraged" })
vim.wait(10000, function()
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.lnum == 6 and d.col == 34 then return false end
  end
  return true
end, 50)
dump("edited")
local params = { textDocument = { uri = vim.uri_from_bufnr(0) },
  range = { start = { line = 7, character = 34 }, ["end"] = { line = 7, character = 45 } },
  context = { diagnostics = {} } }
for _, r in pairs(vim.lsp.buf_request_sync(0, "textDocument/codeAction", params, 10000) or {}) do
  for _, a in ipairs(r.result or {}) do out:write("action " .. a.title .. "\n") end
end
out:close()
vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.client_is_stopped(client_id) end)
vim.cmd("qa!")
"""


def test_neovim_gets_diagnostics_and_code_actions(tmp_path):
    nvim = shutil.which("nvim")
    if nvim is None:
        pytest.skip("Neovim is not installed (apt-get install neovim)")
    script = tmp_path / "check.lua"
    script.write_text(SCRIPT, encoding="utf-8")
    out = tmp_path / "out.txt"
    env = {
        "NEWSLINT_OUT": str(out),
        "NEWSLINT_CMD": json.dumps([*newslint_bin(), "server"]),
        "NEWSLINT_ROOT": str(ROOT),
        "NEWSLINT_FILE": str(ROOT / "seeds" / "001_2ccb0959de7edc47.txt"),
        "HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    subprocess.run([nvim, "--headless", "-n", "-u", "NONE", "-c", f"luafile {script}"], cwd=ROOT, env=env, timeout=90, capture_output=True)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert "open 6:34 NL101" in lines and "open 7:34 NL101" in lines
    assert "edited 6:34 NL101" not in lines and "edited 7:34 NL101" in lines
    assert "action Replace with 'encouraged'" in lines and "action Ignore typo on this line" in lines
