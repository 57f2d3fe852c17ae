"""SwiftUI: ``swiftc -typecheck`` where possible, else parse + API-surface check.

There is no Swift toolchain with SwiftUI on Linux, so the default check is:

1. a tree-sitter-swift parse of every file: ``ERROR`` and ``MISSING`` nodes
   become ``swift-syntax`` / ``swift-missing`` errors with line and column;
2. an API check against ``targets/swiftui/swiftui_api.json``
   (see :mod:`xui.verify.swiftui_api`): every type name, initializer call and
   its argument labels, every modifier (and the receiver it applies to: no
   ``.resizable()`` after ``.padding()``), every static member (``Color.bleu``,
   ``.font(.system(size: 20, weight: .heavyy))``) and free function must be
   SwiftUI API in the table, Swift/Foundation API in its ``names``, or
   declared in the checked files themselves (one module: all files together).

This proves the code parses and speaks the SwiftUI vocabulary with the right
argument labels; it does not prove argument *types* (``.padding("x")``
passes), ``@State``/``Binding`` correctness, result-builder rules or
generic constraints. When ``swiftc`` can import SwiftUI (macOS with Xcode;
``$XUI_SWIFTC`` / ``$XUI_SWIFTC_FLAGS`` to point at one) it is used instead.
"""

from __future__ import annotations

import difflib
import os
import re
import shlex
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import toolchains
from ._common import DEFAULT_TIMEOUT, PathArg, collect, no_files, run, tool_failure
from .result import CheckResult, Diagnostic
from .swiftui_api import ApiTable, Param, Signature, base_type, load_table, parse_signature

SUFFIXES = (".swift",)
MAX_SYNTAX_ERRORS_PER_FILE = 20

# members every type has, or that Swift synthesizes
_SYNTHESIZED_MEMBERS = {"self", "init", "Type", "Protocol", "allCases", "ID", "none", "some"}


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------
def check_swiftui(paths: PathArg, *, use_swiftc: bool | None = None,
                  timeout: float = DEFAULT_TIMEOUT) -> CheckResult:
    """Check SwiftUI ``.swift`` files (see the module docstring for what runs).

    ``paths``: a directory (searched recursively), a file, or a list of them.
    ``use_swiftc``: None = use swiftc when it can import SwiftUI, else the
    parse + API check; False = always the parse + API check.
    Raises :class:`~xui.verify.toolchains.ToolchainMissing` when neither is available.
    """
    started = time.perf_counter()
    if use_swiftc is not False:
        swiftc = _swiftc_with_swiftui()
        if swiftc is not None:
            return _check_with_swiftc(paths, swiftc, started, timeout)
        if use_swiftc:
            raise toolchains.ToolchainMissing("swiftui", "no swiftc that can import SwiftUI")
    language = toolchains.swift_parser_language()
    table_path = toolchains.swiftui_api_table()
    table = load_table(table_path)
    m = toolchains.manifest()
    tool = (f"tree-sitter-swift {m.get('tree_sitter_swift', _pkg_version('tree-sitter-swift'))} parse + "
            f"SwiftUI API table ({len(table.types)} types, {len(table.modifiers)} modifiers; "
            "no swiftc on this machine: names and labels checked, not types)")
    files = collect(paths, SUFFIXES)
    if not files:
        return no_files("swiftui", tool, SUFFIXES)
    from tree_sitter import Parser

    parser = Parser(language)
    units = []
    for f in files:
        src = f.read_bytes()
        units.append(_Unit(f, src, parser.parse(src)))
    diags: list[Diagnostic] = []
    for unit in units:
        diags.extend(_syntax_errors(unit))
    module = _Module(table, units)
    for unit in units:
        diags.extend(_FileChecker(module, unit).run())
    diags.sort(key=lambda d: (d.path, d.line, d.col, d.code))
    ok = not any(d.is_error for d in diags)
    return CheckResult("swiftui", tool, ok, diags, [str(f) for f in files],
                       time.perf_counter() - started)


def _pkg_version(name: str) -> str:
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:  # noqa: BLE001 - only for the description
        return "?"


# ---------------------------------------------------------------------------
# swiftc (macOS with Xcode, or a toolchain pointed at by $XUI_SWIFTC)
# ---------------------------------------------------------------------------
def _swiftc_flags() -> list[str]:
    env = os.environ.get("XUI_SWIFTC_FLAGS")
    if env is not None:
        return shlex.split(env)
    xcrun = shutil.which("xcrun")
    if xcrun:
        try:
            sdk = subprocess.run([xcrun, "--sdk", "iphonesimulator", "--show-sdk-path"],
                                 capture_output=True, text=True, timeout=60, check=True).stdout.strip()
            arch = "arm64" if os.uname().machine == "arm64" else "x86_64"
            return ["-sdk", sdk, "-target", f"{arch}-apple-ios17.0-simulator"]
        except (OSError, subprocess.SubprocessError):
            return []
    return []


