// npm test runs the code-server end-to-end suite from here (test/e2e/ itself is not scanned: the
// electron suite there runs inside VS Code's extension host, not under node --test).
import '../e2e/code-server/suite';
