"""PH: template fill left undone and residue of the website a text came from."""