@lru_cache(maxsize=1)
def _swiftc_with_swiftui() -> tuple[str, tuple[str, ...]] | None:
    swiftc = toolchains.swiftc()
    if not swiftc:
        return None
    flags = _swiftc_flags()
    with tempfile.TemporaryDirectory(prefix="xui-swiftc-") as tmp:
        probe = Path(tmp) / "Probe.swift"
        probe.write_text("import SwiftUI\nstruct Probe: View { var body: some View { Text(\"x\") } }\n")
        try:
            proc = subprocess.run([swiftc, "-typecheck", *flags, str(probe)],
                                  capture_output=True, text=True, timeout=300, check=False)
        except (OSError, subprocess.SubprocessError):
            return None
    return (swiftc, tuple(flags)) if proc.returncode == 0 else None


_SWIFTC_LINE = re.compile(
    r"^(?P<file>.+?\.swift):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|note): (?P<msg>.*)$")


def _check_with_swiftc(paths: PathArg, swiftc: tuple[str, tuple[str, ...]], started: float,
                       timeout: float) -> CheckResult:
    exe, flags = swiftc
    tool = f"swiftc -typecheck {' '.join(flags)}".strip()
    files = collect(paths, SUFFIXES)
    if not files:
        return no_files("swiftui", tool, SUFFIXES)
    proc = run([exe, "-typecheck", *flags, *[str(f) for f in files]], timeout=timeout)
    diags = []
    for raw in (proc.stdout + "\n" + proc.stderr).splitlines():
        mt = _SWIFTC_LINE.match(raw)
        if mt:
            sev = {"note": "info"}.get(mt["sev"], mt["sev"])
            diags.append(Diagnostic(str(Path(mt["file"]).resolve()), int(mt["line"]), int(mt["col"]),
                                    sev, "swiftc", mt["msg"]))
    if proc.returncode != 0 and not any(d.is_error for d in diags):
        diags.append(tool_failure("swiftc", proc))
    ok = proc.returncode == 0 and not any(d.is_error for d in diags)
    return CheckResult("swiftui", tool, ok, diags, [str(f) for f in files], time.perf_counter() - started)


# ---------------------------------------------------------------------------
# parse errors
# ---------------------------------------------------------------------------
@dataclass
class _Unit:
    path: Path
    src: bytes
    tree: object

    def text(self, node) -> str:
        return self.src[node.start_byte:node.end_byte].decode("utf-8", "replace")


def _syntax_errors(unit: _Unit) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    root = unit.tree.root_node
    if not root.has_error:
        return out
    stack = [root]
    while stack and len(out) < MAX_SYNTAX_ERRORS_PER_FILE:
        node = stack.pop()
        if node.is_missing:
            out.append(Diagnostic(str(unit.path), node.start_point[0] + 1, node.start_point[1] + 1, "error",
                                  "swift-missing", f"syntax error: missing {node.type!r}"))
            continue
        if node.is_error:
            snippet = unit.text(node).strip().splitlines()
            near = snippet[0][:40] if snippet else ""
            out.append(Diagnostic(str(unit.path), node.start_point[0] + 1, node.start_point[1] + 1, "error",
                                  "swift-syntax", f"syntax error near {near!r}" if near else "syntax error"))
            continue
        if node.has_error:
            stack.extend(reversed(node.children))
    return out


# ---------------------------------------------------------------------------
# the module: declarations of all checked files together
# ---------------------------------------------------------------------------
@dataclass
class _LocalType:
    name: str
    kind: str  # struct / class / enum / actor / protocol / typealias
    is_view: bool = False
    is_shape: bool = False
    is_layout: bool = False    # a custom Layout: called with a trailing view builder (callAsFunction)
    members: set[str] = field(default_factory=set)
    inits: list[Signature] = field(default_factory=list)
    ext_inits: list[Signature] = field(default_factory=list)  # declared in extensions
    stored: list[Param] = field(default_factory=list)  # for the memberwise init
    memberwise_ok: bool = True


def _kind_of(decl) -> str:
    for c in decl.children:
        if c.type in ("struct", "class", "enum", "extension", "actor", "protocol"):
            return c.type
    return "class"


def _type_name(unit: _Unit, decl) -> str | None:
    name = decl.child_by_field_name("name")
    if name is None:
        for c in decl.named_children:
            if c.type in ("type_identifier", "user_type"):
                name = c
                break
    if name is None:
        return None
    return re.sub(r"<.*", "", unit.text(name)).strip()


def _inherits(unit: _Unit, decl) -> list[str]:
    out = []
    for c in decl.named_children:
        if c.type == "inheritance_specifier":
            out.append(re.sub(r"<.*", "", unit.text(c)).strip())
    return out


