"""`xui lsp` driven over stdio by pygls' own LanguageClient (a real LSP session)."""

from __future__ import annotations

import asyncio
import os
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="pygls is not installed (pip install -e '.[lsp]')")
from lsprotocol import types as T  # noqa: E402
from pygls.lsp.client import LanguageClient  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

THEME = textwrap.dedent("""\
    theme {
      color text = #1A1A1A
      space gap = 12
    }

    strings {
      hello = "Hello"
    }
    """)

# line 6 (0-based 5) has the error: 'countt' is unknown (cols 10..16, 1-based)
BROKEN = textwrap.dedent("""\
    import "theme.xui"

    screen Counter {
      state count: Int = 0
      Column(spacing: theme.gap) {
        Text("n = {countt}")
        Button(strings.hello, action: { count += 1 })
      }
    }
    """)

GOOD = BROKEN.replace("countt", "count")


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 60))


async def session(tmp_path: Path, body):
    client = LanguageClient("xui-test", "1")
    diagnostics: dict[str, list[asyncio.Future]] = {}
    received: dict[str, list[list[T.Diagnostic]]] = {}

    @client.feature(T.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diags(params: T.PublishDiagnosticsParams):
        received.setdefault(params.uri, []).append(params.diagnostics)
        waiters = diagnostics.get(params.uri, [])
        while waiters:
            f = waiters.pop(0)
            if not f.done():
                f.set_result(params.diagnostics)

    async def next_diags(uri: str):
        f = asyncio.get_running_loop().create_future()
        diagnostics.setdefault(uri, []).append(f)
        return f

    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    await client.start_io(sys.executable, "-m", "xui.lsp", cwd=str(tmp_path), env=env)
    try:
        result = await client.initialize_async(T.InitializeParams(
            capabilities=T.ClientCapabilities(), root_uri=tmp_path.as_uri(),
            process_id=os.getpid()))
        client.initialized(T.InitializedParams())
        await body(client, result, next_diags)
        await client.shutdown_async(None)
        client.exit(None)
    finally:
        server = getattr(client, "_server", None)
        if server is not None and server.returncode is None:
            try:
                await asyncio.wait_for(server.wait(), 10)
            except asyncio.TimeoutError:
                server.kill()
        await asyncio.wait_for(client.stop(), 20)


def test_lsp_session(tmp_path):
    (tmp_path / "theme.xui").write_text(THEME)
    main = tmp_path / "main.xui"
    main.write_text(BROKEN)
    uri = main.as_uri()

    async def body(client: LanguageClient, init: T.InitializeResult, next_diags):
        caps = init.capabilities
        assert caps.hover_provider and caps.definition_provider and caps.document_formatting_provider
        assert "." in caps.completion_provider.trigger_characters

        # didOpen with an error -> publishDiagnostics, 0-based range of 'countt'
        waiting = await next_diags(uri)
        client.text_document_did_open(T.DidOpenTextDocumentParams(
            T.TextDocumentItem(uri=uri, language_id="xui", version=1, text=BROKEN)))
        diags = await asyncio.wait_for(waiting, 30)
        errors = [d for d in diags if d.severity == T.DiagnosticSeverity.Error]
        assert len(errors) == 1, diags
        d = errors[0]
        assert d.code == "E0104" and "countt" in d.message and d.source == "xui"
        line = BROKEN.split("\n")[5]
        start = line.index("countt")
        assert d.range == T.Range(T.Position(5, start), T.Position(5, start + len("countt")))

        # fix it with didChange -> the error goes away
        waiting = await next_diags(uri)
        client.text_document_did_change(T.DidChangeTextDocumentParams(
            T.VersionedTextDocumentIdentifier(uri=uri, version=2),
            [T.TextDocumentContentChangeWholeDocument(text=GOOD)]))
        diags = await asyncio.wait_for(waiting, 30)
        assert not [d for d in diags if d.severity == T.DiagnosticSeverity.Error], diags

        # hover: type of an expression, and catalog docs of an element
        lines = GOOD.split("\n")
        t0 = time.perf_counter()
        h = await client.text_document_hover_async(T.HoverParams(
            T.TextDocumentIdentifier(uri), T.Position(5, lines[5].index("count") + 2)))
        assert h is not None and "Int" in h.contents.value
        print(f"hover round trip: {(time.perf_counter() - t0) * 1000:.0f} ms")
        h = await client.text_document_hover_async(T.HoverParams(
            T.TextDocumentIdentifier(uri), T.Position(4, lines[4].index("Column") + 1)))
        assert "Column(" in h.contents.value and "vertically" in h.contents.value

        # definition: a state use -> its declaration; a theme token -> theme.xui
        loc = await client.text_document_definition_async(T.DefinitionParams(
            T.TextDocumentIdentifier(uri), T.Position(6, lines[6].index("count +=") + 1)))
        loc = loc[0] if isinstance(loc, list) else loc
        assert loc.uri == uri and loc.range.start == T.Position(3, lines[3].index("count"))
        loc = await client.text_document_definition_async(T.DefinitionParams(
            T.TextDocumentIdentifier(uri), T.Position(4, lines[4].index("gap") + 1)))
        loc = loc[0] if isinstance(loc, list) else loc
        assert loc.uri == (tmp_path / "theme.xui").as_uri() and loc.range.start.line == 2

        # completion after '.': a modifier line, then theme tokens
        typing = GOOD.replace('Text("n = {count}")\n', 'Text("n = {count}")\n      .\n')
        client.text_document_did_change(T.DidChangeTextDocumentParams(
            T.VersionedTextDocumentIdentifier(uri=uri, version=3),
            [T.TextDocumentContentChangeWholeDocument(text=typing)]))
        tl = typing.split("\n")
        comp = await client.text_document_completion_async(T.CompletionParams(
            T.TextDocumentIdentifier(uri), T.Position(6, len(tl[6])),
            context=T.CompletionContext(T.CompletionTriggerKind.TriggerCharacter, ".")))
        items = comp.items if isinstance(comp, T.CompletionList) else comp
        labels = {i.label: i for i in items}
        assert {"padding", "font", "foreground", "onTap"} <= set(labels)
        assert "horizontal" in labels["padding"].detail
        comp = await client.text_document_completion_async(T.CompletionParams(
            T.TextDocumentIdentifier(uri), T.Position(4, lines[4].index("theme.") + 6)))
        items = comp.items if isinstance(comp, T.CompletionList) else comp
        assert {"text", "gap"} <= {i.label for i in items}

        # formatting: a badly indented document -> one whole-document edit to the canonical text
        ugly = "screen  Counter {\nstate count: Int = 0\n      Text(\"{count}\")\n}\n"
        client.text_document_did_change(T.DidChangeTextDocumentParams(
            T.VersionedTextDocumentIdentifier(uri=uri, version=4),
            [T.TextDocumentContentChangeWholeDocument(text=ugly)]))
        edits = await client.text_document_formatting_async(T.DocumentFormattingParams(
            T.TextDocumentIdentifier(uri), T.FormattingOptions(tab_size=2, insert_spaces=True)))
        assert len(edits) == 1
        assert edits[0].new_text.startswith("screen Counter {\n  state count: Int = 0\n")

        # document symbols
        client.text_document_did_change(T.DidChangeTextDocumentParams(
            T.VersionedTextDocumentIdentifier(uri=uri, version=5),
            [T.TextDocumentContentChangeWholeDocument(text=GOOD)]))
        syms = await client.text_document_document_symbol_async(T.DocumentSymbolParams(
            T.TextDocumentIdentifier(uri)))
        names = {s.name: s for s in syms}
        assert "Counter" in names and [c.name for c in names["Counter"].children] == ["count"]

    run(session(tmp_path, body))


def test_unsaved_import_is_checked_as_shown(tmp_path):
    """An open, unsaved theme.xui is what main.xui is checked against."""
    (tmp_path / "theme.xui").write_text(THEME)
    main = tmp_path / "main.xui"
    main.write_text(GOOD)
    theme_uri = (tmp_path / "theme.xui").as_uri()

    async def body(client, init, next_diags):
        waiting = await next_diags(main.as_uri())
        client.text_document_did_open(T.DidOpenTextDocumentParams(
            T.TextDocumentItem(uri=main.as_uri(), language_id="xui", version=1, text=GOOD)))
        assert not [d for d in await asyncio.wait_for(waiting, 30) if d.severity == 1]
        waiting = await next_diags(theme_uri)
        client.text_document_did_open(T.DidOpenTextDocumentParams(
            T.TextDocumentItem(uri=theme_uri, language_id="xui", version=1, text=THEME)))
        await asyncio.wait_for(waiting, 30)
        # rename the token in the unsaved theme: main.xui now has an error
        await asyncio.sleep(0.5)          # let main.xui's re-publish (caused by the open) arrive
        client.text_document_did_change(T.DidChangeTextDocumentParams(
            T.VersionedTextDocumentIdentifier(uri=theme_uri, version=2),
            [T.TextDocumentContentChangeWholeDocument(text=THEME.replace("gap", "gapp"))]))
        for _ in range(5):            # main.xui is re-published with an error
            diags = await asyncio.wait_for(await next_diags(main.as_uri()), 30)
            if any(d.severity == 1 for d in diags):
                break
        assert any(d.severity == 1 and "gap" in d.message for d in diags), diags

    run(session(tmp_path, body))


def test_vscode_extension_folder():
    """editors/vscode: the manifest points at files that exist, the grammar's patterns compile,
    and the client starts `xui lsp`."""
    import json
    import re

    ext = ROOT / "editors/vscode"
    pkg = json.loads((ext / "package.json").read_text())
    assert (ext / pkg["main"]).is_file()
    lang = pkg["contributes"]["languages"][0]
    assert lang["id"] == "xui" and ".xui" in lang["extensions"]
    assert (ext / lang["configuration"]).is_file()
    json.loads((ext / lang["configuration"]).read_text())
    grammar_path = ext / pkg["contributes"]["grammars"][0]["path"]
    grammar = json.loads(grammar_path.read_text())
    assert grammar["scopeName"] == pkg["contributes"]["grammars"][0]["scopeName"] == "source.xui"
    props = pkg["contributes"]["configuration"]["properties"]
    assert props["xui.server.command"]["default"] == "xui" and props["xui.server.args"]["default"] == ["lsp"]
    assert "vscode-languageclient" in pkg["dependencies"]

    patterns = []

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k in ("match", "begin", "end"):
                    patterns.append(v)
                elif k == "include" and v.startswith("#"):
                    assert v[1:] in grammar["repository"], v
                walk(v)
        elif isinstance(o, list):
            for x in o:
                walk(x)
    walk(grammar)
    for p in patterns:
        re.compile(p)          # Oniguruma-compatible subset that Python also accepts
    # a few tokens of a sample line
    keyword = next(p for p in patterns if p.startswith("\\b(model|enum|component|screen)\\s+"))
    assert re.search(keyword, "screen TodoList(title: String) {")


def test_grouped_theme_tokens_hover_define_and_complete(tmp_path):
    """`theme.space.gap`: hover and go-to-definition on the token, completion after `theme.space.`
    offers the space tokens only."""
    from xui.lsp import analyze, completion, definition, hover
    (tmp_path / "theme.xui").write_text(THEME)
    src = GOOD.replace("theme.gap", "theme.space.gap")
    an = analyze(tmp_path / "main.xui", src)
    assert an.diagnostics() == []
    line = src.split("\n")[4]
    h = hover(an, 4, line.index("gap") + 1)
    assert h is not None and "space gap = 12" in h[0]
    file, span = definition(an, 4, line.index("gap") + 1)
    assert file == tmp_path / "theme.xui" and span.line == 3
    typing = src.replace("theme.space.gap", "theme.space.")
    typed = analyze(tmp_path / "main.xui", typing)     # does not parse: the last good analysis helps
    line = typing.split("\n")[4]
    labels = [c.label for c in completion(typed, 4, line.index("theme.space.") + len("theme.space."), an)]
    assert labels == ["gap"]
