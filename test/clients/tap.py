"""A minimal TAP producer for the client tests (test/clients/*.py).

    t = Tap()
    t.ok(cond, "description", diag="shown on failure")
    t.eq(got, expected, "description")
    sys.exit(t.done())

Each test prints "ok N - ..." or "not ok N - ..." as it runs, diagnostics as "# ..." lines,
and done() prints the plan "1..N" and returns the exit status (1 when a test failed).
"""

import sys
import traceback


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def diag(self, text):
        for line in str(text).splitlines() or [""]:
            print("# " + line)
        sys.stdout.flush()

    def ok(self, cond, name, diag=None):
        self.n += 1
        cond = bool(cond)
        print("%s %d - %s" % ("ok" if cond else "not ok", self.n, name.replace("\n", " ")))
        if not cond:
            self.failed += 1
            if diag is not None:
                self.diag(diag)
        sys.stdout.flush()
        return cond

    def eq(self, got, expected, name):
        return self.ok(got == expected, name,
                       diag="     got: %r\nexpected: %r" % (got, expected))

    def run(self, name, fn, *args):
        """Runs fn(*args); an exception is one failed test named `name` (and later tests go on)."""
        try:
            return fn(*args)
        except Exception:
            self.ok(False, name + " (raised)", diag=traceback.format_exc())
            return None

    def done(self):
        print("1..%d" % self.n)
        if self.failed:
            self.diag("failed %d of %d" % (self.failed, self.n))
        sys.stdout.flush()
        return 1 if self.failed or self.n == 0 else 0
