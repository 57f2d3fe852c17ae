// The xui VS Code extension: starts `xui lsp` over stdio for .xui files.
// Plain JavaScript, no build step: `npm install` here, then load the folder (see README.md).
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration("xui");
  const command = config.get("server.command", "xui");
  const args = config.get("server.args", ["lsp"]);
  const serverOptions = {
    run: { command, args, transport: TransportKind.stdio },
    debug: { command, args, transport: TransportKind.stdio },
  };
  const clientOptions = {
    documentSelector: [{ scheme: "file", language: "xui" }, { scheme: "untitled", language: "xui" }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.xui") },
    outputChannelName: "xui",
  };
  client = new LanguageClient("xui", "xui language server", serverOptions, clientOptions);
  client.start().catch((err) => {
    vscode.window.showErrorMessage(
      `xui: could not start \`${command} ${args.join(" ")}\` (${err.message}). ` +
        "Install xui with its LSP extra (pip install 'xui[lsp]') or set xui.server.command.",
    );
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
