"""A text file could not be decoded.

What it finds: a .txt or .md file whose bytes are not valid UTF-8, UTF-16 (with a byte
order mark), GB18030/GBK or Big5, or that is not text at all (it holds NUL bytes), or
that cannot be decoded with the encoding given by ``--encoding``.

Why it matters: a file draftlint cannot read is a file nobody has checked. It is
reported, with the reason, instead of being skipped silently; the other files are
still linted.

Example:
  Bad: a report saved by an old editor in a code page draftlint cannot recognise.
  Good: the same report saved as UTF-8 (or GBK).

Fix: save the file as UTF-8, or name its encoding: ``draftlint check --encoding gbk``.
"""

CODE = "DL001"
NAME = "undecodable-file"
SEVERITY = "error"
SCOPE = "linter"
