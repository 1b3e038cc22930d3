"""Finding quotes and reported statements, and the speakers they belong to."""