def _params_of(unit: _Unit, decl) -> list[Param]:
    """Parameters of a function or init declaration, defaults included."""
    params: list[Param] = []
    for i, c in enumerate(decl.children):
        field_name = decl.field_name_for_child(i)
        if c.type == "parameter":
            ext = c.child_by_field_name("external_name")
            names = [n for n in c.named_children if n.type == "simple_identifier"]
            label = unit.text(ext) if ext is not None else (unit.text(names[0]) if names else "_")
            type_nodes = [n for n in c.named_children if n.type not in ("simple_identifier", "parameter_modifiers")]
            type_text = unit.text(type_nodes[-1]) if type_nodes else ""
            params.append(Param(None if label == "_" else label, type_text, False,
                                _is_function_type(type_nodes[-1]) if type_nodes else False,
                                type_text.endswith("...")))
        elif field_name == "default_value" and params:
            p = params[-1]
            params[-1] = Param(p.label, p.type, True, p.closure, p.variadic)
    return params


def _is_function_type(node) -> bool:
    if node.type == "function_type":
        return True
    if node.type in ("optional_type", "tuple_type", "type_annotation") and node.named_children:
        inner = [n for n in node.named_children]
        return len(inner) == 1 and _is_function_type(inner[0])
    return False


def _modifier_words(unit: _Unit, decl) -> str:
    for c in decl.named_children:
        if c.type == "modifiers":
            return unit.text(c)
    return ""


