"""ST: numbering, paired punctuation and typography."""
