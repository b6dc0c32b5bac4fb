"""AR: figures that do not add up."""