class _Module:
    """Names declared anywhere in the checked files."""

    def __init__(self, table: ApiTable, units: list[_Unit]) -> None:
        self.table = table
        self.types: dict[str, _LocalType] = {}
        self.extra_members: dict[str, set[str]] = {}  # extensions of table types
        self.extra_inits: dict[str, list[Signature]] = {}
        self.view_funcs: set[str] = set()  # funcs in `extension View`: custom modifiers
        self.view_valued: dict[str, bool] = {}  # lowercase names of View-typed funcs/properties
        self.identifiers: set[str] = set()  # every identifier seen outside a callee position
        self.generic_params: set[str] = set()
        for unit in units:
            self._collect(unit, unit.tree.root_node, None)
            self._collect_identifiers(unit)

    # -- declarations
    def _collect(self, unit: _Unit, node, owner: _LocalType | None) -> None:
        """Declarations under ``node`` (types anywhere, including nested ones)."""
        for child in node.named_children:
            t = child.type
            if t == "class_declaration":
                self._collect_type(unit, child, owner)
                continue
            if t in ("protocol_declaration", "typealias_declaration"):
                name = _type_name(unit, child)
                if name:
                    self.types.setdefault(name, _LocalType(name, "protocol" if t == "protocol_declaration"
                                                           else "typealias"))
                    if owner is not None:
                        owner.members.add(name)
            elif t == "function_declaration":
                fname = child.child_by_field_name("name")
                if fname is not None:
                    self._note_view_valued(unit.text(fname), unit, child)
            self._collect(unit, child, None)

    def _collect_type(self, unit: _Unit, decl, owner: _LocalType | None) -> None:
        kind = _kind_of(decl)
        name = _type_name(unit, decl)
        if not name:
            return
        if kind == "extension":
            local = self.types.get(name)
            self._collect_body(unit, decl, local, None if local is not None else name, in_extension=True)
            return
        local = self.types.setdefault(name, _LocalType(name, kind))
        local.kind = kind
        inherits = _inherits(unit, decl)
        local.is_view = local.is_view or "View" in inherits
        local.is_shape = local.is_shape or "Shape" in inherits or "InsettableShape" in inherits
        local.is_layout = local.is_layout or "Layout" in inherits
        if kind in ("class", "actor"):
            local.memberwise_ok = False
        if owner is not None:
            owner.members.add(name)
            self.types.setdefault(f"{owner.name}.{name}", local)
        self._collect_body(unit, decl, local, None, in_extension=False)

    def _collect_body(self, unit: _Unit, decl, local: _LocalType | None, ext_of: str | None,
                      in_extension: bool) -> None:
        """Members of a type (``local``) or of an extension of a table type (``ext_of``)."""
        body = decl.child_by_field_name("body")
        if body is None:
            return
        for member in body.named_children:
            t = member.type
            if t == "property_declaration":
                mods = _modifier_words(unit, member)
                is_static = "static" in mods.split() or "class" in mods.split()
                type_node = None
                for c in member.named_children:
                    if c.type == "type_annotation":
                        type_node = c
                for pat in member.named_children:
                    if pat.type != "pattern":
                        continue
                    ident = pat.child_by_field_name("bound_identifier")
                    if ident is None:
                        continue
                    name = unit.text(ident)
                    self._add_member(local, ext_of, name)
                    if type_node is not None:
                        self._note_view_valued(name, unit, type_node)
                    computed = member.child_by_field_name("computed_value") is not None
                    if local is not None and not is_static and not in_extension and not computed:
                        self._add_stored(unit, local, member, name, type_node, mods)
            elif t == "function_declaration":
                fname = member.child_by_field_name("name")
                if fname is not None:
                    name = unit.text(fname)
                    self._add_member(local, ext_of, name)
                    self._note_view_valued(name, unit, member)
                    if ext_of is not None:
                        self.view_funcs.add(name)  # extension View/Text/Shape...: a custom modifier
            elif t == "init_declaration":
                sig = Signature("init", tuple(_params_of(unit, member)), "", {}, unit.text(member).split("{")[0])
                if local is not None and not in_extension:
                    local.inits.append(sig)
                elif local is not None:
                    local.ext_inits.append(sig)  # keeps the memberwise init
                elif ext_of is not None:
                    self.extra_inits.setdefault(ext_of, []).append(sig)
            elif t == "enum_entry":
                for c in member.named_children:
                    if c.type == "simple_identifier":
                        self._add_member(local, ext_of, unit.text(c))
            elif t == "class_declaration":
                self._collect_type(unit, member, local)
            elif t in ("protocol_declaration", "typealias_declaration"):
                self._collect(unit, body, local)

    def _add_member(self, local: _LocalType | None, ext_of: str | None, name: str) -> None:
        if local is not None:
            local.members.add(name)
        elif ext_of is not None:
            self.extra_members.setdefault(ext_of, set()).add(name)

    def _add_stored(self, unit: _Unit, local: _LocalType, member, name: str, type_node, mods: str) -> None:
        text = unit.text(member)
        is_let = any(c.type == "value_binding_pattern" and unit.text(c).startswith("let")
                     for c in member.named_children)
        has_value = member.child_by_field_name("value") is not None
        type_text = unit.text(type_node).lstrip(":").strip() if type_node is not None else ""
        if is_let and has_value:
            return  # not settable: not in the memberwise initializer
        wrapper = re.findall(r"@(\w+)", mods)
        optional = has_value or type_text.endswith("?") or any(
            w in ("Environment", "EnvironmentObject", "FocusState", "Namespace", "GestureState",
                  "AppStorage", "SceneStorage", "Query", "StateObject", "ObservedObject") for w in wrapper)
        if "private" in mods.split() and not wrapper:
            # a private stored property makes the memberwise init private: only
            # the file's own code may use it, with that label; keep it
            pass
        if "@ViewBuilder" in text and type_node is not None:
            closure = True
        else:
            closure = type_node is not None and any(_is_function_type(c) for c in type_node.named_children)
        local.stored.append(Param(name, type_text, optional, closure))

    def _note_view_valued(self, name: str, unit: _Unit, node) -> None:
        if name[:1].isupper():
            return
        rtype = None
        if node.type == "function_declaration":
            for i, c in enumerate(node.children):
                if node.field_name_for_child(i) == "name" and c.type in ("opaque_type", "user_type"):
                    rtype = unit.text(c)
        else:
            rtype = unit.text(node)
        is_view = rtype is not None and re.search(r"\bsome View\b|\bAnyView\b", rtype) is not None
        self.view_valued[name] = self.view_valued.get(name, True) and is_view

    # -- identifiers
    def _collect_identifiers(self, unit: _Unit) -> None:
        stack = [unit.tree.root_node]
        while stack:
            node = stack.pop()
            if node.type in ("simple_identifier", "type_identifier"):
                parent = node.parent
                is_callee = parent is not None and parent.type == "call_expression" and parent.child(0) == node
                if not is_callee:
                    self.identifiers.add(unit.text(node))
                continue
            if node.type == "type_parameter":
                for c in node.named_children:
                    if c.type == "type_identifier":
                        self.generic_params.add(unit.text(c))
            stack.extend(node.children)

    # -- queries
    def local_type(self, name: str) -> _LocalType | None:
        return self.types.get(name)

    def is_known_type(self, name: str) -> bool:
        return (self.table.is_known_type(name) or name in self.types or name in self.generic_params
                or name in ("Self",))

    def init_signatures(self, name: str) -> list[Signature] | None:
        """Initializers to match a call ``name(...)`` against; None: don't check."""
        info = self.table.types.get(name)
        if info is not None:
            if info.inits is None:
                return None
            return list(info.inits) + self.extra_inits.get(name, [])
        local = self.types.get(name)
        if local is None or local.kind not in ("struct", "enum", "class", "actor"):
            return None
        sigs = None
        if local.inits:
            sigs = list(local.inits) + local.ext_inits
        elif local.kind == "struct" and local.memberwise_ok:
            sigs = [Signature("init", tuple(local.stored), "", {}, f"memberwise init of {name}")] + local.ext_inits
        if sigs is not None:
            if local.is_layout:
                # `WeightedHStack(spacing: 4) { ... }`: the init, then Layout's callAsFunction(_ content:)
                content = Param(None, "() -> some View", False, True)
                sigs += [Signature(g.name, g.params + (content,), g.returns, g.generics, g.text) for g in sigs]
            return sigs
        if local.kind == "enum":
            return None  # Enum(rawValue:) and friends are synthesized
        return None

    def members_of(self, type_name: str) -> set[str] | None:
        """Static members known for ``type_name``; None when unknown (don't check)."""
        info = self.table.types.get(type_name)
        if info is not None:
            if not info.has_members:
                return set() | self.extra_members.get(type_name, set())
            return info.properties | set(info.funcs) | self.extra_members.get(type_name, set())
        local = self.types.get(type_name)
        if local is not None and local.kind in ("struct", "enum", "class", "actor"):
            return local.members
        return None


