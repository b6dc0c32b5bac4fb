"""A .docx file could not be opened.

What it finds: a .docx that is not a valid Word package (truncated, corrupt, or another
format renamed to .docx), one that is password-protected (encrypted), and legacy .doc
files, which draftlint cannot read.

Why it matters: an unreadable document is an unchecked document; it is reported with
the reason rather than skipped, and the other files are still linted.

Example:
  Bad: ``总结.docx`` that Word saved with "Encrypt with Password".
  Good: the same document saved without a password, or a .doc re-saved as .docx.

Fix: remove the password or re-save the file as .docx from Word or LibreOffice
(``libreoffice --headless --convert-to docx FILE.doc``).
"""

CODE = "DL002"
NAME = "unreadable-docx"
SEVERITY = "error"
SCOPE = "linter"
