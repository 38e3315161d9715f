"""Small Qt programs the X11 tests run as subprocesses on the test's Xvfb display."""