# ---------------------------------------------------------------------------
# argument matching
# ---------------------------------------------------------------------------
@dataclass
class _Arg:
    label: str | None
    trailing: bool
    node: object  # the value expression (or the lambda for a trailing closure)


def _match(sig: Signature, args: list[_Arg]) -> list[Param] | None:
    """Which parameter each argument binds to, or None when the labels fit no way."""
    params = sig.params
    memo: dict[tuple[int, int, bool], list[Param] | None] = {}

    def go(ai: int, pi: int, in_variadic: bool) -> list[Param] | None:
        key = (ai, pi, in_variadic)
        if key in memo:
            return memo[key]
        result = None
        if ai == len(args):
            if all(p.optional or p.variadic for p in params[pi:]):
                result = []
        elif pi < len(params):
            p, a = params[pi], args[ai]
            if in_variadic and a.label is None and not a.trailing:
                rest = go(ai + 1, pi, True)
                if rest is not None:
                    result = [p] + rest
            if result is None:
                if a.trailing and a.label is None:
                    fits = p.closure
                else:
                    fits = a.label == p.label and (p.closure or not a.trailing)
                if fits:
                    rest = go(ai + 1, pi + 1, False) if not p.variadic else (
                        go(ai + 1, pi, True) or go(ai + 1, pi + 1, False))
                    if rest is not None:
                        result = [p] + rest
            if result is None and (p.optional or p.variadic):
                result = go(ai, pi + 1, False)
        memo[key] = result
        return result

    return go(0, 0, False)


def _show_labels(args: list[_Arg]) -> str:
    parts = []
    for a in args:
        if a.trailing:
            parts.append(f"{a.label}: {{...}}" if a.label else "{...}")
        else:
            parts.append(f"{a.label}:" if a.label else "_")
    return "(" + ", ".join(parts) + ")"


# ---------------------------------------------------------------------------
# per-file API check
# ---------------------------------------------------------------------------
_VIEWISH_KINDS = ("view", "shape")


