"""DU: near-duplicate sections within a draft and across a folder."""
