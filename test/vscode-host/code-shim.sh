#!/bin/sh
# A "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }): runTests only spawns it
# with VS Code's command line (--extensionDevelopmentPath=…, --extensionTestsPath=…, the workspace folder, profile
# and sandbox flags) and reads the exit code. run.mjs takes that command line and runs the suite in code-server.
exec node "$(dirname "$0")/run.mjs" "$@"
