"""A file could not be read at all.

What it finds: a file named on the command line or found in a folder that cannot be
opened or read (no permission, vanished while linting, an I/O error).

Why it matters: draftlint never drops an input silently; a file it could not read is
reported as a finding and the run still fails, so CI notices.

Example:
  Bad: ``chmod 000 总结.txt`` before ``draftlint check .``
  Good: a readable file.

Fix: make the file readable by the user running draftlint, or exclude it in config.
"""

CODE = "DL003"
NAME = "unreadable-file"
SEVERITY = "error"
SCOPE = "linter"
