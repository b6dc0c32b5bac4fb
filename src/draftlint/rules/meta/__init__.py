"""DL: findings draftlint makes about its own input (unreadable files, suppressions)."""
