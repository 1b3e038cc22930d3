"""Operations: metrics and the health endpoint."""
