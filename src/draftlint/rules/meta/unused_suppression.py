"""An inline suppression that suppresses nothing.

What it finds: a ``<!-- draftlint: disable=CODE -->``, ``disable-next-line`` or
``disable-file`` comment under which no finding of the named codes was reported, and
a directive draftlint cannot parse or whose code it does not know.

Why it matters: a suppression outlives the problem it silenced; left in place it will
hide the next real problem of that kind at that spot.

Example:
  Bad: ``<!-- draftlint: disable-next-line=PH101 -->`` above a line with no placeholder.
  Good: no comment, or a comment above the line that really needs it.

Fix: delete the comment, or correct the code it names.
"""

CODE = "DL100"
NAME = "unused-suppression"
SEVERITY = "warning"
SCOPE = "linter"