class _FileChecker:
    def __init__(self, module: _Module, unit: _Unit) -> None:
        self.m = module
        self.t = module.table
        self.u = unit
        self.diags: list[Diagnostic] = []
        self._types: dict[int, str | None] = {}
        self.checked_args: set[int] = set()

    # -- reporting
    def error(self, node, code: str, message: str, severity: str = "error") -> None:
        self.diags.append(Diagnostic(str(self.u.path), node.start_point[0] + 1, node.start_point[1] + 1,
                                     severity, code, message))

    def suggest(self, name: str, choices) -> str:
        close = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.75)
        return f" (did you mean '{close[0]}'?)" if close else ""

    def text(self, node) -> str:
        return self.u.text(node)

    # -- driver
    def run(self) -> list[Diagnostic]:
        root = self.u.tree.root_node
        self._check_import(root)
        stack = [root]
        while stack:
            node = stack.pop()
            if node.is_error:
                continue
            t = node.type
            if t == "call_expression":
                self._call(node)
            elif t == "constructor_expression":
                self._constructor(node)
            elif t == "navigation_expression":
                self._static_member_access(node)
            elif t == "user_type":
                self._type_ref(node)
            elif t == "class_declaration":
                self._view_struct(node)
            stack.extend(reversed(node.children))
        return self.diags

    # -- import SwiftUI
    def _check_import(self, root) -> None:
        imports = [self.text(c).split()[-1] for c in root.named_children if c.type == "import_declaration"]
        if "SwiftUI" in imports:
            return
        # does the file use SwiftUI at all?
        stack = [root]
        while stack:
            node = stack.pop()
            if node.type in ("type_identifier", "simple_identifier"):
                name = self.text(node)
                info = self.t.types.get(name)
                if info is not None and info.kind in ("view", "shape", "wrapper") and name not in self.m.types:
                    self.diags.append(Diagnostic(
                        str(self.u.path), 1, 1, "error", "swiftui-missing-import",
                        f"'{name}' (line {node.start_point[0] + 1}) is SwiftUI API but the file does not "
                        "'import SwiftUI'"))
                    return
                continue
            stack.extend(node.children)

    # -- struct X: View must have a body
    def _view_struct(self, node) -> None:
        if _kind_of(node) != "struct":
            return
        if "View" not in _inherits(self.u, node):
            return
        name = _type_name(self.u, node)
        local = self.m.types.get(name or "")
        if local is not None and "body" not in local.members:
            self.error(node, "swiftui-missing-body", f"struct {name} conforms to View but declares no 'body'")

    # -- type references
    def _type_ref(self, node) -> None:
        idents = [c for c in node.named_children if c.type == "type_identifier"]
        if not idents:
            return
        name = self.text(idents[0])
        if node.parent is not None and node.parent.type == "attribute" and name[:1].islower():
            return  # @main, @available, @escaping ...: attributes, not types
        if self.m.is_known_type(name):
            return  # nested names (Font.Weight, Todo.ID) are not all listed: not judged
        self.error(node, "swiftui-unknown-type",
                   f"unknown type '{name}'" + self.suggest(name, list(self.t.types) + list(self.m.types)))

    # -- calls
    def _call(self, node) -> None:
        callee = node.child(0)
        suffix = node.child(1) if node.child_count > 1 else None
        if callee is None or suffix is None or suffix.type != "call_suffix":
            return
        args = self._args(suffix)
        if callee.type == "simple_identifier":
            name = self.text(callee)
            if name[:1].isupper() and name not in self.t.functions:
                self._init_call(node, callee, name, args)
            else:
                self._function_call(callee, name, args)
        elif callee.type == "navigation_expression":
            self._method_call(node, callee, args)

    def _args(self, suffix) -> list[_Arg]:
        args: list[_Arg] = []
        pending_label: str | None = None
        for c in suffix.named_children:
            if c.type == "value_arguments":
                for va in c.named_children:
                    if va.type != "value_argument":
                        continue
                    label_node = va.child_by_field_name("name")
                    value = va.child_by_field_name("value")
                    label = None
                    if label_node is not None:
                        label = self.text(label_node).strip()
                    args.append(_Arg(label, False, value))
            elif c.type == "simple_identifier":
                pending_label = self.text(c)
            elif c.type in ("lambda_literal", "annotated_lambda"):
                args.append(_Arg(pending_label, True, c))
                pending_label = None
        return args

    def _init_call(self, node, callee, name: str, args: list[_Arg]) -> None:
        if not self.m.is_known_type(name):
            if name in self.m.identifiers and name not in self.t.types:
                return  # declared in these files under a name we do not model (e.g. a func)
            self.error(callee, "swiftui-unknown-type",
                       f"unknown view or type '{name}'" + self.suggest(name, list(self.t.types) + list(self.m.types)))
            return
        sigs = self.m.init_signatures(name)
        if sigs is None:
            return
        self._match_and_check(callee, f"{name}", sigs, args, what="initializer")

    def _constructor(self, node) -> None:
        ctype = node.child_by_field_name("constructed_type")
        suffix = None
        for c in node.named_children:
            if c.type == "constructor_suffix":
                suffix = c
        if ctype is None or suffix is None:
            return
        idents = [c for c in ctype.named_children if c.type == "type_identifier"]
        if not idents:
            return
        name = self.text(idents[0])
        sigs = self.m.init_signatures(name) if self.m.is_known_type(name) else None
        if sigs is None:
            return
        self._match_and_check(ctype, name, sigs, self._args(suffix), what="initializer")

    def _function_call(self, callee, name: str, args: list[_Arg]) -> None:
        if name in self.t.functions:
            sigs = self.t.functions[name]
            if sigs and name not in self.m.identifiers:
                self._match_and_check(callee, name, sigs, args, what="function")
            return
        if name in self.m.identifiers or name.startswith("$"):
            return
        self.error(callee, "swiftui-unknown-function",
                   f"unknown function '{name}'"
                   + self.suggest(name, list(self.t.functions) + sorted(self.m.identifiers)))

    def _method_call(self, node, callee, args: list[_Arg]) -> None:
        target = callee.child_by_field_name("target")
        suffix = callee.child_by_field_name("suffix")
        if target is None or suffix is None:
            return
        name_node = suffix.child_by_field_name("suffix")
        if name_node is None or name_node.type != "simple_identifier":
            return
        name = self.text(name_node)
        # static call on a type: Font.system(size: 20), Color.red.opacity(...) is instance
        type_path = self._type_path(target)
        if type_path is not None:
            self._static_call(name_node, type_path, name, args)
            return
        receiver = self.expr_type(target)
        if receiver is None:
            return
        self._modifier(node, name_node, receiver, name, args)

    def _modifier(self, node, name_node, receiver: str, name: str, args: list[_Arg]) -> str | None:
        sigs = self.t.modifiers.get(name)
        if sigs is None:
            if name in self.m.view_funcs:
                return "View"
            local = self.m.types.get(receiver)
            if local is not None and name in local.members:
                return None
            self.error(name_node, "swiftui-unknown-modifier",
                       f"unknown modifier '.{name}(...)' on {self._show_type(receiver)}"
                       + self.suggest(name, list(self.t.modifiers) + sorted(self.m.view_funcs)))
            return "View"
        applicable = [s for s in sigs if self._applies(s.on, receiver)]
        if not applicable:
            ons = sorted({s.on for s in sigs})
            self.error(name_node, "swiftui-modifier-receiver",
                       f"'.{name}(...)' applies to {' / '.join(ons)}, not to {self._show_type(receiver)}")
            return None
        matched = self._match_and_check(name_node, f".{name}", applicable, args, what="modifier")
        if not matched:
            return "View"
        specific = [s for s in matched if s.on == receiver or (s.on == "Shape" and self._is_shape(receiver))]
        chosen = specific[0] if specific else matched[0]
        if chosen.returns in ("Text", "Image"):
            return chosen.returns
        if chosen.returns == "Shape" and self._is_shape(receiver):
            return "Shape"
        return "View"

    def _static_call(self, name_node, type_path: str, name: str, args: list[_Arg]) -> None:
        info = self.t.types.get(type_path)
        if info is not None and info.has_members:
            if name in info.funcs:
                self._match_and_check(name_node, f"{type_path}.{name}", info.funcs[name], args, what="function")
                return
            if name in info.properties or name in _SYNTHESIZED_MEMBERS:
                return
            if name in self.m.extra_members.get(type_path, set()):
                return
            self.error(name_node, "swiftui-unknown-member", f"'{type_path}' has no member '{name}'"
                       + self.suggest(name, info.properties | set(info.funcs)))
            return
        local = self.m.types.get(type_path)
        if local is not None and local.kind in ("struct", "enum", "class", "actor"):
            if name not in local.members and name not in _SYNTHESIZED_MEMBERS:
                self.error(name_node, "swiftui-unknown-member", f"'{type_path}' has no member '{name}'"
                           + self.suggest(name, local.members))

    # -- Type.member outside calls
    def _static_member_access(self, node) -> None:
        parent = node.parent
        if parent is not None and parent.type == "call_expression" and parent.child(0) == node:
            return  # handled as a call
        target = node.child_by_field_name("target")
        suffix = node.child_by_field_name("suffix")
        if target is None or suffix is None:
            return
        name_node = suffix.child_by_field_name("suffix")
        if name_node is None or name_node.type != "simple_identifier":
            return
        type_path = self._type_path(target)
        if type_path is None:
            return
        name = self.text(name_node)
        full = f"{type_path}.{name}"
        if full in self.t.types or full in self.m.types:
            return  # a nested type
        members = self.m.members_of(type_path)
        if members is None or name in members or name in _SYNTHESIZED_MEMBERS:
            return
        info = self.t.types.get(type_path)
        if info is not None and not info.has_members and not self.m.extra_members.get(type_path):
            return  # table lists no members for it: unknown, not wrong
        self.error(name_node, "swiftui-unknown-member", f"'{type_path}' has no member '{name}'"
                   + self.suggest(name, members))

    def _type_path(self, node) -> str | None:
        """'Font.Weight' for an expression naming a type, else None."""
        parts: list[str] = []
        cur = node
        while cur is not None and cur.type == "navigation_expression":
            suffix = cur.child_by_field_name("suffix")
            name_node = suffix.child_by_field_name("suffix") if suffix is not None else None
            if name_node is None or name_node.type != "simple_identifier":
                return None
            parts.append(self.text(name_node))
            cur = cur.child_by_field_name("target")
        if cur is None or cur.type != "simple_identifier":
            return None
        parts.append(self.text(cur))
        parts.reverse()
        if not parts[0][:1].isupper():
            return None
        path = parts[0]
        if not (path in self.t.types or path in self.m.types):
            return None
        for p in parts[1:]:
            nxt = f"{path}.{p}"
            if nxt in self.t.types or nxt in self.m.types:
                path = nxt
            else:
                return None
        return path

    # -- expression types for receivers (best effort; None = unknown)
    def expr_type(self, node) -> str | None:
        key = node.id
        if key in self._types:
            return self._types[key]
        self._types[key] = None
        result = self._expr_type(node)
        self._types[key] = result
        return result

    def _expr_type(self, node) -> str | None:
        t = node.type
        if t == "call_expression":
            callee = node.child(0)
            if callee is None:
                return None
            if callee.type == "simple_identifier":
                name = self.text(callee)
                info = self.t.types.get(name)
                if info is not None and info.kind in _VIEWISH_KINDS:
                    return name
                local = self.m.types.get(name)
                if local is not None and local.is_view:
                    return "Shape" if local.is_shape else name
                if not name[:1].isupper() and self.m.view_valued.get(name):
                    return "View"
                return None
            if callee.type == "navigation_expression":
                target = callee.child_by_field_name("target")
                suffix = callee.child_by_field_name("suffix")
                name_node = suffix.child_by_field_name("suffix") if suffix is not None else None
                if target is None or name_node is None:
                    return None
                if self._type_path(target) is not None:
                    return None
                receiver = self.expr_type(target)
                if receiver is None:
                    return None
                name = self.text(name_node)
                sigs = self.t.modifiers.get(name)
                if sigs is None:
                    local = self.m.types.get(receiver)
                    if local is not None and name in local.members and name not in self.m.view_funcs:
                        return None  # a method of the view struct itself: result unknown
                    return "View"  # a custom modifier, or an unknown one (reported)
                applicable = [s for s in sigs if self._applies(s.on, receiver)]
                if not applicable:
                    return "View"  # reported as swiftui-modifier-receiver
                args = self._args(node.child(1)) if node.child_count > 1 else []
                matched = [s for s in applicable if _match(s, args) is not None] or applicable
                specific = [s for s in matched if s.on == receiver or (s.on == "Shape" and self._is_shape(receiver))]
                chosen = specific[0] if specific else matched[0]
                if chosen.returns in ("Text", "Image"):
                    return chosen.returns
                if chosen.returns == "Shape" and self._is_shape(receiver):
                    return "Shape"
                return "View"
            return None
        if t == "navigation_expression":
            # Color.red: a static member of a view type is that view type
            target = node.child_by_field_name("target")
            path = self._type_path(target) if target is not None else None
            if path is not None:
                info = self.t.types.get(path)
                if info is not None and info.kind in _VIEWISH_KINDS:
                    return path
            return None
        if t == "simple_identifier":
            name = self.text(node)
            if not name[:1].isupper() and self.m.view_valued.get(name):
                return "View"
            return None
        if t == "additive_expression":
            return "Text" if all(self.expr_type(c) == "Text" for c in node.named_children) else None
        if t == "tuple_expression" and len(node.named_children) == 1:
            return self.expr_type(node.named_children[0])
        return None

    def _kind(self, type_name: str) -> str | None:
        info = self.t.types.get(type_name)
        if info is not None:
            return info.kind
        local = self.m.types.get(type_name)
        if local is not None and local.is_view:
            return "shape" if local.is_shape else "view"
        return None

    def _is_shape(self, receiver: str) -> bool:
        return receiver == "Shape" or self._kind(receiver) == "shape"

    def _applies(self, on: str, receiver: str) -> bool:
        if on == "View":
            return True
        if on == "Shape":
            return self._is_shape(receiver)
        return on == receiver

    def _show_type(self, receiver: str) -> str:
        return "some View" if receiver == "View" else ("some Shape" if receiver == "Shape" else receiver)

    # -- matching + implicit members in the arguments
    def _match_and_check(self, where, name: str, sigs: list[Signature], args: list[_Arg],
                         what: str) -> list[Signature]:
        matches: list[tuple[Signature, list[Param]]] = []
        for s in sigs:
            bound = _match(s, args)
            if bound is not None:
                matches.append((s, bound))
        if not matches:
            expected = sorted({s.short() for s in sigs})
            shown = ", ".join(expected[:6]) + (f", ... ({len(expected) - 6} more)" if len(expected) > 6 else "")
            base = name.lstrip(".")
            self.error(where, "swiftui-arguments",
                       f"no {what} {name}{_show_labels(args)}; known: {shown.replace('init(', base + '(')}")
            return []
        for i, a in enumerate(args):
            if a.node is None or a.trailing:
                continue
            candidates: list[tuple[str | None, bool]] = []
            for s, bound in matches:
                p = bound[i]
                candidates.append((s.param_type(p), p.type.rstrip().endswith("?")))
            self._implicit_arg(a.node, candidates)
        return [s for s, _ in matches]

    def _implicit_arg(self, node, candidates: list[tuple[str | None, bool]]) -> None:
        """Check `.member` / `.member(...)` / `[.a, .b]` against the parameter types."""
        if node.type == "array_literal":
            for el in node.named_children:
                self._implicit_arg(el, candidates)
            return
        head = node
        call_suffix = None
        if node.type == "call_expression" and node.child(0) is not None and node.child(0).type == "prefix_expression":
            head = node.child(0)
            call_suffix = node.child(1)
        elif node.type == "navigation_expression":
            # .red.opacity(0.5): check the head only
            inner = node
            while inner.type == "navigation_expression":
                inner = inner.child_by_field_name("target")
                if inner is None:
                    return
            if inner.type == "prefix_expression":
                head = inner
            elif (inner.type == "call_expression" and inner.child(0) is not None
                  and inner.child(0).type == "prefix_expression"):
                self._implicit_arg(inner, candidates)
                return
            else:
                return
        if head.type != "prefix_expression":
            return
        kids = head.children
        if len(kids) != 2 or kids[0].type != "." or kids[1].type != "simple_identifier":
            return
        name = self.text(kids[1])
        if name in _SYNTHESIZED_MEMBERS:
            return
        known: set[str] = set()
        funcs: list[Signature] = []
        for type_name, optional in candidates:
            if type_name is None:
                return
            members = self.m.members_of(type_name)
            if members is None:
                return  # a type we know nothing about: cannot judge
            if optional:
                known.add("none")
            known |= members
            info = self.t.types.get(type_name)
            if info is not None:
                funcs.extend(info.funcs.get(name, []))
        if name not in known:
            types = sorted({tn for tn, _ in candidates if tn})
            self.error(kids[1], "swiftui-unknown-member",
                       f"'.{name}' is not a member of {' / '.join(types)}" + self.suggest(name, known))
            return
        if call_suffix is not None and call_suffix.type == "call_suffix" and funcs:
            self._match_and_check(kids[1], f".{name}", funcs, self._args(call_suffix), what="function")


# re-exported for tests and the docs
__all__ = ["check_swiftui", "parse_signature", "base_type"]
